using System.Net;
using AngleSharp.Html.Dom;
using LearningSociety.Domain.Plans;
using LearningSociety.Web.Features.Plans;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.Web.Tests.Plans;

/// <summary>
/// The plan pages as a commune officer uses them: the 2024 plan of seed 000 typed through the real form, issued,
/// revised, started again for the next year; and who may read or write it.
/// </summary>
public sealed class PlanPages : IDisposable
{
    private const string FormSelector = "main form[data-testid=plan-form]";

    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheCommuneOfficerWritesThe2024PlanOfSeed000ThroughTheForm()
    {
        var quangPhu = await UnitIdAsync("Xã Quảng Phú");
        var qd1373 = await LegalBasisIdAsync("1373/QĐ-TTg");
        using var commune = await _factory.SignInAsync("ubndxa");

        var page = await commune.GetPageAsync($"/Plans/Create?unitId={quangPhu}&year=2024");
        Assert.Equal("Thực hiện Đề án “Xây dựng xã hội học tập” năm 2024 trên địa bàn xã Quảng Phú", page.QuerySelector("textarea[name=Title]")!.TextContent.Trim());
        Assert.Equal("Quảng Phú", Value(page, "Place"));
        Assert.Equal("…/KH-UBND", Value(page, "Number"));
        Assert.Contains("Kết quả tự động tính", page.QuerySelector("tr[data-indicator=CDHT_CITIZENS]")!.TextContent);
        Assert.DoesNotContain("Kết quả tự động tính", page.QuerySelector("tr[data-indicator=CAP_IT]")!.TextContent);
        Check(page, $"input[name=LegalBasisIds][value='{qd1373}']");

        var response = await commune.PostFormAsync(page, FormSelector, Seed000(page, 2024));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = await SinglePlanAsync(p => p.StartYear == 2024);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal(2024, plan.EndYear);
        Assert.Equal($"/Plans/Details/{plan.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(0.5m, Target(plan, "CAP_IT", 2024).Value);
        Assert.Equal(0.4m, Target(plan, "CDHT_CITIZENS", 2024).Value);
        Assert.Equal(0.2m, Target(plan, "CAP_TRAINED", 2024).Value);
        Assert.Equal("Trên 20%; trong đó 8% đại học", Target(plan, "CAP_TRAINED", 2024).Note);
        Assert.Equal(3m, Target(plan, "PCGD_TH", 2024).Value);
        Assert.Equal(2m, Target(plan, "XMC", 2024).Value);
        Assert.Equal(5, plan.Targets.Count);
        Assert.Equal(["Tuyên truyền Tuần lễ hưởng ứng học tập suốt đời", "Củng cố, kiện toàn Hội Khuyến học các cấp"],
            plan.Tasks.OrderBy(t => t.Order).Select(t => t.Content));
        Assert.Equal("Hội Khuyến học xã", plan.Tasks.Single(t => t.Order == 2).LeadBody);
        Assert.Equal(["Hội Khuyến học xã"], plan.Responsibilities.Select(r => r.Body));
        Assert.Equal(["1373/QĐ-TTg", "05/KH-BCĐ"], plan.LegalBases.OrderBy(b => b.Order).Select(b => b.LegalBasis.Number));
        Assert.Equal("- Tiếp tục thực hiện các chủ trương của Đảng.\n- Nâng cao nhận thức của mỗi công dân.", plan.Purposes);
        Assert.Equal(new DateOnly(2024, 3, 7), await _factory.WithDbAsync(db => db.LegalBases.Where(b => b.Number == "05/KH-BCĐ").Select(b => b.IssuedOn).SingleAsync()));

        var list = await commune.GetPageAsync("/Plans?year=2024");
        var row = list.QuerySelector($"tr[data-plan-id='{plan.Id}']")!;
        Assert.Contains("Thực hiện Đề án “Xây dựng xã hội học tập” năm 2024", row.TextContent);
        Assert.Contains("Dự thảo", row.TextContent);
        Assert.Null((await commune.GetPageAsync("/Plans?year=2023")).QuerySelector($"tr[data-plan-id='{plan.Id}']"));

        var details = await commune.GetPageAsync($"/Plans/Details/{plan.Id}");
        var targets = details.QuerySelector("[data-testid=plan-targets]")!;
        Assert.Equal("50%", targets.QuerySelector("tr[data-indicator=CAP_IT] td[data-year='2024']")!.TextContent.Trim());
        Assert.Equal("40%", targets.QuerySelector("tr[data-indicator=CDHT_CITIZENS] td[data-year='2024']")!.TextContent.Trim());
        Assert.Equal("Mức độ 3", targets.QuerySelector("tr[data-indicator=PCGD_TH] td[data-year='2024']")!.TextContent.Trim());
        Assert.Equal("Mức độ 2", targets.QuerySelector("tr[data-indicator=XMC] td[data-year='2024']")!.TextContent.Trim());
        Assert.Contains("Trên 20%; trong đó 8% đại học", targets.QuerySelector("tr[data-indicator=CAP_TRAINED]")!.TextContent);
        Assert.Contains("Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ", details.QuerySelector("[data-testid=plan-legal-bases]")!.TextContent);
        Assert.Equal(2, details.QuerySelectorAll("[data-testid=plan-tasks] tbody tr").Length);
        Assert.Contains("Nguyễn Quốc Việt", details.QuerySelector("[data-testid=plan-signer]")!.TextContent);
        Assert.NotNull(details.QuerySelector($"a[href='/Reports/Plan/{plan.Id}?format=pdf']"));
        Assert.NotNull(details.QuerySelector($"a[href='/Reports/Plan/{plan.Id}?format=xlsx']"));
        Assert.NotNull(details.QuerySelector($"a[href='/Targets/Results?unitId={quangPhu}&year=2024']"));
    }

    [Fact]
    public async Task ATargetOf150PercentIsRefusedAtItsFieldAndNothingIsSaved()
    {
        var quangPhu = await UnitIdAsync("Xã Quảng Phú");
        using var commune = await _factory.SignInAsync("ubndxa");
        var page = await commune.GetPageAsync($"/Plans/Create?unitId={quangPhu}&year=2024");

        var response = await commune.PostFormAsync(page, FormSelector, new Dictionary<string, string>
        {
            [CellName(page, "CAP_IT", 2024)] = "150", [CellName(page, "CAP_LIFE_SKILLS", 2024)] = "12,5", [CellName(page, "PCGD_TH", 2024)] = "3",
            ["NewLegalBasis.Number"] = "12/KH-UBND",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await PortalClient.ParseAsync(response);
        var cell = again.QuerySelector("tr[data-indicator=CAP_IT] td:has([data-year='2024'])")!;
        Assert.Contains("Tỷ lệ phải từ 0 đến 100%.", cell.TextContent);
        Assert.Equal("150", (cell.QuerySelector("input[data-year='2024']") as IHtmlInputElement)!.Value);
        Assert.Equal("12,5", (again.QuerySelector("tr[data-indicator=CAP_LIFE_SKILLS] input[data-year='2024']") as IHtmlInputElement)!.Value);
        Assert.Contains("Nhập ngày ban hành (dd/MM/yyyy).", again.QuerySelector("input[name='NewLegalBasis.IssuedOn']")!.ParentElement!.TextContent);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Plans.CountAsync()));

        var fixedUp = await commune.PostFormAsync(again, FormSelector, new Dictionary<string, string>
        {
            [CellName(again, "CAP_IT", 2024)] = "50", ["NewLegalBasis.Number"] = string.Empty,
        });
        Assert.Equal(HttpStatusCode.Redirect, fixedUp.StatusCode);
        var plan = await SinglePlanAsync(_ => true);
        Assert.Equal(0.125m, Target(plan, "CAP_LIFE_SKILLS", 2024).Value);
    }

    [Fact]
    public async Task AnIssuedPlanIsReadOnlyAndAStaleEditFormChangesNothing()
    {
        using var commune = await _factory.SignInAsync("ubndxa");
        var id = await CreatePlanAsync(commune, 2024);
        var staleEdit = await commune.GetPageAsync($"/Plans/Edit/{id}");

        var issued = await IssueAsync(commune, id, "45/KH-UBND", "14/06/2024");

        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var plan = await SinglePlanAsync(p => p.Id == id);
        Assert.Equal(PlanStatus.Issued, plan.Status);
        Assert.Equal("45/KH-UBND", plan.Number);
        Assert.Equal(new DateOnly(2024, 6, 14), plan.IssuedOn);
        var details = await commune.GetPageAsync($"/Plans/Details/{id}");
        Assert.Contains("Đã ban hành", details.QuerySelector("[data-testid=plan-status]")!.TextContent);
        Assert.Contains("Quảng Phú, ngày 14 tháng 6 năm 2024", details.QuerySelector("[data-testid=plan-document]")!.TextContent);
        Assert.Null(details.QuerySelector($"a[href='/Plans/Edit/{id}']"));
        Assert.Null(details.QuerySelector("[data-testid=issue-form]"));
        Assert.Null(details.QuerySelector("[data-testid=delete-form]"));
        Assert.NotNull(details.QuerySelector("[data-testid=revise-form]"));

        var edit = await commune.PostFormAsync(staleEdit, FormSelector, new Dictionary<string, string>
        {
            ["Title"] = "Đã sửa sau khi ban hành", [CellName(staleEdit, "CAP_IT", 2024)] = "90",
        });
        var deleted = await commune.PostAsync($"/Plans/Delete/{id}", await commune.TokenFromAsync($"/Plans/Details/{id}", "[data-testid=revise-form]"), new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var after = await SinglePlanAsync(p => p.Id == id);
        Assert.Equal(plan.Title, after.Title);
        Assert.Equal(0.5m, Target(after, "CAP_IT", 2024).Value);
        Assert.Equal(plan.ConcurrencyStamp, after.ConcurrencyStamp);
        var redirect = await commune.GetAsync($"/Plans/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var refusal = await commune.GetPageAsync(redirect.Headers.Location!.OriginalString);
        Assert.Contains("Kế hoạch đã ban hành chỉ được xem", refusal.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task ARevisionIsANewDraftThatSupersedesTheIssuedVersionWhenIssued()
    {
        using var commune = await _factory.SignInAsync("ubndxa");
        var v1 = await CreatePlanAsync(commune, 2024);
        await IssueAsync(commune, v1, "45/KH-UBND", "14/06/2024");

        var revised = await commune.PostFormAsync(await commune.GetPageAsync($"/Plans/Details/{v1}"), "[data-testid=revise-form]", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);
        var v2 = await _factory.WithDbAsync(db => db.Plans.Where(p => p.PreviousVersionId == v1).Select(p => p.Id).SingleAsync());
        Assert.Equal($"/Plans/Edit/{v2}", revised.Headers.Location!.OriginalString);
        var again = await commune.PostAsync($"/Plans/Revise/{v1}", await commune.TokenFromAsync($"/Plans/Details/{v1}", "#logout-form"), new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(2, await _factory.WithDbAsync(db => db.Plans.CountAsync()));

        var edit = await commune.GetPageAsync($"/Plans/Edit/{v2}");
        Assert.Equal("50", Value(edit, CellName(edit, "CAP_IT", 2024)));
        var saved = await commune.PostFormAsync(edit, FormSelector, new Dictionary<string, string> { [CellName(edit, "CAP_IT", 2024)] = "60" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(PlanStatus.Issued, (await SinglePlanAsync(p => p.Id == v1)).Status);
        await IssueAsync(commune, v2, "52/KH-UBND", "02/09/2024");

        var first = await SinglePlanAsync(p => p.Id == v1);
        var second = await SinglePlanAsync(p => p.Id == v2);
        Assert.Equal(PlanStatus.Superseded, first.Status);
        Assert.Equal(0.5m, Target(first, "CAP_IT", 2024).Value);
        Assert.Equal(PlanStatus.Issued, second.Status);
        Assert.Equal(2, second.Version);
        Assert.Equal(0.6m, Target(second, "CAP_IT", 2024).Value);
        int? current = null;
        await _factory.WithScopeAsync(async services => current = (await services.GetRequiredService<TargetResults>().CurrentPlanAsync(second.UnitId, 2024))?.Id);
        Assert.Equal(v2, current);
        var versions = (await commune.GetPageAsync($"/Plans/Details/{v2}")).QuerySelector("[data-testid=plan-versions]")!;
        Assert.NotNull(versions.QuerySelector($"a[href='/Plans/Details/{v1}']"));
        Assert.Contains("Đã thay thế", versions.TextContent);
        var list = await commune.GetPageAsync("/Plans");
        Assert.Contains("Đã thay thế", list.QuerySelector($"tr[data-plan-id='{v1}']")!.TextContent);
    }

    [Fact]
    public async Task StartingFromLastYearsPlanGivesADraftWithTheTargetsMovedToTheNextYear()
    {
        using var commune = await _factory.SignInAsync("ubndxa");
        var id = await CreatePlanAsync(commune, 2024);
        await IssueAsync(commune, id, "45/KH-UBND", "14/06/2024");
        var list = await commune.GetPageAsync("/Plans");

        var copied = await commune.PostFormAsync(list, $"tr[data-plan-id='{id}'] form[data-testid=copy-plan]", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        var next = await SinglePlanAsync(p => p.StartYear == 2025);
        Assert.Equal($"/Plans/Edit/{next.Id}", copied.Headers.Location!.OriginalString);
        Assert.Equal(PlanStatus.Draft, next.Status);
        Assert.Equal(id, next.CopiedFromPlanId);
        Assert.Equal("…/KH-UBND", next.Number);
        Assert.Contains("năm 2025", next.Title);
        Assert.All(next.Targets, t => Assert.Equal(2025, t.Year));
        Assert.Equal(0.5m, Target(next, "CAP_IT", 2025).Value);
        Assert.Equal(3m, Target(next, "PCGD_TH", 2025).Value);
        Assert.Equal(2, next.LegalBases.Count);
        var details = await commune.GetPageAsync($"/Plans/Details/{next.Id}");
        Assert.NotNull(details.QuerySelector($"[data-testid=copied-from] a[href='/Plans/Details/{id}']"));

        Assert.Null((await commune.GetPageAsync("/Plans")).QuerySelector($"tr[data-plan-id='{id}'] form[data-testid=copy-plan]"));
        // The same button again from the old list (the back button): sent to the copy already made.
        var twice = await commune.PostFormAsync(list, $"tr[data-plan-id='{id}'] form[data-testid=copy-plan]", new Dictionary<string, string>());
        Assert.Equal($"/Plans/Edit/{next.Id}", twice.Headers.Location!.OriginalString);
        // Another request for the copy (not the same form): refused by the plan already there.
        var another = await commune.PostAsync($"/Plans/CopyToNextPeriod/{id}", await commune.TokenFromAsync("/Plans", "#logout-form"), new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, another.StatusCode);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Plans.CountAsync(p => p.StartYear == 2025)));
        Assert.Contains("đã có kế hoạch bắt đầu năm 2025", (await commune.GetPageAsync("/Plans")).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task OfTwoEditFormsOpenedTogetherTheSecondToSaveIsRefused()
    {
        using var commune = await _factory.SignInAsync("ubndxa");
        var id = await CreatePlanAsync(commune, 2024);
        var first = await commune.GetPageAsync($"/Plans/Edit/{id}");
        var second = await commune.GetPageAsync($"/Plans/Edit/{id}");

        var saved = await commune.PostFormAsync(first, FormSelector, new Dictionary<string, string>
        {
            ["Title"] = "Bản của người thứ nhất", [CellName(first, "CAP_IT", 2024)] = "55",
        });
        var refused = await commune.PostFormAsync(second, FormSelector, new Dictionary<string, string>
        {
            ["Title"] = "Bản của người thứ hai", [CellName(second, "CAP_IT", 2024)] = "65", ["Tasks[2].Content"] = "Nhiệm vụ thêm",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Kế hoạch vừa được người khác cập nhật", (await PortalClient.ParseAsync(refused)).QuerySelector("main")!.TextContent);
        var plan = await SinglePlanAsync(p => p.Id == id);
        Assert.Equal("Bản của người thứ nhất", plan.Title);
        Assert.Equal(0.55m, Target(plan, "CAP_IT", 2024).Value);
        Assert.Equal(2, plan.Tasks.Count);
    }

    [Fact]
    public async Task AVillageBranchHasNoPlanPagesAndTheDistrictReadsButDoesNotWriteACommunePlan()
    {
        var quangPhu = await UnitIdAsync("Xã Quảng Phú");
        using var commune = await _factory.SignInAsync("ubndxa");
        var id = await CreatePlanAsync(commune, 2024);
        using var branch = await _factory.SignInAsync("chihoi");
        using var district = await _factory.SignInAsync("phonggd");

        Assert.Equal(HttpStatusCode.Forbidden, (await branch.GetAsync("/Plans")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await branch.GetAsync($"/Plans/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await branch.GetAsync($"/Plans/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await branch.GetAsync($"/Plans/Create?unitId={quangPhu}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await branch.GetAsync("/Plans/Create")).StatusCode);

        var list = await district.GetPageAsync("/Plans");
        Assert.NotNull(list.QuerySelector($"tr[data-plan-id='{id}']"));
        Assert.Null(list.QuerySelector($"[data-testid=new-plan] option[value='{quangPhu}'], [data-testid=new-plan] input[name=unitId][value='{quangPhu}']"));
        var details = await district.GetPageAsync($"/Plans/Details/{id}");
        Assert.Contains("50%", details.QuerySelector("tr[data-indicator=CAP_IT]")!.TextContent);
        Assert.Null(details.QuerySelector($"a[href='/Plans/Edit/{id}']"));
        Assert.Null(details.QuerySelector("[data-testid=issue-form]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await district.GetAsync($"/Plans/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.GetAsync($"/Plans/Create?unitId={quangPhu}")).StatusCode);
        var token = await district.TokenFromAsync("/Plans", "#logout-form");
        var edit = await district.PostAsync($"/Plans/Edit/{id}", token, new Dictionary<string, string>
        {
            ["StartYear"] = "2024", ["EndYear"] = "2024", ["Title"] = "Sửa bởi huyện", ["Number"] = "…/KH-UBND", ["Place"] = "Quảng Phú",
        });
        var issue = await district.PostAsync($"/Plans/Issue/{id}", token, new Dictionary<string, string> { ["Number"] = "1/KH-UBND", ["IssuedOn"] = "01/07/2024" });
        var delete = await district.PostAsync($"/Plans/Delete/{id}", token, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, issue.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        var plan = await SinglePlanAsync(p => p.Id == id);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.StartsWith("Thực hiện Đề án", plan.Title);
    }

    [Fact]
    public async Task AYearlyRampFrom2022To2025SavesFourTargetRows()
    {
        var quangPhu = await UnitIdAsync("Xã Quảng Phú");
        using var commune = await _factory.SignInAsync("ubndxa");
        var page = await commune.GetPageAsync($"/Plans/Create?unitId={quangPhu}&year=2022&endYear=2025");
        Assert.Equal(["2022", "2023", "2024", "2025"],
            page.QuerySelectorAll("tr[data-indicator=CAP_IT] [data-year]").Select(e => e.GetAttribute("data-year")));
        Assert.Contains("giai đoạn 2022-2025", page.QuerySelector("textarea[name=Title]")!.TextContent);

        var response = await commune.PostFormAsync(page, FormSelector, new Dictionary<string, string>
        {
            [CellName(page, "CAP_IT", 2022)] = "20", [CellName(page, "CAP_IT", 2023)] = "30",
            [CellName(page, "CAP_IT", 2024)] = "40", [CellName(page, "CAP_IT", 2025)] = "50",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = await SinglePlanAsync(_ => true);
        Assert.Equal((2022, 2025), (plan.StartYear, plan.EndYear));
        Assert.Equal([(2022, 0.2m), (2023, 0.3m), (2024, 0.4m), (2025, 0.5m)],
            plan.Targets.OrderBy(t => t.Year).Select(t => (t.Year, t.Value)));
        var details = await commune.GetPageAsync($"/Plans/Details/{plan.Id}");
        Assert.Equal(["20%", "30%", "40%", "50%"],
            details.QuerySelectorAll("[data-testid=plan-targets] tr[data-indicator=CAP_IT] td[data-year]").Select(td => td.TextContent.Trim()));

        var deleted = await commune.PostFormAsync(details, "[data-testid=delete-form]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(async db => await db.Set<PlanTarget>().CountAsync() + await db.Plans.CountAsync()));
    }

    [Fact]
    public async Task ChangingThePeriodRedrawsTheGridBeforeAnythingIsSaved()
    {
        var quangPhu = await UnitIdAsync("Xã Quảng Phú");
        using var commune = await _factory.SignInAsync("ubndxa");
        var page = await commune.GetPageAsync($"/Plans/Create?unitId={quangPhu}&year=2024");

        var response = await commune.PostFormAsync(page, FormSelector, new Dictionary<string, string>
        {
            ["EndYear"] = "2025", [CellName(page, "CAP_IT", 2024)] = "50",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var redrawn = await PortalClient.ParseAsync(response);
        Assert.Contains("bảng chỉ tiêu đã được vẽ lại", redrawn.QuerySelector("main")!.TextContent);
        Assert.Equal("50", Value(redrawn, CellName(redrawn, "CAP_IT", 2024)));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Plans.CountAsync()));

        var saved = await commune.PostFormAsync(redrawn, FormSelector, new Dictionary<string, string> { [CellName(redrawn, "CAP_IT", 2025)] = "60" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var plan = await SinglePlanAsync(_ => true);
        Assert.Equal([(2024, 0.5m), (2025, 0.6m)], plan.Targets.OrderBy(t => t.Year).Select(t => (t.Year, t.Value)));
    }

    /// <summary>The seed 000 plan as typed into the form: targets, two tasks, one body, a new legal basis, the signer.</summary>
    [Fact]
    public async Task ADraftChangedByAnotherOfficerIsNotDeletedFromAnOlderPage()
    {
        using var commune = await _factory.SignInAsync("ubndxa");
        var id = await CreatePlanAsync(commune, 2024);
        var oldDetails = await commune.GetPageAsync($"/Plans/Details/{id}");

        // Meanwhile the draft is saved again (a colleague's edit).
        var edit = await commune.GetPageAsync($"/Plans/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await commune.PostFormAsync(edit, FormSelector, new Dictionary<string, string> { ["SignerName"] = "Lê Văn Hải" })).StatusCode);

        var response = await commune.PostFormAsync(oldDetails, "[data-testid=delete-form]", new Dictionary<string, string>());

        Assert.Equal($"/Plans/Details/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("Lê Văn Hải", (await SinglePlanAsync(p => p.Id == id)).SignerName);
        var fresh = await commune.GetPageAsync($"/Plans/Details/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await commune.PostFormAsync(fresh, "[data-testid=delete-form]", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Plans.CountAsync(p => p.Id == id)));
    }

    [Fact]
    public async Task ADoubleClickOnReviseOrOnStartFromLastYearMakesOneDraft()
    {
        using var commune = await _factory.SignInAsync("ubndxa");
        var id = await CreatePlanAsync(commune, 2024);
        Assert.Equal(HttpStatusCode.Redirect, (await IssueAsync(commune, id, "45/KH-UBND", "14/06/2024")).StatusCode);
        var details = await commune.GetPageAsync($"/Plans/Details/{id}");
        var list = await commune.GetPageAsync("/Plans?year=2024");

        await Task.WhenAll(
            commune.PostFormAsync(details, "[data-testid=revise-form]", new Dictionary<string, string>()),
            commune.PostFormAsync(details, "[data-testid=revise-form]", new Dictionary<string, string>()));
        await Task.WhenAll(
            commune.PostFormAsync(list, "[data-testid=copy-plan]", new Dictionary<string, string>()),
            commune.PostFormAsync(list, "[data-testid=copy-plan]", new Dictionary<string, string>()));

        Assert.Equal(1, await _factory.WithDbAsync(db => db.Plans.CountAsync(p => p.PreviousVersionId == id)));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Plans.CountAsync(p => p.CopiedFromPlanId == id)));
    }

    private static Dictionary<string, string> Seed000(IHtmlDocument page, int year) => new()
    {
        ["Preamble"] = $"Thực hiện Kế hoạch số 162/KH-UBND ngày 11/6/{year} của UBND huyện về việc thực hiện Đề án “Xây dựng xã hội học tập” năm {year}.",
        ["Purposes"] = "- Tiếp tục thực hiện các chủ trương của Đảng.\r\n- Nâng cao nhận thức của mỗi công dân.",
        ["Requirements"] = "- Đảm bảo tính thiết thực, hiệu quả.",
        [CellName(page, "PCGD_TH", year)] = "3",
        [CellName(page, "XMC", year)] = "2",
        [CellName(page, "CAP_IT", year)] = "50",
        [CellName(page, "CAP_TRAINED", year)] = "20",
        [NoteName(page, "CAP_TRAINED")] = "Trên 20%; trong đó 8% đại học",
        [CellName(page, "CDHT_CITIZENS", year)] = "40",
        ["TasksAndSolutions"] = "1. Tăng cường tuyên truyền",
        ["Funding"] = "- Ngân sách nhà nước theo phân cấp.",
        ["Responsibilities[0].Body"] = "Hội Khuyến học xã",
        ["Responsibilities[0].Duties"] = "- Phối hợp kiểm tra, giám sát việc thực hiện kế hoạch.",
        ["Tasks[0].Content"] = "Tuyên truyền Tuần lễ hưởng ứng học tập suốt đời",
        ["Tasks[0].LeadBody"] = "Văn hóa – xã hội",
        ["Tasks[0].CompletionTime"] = $"Tháng 10/{year}",
        ["Tasks[1].Content"] = "Củng cố, kiện toàn Hội Khuyến học các cấp",
        ["Tasks[1].LeadBody"] = "Hội Khuyến học xã",
        ["Tasks[1].CoordinatingBodies"] = "Các thôn",
        ["Tasks[1].CompletionTime"] = "Thường xuyên",
        ["NewLegalBasis.DocumentType"] = "Kế hoạch",
        ["NewLegalBasis.Number"] = "05/KH-BCĐ",
        ["NewLegalBasis.IssuedOn"] = $"07/03/{year}",
        ["NewLegalBasis.Issuer"] = "Ban Chỉ đạo xây dựng xã hội học tập xã",
        ["NewLegalBasis.Title"] = $"về xây dựng xã hội học tập năm {year}",
        ["SignerName"] = "Nguyễn Quốc Việt",
    };

    private async Task<int> CreatePlanAsync(PortalClient client, int year)
    {
        var page = await client.GetPageAsync($"/Plans/Create?unitId={await UnitIdAsync("Xã Quảng Phú")}&year={year}");
        Check(page, $"input[name=LegalBasisIds][value='{await LegalBasisIdAsync("1373/QĐ-TTg")}']");
        var response = await client.PostFormAsync(page, FormSelector, Seed000(page, year));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<HttpResponseMessage> IssueAsync(PortalClient client, int id, string number, string date)
    {
        var details = await client.GetPageAsync($"/Plans/Details/{id}");
        return await client.PostFormAsync(details, "[data-testid=issue-form]", new Dictionary<string, string> { ["Number"] = number, ["IssuedOn"] = date });
    }

    private static string CellName(IHtmlDocument page, string code, int year)
        => page.QuerySelector($"tr[data-indicator={code}] [data-year='{year}']")?.GetAttribute("name")
            ?? throw new InvalidOperationException($"No cell for {code} in {year}.");

    private static string NoteName(IHtmlDocument page, string code)
        => page.QuerySelector($"tr[data-indicator={code}] input[name$='.Note']")!.GetAttribute("name")!;

    private static string Value(IHtmlDocument page, string name)
        => (page.QuerySelector($"[name='{name}']") as IHtmlInputElement)?.Value
            ?? (page.QuerySelector($"[name='{name}']") as IHtmlSelectElement)?.Value
            ?? throw new InvalidOperationException($"No field {name}.");

    private static void Check(IHtmlDocument page, string selector) => ((IHtmlInputElement)page.QuerySelector(selector)!).IsChecked = true;

    private static PlanTarget Target(Plan plan, string code, int year) => plan.Targets.Single(t => t.Indicator.Code == code && t.Year == year);

    private Task<Plan> SinglePlanAsync(System.Linq.Expressions.Expression<Func<Plan, bool>> which)
        => _factory.WithDbAsync(db => db.Plans.AsNoTracking().Include(p => p.Targets).ThenInclude(t => t.Indicator)
            .Include(p => p.Tasks).Include(p => p.Responsibilities).Include(p => p.LegalBases).ThenInclude(b => b.LegalBasis)
            .AsSplitQuery().SingleAsync(which));

    private Task<int> UnitIdAsync(string name) => _factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    private Task<int> LegalBasisIdAsync(string number) => _factory.WithDbAsync(db => db.LegalBases.Where(b => b.Number == number).Select(b => b.Id).SingleAsync());
}
