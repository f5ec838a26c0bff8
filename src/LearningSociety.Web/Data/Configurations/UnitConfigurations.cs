using LearningSociety.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Web.Data.Configurations;

public sealed class AdministrativeLevelConfiguration : IEntityTypeConfiguration<AdministrativeLevel>
{
    public void Configure(EntityTypeBuilder<AdministrativeLevel> builder)
    {
        builder.Property(l => l.Code).HasMaxLength(20);
        builder.Property(l => l.Name).HasMaxLength(50);
        builder.HasIndex(l => l.Code).IsUnique();
    }
}

public sealed class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(20);
        builder.Property(u => u.Name).HasMaxLength(150);
        builder.Property(u => u.Path).HasMaxLength(200).UseCollation(null);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.HasIndex(u => u.Path);
        builder.HasOne(u => u.Level).WithMany().HasForeignKey(u => u.LevelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class UnitYearProfileConfiguration : IEntityTypeConfiguration<UnitYearProfile>
{
    public void Configure(EntityTypeBuilder<UnitYearProfile> builder)
    {
        builder.HasIndex(p => new { p.UnitId, p.Year }).IsUnique();
        builder.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DisadvantagedDesignationConfiguration : IEntityTypeConfiguration<DisadvantagedDesignation>
{
    public void Configure(EntityTypeBuilder<DisadvantagedDesignation> builder)
    {
        builder.Property(d => d.DocumentType).HasMaxLength(DisadvantagedDesignation.MaxDocumentTypeLength).IsRequired();
        builder.Property(d => d.Number).HasMaxLength(DisadvantagedDesignation.MaxNumberLength).IsRequired();
        builder.Property(d => d.Issuer).HasMaxLength(DisadvantagedDesignation.MaxIssuerLength).IsRequired();
        builder.Property(d => d.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(d => new { d.FromYear, d.ToYear });
        builder.Ignore(d => d.Citation);
        builder.HasMany(d => d.Communes).WithOne(c => c.Designation).HasForeignKey(c => c.DesignationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Communes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class DisadvantagedCommuneConfiguration : IEntityTypeConfiguration<DisadvantagedCommune>
{
    public void Configure(EntityTypeBuilder<DisadvantagedCommune> builder)
    {
        builder.HasKey(c => new { c.DesignationId, c.CommuneId });
        builder.HasIndex(c => c.CommuneId);
        builder.HasOne(c => c.Commune).WithMany().HasForeignKey(c => c.CommuneId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RejudgeNoticeConfiguration : IEntityTypeConfiguration<RejudgeNotice>
{
    public void Configure(EntityTypeBuilder<RejudgeNotice> builder)
    {
        builder.Property(n => n.Reason).HasMaxLength(RejudgeNotice.MaxReasonLength);
        builder.Property(n => n.ChangedBy).HasMaxLength(256);
        builder.HasIndex(n => new { n.VillageId, n.Year });
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(n => n.VillageId).OnDelete(DeleteBehavior.Cascade);
    }
}
