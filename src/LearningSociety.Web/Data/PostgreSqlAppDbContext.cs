using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LearningSociety.Web.Data;

/// <summary>
/// A server database that also runs on the project's own machines (Debian <c>postgresql</c>), so the
/// server path is tested for real. Text follows SQL Server's default behaviour: Vietnamese order through an
/// ICU collation, and values under a unique index compared without case ("QĐ-TTg" and "qđ-ttg" are one
/// document number), accents still counting ("Đức" is not "Duc").
/// </summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options)
{
    /// <summary>Deterministic ICU collation in Vietnamese order: ORDER BY on names reads "Ánh" before "Bình", "Đặng" after "Dũng".</summary>
    public const string VietnameseCollation = "vi_vn";

    /// <summary>
    /// Nondeterministic ICU collation at strength 2: case ignored, diacritics kept. Used only on columns under a
    /// unique index, which are compared by equality; PostgreSQL 15 refuses LIKE on nondeterministic collations.
    /// </summary>
    public const string VietnameseCaseInsensitiveCollation = "vi_vn_ci";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.HasCollation(VietnameseCollation, locale: "vi-VN", provider: "icu", deterministic: true);
        builder.HasCollation(VietnameseCaseInsensitiveCollation, locale: "vi-VN-u-ks-level2", provider: "icu", deterministic: false);

        foreach (var entity in builder.Model.GetEntityTypes())
        {
            // The filtered unique index on Citizens.NationalId is written with SQL Server brackets in the shared configuration.
            foreach (var index in entity.GetIndexes().Where(i => i.GetFilter() is not null))
            {
                index.SetFilter(index.GetFilter()!.Replace('[', '"').Replace(']', '"'));
            }

            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string)))
            {
                property.SetCollation(CollationOf(property));
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // timestamptz holds an instant; Npgsql only writes DateTimeOffset values with offset zero.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcConverter>();
    }

    private static string? CollationOf(IMutableProperty property)
    {
        // Unit paths ("/1/4/12/") are matched by prefix (LIKE '/1/4/%'): byte order, so the index serves the prefix.
        if (property.DeclaringType.ClrType == typeof(Domain.Units.AdministrativeUnit) && property.Name == nameof(Domain.Units.AdministrativeUnit.Path))
        {
            return "C";
        }

        // Sort keys (Citizens.SortKey) are made to be compared byte by byte.
        if (property.DeclaringType.ClrType == typeof(Domain.Citizens.Citizen) && property.Name == nameof(Domain.Citizens.Citizen.SortKey))
        {
            return "C";
        }

        // Keys and references (Identity's string ids) stay as the database compares them by default.
        if (property.IsKey() || property.IsForeignKey())
        {
            return null;
        }

        return property.GetContainingIndexes().Any(i => i.IsUnique) ? VietnameseCaseInsensitiveCollation : VietnameseCollation;
    }
}

/// <summary>Stores every <see cref="DateTimeOffset"/> as its UTC instant (what PostgreSQL's timestamptz keeps anyway).</summary>
public sealed class DateTimeOffsetToUtcConverter()
    : ValueConverter<DateTimeOffset, DateTimeOffset>(value => value.ToUniversalTime(), value => value);
