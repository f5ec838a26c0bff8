using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Web.Data.Configurations;

public sealed class ResultsReportTextConfiguration : IEntityTypeConfiguration<ResultsReportText>
{
    public void Configure(EntityTypeBuilder<ResultsReportText> builder)
    {
        builder.ToTable("ResultsReportTexts");
        builder.Property(t => t.Assessment).HasMaxLength(ResultsReportText.MaxLength);
        builder.Property(t => t.Shortcomings).HasMaxLength(ResultsReportText.MaxLength);
        builder.Property(t => t.Directions).HasMaxLength(ResultsReportText.MaxLength);
        builder.Property(t => t.Proposals).HasMaxLength(ResultsReportText.MaxLength);
        builder.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(t => new { t.UnitId, t.Year }).IsUnique();
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DecisionWordingConfiguration : IEntityTypeConfiguration<DecisionWording>
{
    public void Configure(EntityTypeBuilder<DecisionWording> builder)
    {
        builder.ToTable("DecisionWordings");
        builder.Property(w => w.Recitals).HasMaxLength(DecisionWording.MaxRecitalsLength);
        builder.Property(w => w.Executors).HasMaxLength(DecisionWording.MaxExecutorsLength);
        builder.Property(w => w.Recipients).HasMaxLength(DecisionWording.MaxRecipientsLength);
        builder.Property(w => w.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(w => new { w.UnitId, w.Year }).IsUnique();
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(w => w.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
