using LearningSociety.Domain.Deadlines;
using LearningSociety.Web.Tests.Infrastructure;
using LearningSociety.TestSupport;

namespace LearningSociety.Web.Tests.Reports;

/// <summary>The /Reports page offers each user the downloads of their own units, and every link it shows works.</summary>
public sealed class ReportsIndexPage : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly CardData _data;

    public ReportsIndexPage() => _data = new CardData(_factory.Services, new VietnamClock(TimeProvider.System).Today().Year);

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("chihoi", 0, 0, 1, 0)]
    [InlineData("ubndxa", 0, 1, 4, 1)] // writes the commune's narrative report
    [InlineData("phonggd", 1, 2, 0, 2)] // above a commune, villages are listed one commune at a time (below); writes the district's report and decision wording
    public async Task ListsTheReportsOfTheUsersUnitsAndEveryLinkDownloads(string user, int districts, int communes, int villages, int writes)
    {
        var ids = await _data.CardsAsync(new CardSpec("Nguyễn Thị Lan", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised));
        await _data.DecisionAsync("9/QĐ-UBND", new DateOnly(_data.Year, 12, 1), ids);
        using var client = await _factory.SignInAsync(user);

        var page = await client.GetPageAsync("/Reports");

        Assert.Contains("Báo cáo", page.QuerySelector("nav")!.TextContent);
        Assert.Equal(districts, page.QuerySelectorAll("[data-testid=district-reports] li").Length);
        Assert.Equal(communes, page.QuerySelectorAll("[data-testid=commune-reports] li").Length);
        Assert.Equal(villages, page.QuerySelectorAll("[data-testid=village-reports] li").Length);
        Assert.Single(page.QuerySelectorAll("[data-testid=decision-reports] li"));
        var links = page.QuerySelectorAll("main a[href^='/Reports/']").Select(a => a.GetAttribute("href")!).ToList();
        // Excel and PDF of each CDHT report, and Word too for the decision; Biểu 3 and Biểu 4 and the narrative report (with Word) for
        // each district and commune; for each village the appraisal minutes (Excel, PDF, Word) and its scorecards and its proposal
        // list's, PDF only; the pages where the user writes the narrative texts and the decision wording.
        Assert.Equal(2 * (districts + communes + villages + 1) + 1 + 7 * (districts + communes) + 5 * villages + writes, links.Count);
        foreach (var link in links)
        {
            Assert.NotEmpty(await ReportFiles.DownloadAsync(client, link));
        }
    }

    [Fact]
    public async Task AboveACommuneTheVillagesListsAreShownForTheChosenCommune()
    {
        await _data.CardsAsync(
            new CardSpec("Nguyễn Thị Lan", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised),
            new CardSpec("Trần Văn Đức", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Proposed),
            new CardSpec("Lê Thị Hoa", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Appraised));
        using var district = await _factory.SignInAsync("phonggd");

        var page = await district.GetPageAsync($"/Reports?communeId={await _data.UnitIdAsync("Xã Quảng Phú")}");

        var villages = page.QuerySelectorAll("[data-testid=village-reports] li").Select(li => li.TextContent).ToList();
        Assert.Equal(4, villages.Count);
        Assert.Contains(villages, v => v.Contains("Thôn Bác Vọng Đông", StringComparison.Ordinal) && v.Contains("2 người đã đề nghị", StringComparison.Ordinal));
        Assert.All(villages, v => Assert.Contains("Xã Quảng Phú", v, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDownloadsSitOnThePagesWhereTheyBelong()
    {
        var ids = await _data.CardsAsync(
            new CardSpec("Nguyễn Thị Lan", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised),
            new CardSpec("Trần Văn Đức", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Proposed));
        var decision = await _data.DecisionAsync("11/QĐ-UBND", new DateOnly(_data.Year, 12, 1), ids.Take(1));
        var village = await _data.UnitIdAsync("Thôn Bác Vọng Đông");
        using var branch = await _factory.SignInAsync("chihoi");
        using var commune = await _factory.SignInAsync("ubndxa");
        using var district = await _factory.SignInAsync("phonggd");

        async Task<IReadOnlyList<string>> LinksAsync(PortalClient client, string page)
        {
            var links = (await client.GetPageAsync(page)).QuerySelectorAll("[data-testid=report-downloads] a").Select(a => a.GetAttribute("href")!).ToList();
            foreach (var link in links)
            {
                Assert.NotEmpty(await ReportFiles.DownloadAsync(client, link));
            }

            return links;
        }

        Assert.Contains($"/Reports/Proposals?villageId={village}&year={_data.Year}&format=pdf", await LinksAsync(branch, "/Approvals"));
        Assert.Contains($"/Reports/Scorecard/{ids[1]}?format=xlsx", await LinksAsync(branch, $"/Scorecards/Show/{ids[1]}"));
        Assert.Contains($"/Reports/Decision/{decision}?format=pdf", await LinksAsync(branch, $"/Decisions/Details/{decision}"));
        Assert.Contains($"/Reports/Commune?communeId={await _data.UnitIdAsync("Xã Quảng Phú")}&year={_data.Year}&format=xlsx", await LinksAsync(commune, "/"));
        Assert.Contains($"/Reports/Proposals?villageId={village}&year={_data.Year}&format=xlsx", await LinksAsync(commune, "/Approvals"));
        Assert.Contains($"/Reports/District?districtId={await _data.UnitIdAsync("Huyện Quảng Điền")}&year={_data.Year}&format=pdf", await LinksAsync(district, "/"));
        Assert.Contains($"/Reports/Commune?communeId={await _data.UnitIdAsync("Xã Quảng Phú")}&year={_data.Year}&format=pdf", await LinksAsync(district, "/Approvals"));
        Assert.Empty(await LinksAsync(branch, "/"));
    }
}
