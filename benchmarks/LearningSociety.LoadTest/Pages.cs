using System.Globalization;
using LearningSociety.BenchmarkData;
using Microsoft.Data.Sqlite;

namespace LearningSociety.LoadTest;

/// <summary>
/// One page as one account opens it. <see cref="Path"/> may hold the placeholders of <see cref="Places"/>
/// (<c>{district}</c>, <c>{commune}</c>, <c>{village}</c>, <c>{group}</c>, <c>{citizen}</c>, <c>{card}</c>, <c>{year}</c>) and
/// <c>{lastPage}</c>, the last page of <c>/Citizens</c> as that account sees it.
/// </summary>
public sealed record PageCase(string Name, string Path, string Account);

/// <summary>The pages the load test drives, each as the accounts that use it: one row a page, easy to extend.</summary>
public static class Pages
{
    public const string District = "phonggd";
    public const string Commune = "ubndxa";
    public const string Village = "chihoi";
    private static readonly string[] Everyone = [District, Commune, Village];

    private static readonly (string Name, string Path, string[] Accounts)[] Table =
    [
        ("dashboard", "/", Everyone),
        ("approvals", "/Approvals", Everyone),
        ("approvals, one village", "/Approvals?unitId={village}", Everyone),
        ("approvals, commune in review", "/Approvals?unitId={commune}&state=InReview", [District, Commune]),
        ("citizens, first page", "/Citizens", Everyone),
        ("citizens, one group", "/Citizens?groupId={group}", Everyone),
        ("citizens, last page", "/Citizens?page={lastPage}", Everyone),
        ("citizen page", "/Citizens/Details/{citizen}", [Commune, Village]),
        ("scorecard page", "/Scorecards/Show/{card}", [Village]),
        ("reports", "/Reports", Everyone),
        ("targets, district", "/Targets/District", [District]),
        ("targets, results", "/Targets/Results", [Commune]),
        ("universalization", "/Universalization", [District, Commune]),
        ("plans", "/Plans", [District, Commune]),
        ("decisions", "/Decisions", [District, Commune]),
        ("district summary xlsx", "/Reports/District?districtId={district}&format=xlsx", [District]),
        ("district summary pdf", "/Reports/District?districtId={district}&format=pdf", [District]),
        ("commune summary xlsx", "/Reports/Commune?communeId={commune}&format=xlsx", [Commune]),
        ("commune summary pdf", "/Reports/Commune?communeId={commune}&format=pdf", [Commune]),
    ];

    /// <summary>Every page × account, keeping those whose name or path holds one of <paramref name="filters"/> (all when none).</summary>
    public static IReadOnlyList<PageCase> Select(IReadOnlyList<string> filters, IReadOnlyList<string> accounts)
        => Table.SelectMany(p => p.Accounts.Select(a => new PageCase(p.Name, p.Path, a)))
            .Where(p => filters.Count == 0 || filters.Any(f => p.Name.Contains(f, StringComparison.OrdinalIgnoreCase)
                || p.Path.Contains(f, StringComparison.OrdinalIgnoreCase)))
            .Where(p => accounts.Count == 0 || accounts.Contains(p.Account, StringComparer.OrdinalIgnoreCase))
            .ToList();
}

/// <summary>The ids the page paths need, read from the seeded file before the portal starts.</summary>
public sealed record Places(int Year, int District, int Commune, int Village, int Group, int Citizen, int Card)
{
    /// <summary>Huyện Quảng Điền, Xã Quảng Phú, Thôn Bác Vọng Đông (the demo's codes), the group N2, and a seeded citizen of that village with a candidate this year.</summary>
    public static Places Read(string databasePath, int year)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        int Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$year", year);
            return command.ExecuteScalar() is { } value and not DBNull
                ? Convert.ToInt32(value, CultureInfo.InvariantCulture)
                : throw new InvalidOperationException($"{databasePath}: nothing for {sql}. Is it a database written by the seed command?");
        }

        var village = Scalar(Unit(DistrictSeeder.LargestVillageCode));
        var card = Scalar($"""
            SELECT r."Id" FROM "Registrations" r JOIN "Candidates" c ON c."RegistrationId" = r."Id"
            WHERE r."VillageId" = {village} AND r."Year" = $year ORDER BY r."Id" LIMIT 1
            """);
        return new Places(year,
            Scalar(Unit(DistrictSeeder.DistrictCode)),
            Scalar(Unit(DistrictSeeder.LargestCommuneCode)),
            village,
            Scalar("SELECT \"Id\" FROM \"CitizenGroups\" WHERE \"Code\" = 'N2'"),
            Scalar($"SELECT \"CitizenId\" FROM \"Registrations\" WHERE \"Id\" = {card}"),
            card);

        static string Unit(string code) => $"SELECT \"Id\" FROM \"AdministrativeUnits\" WHERE \"Code\" = '{code}'";
    }

    public string Fill(string path, int lastPage) => path
        .Replace("{year}", Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{district}", District.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{commune}", Commune.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{village}", Village.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{group}", Group.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{citizen}", Citizen.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{card}", Card.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{lastPage}", lastPage.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
