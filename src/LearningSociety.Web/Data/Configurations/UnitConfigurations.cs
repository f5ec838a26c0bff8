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
