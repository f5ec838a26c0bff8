using LearningSociety.Domain;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.TestSupport;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Citizens;

/// <summary>Every filter of <c>/Citizens</c> (village, group, status for the year, name or CCCD) and their count, against a recount in memory.</summary>
public class CitizenListFilters : IDisposable
{
    private const string NationalId = "046190001234"; // 046 province, 1 = female born 19xx, 90 = 1990

    private readonly PortalFactory _factory;

    public CitizenListFilters()
        : this(TestDatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another database (see PostgreSql/CitizenListOnPostgreSql.cs).</summary>
    protected CitizenListFilters(TestDatabaseProvider provider) => _factory = new PortalFactory(provider);

    [PortalFact]
    public async Task EveryCombinationOfFiltersCountsAndListsWhatARecountFinds()
    {
        var year = new VietnamClock(TimeProvider.System).Today().Year;
        var cards = new CardData(_factory.Services, year);
        await cards.CardsAsync(
            new CardSpec("Bùi Văn Phúc", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Appraised),
            new CardSpec("Cao Thị Quế", "Thôn Bác Vọng Đông", "N2", CardSpec.Uniform(2), CardStage.Appraised),
            new CardSpec("Đinh Văn Sơn", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(8), CardStage.SelfAssessed),
            new CardSpec("Kim Văn Uy", "Thôn Bác Vọng Tây", "N3", CardSpec.Uniform(9), CardStage.Appraised),
            new CardSpec("Lò Thị Vân", "Thôn Sơn Tùng", "N1", CardSpec.Uniform(9), CardStage.Appraised)); // another commune
        await ManyCitizens.AddAsync(_factory, "Thôn Bác Vọng Đông", ["Mã Văn Xuân"]);
        await ManyCitizens.AddAsync(_factory, "Thôn Bác Vọng Tây", ["Nông Thị Yến"]);
        await _factory.WithDbAsync(async db =>
        {
            var village = await db.AdministrativeUnits.SingleAsync(u => u.Name == "Thôn Bác Vọng Tây");
            var group = await db.CitizenGroups.SingleAsync(g => g.Code == "N2");
            db.Citizens.Add(new Citizen("Bùi Thị Yến", null, 1990, Gender.Female, group.Id, village.Id, NationalId, null));
            return await db.SaveChangesAsync();
        });

        var (people, villages, groups) = await _factory.WithDbAsync(async db =>
        {
            var inCommune = await db.Citizens.Where(c => c.Village.Parent!.Name == "Xã Quảng Phú")
                .Select(c => new Person(c.FullName, c.NationalId, c.VillageId, c.GroupId,
                    db.Registrations.Where(r => r.CitizenId == c.Id && r.Year == year).Select(r => (ScorecardStatus?)r.Status).FirstOrDefault(),
                    db.Registrations.Where(r => r.CitizenId == c.Id && r.Year == year).Select(r => r.Passed).FirstOrDefault(),
                    db.Registrations.Any(r => r.CitizenId == c.Id && r.Year == year)))
                .ToListAsync();
            var villageIds = await db.AdministrativeUnits.Where(u => u.Name == "Thôn Bác Vọng Đông" || u.Name == "Thôn Bác Vọng Tây")
                .Select(u => (int?)u.Id).ToListAsync();
            var groupIds = await db.CitizenGroups.Select(g => (int?)g.Id).ToListAsync();
            return (inCommune, villageIds, groupIds);
        });
        Assert.Equal(14, people.Count); // seven seeded, four cards, two without a card, one with a CCCD number
        using var client = await _factory.SignInAsync("ubndxa");

        string[] statuses = ["", "none", "registered", "selfassessed", "passed", "failed"];
        string?[] searches = [null, "Văn", NationalId, "Không Ai"];
        foreach (var status in statuses)
        foreach (var village in villages.Prepend(null))
        foreach (var group in groups.Prepend(null).Take(3))
        foreach (var q in searches)
        {
            var expected = people
                .Where(p => village is null || p.VillageId == village)
                .Where(p => group is null || p.GroupId == group)
                .Where(p => q is null || p.FullName.Contains(q, StringComparison.Ordinal) || p.NationalId == q)
                .Where(p => status switch
                {
                    "none" => !p.HasCard,
                    "registered" => p.Status == ScorecardStatus.Registered,
                    "selfassessed" => p.Status == ScorecardStatus.SelfAssessed,
                    "passed" => p.Passed == true,
                    "failed" => p.Passed == false,
                    _ => true,
                })
                .Select(p => p.FullName).Order(VietnameseText.PersonName).ToList();
            var url = $"/Citizens?Status={status}&VillageId={village}&GroupId={group}&Q={Uri.EscapeDataString(q ?? string.Empty)}";

            var page = await client.GetPageAsync(url);

            Assert.True(expected.Count > 0 || page.QuerySelector(".alert-info") is not null, url);
            Assert.Equal($"{VietnameseFormat.Number(expected.Count)} công dân", page.QuerySelector("[data-testid=count]")!.TextContent.Trim());
            Assert.Equal(expected, page.QuerySelectorAll("[data-testid=citizen-table] tbody td:first-child a").Select(a => a.TextContent.Trim()));
        }
    }

    private sealed record Person(string FullName, string? NationalId, int VillageId, int GroupId, ScorecardStatus? Status, bool? Passed, bool HasCard);

    public void Dispose() => _factory.Dispose();
}
