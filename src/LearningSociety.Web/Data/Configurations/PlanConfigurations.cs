using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using LearningSociety.Domain.Universalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Web.Data.Configurations;

public sealed class TargetIndicatorConfiguration : IEntityTypeConfiguration<TargetIndicator>
{
    public void Configure(EntityTypeBuilder<TargetIndicator> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(40);
        builder.Property(i => i.Text).HasMaxLength(500);
        builder.Property(i => i.NumeratorDefinition).HasMaxLength(300);
        builder.Property(i => i.DenominatorDefinition).HasMaxLength(300);
        builder.Property(i => i.Source).HasMaxLength(200);
        builder.Property(i => i.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Computation).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.Standard).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(i => i.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class LegalBasisConfiguration : IEntityTypeConfiguration<LegalBasis>
{
    public void Configure(EntityTypeBuilder<LegalBasis> builder)
    {
        builder.ToTable("LegalBases");
        builder.Property(b => b.DocumentType).HasMaxLength(50);
        builder.Property(b => b.Number).HasMaxLength(50);
        builder.Property(b => b.Issuer).HasMaxLength(200);
        builder.Property(b => b.Title).HasMaxLength(1000);
        builder.Ignore(b => b.Citation);
        builder.HasIndex(b => new { b.Number, b.IssuedOn }).IsUnique();
    }
}

public sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.Property(p => p.Number).HasMaxLength(50);
        builder.Property(p => p.Place).HasMaxLength(100);
        builder.Property(p => p.Title).HasMaxLength(500);
        builder.Property(p => p.Preamble).HasMaxLength(4000);
        builder.Property(p => p.Purposes).HasMaxLength(8000);
        builder.Property(p => p.Requirements).HasMaxLength(8000);
        builder.Property(p => p.GeneralObjective).HasMaxLength(4000);
        builder.Property(p => p.TasksAndSolutions).HasMaxLength(32000);
        builder.Property(p => p.Funding).HasMaxLength(4000);
        builder.Property(p => p.Recipients).HasMaxLength(2000);
        builder.Property(p => p.SignerAuthority).HasMaxLength(300);
        builder.Property(p => p.SignerName).HasMaxLength(150);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Property(p => p.IssuedBy).HasMaxLength(256);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(p => p.IsEditable);
        builder.Ignore(p => p.PeriodText);
        builder.HasIndex(p => new { p.UnitId, p.StartYear, p.Status });
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Plan>().WithMany().HasForeignKey(p => p.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Plan>().WithMany().HasForeignKey(p => p.CopiedFromPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.LegalBases).WithOne().HasForeignKey(b => b.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Targets).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Tasks).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Responsibilities).WithOne().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlanLegalBasisConfiguration : IEntityTypeConfiguration<PlanLegalBasis>
{
    public void Configure(EntityTypeBuilder<PlanLegalBasis> builder)
    {
        builder.ToTable("PlanLegalBases");
        builder.HasOne(b => b.LegalBasis).WithMany().HasForeignKey(b => b.LegalBasisId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.PlanId, b.LegalBasisId }).IsUnique();
    }
}

public sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> builder)
    {
        builder.Property(t => t.Value).HasPrecision(18, 4);
        builder.Property(t => t.Note).HasMaxLength(300);
        builder.HasOne(t => t.Indicator).WithMany().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.PlanId, t.IndicatorId, t.Year }).IsUnique();
    }
}

public sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.Property(t => t.Content).HasMaxLength(2000);
        builder.Property(t => t.LeadBody).HasMaxLength(300);
        builder.Property(t => t.CoordinatingBodies).HasMaxLength(500);
        builder.Property(t => t.CompletionTime).HasMaxLength(100);
    }
}

public sealed class PlanResponsibilityConfiguration : IEntityTypeConfiguration<PlanResponsibility>
{
    public void Configure(EntityTypeBuilder<PlanResponsibility> builder)
    {
        builder.Property(r => r.Body).HasMaxLength(300);
        builder.Property(r => r.Duties).HasMaxLength(8000);
    }
}

public sealed class TargetAchievementConfiguration : IEntityTypeConfiguration<TargetAchievementRecord>
{
    public void Configure(EntityTypeBuilder<TargetAchievementRecord> builder)
    {
        builder.ToTable("TargetAchievements");
        builder.Property(a => a.Value).HasPrecision(18, 4);
        builder.Property(a => a.Denominator).HasPrecision(18, 4);
        builder.Property(a => a.Note).HasMaxLength(500);
        builder.Property(a => a.UpdatedBy).HasMaxLength(256);
        builder.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(a => new { a.UnitId, a.IndicatorId, a.Year }).IsUnique();
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TargetIndicator>().WithMany().HasForeignKey(a => a.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class UniversalizationSurveyConfiguration : IEntityTypeConfiguration<UniversalizationSurveyRecord>
{
    public void Configure(EntityTypeBuilder<UniversalizationSurveyRecord> builder)
    {
        builder.ToTable("UniversalizationSurveys");
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.Property(s => s.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(s => new { s.UnitId, s.Year }).IsUnique();
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Figures).WithOne().HasForeignKey(f => f.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyFigureConfiguration : IEntityTypeConfiguration<SurveyFigure>
{
    public void Configure(EntityTypeBuilder<SurveyFigure> builder)
    {
        builder.ToTable("UniversalizationSurveyFigures");
        builder.Property(f => f.Count).HasConversion<string>().HasMaxLength(50);
        builder.HasIndex(f => new { f.SurveyId, f.Count }).IsUnique();
    }
}

/// <summary>
/// The NĐ 20/2014 thresholds are stored as the domain's own rule records (shadow key), one table per kind, so that
/// a corrected value is a new row with a later ValidFromYear and nothing needs a release (NĐ 20/2014/NĐ-CP).
/// </summary>
public sealed class UniversalizationRuleConfiguration : IEntityTypeConfiguration<UniversalizationRule>
{
    public void Configure(EntityTypeBuilder<UniversalizationRule> builder)
    {
        builder.ToTable("UniversalizationRules");
        builder.Property<int>("Id");
        builder.HasKey("Id");
        builder.Property(r => r.Standard).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.ConditionCode).HasMaxLength(40);
        builder.Property(r => r.Numerator).HasConversion<string>().HasMaxLength(50);
        builder.Property(r => r.Denominator).HasConversion<string>().HasMaxLength(50);
        builder.Property(r => r.DisadvantagedNumerator).HasConversion<string>().HasMaxLength(50);
        builder.Property(r => r.DisadvantagedDenominator).HasConversion<string>().HasMaxLength(50);
        builder.Property(r => r.MinRate).HasPrecision(6, 4);
        builder.Property(r => r.DisadvantagedMinRate).HasPrecision(6, 4);
        builder.Property(r => r.Source).HasMaxLength(300);
        builder.HasIndex(r => new { r.ConditionCode, r.ValidFromYear }).IsUnique();
    }
}

public sealed class UniversalizationPrerequisiteConfiguration : IEntityTypeConfiguration<UniversalizationPrerequisite>
{
    public void Configure(EntityTypeBuilder<UniversalizationPrerequisite> builder)
    {
        builder.ToTable("UniversalizationPrerequisites");
        builder.Property<int>("Id");
        builder.HasKey("Id");
        builder.Property(r => r.Standard).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.RequiredStandard).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Source).HasMaxLength(300);
    }
}

public sealed class DistrictUniversalizationRuleConfiguration : IEntityTypeConfiguration<DistrictUniversalizationRule>
{
    public void Configure(EntityTypeBuilder<DistrictUniversalizationRule> builder)
    {
        builder.ToTable("DistrictUniversalizationRules");
        builder.Property<int>("Id");
        builder.HasKey("Id");
        builder.Property(r => r.Standard).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.MinShareOfCommunes).HasPrecision(6, 4);
        builder.Property(r => r.Source).HasMaxLength(300);
        builder.HasIndex(r => new { r.Standard, r.Level, r.ValidFromYear }).IsUnique();
    }
}
