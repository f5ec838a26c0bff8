using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Approvals;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using LearningSociety.TestSupport;

namespace LearningSociety.Web.Tests.Approvals;

public sealed class OutstandingCitizenStatus : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly int _year = new VietnamClock(TimeProvider.System).Today().Year;

    private async Task<int> CitizenWithHistoryAsync(string name, int earlierYears, bool recogniseThisYear)
    {
        var registration = (await new CardData(_factory.Services, _year).CardsAsync(new CardSpec(name, "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9),
            recogniseThisYear ? CardStage.Recognised : CardStage.Appraised, RecognisedYearsBefore: earlierYears)))[0];
        return await _factory.WithDbAsync(db => db.Registrations.Where(r => r.Id == registration).Select(r => r.CitizenId).SingleAsync());
    }

    [Fact]
    public async Task FiveRecognisedYearsInARowMakeACitizenOutstanding()
    {
        var id = await CitizenWithHistoryAsync("Trương Văn Đạt", 4, recogniseThisYear: true);
        using var client = await _factory.SignInAsync("chihoi");

        var page = await client.GetPageAsync($"/Citizens/Details/{id}");

        Assert.Contains("tiêu biểu xuất sắc", page.QuerySelector("[data-testid=outstanding]")!.TextContent);
    }

    [Fact]
    public async Task APassedCardNotYetRecognisedThisYearDoesNotCount()
    {
        var id = await CitizenWithHistoryAsync("Trương Văn Bảo", 4, recogniseThisYear: false);
        using var client = await _factory.SignInAsync("chihoi");

        var page = await client.GetPageAsync($"/Citizens/Details/{id}");

        Assert.Null(page.QuerySelector("[data-testid=outstanding]"));
    }

    public void Dispose() => _factory.Dispose();
}

/// <summary>
/// Issue 14: earlier years entered from paper count toward the title, and in their own year's report, only once the
/// commune has confirmed them; the badge is the viewed year's.
/// </summary>
public sealed class EarlierYearsConfirmedByTheCommune : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly int _year = new VietnamClock(TimeProvider.System).Today().Year;

    [Fact]
    public async Task UnconfirmedHistoryDoesNotMakeTheTitleConfirmedHistoryDoesAndThePastYearsReportAgrees()
    {
        var data = new CardData(_factory.Services, _year);
        var registration = (await data.CardsAsync(new CardSpec("Hoàng Văn Năm Năm", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9),
            CardStage.Recognised, RecognisedYearsBefore: 4, HistoryConfirmed: false)))[0];
        var citizen = await _factory.WithDbAsync(db => db.Registrations.Where(r => r.Id == registration).Select(r => r.CitizenId).SingleAsync());
        var earlier = await _factory.WithDbAsync(db => db.Registrations.Where(r => r.CitizenId == citizen && r.Year < _year)
            .OrderBy(r => r.Year).Select(r => r.Id).ToListAsync());
        using var branch = await _factory.SignInAsync("chihoi");
        using var commune = await _factory.SignInAsync("ubndxa");
        var lastYearReport = $"/Reports/Commune?communeId={await data.UnitIdAsync("Xã Quảng Phú")}&year={_year - 1}&format=xlsx";
        var recognisedBefore = await RecognisedInReportAsync(commune, lastYearReport);

        var details = await branch.GetPageAsync($"/Citizens/Details/{citizen}");
        Assert.Null(details.QuerySelector("[data-testid=outstanding]"));
        Assert.Contains("chờ UBND xã xác nhận", details.QuerySelector("[data-testid=registrations]")!.TextContent);
        Assert.DoesNotContain("Hoàng Văn Năm Năm", (await branch.GetPageAsync($"/Citizens?year={_year - 1}&status=recognised")).Body!.TextContent);

        // The branch cannot confirm; the commune confirms each earlier year on its card's page.
        var card = await branch.GetPageAsync($"/Scorecards/Show/{earlier[0]}");
        Assert.Null(card.QuerySelector("form[action^='/Scorecards/ConfirmPast']"));
        foreach (var id in earlier)
        {
            var page = await commune.GetPageAsync($"/Scorecards/Show/{id}");
            var confirmed = await commune.PostFormAsync(page, $"form[action='/Scorecards/ConfirmPast/{id}']", new Dictionary<string, string>());
            Assert.Equal(System.Net.HttpStatusCode.Redirect, confirmed.StatusCode);
        }

        details = await branch.GetPageAsync($"/Citizens/Details/{citizen}");
        Assert.Contains(_year.ToString(System.Globalization.CultureInfo.InvariantCulture), details.QuerySelector("[data-testid=outstanding]")!.TextContent);
        Assert.Contains($"QĐ số {100 + (_year - 1) % 100}/QĐ-UBND", details.QuerySelector("[data-testid=registrations]")!.TextContent);
        // Viewing last year: recognised that year, not yet five in a row.
        var lastYear = await branch.GetPageAsync($"/Citizens/Details/{citizen}?year={_year - 1}");
        Assert.Null(lastYear.QuerySelector("[data-testid=outstanding]"));
        Assert.NotNull(lastYear.QuerySelector("[data-testid=recognised-badge]"));
        Assert.Contains("Hoàng Văn Năm Năm", (await branch.GetPageAsync($"/Citizens?year={_year - 1}&status=recognised")).Body!.TextContent);
        Assert.Equal(recognisedBefore + 1, await RecognisedInReportAsync(commune, lastYearReport));
    }

    /// <summary>The "Số được công nhận / Cộng" of the commune roll-up's total row.</summary>
    private static async Task<double> RecognisedInReportAsync(PortalClient client, string url)
    {
        using var workbook = Reports.ReportFiles.Workbook(await Reports.ReportFiles.DownloadAsync(client, url));
        var sheet = workbook.Worksheets.Single();
        var header = Reports.ReportFiles.Cell(sheet, "Số được công nhận");
        var column = header.MergedRange()?.RangeAddress.LastAddress.ColumnNumber ?? header.Address.ColumnNumber;
        var total = sheet.CellsUsed().First(c => c.GetString() == "Tổng cộng").Address.RowNumber;
        return sheet.Cell(total, column).GetDouble();
    }

    public void Dispose() => _factory.Dispose();
}
