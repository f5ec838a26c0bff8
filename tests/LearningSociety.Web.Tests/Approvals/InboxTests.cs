using System.Net;
using AngleSharp.Html.Dom;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Deadlines;
using LearningSociety.TestSupport;
using LearningSociety.Web.Data;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Approvals;

/// <summary>
/// The inbox at district size: a commune or district opens on a summary per unit from the card tallies; one unit's cards
/// are a paged list; a bulk action acts on everything in the filter that waits for the user, on the server.
/// </summary>
public sealed class Inbox : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly int _year = new VietnamClock(TimeProvider.System).Today().Year;

    public void Dispose() => _factory.Dispose();

    private Task<IReadOnlyList<int>> CardsAsync(string village, int count, CardStage stage, int score = 9, string prefix = "Công dân")
        => new CardData(_factory.Services, _year).CardsAsync(Enumerable.Range(1, count)
            .Select(i => new CardSpec($"{prefix} {village[5..]} {i:000}", village, "N1", CardSpec.Uniform(score), stage)));

    [PortalFact]
    public async Task TheSummaryCountsEachUnitsCardsByPlaceInTheProcess()
    {
        await CardsAsync("Thôn Bác Vọng Đông", 3, CardStage.Appraised);
        await CardsAsync("Thôn Bác Vọng Đông", 2, CardStage.Proposed);
        await CardsAsync("Thôn Bác Vọng Đông", 1, CardStage.Appraised, score: 7); // fails: not in the inbox
        await CardsAsync("Thôn Bác Vọng Tây", 1, CardStage.Recognised);
        await CardsAsync("Thôn Bác Vọng Tây", 1, CardStage.ReturnedToBranch);
        using var commune = await _factory.SignInAsync("ubndxa");

        var page = await commune.GetPageAsync("/Approvals");

        Assert.Null(page.QuerySelector("[data-testid=inbox]")); // the summary, no list of cards
        var east = Row(page, "Thôn Bác Vọng Đông");
        Assert.Equal(["Thôn Bác Vọng Đông", "2", "5", "3"], east.Take(4));
        Assert.Contains(": 2", east[4]); // two under review at the commune's step
        Assert.Equal("0", east[^2]);
        var west = Row(page, "Thôn Bác Vọng Tây");
        Assert.Equal("0", west[1]); // returned to the branch: nothing waits for the commune
        Assert.Equal(["1", "0", "1"], west.Skip(5).Take(3));

        using var district = await _factory.SignInAsync("phonggd");
        var phu = Row(await district.GetPageAsync("/Approvals"), "Xã Quảng Phú");
        Assert.Equal("7", phu[2]); // passed in the commune's villages
        Assert.Equal("1", phu[^2]); // recognised
    }

    private static string[] Row(IHtmlDocument page, string unit)
        => page.QuerySelectorAll("[data-testid=inbox-summary] tbody tr")
            .Single(r => r.QuerySelector("td")!.TextContent.Trim() == unit)
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();

    [PortalFact]
    public async Task AUnitsListIsPagedInNameOrderWithTheUsersOwnWorkFirst()
    {
        await CardsAsync("Thôn Bác Vọng Đông", 55, CardStage.Proposed);
        await CardsAsync("Thôn Bác Vọng Đông", 3, CardStage.Recognised, prefix: "An");
        var village = await new CardData(_factory.Services, _year).UnitIdAsync("Thôn Bác Vọng Đông");
        using var commune = await _factory.SignInAsync("ubndxa");

        var first = await commune.GetPageAsync($"/Approvals?unitId={village}");
        var second = await commune.GetPageAsync($"/Approvals?unitId={village}&page=2");

        var names = Names(first).Concat(Names(second)).ToList();
        Assert.Equal(50, Names(first).Count);
        Assert.Equal(58, names.Count);
        Assert.Equal(names.Take(55).Order(StringComparer.Ordinal), names.Take(55)); // same family and village: numbered names sort as written
        Assert.All(names.Skip(55), n => Assert.StartsWith("An ", n, StringComparison.Ordinal)); // not the commune's to act on: after its own work
        Assert.Contains("Trang 2 / 2", second.Body!.TextContent);
        Assert.Contains("58 hồ sơ, 55 chờ tôi xử lý", first.QuerySelector("[data-testid=list-count]")!.TextContent);
        Assert.Equal(50, first.QuerySelectorAll("[data-testid=inbox] input[name=selected]").Length);

        var filtered = await commune.GetPageAsync($"/Approvals?unitId={village}&state=Recognised");
        Assert.Equal(3, Names(filtered).Count);
    }

    [PortalFact]
    public async Task EachCardOfTheListSaysWhetherItHasEvidence()
    {
        var data = new CardData(_factory.Services, _year);
        var ids = await data.CardsAsync(
            new CardSpec("An Thị Ghi Chú", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Proposed),
            new CardSpec("Bùi Văn Có Tệp", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Proposed),
            new CardSpec("Cao Thị Chưa Có", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Appraised));
        await data.EvidenceAsync(ids[0], "Giấy chứng nhận lớp tin học", files: 0);
        await data.EvidenceAsync(ids[1], null, files: 2);
        using var commune = await _factory.SignInAsync("ubndxa");

        var page = await commune.GetPageAsync($"/Approvals?unitId={await data.UnitIdAsync("Thôn Bác Vọng Đông")}");

        var headers = page.QuerySelectorAll("[data-testid=inbox] thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains("Minh chứng", headers);
        var evidence = page.QuerySelectorAll("[data-testid=inbox] tbody tr").ToDictionary(
            tr => tr.QuerySelector("td:nth-child(2) a")!.TextContent.Trim(), tr => tr.QuerySelector("[data-testid=evidence]")!.TextContent.Trim());
        Assert.Equal("Có (ghi chú)", evidence["An Thị Ghi Chú"]);
        Assert.Equal("Có (2 tệp)", evidence["Bùi Văn Có Tệp"]);
        Assert.Equal("Chưa có", evidence["Cao Thị Chưa Có"]);
    }

    private static List<string> Names(IHtmlDocument page)
        => page.QuerySelectorAll("[data-testid=inbox] tbody tr td:nth-child(2) a").Select(a => a.TextContent.Trim()).ToList();

    [PortalFact]
    public async Task ActingOnAllMatchingReachesEveryCardOfTheFilterNotOnlyThePage()
    {
        var east = await CardsAsync("Thôn Bác Vọng Đông", 60, CardStage.Proposed);
        var west = await CardsAsync("Thôn Bác Vọng Tây", 2, CardStage.Proposed);
        var village = await new CardData(_factory.Services, _year).UnitIdAsync("Thôn Bác Vọng Đông");
        using var commune = await _factory.SignInAsync("ubndxa");
        var page = await commune.GetPageAsync($"/Approvals?unitId={village}");
        var button = page.QuerySelector("[data-testid=act-on-all]")!;
        Assert.Contains("Chuyển lên tất cả 60 hồ sơ chờ tôi xử lý của Thôn Bác Vọng Đông", button.TextContent);

        var token = page.QuerySelector("#bulk-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await commune.PostAsync(button.GetAttribute("formaction")!, token, new Dictionary<string, string>
        {
            ["action"] = "Forward", ["year"] = _year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["unitId"] = village.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var states = await _factory.WithDbAsync(db => db.Candidates.Where(c => east.Contains(c.RegistrationId) || west.Contains(c.RegistrationId))
            .Select(c => new { c.RegistrationId, c.CurrentStepOrder }).ToListAsync());
        Assert.All(states.Where(s => east.Contains(s.RegistrationId)), s => Assert.Equal(3, s.CurrentStepOrder));
        Assert.All(states.Where(s => west.Contains(s.RegistrationId)), s => Assert.Equal(2, s.CurrentStepOrder)); // another village: untouched
        var after = await commune.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("60/60 hồ sơ thành công", after.Body!.TextContent);
        Assert.Equal(await _factory.WithDbAsync(db => CardTallyKeeper.RecountAsync(db, CancellationToken.None)).ContinueWith(t => t.Result.Values.Sum()),
            (await _factory.WithDbAsync(db => CardTallyKeeper.StoredAsync(db, CancellationToken.None))).Values.Sum());
    }

    [PortalFact]
    public async Task AUnitOutsideTheUsersScopeIsNotFound()
    {
        var vinh = await new CardData(_factory.Services, _year).UnitIdAsync("Xã Quảng Vinh");
        using var commune = await _factory.SignInAsync("ubndxa");

        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/Approvals?unitId={vinh}")).StatusCode);
        var token = await commune.TokenFromAsync("/Account/ChangePassword");
        Assert.Equal(HttpStatusCode.NotFound, (await commune.PostAsync($"/Approvals/Bulk?all=true", token, new Dictionary<string, string>
        {
            ["action"] = "Forward", ["year"] = _year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["unitId"] = vinh.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })).StatusCode);
    }
}
