using System.Net;
using LearningSociety.Domain.Deadlines;
using LearningSociety.TestSupport;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Scorecards;

/// <summary>
/// Issue 14: the ĐBKK list is the province's record; a change re-judges the open cards of the communes it moves and tells
/// the branch; proposed and decided cards keep the verdict and the rule they were decided under, on every page.
/// </summary>
public sealed class DisadvantagedDesignationTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly int _year = new VietnamClock(TimeProvider.System).Today().Year;

    private async Task<int> CommuneAsync() => await _factory.WithDbAsync(db =>
        db.AdministrativeUnits.Where(u => u.Name == "Xã Quảng Phú").Select(u => u.Id).SingleAsync());

    private async Task<HttpResponseMessage> DesignateAsync(PortalClient admin, int commune)
    {
        var form = await admin.GetPageAsync($"/Designations/Create?year={_year}");
        return await admin.PostFormAsync(form, "main form[method='post']", new Dictionary<string, string>
        {
            ["Number"] = "861/QĐ-TTg", ["IssuedOn"] = $"04/01/{_year}", ["Issuer"] = "Thủ tướng Chính phủ",
            ["FromYear"] = _year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ToYear"] = _year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CommuneIds"] = commune.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    [PortalFact]
    public async Task TheProvinceSetsTheListAfterAppraisalOpenCardsAreJudgedAgainTheBranchIsToldAndDecidedCardsStay()
    {
        var data = new CardData(_factory.Services, _year);
        // 7 on every indicator: 70 points, short of 80, enough under the ĐBKK rule.
        var ids = await data.CardsAsync(
            new CardSpec("Mai Thị Bảy", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(7), CardStage.Appraised),
            new CardSpec("Lê Văn Chín", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised));
        var (open, decided) = (ids[0], ids[1]);
        var decidedBefore = await _factory.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Id == decided));
        using var branch = await _factory.SignInAsync("chihoi");
        Assert.Contains("Không đạt", (await branch.GetPageAsync($"/Scorecards/Show/{open}")).QuerySelector("[data-testid=result]")!.TextContent);

        using var admin = await _factory.SignInAsync("admin");
        var saved = await DesignateAsync(admin, await CommuneAsync());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // The open card is judged again in the same transaction, under the ĐBKK rule, and says so on every page.
        var card = await _factory.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Id == open));
        Assert.Equal((true, 70), (card.Passed, card.AppraisalThreshold));
        Assert.Contains("861/QĐ-TTg", card.AppraisalDesignation);
        var page = await branch.GetPageAsync($"/Scorecards/Show/{open}");
        Assert.StartsWith("Đạt", page.QuerySelector("[data-testid=result]")!.TextContent.Trim());
        Assert.Contains("tổng điểm từ 70", page.QuerySelector("[data-testid=judged-under]")!.TextContent);
        var passedList = await branch.GetPageAsync($"/Citizens?year={_year}&status=passed");
        Assert.Contains("Mai Thị Bảy", passedList.Body!.TextContent);
        var dashboard = await branch.GetPageAsync("/");
        var notice = dashboard.QuerySelector("[data-testid=rejudged-line]")!.TextContent;
        Assert.Contains("Thôn Bác Vọng Đông: 1 phiếu được đánh giá lại", notice);
        Assert.Contains("1 phiếu đổi kết quả", notice);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity.Contains("DisadvantagedDesignation"))));

        // The decided card never moves: same verdict, same rule, same stamp.
        var decidedAfter = await _factory.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Id == decided));
        Assert.Equal((decidedBefore.Passed, decidedBefore.AppraisalThreshold, decidedBefore.AppraisalDesignation, decidedBefore.ConcurrencyStamp),
            (decidedAfter.Passed, decidedAfter.AppraisalThreshold, decidedAfter.AppraisalDesignation, decidedAfter.ConcurrencyStamp));

        // Taking the commune off the list again: the open card goes back to 80; the tallies still equal a recount.
        var list = await _factory.WithDbAsync(db => db.DisadvantagedDesignations.AsNoTracking().SingleAsync(d => d.Number == "861/QĐ-TTg"));
        var edit = await admin.GetPageAsync($"/Designations/Edit/{list.Id}");
        var deleted = await admin.PostFormAsync(edit, $"form[action='/Designations/Delete/{list.Id}']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal((false, 80), await _factory.WithDbAsync(db => db.Registrations.Where(r => r.Id == open)
            .Select(r => new { r.Passed, r.AppraisalThreshold }).SingleAsync().ContinueWith(t => (t.Result.Passed, t.Result.AppraisalThreshold))));
        Assert.Equal(await _factory.WithDbAsync(db => LearningSociety.Web.Data.CardTallyKeeper.RecountAsync(db, CancellationToken.None)),
            await _factory.WithDbAsync(db => LearningSociety.Web.Data.CardTallyKeeper.StoredAsync(db, CancellationToken.None)));
    }

    [PortalFact]
    public async Task ADecidedCardUnderTheListKeepsItsVerdictAndSaysUnderWhichListWhenTheListGoes()
    {
        await _factory.WithDbAsync(db => DesignationData.SetAsync(db, "Xã Quảng Phú", _year));
        using var branch = await _factory.SignInAsync("chihoi");
        var registrationId = (await new CardData(_factory.Services, _year).CardsAsync(
            new CardSpec("Đỗ Thị Bảy Sáu", "Thôn Bác Vọng Đông", "N1", [8, 8, 8, 8, 8, 8, 7, 7, 7, 7], CardStage.Appraised)))[0];
        // CardData judges with the ordinary rule; the branch appraises again on the page, under the list.
        var appraisal = await branch.GetPageAsync($"/Scorecards/Appraisal/{registrationId}");
        Assert.Equal(HttpStatusCode.Redirect, (await branch.PostFormAsync(appraisal, "#scorecard-form", new Dictionary<string, string>())).StatusCode);
        await _factory.WithDbAsync(async db =>
        {
            (await db.Registrations.SingleAsync(r => r.Id == registrationId)).Lock();
            return await db.SaveChangesAsync();
        });

        await _factory.WithDbAsync(db => DesignationData.SetAsync(db, "Xã Quảng Phú", _year, designated: false));
        var page = await branch.GetPageAsync($"/Scorecards/Show/{registrationId}");

        Assert.StartsWith("Đạt", page.QuerySelector("[data-testid=result]")!.TextContent.Trim());
        Assert.Contains("xã thuộc danh sách xã đặc biệt khó khăn theo Quyết định số " + DesignationData.TestNumber,
            page.QuerySelector("[data-testid=judged-under]")!.TextContent);
    }

    [PortalFact]
    public async Task ACommuneOfficerSeesTheListButCannotChangeItAndTheUnitFormHasNoFlag()
    {
        await _factory.WithDbAsync(db => DesignationData.SetAsync(db, "Xã Quảng Phú", _year));
        using var officer = await _factory.SignInAsync("ubndxa");

        var list = await officer.GetPageAsync($"/Designations?year={_year}");
        Assert.Contains("Xã Quảng Phú", list.QuerySelector("[data-testid=designations]")!.TextContent);
        Assert.Null(list.QuerySelector("a[href^='/Designations/Edit']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/Designations/Create?year={_year}")).StatusCode);
        var id = await _factory.WithDbAsync(db => db.DisadvantagedDesignations.Select(d => d.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Designations/Edit/{id}")).StatusCode);
        var token = await officer.TokenFromAsync("/", "form[method='post']");
        var posted = await officer.PostAsync($"/Designations/Delete/{id}", token, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.DisadvantagedCommunes.CountAsync()));

        var facts = await officer.GetPageAsync($"/Units/Profile/{await CommuneAsync()}?year={_year}");
        Assert.Null(facts.QuerySelector("input[name=IsDisadvantaged]"));
    }

    public void Dispose() => _factory.Dispose();
}
