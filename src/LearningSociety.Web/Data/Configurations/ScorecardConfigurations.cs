using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Web.Data.Configurations;

public sealed class CitizenGroupConfiguration : IEntityTypeConfiguration<CitizenGroup>
{
    public void Configure(EntityTypeBuilder<CitizenGroup> builder)
    {
        builder.Property(g => g.Code).HasMaxLength(10);
        builder.Property(g => g.Name).HasMaxLength(50);
        builder.Property(g => g.Description).HasMaxLength(300);
        builder.HasIndex(g => g.Code).IsUnique();
    }
}

public sealed class IndicatorDefinitionConfiguration : IEntityTypeConfiguration<IndicatorDefinition>
{
    public void Configure(EntityTypeBuilder<IndicatorDefinition> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(10);
        builder.Property(d => d.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(d => d.Text).HasMaxLength(500);
        builder.Property(d => d.Guidance).HasMaxLength(2000);
        builder.Ignore(d => d.Criterion);
        builder.HasIndex(d => new { d.GroupId, d.Code, d.ValidFromYear }).IsUnique();
        builder.HasOne(d => d.Group).WithMany().HasForeignKey(d => d.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RecognitionRuleConfiguration : IEntityTypeConfiguration<RecognitionRule>
{
    public void Configure(EntityTypeBuilder<RecognitionRule> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne<LearningSociety.Domain.Units.AdministrativeUnit>().WithMany().HasForeignKey(r => r.ScopeUnitId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CitizenConfiguration : IEntityTypeConfiguration<Citizen>
{
    public void Configure(EntityTypeBuilder<Citizen> builder)
    {
        builder.Property(c => c.FullName).HasMaxLength(150);
        builder.Property(c => c.NationalId).HasMaxLength(12);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.ConsentRecordedBy).HasMaxLength(256);
        builder.Property(c => c.Gender).HasConversion<int>();
        builder.Ignore(c => c.HasConsent);
        builder.Property(c => c.ConcurrencyStamp).IsConcurrencyToken();
        // Unique when present: both SQLite and SQL Server accept a filtered unique index.
        builder.HasIndex(c => c.NationalId).IsUnique().HasFilter("[NationalId] IS NOT NULL");
        builder.HasIndex(c => new { c.VillageId, c.FullName });
        // A page of the register in Vietnamese name order is a range of one of these (binary collation on every provider).
        builder.Property(c => c.SortKey).HasMaxLength(PersonNameKey.MaxLength);
        builder.HasIndex(c => c.SortKey);
        builder.HasIndex(c => new { c.VillageId, c.SortKey });
        // A group filtered over many villages (a district's register, one group) is counted from the first index alone and
        // its page is a range of the second (without it SQLite sorted the group's 50,000 citizens of a district for each page).
        builder.HasIndex(c => new { c.GroupId, c.VillageId });
        builder.HasIndex(c => new { c.GroupId, c.SortKey });
        builder.HasOne(c => c.Group).WithMany().HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Village).WithMany().HasForeignKey(c => c.VillageId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CdhtRegistrationConfiguration : IEntityTypeConfiguration<CdhtRegistration>
{
    public void Configure(EntityTypeBuilder<CdhtRegistration> builder)
    {
        builder.ToTable("Registrations");
        builder.Property(r => r.RegisteredBy).HasMaxLength(256);
        builder.Property(r => r.SelfAssessedBy).HasMaxLength(256);
        builder.Property(r => r.AppraisedBy).HasMaxLength(256);
        builder.Property(r => r.Channel).HasConversion<int>();
        builder.Property(r => r.Status).HasConversion<int>();
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(r => r.AppraisalRuleName).HasMaxLength(200);
        builder.Property(r => r.AppraisalDesignation).HasMaxLength(400);
        builder.Property(r => r.PastDecisionNumber).HasMaxLength(CdhtRegistration.MaxDecisionNumberLength);
        builder.Property(r => r.PastConfirmedBy).HasMaxLength(256);
        builder.Ignore(r => r.SelfTotal);
        builder.Ignore(r => r.HasPastRecognition);
        builder.Ignore(r => r.IsPastConfirmed);
        builder.HasIndex(r => new { r.CitizenId, r.Year }).IsUnique();
        builder.HasIndex(r => new { r.VillageId, r.Year, r.Status });
        builder.HasOne(r => r.Citizen).WithMany().HasForeignKey(r => r.CitizenId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Group).WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Village).WithMany().HasForeignKey(r => r.VillageId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Entries).WithOne().HasForeignKey(e => e.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ScorecardEntryConfiguration : IEntityTypeConfiguration<ScorecardEntry>
{
    public void Configure(EntityTypeBuilder<ScorecardEntry> builder)
    {
        builder.Property(e => e.Code).HasMaxLength(10);
        builder.Property(e => e.EvidenceNote).HasMaxLength(1000);
        builder.Property(e => e.AppraisalReason).HasMaxLength(1000);
        builder.HasIndex(e => new { e.RegistrationId, e.Code }).IsUnique();
    }
}

public sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(50);
        builder.Property(f => f.IndicatorCode).HasMaxLength(10);
        builder.Property(f => f.UploadedBy).HasMaxLength(256);
        builder.HasOne<CdhtRegistration>().WithMany().HasForeignKey(f => f.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CardTallyConfiguration : IEntityTypeConfiguration<LearningSociety.Web.Data.CardTally>
{
    public void Configure(EntityTypeBuilder<LearningSociety.Web.Data.CardTally> builder)
    {
        builder.ToTable("CardTallies");
        // The key is the whole bucket: an increment is one upsert on it. Year and village first, so a unit's rows are a range.
        builder.HasKey(t => new { t.Year, t.VillageId, t.GroupId, t.Status, t.Verdict, t.HasCandidate, t.State, t.RouteCode, t.StepOrder, t.DigitalScore, t.Run });
        builder.Property(t => t.Status).HasConversion<int>();
        builder.Property(t => t.Verdict).HasConversion<int>();
        builder.Property(t => t.State).HasConversion<int>();
        builder.Property(t => t.RouteCode).HasMaxLength(30);
    }
}

public sealed class DataVersionConfiguration : IEntityTypeConfiguration<LearningSociety.Web.Data.DataVersion>
{
    public void Configure(EntityTypeBuilder<LearningSociety.Web.Data.DataVersion> builder)
    {
        builder.ToTable("DataVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        // The one row exists from the migration on; the interceptor only ever increments it.
        builder.HasData(new LearningSociety.Web.Data.DataVersion { Id = LearningSociety.Web.Data.DataVersion.SingleId, Version = 0 });
    }
}
