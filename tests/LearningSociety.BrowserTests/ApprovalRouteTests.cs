using System.Globalization;
using System.Text.RegularExpressions;
using LearningSociety.BrowserTests.Infrastructure;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using LearningSociety.TestSupport;

namespace LearningSociety.BrowserTests;

/// <summary>
/// The approval route clicked through by four people: the village branch proposes in bulk on a 360 px phone, the
/// commune returns one with a reason and forwards the other on a desktop, the branch proposes the returned one again,
/// the district recognises both and records the Quyết định, and the branch and commune see the result.
/// </summary>
public sealed class ApprovalRoute(KestrelPortal portal, ITestOutputHelper output) : IClassFixture<KestrelPortal>
{
    private const int PhoneWidth = 360;
    private const int PhoneHeight = 740;
    private const int DesktopWidth = 1280;
    private const int DesktopHeight = 800;
    private const string Village = "Thôn Bác Vọng Đông";
    private const string Lan = "Nguyễn Thị Lan";
    private const string Mai = "Trần Thị Mai";
    private const string Failing = "Lò Văn Hùng";
    private const string Reason = "Thiếu minh chứng chỉ số 2.1";
    private const string DecisionNumber = "125/QĐ-UBND";
    private const string Signer = "Lê Văn Tâm";

    private readonly int _year = new VietnamClock(TimeProvider.System).Today().Year;

    [BrowserFact]
    public async Task ACandidateTravelsVillageCommuneDistrictWithAReturnAndADecisionThroughTheInboxes()
    {
        await AppraisedCardAsync(Lan, 9); // 90, passes
        var mai = await AppraisedCardAsync(Mai, 8); // 80, passes
        await AppraisedCardAsync(Failing, 7); // 70, fails
        var findings = new List<(string Page, AxeViolation Violation)>();

        // 1. The branch, on a phone: both passing citizens are selectable, the failing one is not listed.
        var branch = await portal.SignInAsync("chihoi", PhoneWidth, PhoneHeight);
        await OpenMenuItemAsync(branch, "Xét duyệt");
        await Expect(branch.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Hồ sơ đề nghị công nhận \"Công dân học tập\" năm {_year}");
        await Expect(SelectBox(branch, Lan)).ToBeEnabledAsync();
        await Expect(SelectBox(branch, Mai)).ToBeEnabledAsync();
        await Expect(branch.GetByTestId("inbox").GetByText(Failing)).ToHaveCountAsync(0);
        await Expect(SelectBox(branch, Failing)).ToHaveCountAsync(0);
        await AssertNoHorizontalOverflowAsync(branch, "branch inbox");
        await KestrelPortal.ScreenshotAsync(branch, "route-01-branch-inbox");
        await AuditAsync(branch, "branch inbox (360 px)", findings);

        await SelectBox(branch, Lan).CheckAsync();
        await SelectBox(branch, Mai).CheckAsync();
        await branch.GetByRole(AriaRole.Button, new() { Name = "Đề nghị các hồ sơ đã chọn" }).ClickAsync();

        await Expect(branch.GetByRole(AriaRole.Status)).ToContainTextAsync("2/2 hồ sơ thành công");
        var outcomes = branch.GetByTestId("outcomes");
        await Expect(outcomes).ToContainTextAsync($"✓ {Lan}:");
        await Expect(outcomes).ToContainTextAsync($"✓ {Mai}:");
        await Expect(outcomes).Not.ToContainTextAsync("✗");
        await Expect(InboxRow(branch, Lan)).ToContainTextAsync("Đang xét duyệt");
        await Expect(SelectBox(branch, Lan)).ToHaveCountAsync(0); // no longer the branch's to act on
        await AssertNoHorizontalOverflowAsync(branch, "branch inbox after proposing");
        await KestrelPortal.ScreenshotAsync(branch, "route-02-branch-proposed");

        // 2. The commune returns Mai with a reason and forwards Lan.
        var commune = await portal.SignInAsync("ubndxa", DesktopWidth, DesktopHeight);
        await OpenMenuItemAsync(commune, "Xét duyệt");
        await OpenUnitAsync(commune, "Thôn Bác Vọng Đông");
        await Expect(SelectBox(commune, Lan)).ToBeEnabledAsync();
        await Expect(SelectBox(commune, Mai)).ToBeEnabledAsync();
        await KestrelPortal.ScreenshotAsync(commune, "route-03-commune-inbox");
        await AuditAsync(commune, "commune inbox", findings);

        await commune.GetByTestId("inbox").GetByRole(AriaRole.Link, new() { Name = Mai, Exact = true }).ClickAsync();
        await Expect(commune.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{Mai} – năm {_year}");
        await Expect(commune.GetByTestId("candidate-state")).ToContainTextAsync("Đang xét duyệt");
        await commune.GetByLabel("Lý do (bắt buộc khi trả lại hoặc không công nhận)").FillAsync(Reason);
        await KestrelPortal.ScreenshotAsync(commune, "route-04-commune-return-form");
        await commune.GetByRole(AriaRole.Button, new() { Name = "Trả lại", Exact = true }).ClickAsync();
        await Expect(commune.GetByRole(AriaRole.Status)).ToContainTextAsync("Trả lại");
        await Expect(commune.GetByTestId("candidate-state")).ToContainTextAsync("Bị trả lại");
        await Expect(commune.GetByTestId("candidate-reason")).ToHaveTextAsync($"Lý do: {Reason}");

        await commune.GetByRole(AriaRole.Navigation, new() { Name = "Đường dẫn" }).GetByRole(AriaRole.Link, new() { Name = "Xét duyệt, công nhận" }).ClickAsync();
        await Expect(SelectBox(commune, Mai)).ToHaveCountAsync(0); // back with the branch
        await SelectBox(commune, Lan).CheckAsync();
        await commune.GetByRole(AriaRole.Button, new() { Name = "Chuyển lên", Exact = true }).ClickAsync();
        await Expect(commune.GetByRole(AriaRole.Status)).ToContainTextAsync("1/1 hồ sơ thành công");
        await Expect(commune.GetByTestId("outcomes")).ToContainTextAsync($"✓ {Lan}:");
        await KestrelPortal.ScreenshotAsync(commune, "route-05-commune-forwarded");

        // 3. The branch sees the reason, proposes Mai again from her page; the commune forwards her.
        await OpenMenuItemAsync(branch, "Xét duyệt");
        await Expect(InboxRow(branch, Mai).GetByTestId("reason")).ToHaveTextAsync($"Lý do: {Reason}");
        await Expect(InboxRow(branch, Mai)).ToContainTextAsync("Bị trả lại");
        await Expect(SelectBox(branch, Mai)).ToBeEnabledAsync();
        await AssertNoHorizontalOverflowAsync(branch, "branch inbox with a returned candidate");
        await KestrelPortal.ScreenshotAsync(branch, "route-06-branch-returned");

        await branch.GetByTestId("inbox").GetByRole(AriaRole.Link, new() { Name = Mai, Exact = true }).ClickAsync();
        await Expect(branch.GetByTestId("candidate-reason")).ToHaveTextAsync($"Lý do: {Reason}");
        await AssertNoHorizontalOverflowAsync(branch, "returned candidate page");
        await KestrelPortal.ScreenshotAsync(branch, "route-07-branch-candidate-returned");
        await branch.GetByRole(AriaRole.Button, new() { Name = "Đề nghị", Exact = true }).ClickAsync();
        await Expect(branch.GetByRole(AriaRole.Status)).ToContainTextAsync("Đề nghị");
        await Expect(branch.GetByTestId("candidate-state")).ToContainTextAsync("Đang xét duyệt");

        await OpenMenuItemAsync(commune, "Xét duyệt");
        await OpenUnitAsync(commune, "Thôn Bác Vọng Đông");
        await SelectBox(commune, Mai).CheckAsync();
        await commune.GetByRole(AriaRole.Button, new() { Name = "Chuyển lên", Exact = true }).ClickAsync();
        await Expect(commune.GetByRole(AriaRole.Status)).ToContainTextAsync("1/1 hồ sơ thành công");

        // 4. The district recognises both and records the decision.
        var district = await portal.SignInAsync("phonggd", DesktopWidth, DesktopHeight);
        district.Dialog += (_, dialog) => dialog.AcceptAsync();
        await OpenMenuItemAsync(district, "Xét duyệt");
        await Expect(district.GetByTestId("inbox-summary")).ToContainTextAsync("Xã Quảng Phú");
        await OpenUnitAsync(district, "Xã Quảng Phú");
        // The header checkbox ticks every card of the page the district may act on.
        await district.GetByTestId("inbox").GetByRole(AriaRole.Checkbox, new() { Name = "Chọn tất cả hồ sơ trên trang này" }).CheckAsync();
        await Expect(SelectBox(district, Lan)).ToBeCheckedAsync();
        await Expect(SelectBox(district, Mai)).ToBeCheckedAsync();
        await KestrelPortal.ScreenshotAsync(district, "route-08-district-inbox");
        await district.GetByRole(AriaRole.Button, new() { Name = "Công nhận", Exact = true }).ClickAsync();
        await Expect(district.GetByRole(AriaRole.Status)).ToContainTextAsync("2/2 hồ sơ thành công");
        await Expect(InboxRow(district, Lan)).ToContainTextAsync("Đã công nhận");
        await Expect(InboxRow(district, Mai)).ToContainTextAsync("Đã công nhận");

        await OpenMenuItemAsync(district, "Quyết định");
        await district.GetByRole(AriaRole.Link, new() { Name = "Ghi nhận quyết định" }).ClickAsync();
        await Expect(district.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Ghi nhận Quyết định công nhận");
        await Expect(district.GetByRole(AriaRole.Checkbox, new() { Name = $"Chọn {Lan}" })).ToBeCheckedAsync();
        await Expect(district.GetByRole(AriaRole.Checkbox, new() { Name = $"Chọn {Mai}" })).ToBeCheckedAsync();
        var today = new VietnamClock(TimeProvider.System).Today().ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await district.GetByLabel("Số quyết định").FillAsync(DecisionNumber);
        await district.GetByLabel("Ngày ký").FillAsync(today);
        await district.GetByLabel("Họ tên người ký").FillAsync(Signer);
        await KestrelPortal.ScreenshotAsync(district, "route-09-decision-form");
        await AuditAsync(district, "decision form", findings);
        await district.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận quyết định" }).ClickAsync();

        await district.WaitForURLAsync(new Regex("/Decisions/Details/\\d+$"));
        await Expect(district.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Quyết định số {DecisionNumber}");
        await Expect(district.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã ghi nhận Quyết định số {DecisionNumber} công nhận 2 công dân.");
        var people = district.GetByTestId("decision-people");
        await Expect(people).ToContainTextAsync(Lan);
        await Expect(people).ToContainTextAsync(Mai);
        await Expect(people.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(district.GetByText(Signer, new() { Exact = false })).ToBeVisibleAsync();
        await KestrelPortal.ScreenshotAsync(district, "route-10-decision-details");

        // 5. The branch sees the decision on Mai's page with the whole history; the commune's dashboard counts two.
        await OpenMenuItemAsync(branch, "Xét duyệt");
        await Expect(InboxRow(branch, Mai)).ToContainTextAsync($"QĐ số {DecisionNumber}");
        await branch.GetByTestId("inbox").GetByRole(AriaRole.Link, new() { Name = Mai, Exact = true }).ClickAsync();
        Assert.EndsWith($"/Approvals/Candidate/{mai}", branch.Url, StringComparison.Ordinal);
        await Expect(branch.GetByText($"Đã công nhận theo Quyết định số {DecisionNumber}")).ToBeVisibleAsync();
        await Expect(branch.GetByTestId("candidate-state")).ToContainTextAsync("Đã công nhận");
        var steps = branch.GetByTestId("history").GetByRole(AriaRole.Listitem);
        (string Actor, string Action)[] expected =
        [
            ("chihoi", "Đề nghị"), ("ubndxa", "Trả lại"), ("chihoi", "Đề nghị"), ("ubndxa", "Chuyển lên"), ("phonggd", "Công nhận"),
        ];
        Assert.True(await steps.CountAsync() >= expected.Length, $"history has {await steps.CountAsync()} steps");
        for (var i = 0; i < expected.Length; i++)
        {
            await Expect(steps.Nth(i).Locator("strong")).ToContainTextAsync($"({expected[i].Actor})");
            await Expect(steps.Nth(i)).ToContainTextAsync($"({expected[i].Actor}): {expected[i].Action}");
        }

        await Expect(steps.Nth(1)).ToContainTextAsync(Reason);
        output.WriteLine("History: " + string.Join(" | ", await steps.AllInnerTextsAsync()));
        await AssertNoHorizontalOverflowAsync(branch, "recognised candidate page");
        await KestrelPortal.ScreenshotAsync(branch, "route-11-branch-recognised");

        // A recognised, decision-locked candidate offers no action at all.
        Assert.Equal(0, await branch.Locator("main form button").CountAsync());

        await commune.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Tổng quan", Exact = true }).ClickAsync();
        await Expect(commune.GetByTestId("kpi-recognised")).ToHaveTextAsync("2");
        await KestrelPortal.ScreenshotAsync(commune, "route-13-commune-dashboard");

        foreach (var page in new[] { branch, commune, district })
        {
            await page.Context.CloseAsync();
        }

        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "axe-findings-approval-route.txt"), findings.Select(f => $"{f.Page}: {f.Violation}"));
        var critical = findings.Where(f => f.Violation.Impact == "critical").Select(f => $"{f.Page}: {f.Violation}").ToList();
        Assert.True(critical.Count == 0, "Critical accessibility violations:\n" + string.Join("\n", critical));
    }

    /// <summary>Registers and appraises a citizen of the village through the domain, as the branch would (10 × <paramref name="score"/>).</summary>
    private async Task<int> AppraisedCardAsync(string name, int score)
        => (await new CardData(portal.Services, _year).CardsAsync(new CardSpec(name, Village, "N1", CardSpec.Uniform(score), CardStage.Appraised)))[0];

    private static ILocator SelectBox(IPage page, string name)
        => page.GetByTestId("inbox").GetByRole(AriaRole.Checkbox, new() { Name = $"Chọn {name}", Exact = true });

    /// <summary>Opens one unit's list from the inbox summary of a commune or district.</summary>
    private static Task OpenUnitAsync(IPage page, string unitName)
        => page.GetByTestId("inbox-summary").GetByRole(AriaRole.Link, new() { Name = unitName, Exact = true }).ClickAsync();

    private static ILocator InboxRow(IPage page, string name)
        => page.GetByTestId("inbox").GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });

    /// <summary>On a phone the main menu is collapsed behind "Mở menu".</summary>
    private static async Task OpenMenuItemAsync(IPage page, string label)
    {
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        var toggler = menu.GetByRole(AriaRole.Button, new() { Name = "Mở menu" });
        if (await toggler.IsVisibleAsync())
        {
            await toggler.ClickAsync();
        }

        await menu.GetByRole(AriaRole.Link, new() { Name = label, Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    private async Task AuditAsync(IPage page, string label, List<(string Page, AxeViolation Violation)> findings)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        foreach (var violation in await Axe.AnalyzeAsync(page))
        {
            findings.Add((label, violation));
            output.WriteLine($"{label}: {violation}");
        }
    }

    private static async Task AssertNoHorizontalOverflowAsync(IPage page, string what)
    {
        var width = page.ViewportSize?.Width ?? PhoneWidth;
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{what}: page is {scrollWidth}px wide on a {width}px screen");
    }
}
