using LearningSociety.Domain.Deadlines;
using LearningSociety.Web.Tests.Infrastructure;
using LearningSociety.TestSupport;

namespace LearningSociety.Web.Tests.Reports;

/// <summary>
/// A signed recognition decision is a public document; its list of people is personal data. The issuer's unit and above
/// read the whole list; a unit below the issuer reads the decision with an extract of its own people only, on the page
/// and in the printed decision alike.
/// </summary>
public sealed class DecisionListPrivacy : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly CardData _data;
    private int _decision;

    public DecisionListPrivacy() => _data = new CardData(_factory.Services, new VietnamClock(TimeProvider.System).Today().Year);

    public void Dispose() => _factory.Dispose();

    private async Task<int> DecisionAsync()
    {
        var ids = await _data.CardsAsync(
            new CardSpec("Nguyễn Thị Lan", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised, 1982),
            new CardSpec("Trần Văn Đức", "Thôn Bác Vọng Tây", "N2", CardSpec.Uniform(8), CardStage.Recognised, 1975),
            new CardSpec("Hà Văn Phong", "Thôn Sơn Tùng", "N1", CardSpec.Uniform(9), CardStage.Recognised, 1990));
        return _decision = await _data.DecisionAsync("31/QĐ-UBND", new DateOnly(_data.Year, 12, 5), ids);
    }

    [Theory]
    [InlineData("phonggd", new[] { "Nguyễn Thị Lan", "Trần Văn Đức", "Hà Văn Phong" }, new string[0])]
    [InlineData("ubndxa", new[] { "Nguyễn Thị Lan", "Trần Văn Đức" }, new[] { "Hà Văn Phong" })]
    [InlineData("chihoi", new[] { "Nguyễn Thị Lan" }, new[] { "Trần Văn Đức", "Hà Văn Phong" })]
    public async Task EachUnitReadsTheDecisionButOnlyItsOwnPeopleBelowTheIssuer(string userName, string[] seen, string[] hidden)
    {
        await DecisionAsync();
        using var client = await _factory.SignInAsync(userName);

        var page = await client.GetPageAsync($"/Decisions/Details/{_decision}");
        var list = page.QuerySelector("[data-testid=decision-people]")!.TextContent;
        var workbook = ReportFiles.Workbook(await ReportFiles.DownloadAsync(client, $"/Reports/Decision/{_decision}?format=xlsx"));
        var sheet = string.Join(" ", workbook.Worksheets.Single().CellsUsed().Select(c => c.GetString()));

        Assert.Contains("31/QĐ-UBND", page.Body!.TextContent);
        Assert.Contains("cho 3 công dân", sheet);
        Assert.All(seen, name => Assert.Contains(name, list));
        Assert.All(seen, name => Assert.Contains(name, sheet));
        Assert.All(hidden, name => Assert.DoesNotContain(name, page.Body.TextContent));
        Assert.All(hidden, name => Assert.DoesNotContain(name, sheet));
        Assert.Equal(hidden.Length > 0, page.QuerySelector("[data-testid=decision-extract]") is not null);
        Assert.Equal(hidden.Length > 0, sheet.Contains("Trích danh sách", StringComparison.Ordinal));
    }
}
