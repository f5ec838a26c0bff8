using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;
using ClosedXML.Excel;
using LearningSociety.BrowserTests.Infrastructure;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Features.Shared;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

/// <summary>
/// Issue 6 "Done when", clicked through as a new user would: the commune officer writes the 2024 plan of seed 000,
/// issues and prints it, enters the achieved values and the PCGD-XMC counts and sees targets judged and levels
/// reached; the district office, on a phone, sees the roll-up of both communes and downloads Biểu 3 and Biểu 4.
/// The walk starts from Xã Quảng Vinh's issued 2024 plan with CNTT 3.340/6.420 and Xã Quảng Phú's 2023 survey (PlanWalkthroughData).
/// </summary>
public sealed class PlanWalkthrough(PlanWalkthroughPortal portal, ITestOutputHelper output) : IClassFixture<PlanWalkthroughPortal>
{
    private const int PhoneWidth = 360;
    private const int PhoneHeight = 740;
    private const int DesktopWidth = 1280;
    private const int DesktopHeight = 800;
    private const int Year = 2024;
    private const string Commune = "Xã Quảng Phú";
    private const string OtherCommune = "Xã Quảng Vinh";
    private const string Title = "Thực hiện Đề án “Xây dựng xã hội học tập” năm 2024 trên địa bàn xã Quảng Phú";
    private const string Preamble = "Thực hiện Kế hoạch số 162/KH-UBND ngày 11/6/2024 của UBND huyện về việc thực hiện Đề án “Xây dựng xã hội học tập” năm 2024; "
        + "UBND xã ban hành Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm 2024 trên địa bàn xã với các nội dung, cụ thể như sau:";
    private const string Purpose = "Tiếp tục thực hiện các chủ trương của Đảng, chính sách của Nhà nước về xây dựng xã hội học tập, học suốt đời, học tập thường xuyên.";
    private const string Requirement = "Cần phải có sự phối hợp tích cực, đồng bộ, thống nhất, chặt chẽ giữa các cơ quan, đơn vị để tổ chức thực hiện kế hoạch hoàn thành các mục tiêu đề ra.";
    private const string Signer = "Nguyễn Quốc Việt";
    private const string PlanNumber = "45/KH-UBND";
    private const string IssuedOn = "14/06/2024";

    // CNTT of the walk and of Xã Quảng Vinh's seeded results (PlanWalkthroughData).
    private const decimal ItTrained = 3_550m;
    private const decimal WorkingAge = 7_850m;
    private const decimal OtherItTrained = 3_340m;
    private const decimal OtherWorkingAge = 6_420m;

    private static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly (string Content, string Lead, string Coordinating, string When)[] Tasks =
    [
        ("Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024", "Lĩnh vực văn hoá – xã hội", "Hội Khuyến học xã, các trường học", "Tháng 10/2024"),
        ("Đánh giá, đề nghị công nhận “Công dân học tập” năm 2024", "Hội Khuyến học xã", "Các chi hội khuyến học thôn", "Trước 30/11/2024"),
    ];

    /// <summary>Xã Quảng Phú 2024: MN 5 tuổi đạt chuẩn, TH mức 3, THCS mức 2 (75% still studying, 80% needed for mức 3), XMC mức 2.</summary>
    private static readonly (SurveyCount Count, int Value)[] Survey =
    [
        (SurveyCount.Age5Population, 120), (SurveyCount.Age5Attending, 118), (SurveyCount.Age5Completed, 115),
        (SurveyCount.Age6Population, 125), (SurveyCount.Age6EnteringGrade1, 125),
        (SurveyCount.Age11Population, 110), (SurveyCount.Age11CompletedPrimary, 105), (SurveyCount.Age11StillInPrimary, 5),
        (SurveyCount.Youth15To18Population, 160), (SurveyCount.Youth15To18LowerSecondaryGraduates, 154), (SurveyCount.Youth15To18StudyingUpperSecondary, 120),
        (SurveyCount.Age15To25Population, 1_100), (SurveyCount.Age15To25LiterateLevel1, 1_090),
        (SurveyCount.Age15To35Population, 2_100), (SurveyCount.Age15To35LiterateLevel1, 2_080), (SurveyCount.Age15To35LiterateLevel2, 2_060),
        (SurveyCount.Age15To60Population, 5_200), (SurveyCount.Age15To60LiterateLevel2, 5_000),
    ];

    private readonly List<(string Page, AxeViolation Violation)> _findings = [];
    private readonly List<string> _browserErrors = [];
    private readonly List<IPage> _pages = [];

    // Product defects met on the way: the walk goes on as a user would (working around them) and the test fails at the end.
    private readonly List<string> _defects = [];

    [BrowserFact]
    public async Task ACommuneWritesIssuesPrintsAndJudgesItsPlanAndTheDistrictRollsItUpOnAPhone()
    {
        try
        {
            await WalkAsync();
        }
        catch
        {
            // Leave the page as it was when the step failed, with any message it shows, for whoever reads the failure.
            foreach (var page in _pages.Where(p => !p.IsClosed))
            {
                output.WriteLine($"Failed on {page.Url}");
                foreach (var alert in await page.Locator("[role=alert], .text-danger:visible").AllInnerTextsAsync())
                {
                    output.WriteLine("  " + alert.Trim());
                }

                await KestrelPortal.ScreenshotAsync(page, "plan-failure-" + _pages.IndexOf(page));
            }

            throw;
        }
    }

    /// <summary>The pages the walk does not pass through, read by an administrator on a phone: no serious or critical
    /// accessibility finding, no page wider than the screen, no script or CSP error.</summary>
    [BrowserFact]
    public async Task TheOtherPlanAndUniversalizationPagesAreAccessibleOnAPhone()
    {
        var admin = await SignInAsync("admin", PhoneWidth, PhoneHeight);
        string[] urls =
        [
            $"/Plans?year={Year}", $"/Universalization?year={Year}", $"/Universalization/Rules?year={Year}", "/Universalization/Import",
            "/Targets/Catalogue", $"/Reports?year={Year}",
        ];
        foreach (var url in urls)
        {
            await admin.GotoAsync(url);
            await AuditAsync(admin, url);
            await AssertNoHorizontalOverflowAsync(admin, url);
        }

        // The demo commune's issued plan, its results and its survey, reached by links as a user would.
        await admin.GotoAsync($"/Plans?year={Year}");
        await admin.GetByRole(AriaRole.Link, new() { Name = $"Thực hiện Đề án “Xây dựng xã hội học tập” năm {Year} trên địa bàn xã Quảng Vinh" }).ClickAsync();
        await AuditAsync(admin, "demo plan details");
        await AssertNoHorizontalOverflowAsync(admin, "demo plan details");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Kết quả thực hiện" }).ClickAsync();
        await Expect(admin.GetByTestId("summary")).ToContainTextAsync("chỉ tiêu đạt hoặc vượt");
        await AuditAsync(admin, "demo results");
        await AssertNoHorizontalOverflowAsync(admin, "demo results");

        var problems = _findings.Where(f => f.Violation.Impact is "critical" or "serious").Select(f => $"Accessibility, {f.Page}: {f.Violation}")
            .Concat(_browserErrors.Select(e => "Browser: " + e))
            .ToList();
        Assert.True(problems.Count == 0, "Problems:\n" + string.Join("\n", problems));
    }

    private async Task WalkAsync()
    {
        foreach (var stale in Directory.Exists(ScreenshotFolder) ? Directory.GetFiles(ScreenshotFolder, "plan-failure-*") : [])
        {
            File.Delete(stale);
        }

        var commune = await SignInAsync("ubndxa", DesktopWidth, DesktopHeight);
        var dialogs = new List<string>();
        commune.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.AcceptAsync();
        };

        // 1. Kế hoạch, chỉ tiêu → a new 2024 plan with the targets, tasks and legal bases of seed 000.
        await OpenMenuItemAsync(commune, "Kế hoạch, chỉ tiêu");
        await Expect(Heading(commune)).ToHaveTextAsync("Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập”");
        var newPlan = commune.GetByTestId("new-plan");
        await Expect(newPlan).ToContainTextAsync(Commune);
        await newPlan.GetByLabel("Năm (bắt đầu)").FillAsync(Year.ToString(CultureInfo.InvariantCulture));
        await newPlan.GetByRole(AriaRole.Button, new() { Name = "Lập kế hoạch mới" }).ClickAsync();

        await Expect(Heading(commune)).ToHaveTextAsync($"Lập kế hoạch – {Commune}");
        // A yearly plan leaves "Đến năm" empty on the list page: the form must still know the plan ends in 2024.
        var endYear = commune.GetByLabel("Năm kết thúc");
        if (await endYear.InputValueAsync() != Year.ToString(CultureInfo.InvariantCulture))
        {
            _defects.Add($"Step 1: /Plans → \"Lập kế hoạch mới\" with year {Year} and \"Đến năm\" left empty opens the form with \"Năm kết thúc\" "
                + $"= \"{await endYear.InputValueAsync()}\" instead of {Year}; \"Lưu dự thảo\" then answers \"Vui lòng nhập năm kết thúc.\" "
                + "(GET /Plans/Create?endYear= leaves an empty attempted value for EndYear in ModelState, which asp-for shows instead of the model's value).");
            await endYear.FillAsync(Year.ToString(CultureInfo.InvariantCulture)); // what the user does after reading the message
        }

        var grid = commune.GetByTestId("target-grid");
        await Expect(grid.Locator("thead th")).ToHaveTextAsync(["Chỉ tiêu", Year.ToString(CultureInfo.InvariantCulture), "Ghi chú"]);
        await commune.GetByLabel("Tên kế hoạch (trích yếu)").FillAsync(Title);
        await commune.GetByLabel("Phần mở đầu").FillAsync(Preamble);
        await commune.GetByLabel("1. Mục đích").FillAsync(Purpose);
        await commune.GetByLabel("2. Yêu cầu").FillAsync(Requirement);
        await commune.GetByRole(AriaRole.Checkbox, new() { Name = "Quyết định số 1373/QĐ-TTg ngày", Exact = false }).CheckAsync();
        await commune.GetByRole(AriaRole.Checkbox, new() { Name = "Quyết định số 677/QĐ-TTg ngày", Exact = false }).CheckAsync();

        await TargetLevel(grid, "PCGD_MN5").SelectOptionAsync(new SelectOptionValue { Label = "Đạt chuẩn" });
        await TargetLevel(grid, "PCGD_TH").SelectOptionAsync(new SelectOptionValue { Label = "Mức độ 3" });
        await TargetLevel(grid, "PCGD_THCS").SelectOptionAsync(new SelectOptionValue { Label = "Mức độ 3" });
        await TargetLevel(grid, "XMC").SelectOptionAsync(new SelectOptionValue { Label = "Mức độ 2" });
        (string Code, string Percent)[] rates =
        [
            ("CAP_IT", "50"), ("CAP_LIFE_SKILLS", "60"), ("CAP_TRAINED", "20"), ("CAP_UNIVERSITY", "8"),
            ("INST_DIGITAL", "70"), ("INST_CLC_IT", "80"), ("CDHT_CITIZENS", "40"),
        ];
        foreach (var (code, percent) in rates)
        {
            await TargetRate(grid, code).FillAsync(percent);
        }

        await grid.Locator("tr[data-indicator=CAP_TRAINED]").GetByLabel(new Regex("^Ghi chú")).FillAsync("Trên 20%");
        await Expect(grid.Locator("tr[data-indicator=CDHT_CITIZENS]")).ToContainTextAsync("Kết quả tự động tính");

        var tasks = commune.GetByTestId("tasks");
        for (var i = 0; i < Tasks.Length; i++)
        {
            await tasks.GetByLabel($"{i + 1}. Nội dung nhiệm vụ").FillAsync(Tasks[i].Content);
            await tasks.GetByLabel("Cơ quan chủ trì").Nth(i).FillAsync(Tasks[i].Lead);
            await tasks.GetByLabel("Cơ quan phối hợp").Nth(i).FillAsync(Tasks[i].Coordinating);
            await tasks.GetByLabel("Thời gian hoàn thành").Nth(i).FillAsync(Tasks[i].When);
        }

        await commune.GetByLabel("Họ tên người ký").FillAsync(Signer);
        await KestrelPortal.ScreenshotAsync(commune, "plan-01-form");
        await AuditAsync(commune, "plan form");
        await commune.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();

        await commune.WaitForURLAsync(new Regex("/Plans/Details/\\d+$"));
        await Expect(commune.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Đã lưu dự thảo kế hoạch năm {Year}.");
        var document = commune.GetByTestId("plan-document");
        await Expect(document.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("KẾ HOẠCH");
        await Expect(commune.GetByTestId("plan-title")).ToHaveTextAsync(Title);
        await Expect(document).ToContainTextAsync("50%");
        await Expect(document).ToContainTextAsync("mức độ 3", new() { IgnoreCase = true });
        await Expect(TargetCell(commune, "CAP_IT")).ToHaveTextAsync("50%");
        await Expect(TargetCell(commune, "CAP_UNIVERSITY")).ToHaveTextAsync("8%");
        await Expect(TargetCell(commune, "PCGD_TH")).ToHaveTextAsync("mức độ 3", new() { IgnoreCase = true });
        await Expect(TargetCell(commune, "PCGD_THCS")).ToHaveTextAsync("mức độ 3", new() { IgnoreCase = true });
        await Expect(TargetCell(commune, "XMC")).ToHaveTextAsync("mức độ 2", new() { IgnoreCase = true });
        await Expect(TargetCell(commune, "PCGD_MN5")).ToHaveTextAsync("đạt chuẩn", new() { IgnoreCase = true });
        await Expect(commune.Locator("[data-testid=plan-targets] tr[data-indicator=CAP_TRAINED]")).ToContainTextAsync("Trên 20%");
        await Expect(commune.GetByTestId("plan-legal-bases").GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Expect(commune.GetByTestId("plan-legal-bases")).ToContainTextAsync("1373/QĐ-TTg");
        await Expect(commune.GetByTestId("plan-legal-bases")).ToContainTextAsync("677/QĐ-TTg");
        await Expect(commune.GetByTestId("plan-tasks").Locator("tbody tr")).ToHaveCountAsync(Tasks.Length);
        await Expect(commune.GetByTestId("plan-tasks")).ToContainTextAsync(Tasks[1].Content);
        await Expect(commune.GetByTestId("plan-signer")).ToContainTextAsync(Signer);
        await Expect(commune.GetByRole(AriaRole.Link, new() { Name = "Sửa", Exact = true })).ToBeVisibleAsync();
        await KestrelPortal.ScreenshotAsync(commune, "plan-02-draft");
        await AuditAsync(commune, "plan details (draft)");

        // 2. Ban hành with a number and a date; the confirm dialog is accepted; the plan becomes read-only.
        var issue = commune.GetByTestId("issue-form");
        await issue.GetByLabel("Số kế hoạch").FillAsync(PlanNumber);
        await issue.GetByLabel("Ngày ban hành").FillAsync(IssuedOn);
        await issue.GetByRole(AriaRole.Button, new() { Name = "Ban hành" }).ClickAsync();
        await Expect(commune.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Đã ban hành Kế hoạch số {PlanNumber}.");
        Assert.Contains(dialogs, d => d.StartsWith("Ban hành kế hoạch?", StringComparison.Ordinal));
        await Expect(commune.GetByTestId("plan-status")).ToContainTextAsync($"Số {PlanNumber} ngày {IssuedOn} (ubndxa)");
        await Expect(document).ToContainTextAsync($"Số: {PlanNumber}");
        await Expect(commune.GetByRole(AriaRole.Link, new() { Name = "Sửa", Exact = true })).ToHaveCountAsync(0);
        await Expect(commune.GetByTestId("issue-form")).ToHaveCountAsync(0);
        await Expect(commune.GetByRole(AriaRole.Button, new() { Name = "Điều chỉnh" })).ToBeVisibleAsync();
        await KestrelPortal.ScreenshotAsync(commune, "plan-03-issued");
        await AuditAsync(commune, "plan details (issued)");

        // 3. In kế hoạch (PDF): the browser downloads a PDF in the administrative format.
        var pdf = await DownloadAsync(commune, commune.GetByRole(AriaRole.Link, new() { Name = "In kế hoạch (PDF)" }), ".pdf");
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        var pdfText = PdfText(pdf);
        Assert.Contains("KẾ HOẠCH", pdfText, StringComparison.Ordinal);
        Assert.Contains(PlanNumber, pdfText, StringComparison.Ordinal);
        Assert.Contains("1373/QĐ-TTg", pdfText, StringComparison.Ordinal);
        Assert.Contains(Signer, pdfText, StringComparison.Ordinal);
        Assert.DoesNotContain("DỰ THẢO", pdfText, StringComparison.Ordinal);

        // 4. Kết quả thực hiện: numerators and denominators; the judgement and the computed CDHT share.
        await commune.GetByRole(AriaRole.Link, new() { Name = "Kết quả thực hiện" }).ClickAsync();
        await Expect(Heading(commune)).ToHaveTextAsync($"Kết quả thực hiện chỉ tiêu năm {Year}");
        await Expect(commune.GetByTestId("unit-name")).ToHaveTextAsync(Commune);
        await Expect(Judgement(commune, "PCGD_TH")).ToHaveTextAsync("Chưa có số liệu"); // no 2024 survey yet
        await Expect(Judgement(commune, "CAP_IT")).ToHaveTextAsync("Chưa có số liệu");
        await FillRateAsync(commune, "CAP_IT", "3.550", "7.850");
        await FillRateAsync(commune, "CAP_LIFE_SKILLS", "4.800", "7.850"); // 61,1% of 60%
        await FillRateAsync(commune, "INST_DIGITAL", "3", "4"); // 75% of 70%
        await KestrelPortal.ScreenshotAsync(commune, "plan-04-results-form");
        await commune.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả" }).ClickAsync();

        await Expect(commune.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Đã lưu kết quả thực hiện chỉ tiêu năm {Year} của {Commune}.");
        var itShare = Percent(ItTrained / WorkingAge);
        Assert.Equal("45,2%", itShare);
        await Expect(Judgement(commune, "CAP_IT")).ToHaveTextAsync("Chưa đạt");
        await Expect(ResultRow(commune, "CAP_IT").GetByTestId("achieved")).ToHaveTextAsync($"{itShare} (3.550/7.850)");
        await Expect(ResultRow(commune, "CAP_IT").GetByRole(AriaRole.Textbox, new() { Name = "Tử số", Exact = false })).ToHaveValueAsync("3.550");
        await Expect(Judgement(commune, "CAP_LIFE_SKILLS")).ToHaveTextAsync("Vượt");
        await Expect(Judgement(commune, "INST_DIGITAL")).ToHaveTextAsync("Vượt");
        await Expect(Judgement(commune, "CAP_UNIVERSITY")).ToHaveTextAsync("Chưa có số liệu");
        var cdht = ResultRow(commune, "CDHT_CITIZENS");
        await Expect(cdht.GetByTestId("computed")).ToHaveTextAsync("Tự động");
        await Expect(cdht.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
        await Expect(cdht.GetByTestId("detail")).ToHaveTextAsync("Số công dân được công nhận / số người lớn");
        await Expect(cdht.GetByTestId("achieved")).ToContainTextAsync("/7.850)"); // the adults of the commune's 2024 profile
        await Expect(commune.GetByTestId("summary")).ToContainTextAsync("2/11 chỉ tiêu đạt hoặc vượt");
        await KestrelPortal.ScreenshotAsync(commune, "plan-05-results-judged");
        await AuditAsync(commune, "results page");

        // 5. Phổ cập, xóa mù chữ → Xã Quảng Phú 2024: counts in, levels and reasons out, last year beside.
        await OpenMenuItemAsync(commune, "Phổ cập, xóa mù chữ");
        await commune.GetByTestId("year-form").GetByLabel("Năm").SelectOptionAsync(Year.ToString(CultureInfo.InvariantCulture));
        await commune.GetByTestId("year-form").GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await Expect(Heading(commune)).ToHaveTextAsync($"Phổ cập giáo dục, xóa mù chữ năm {Year}");
        await commune.GetByTestId("commune-levels").GetByRole(AriaRole.Link, new() { Name = Commune, Exact = true }).ClickAsync();
        await Expect(Heading(commune)).ToHaveTextAsync($"{Commune} – điều tra phổ cập, xóa mù chữ năm {Year}");
        await Expect(Level(commune, UniversalizationStandard.LowerSecondary)).ToHaveTextAsync("Chưa nhập số liệu");
        foreach (var (count, value) in Survey)
        {
            await commune.GetByLabel("Số " + count.Label(), new() { Exact = true }).FillAsync(value.ToString(CultureInfo.InvariantCulture));
        }

        await commune.GetByRole(AriaRole.Button, new() { Name = "Lưu số liệu" }).ClickAsync();
        await Expect(commune.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Đã lưu số liệu điều tra phổ cập, xóa mù chữ năm {Year} của {Commune}.");
        await Expect(Level(commune, UniversalizationStandard.Preschool5)).ToHaveTextAsync("Đạt chuẩn", new() { IgnoreCase = true });
        await Expect(Level(commune, UniversalizationStandard.Primary)).ToHaveTextAsync("Mức độ 3", new() { IgnoreCase = true });
        await Expect(Level(commune, UniversalizationStandard.LowerSecondary)).ToHaveTextAsync("Mức độ 2", new() { IgnoreCase = true });
        await Expect(Level(commune, UniversalizationStandard.Literacy)).ToHaveTextAsync("Mức độ 2", new() { IgnoreCase = true });
        var studying = Percent(120m / 160m);
        var reasons = commune.Locator($"[data-testid=standard-result][data-standard={UniversalizationStandard.LowerSecondary}] [data-testid=reasons]");
        await Expect(reasons).ToContainTextAsync($"đạt {studying} < 80%");
        await Expect(reasons).ToContainTextAsync("đang học THPT");

        // Last year's column is the seeded 2023 survey (131 of 152 youths still studying: THCS mức độ 3).
        await Expect(LastYearLevel(commune, UniversalizationStandard.LowerSecondary)).ToHaveTextAsync("Mức độ 3", new() { IgnoreCase = true });
        await Expect(LastYearLevel(commune, UniversalizationStandard.Primary)).ToHaveTextAsync("Mức độ 3", new() { IgnoreCase = true });
        await Expect(LastYearLevel(commune, UniversalizationStandard.Preschool5)).ToHaveTextAsync("Đạt chuẩn", new() { IgnoreCase = true });
        await Expect(LastYearLevel(commune, UniversalizationStandard.Literacy)).ToHaveTextAsync("Mức độ 2", new() { IgnoreCase = true });
        await KestrelPortal.ScreenshotAsync(commune, "plan-06-survey");
        await AuditAsync(commune, "commune survey page");

        // Back on the results page (menu → the plan → Kết quả thực hiện) the level targets are judged from the survey.
        await OpenMenuItemAsync(commune, "Kế hoạch, chỉ tiêu");
        await commune.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }).ClickAsync();
        await commune.GetByRole(AriaRole.Link, new() { Name = "Kết quả thực hiện" }).ClickAsync();
        await Expect(Heading(commune)).ToHaveTextAsync($"Kết quả thực hiện chỉ tiêu năm {Year}");
        await Expect(Judgement(commune, "PCGD_TH")).ToHaveTextAsync("Đạt");
        await Expect(ResultRow(commune, "PCGD_TH").GetByTestId("achieved")).ToHaveTextAsync("Mức độ 3", new() { IgnoreCase = true });
        await Expect(Judgement(commune, "PCGD_THCS")).ToHaveTextAsync("Chưa đạt");
        await Expect(ResultRow(commune, "PCGD_THCS").GetByTestId("achieved")).ToHaveTextAsync("Mức độ 2", new() { IgnoreCase = true });
        await Expect(Judgement(commune, "PCGD_MN5")).ToHaveTextAsync("Đạt");
        await Expect(Judgement(commune, "XMC")).ToHaveTextAsync("Đạt");
        await Expect(ResultRow(commune, "PCGD_THCS").GetByTestId("computed")).ToHaveTextAsync("Tự động");
        await Expect(commune.GetByTestId("summary")).ToContainTextAsync("5/11 chỉ tiêu đạt hoặc vượt");
        await KestrelPortal.ScreenshotAsync(commune, "plan-07-results-levels");
        await commune.Context.CloseAsync();

        // 6. The district office on a 360 px phone reaches the roll-up from the plans page.
        var district = await SignInAsync("phonggd", PhoneWidth, PhoneHeight);
        await district.GotoAsync($"/Plans?year={Year}");
        await district.GetByTestId("result-links").GetByRole(AriaRole.Link, new() { Name = "Tổng hợp toàn huyện – Huyện Quảng Điền" }).ClickAsync();
        await Expect(Heading(district)).ToHaveTextAsync($"Tổng hợp toàn huyện năm {Year}");
        var communes = district.GetByTestId("district-communes");
        var quangPhu = communes.Locator("tbody tr").Filter(new() { Has = district.GetByRole(AriaRole.Link, new() { Name = Commune, Exact = true }) });
        var quangVinh = communes.Locator("tbody tr").Filter(new() { Has = district.GetByRole(AriaRole.Link, new() { Name = OtherCommune, Exact = true }) });
        await Expect(communes.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(quangPhu.GetByTestId("plan-status")).ToHaveTextAsync($"Đã ban hành – Số {PlanNumber}");
        await Expect(quangPhu.GetByTestId("targets-met")).ToHaveTextAsync("5/11");
        await Expect(quangPhu.GetByTestId($"level-{UniversalizationStandard.LowerSecondary}")).ToHaveTextAsync("Mức độ 2", new() { IgnoreCase = true });
        await Expect(quangVinh.GetByTestId("plan-status")).ToContainTextAsync("Đã ban hành");

        var districtIt = $"{Percent((ItTrained + OtherItTrained) / (WorkingAge + OtherWorkingAge))} ({Number(ItTrained + OtherItTrained)}/{Number(WorkingAge + OtherWorkingAge)})";
        output.WriteLine($"District CNTT expected: {districtIt}");
        var itLine = district.Locator("[data-testid=district-indicators] tr[data-code=CAP_IT]");
        await Expect(itLine.GetByTestId("achieved")).ToHaveTextAsync(districtIt);
        var itMeeting = new[] { ItTrained / WorkingAge, OtherItTrained / OtherWorkingAge }.Count(share => share >= 0.5m); // both target 50%
        await Expect(itLine.GetByTestId("communes-meeting")).ToHaveTextAsync($"{itMeeting}/2 xã");
        await AssertNoHorizontalOverflowAsync(district, "district roll-up");
        await KestrelPortal.ScreenshotAsync(district, "plan-08-district-phone");
        await AuditAsync(district, "district roll-up (360 px)");

        var biểu3 = await DownloadAsync(district, ReportLink(district, "Biểu 3", "Excel"), ".xlsx");
        var biểu4 = await DownloadAsync(district, ReportLink(district, "Biểu 4", "Excel"), ".xlsx");
        using (var workbook = new XLWorkbook(new MemoryStream(biểu3)))
        {
            var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).ToList();
            Assert.Contains(cells, c => c.Contains($"PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ NĂM {Year}", StringComparison.Ordinal));
            Assert.Contains(cells, c => c.Contains(Commune, StringComparison.Ordinal));
            Assert.Contains(cells, c => c.Contains(OtherCommune, StringComparison.Ordinal));
        }

        using (var workbook = new XLWorkbook(new MemoryStream(biểu4)))
        {
            var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).ToList();
            Assert.Contains(cells, c => c.Contains($"THỰC HIỆN CHỈ TIÊU KẾ HOẠCH XÂY DỰNG XÃ HỘI HỌC TẬP NĂM {Year}", StringComparison.Ordinal));
            // The district's numerator and denominator, the communes' added up, as numbers side by side (Biểu 4 in Excel).
            var sheet = workbook.Worksheets.Single();
            Assert.Contains(sheet.RowsUsed(), row => row.Cells().Any(c => c.DataType == XLDataType.Number && (decimal)c.GetDouble() == ItTrained + OtherItTrained
                && c.CellRight().DataType == XLDataType.Number && (decimal)c.CellRight().GetDouble() == WorkingAge + OtherWorkingAge));
        }

        await district.Context.CloseAsync();

        // 7. Accessibility of the five pages and the browser's own complaints (script errors, CSP, failed requests).
        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "axe-findings-plan-walkthrough.txt"), _findings.Select(f => $"{f.Page}: {f.Violation}"));
        var problems = _defects
            .Concat(_findings.Where(f => f.Violation.Impact is "critical" or "serious").Select(f => $"Accessibility, {f.Page}: {f.Violation}"))
            .Concat(_browserErrors.Select(e => "Browser: " + e))
            .ToList();
        Assert.True(problems.Count == 0, "The walk went through, but with these problems:\n" + string.Join("\n", problems));
    }

    private async Task<IPage> SignInAsync(string userName, int width, int height)
    {
        var page = await portal.SignInAsync(userName, width, height);
        _pages.Add(page);
        page.PageError += (_, error) => _browserErrors.Add($"{userName}: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _browserErrors.Add($"{userName}: {message.Text}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                _browserErrors.Add($"{userName}: {response.Status} {response.Url}");
            }
        };
        return page;
    }

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private static ILocator TargetLevel(ILocator grid, string code)
        => grid.Locator($"tr[data-indicator={code}]").GetByRole(AriaRole.Combobox, new() { Name = $"năm {Year}", Exact = false });

    private static ILocator TargetRate(ILocator grid, string code)
        => grid.Locator($"tr[data-indicator={code}]").GetByRole(AriaRole.Textbox, new() { Name = $"– năm {Year} (%)", Exact = false });

    private static ILocator TargetCell(IPage page, string code)
        => page.Locator($"[data-testid=plan-targets] tr[data-indicator={code}] td[data-year='{Year}']");

    private static ILocator ResultRow(IPage page, string code) => page.Locator($"[data-testid=target-row][data-code={code}]");

    private static ILocator Judgement(IPage page, string code) => ResultRow(page, code).GetByTestId("judgement");

    private static ILocator Level(IPage page, UniversalizationStandard standard)
        => page.Locator($"[data-testid=levels] tr[data-standard={standard}] [data-testid=level]");

    private static ILocator LastYearLevel(IPage page, UniversalizationStandard standard)
        => page.Locator($"[data-testid=levels] tr[data-standard={standard}] [data-testid=last-year-level]");

    private static ILocator ReportLink(IPage page, string report, string format)
        => page.GetByTestId("report-downloads").Filter(new() { HasText = report }).GetByRole(AriaRole.Link, new() { Name = format, Exact = true });

    private static async Task FillRateAsync(IPage page, string code, string numerator, string denominator)
    {
        var row = ResultRow(page, code);
        await row.GetByLabel(new Regex("^Tử số:")).FillAsync(numerator);
        await row.GetByLabel(new Regex("^Mẫu số:")).FillAsync(denominator);
    }

    /// <summary>Clicks a link that answers with an attachment and returns the file the browser saved.</summary>
    private static async Task<byte[]> DownloadAsync(IPage page, ILocator link, string extension)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Null(await download.FailureAsync());
        Assert.EndsWith(extension, download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var content = await File.ReadAllBytesAsync(path);
        Assert.True(content.Length > 0, $"{download.SuggestedFilename} is empty");
        await download.SaveAsAsync(Path.Combine(ScreenshotFolder, download.SuggestedFilename)); // beside the screenshots, to look at
        return content;
    }

    private static string Percent(decimal fraction) => (fraction * 100).ToString("N1", Vietnamese) + "%";

    private static string Number(decimal value) => value.ToString("#,##0", Vietnamese);

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

    private async Task AuditAsync(IPage page, string label)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        foreach (var violation in await Axe.AnalyzeAsync(page))
        {
            _findings.Add((label, violation));
            output.WriteLine($"{label}: {violation}");
        }
    }

    private static async Task AssertNoHorizontalOverflowAsync(IPage page, string what)
    {
        var width = page.ViewportSize?.Width ?? PhoneWidth;
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (scrollWidth > width)
        {
            var culprits = await page.EvaluateAsync<string>(@"(w) => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1 && !(e.parentElement && e.parentElement.closest('.table-responsive'))).slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' ' + (e.textContent || '').trim().slice(0, 40)).join(' | ')", width);
            Assert.Fail($"{what}: page is {scrollWidth}px wide on a {width}px screen; too wide: {culprits}");
        }
        Assert.True(scrollWidth <= width, $"{what}: page is {scrollWidth}px wide on a {width}px screen");
    }

    /// <summary>pdftotext -layout (poppler-utils), NFC-normalised, as the report tests read PDFs.</summary>
    private static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"plan-walkthrough-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            foreach (var argument in new[] { "-layout", "-enc", "UTF-8", path, "-" })
            {
                start.ArgumentList.Add(argument);
            }

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start.");
            }
            catch (Win32Exception)
            {
                throw new Xunit.Sdk.XunitException("'pdftotext' was not found: apt-get install -y --no-install-recommends poppler-utils");
            }

            using (process)
            {
                var text = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "pdftotext did not finish in 30 s.");
                Assert.True(process.ExitCode == 0, $"pdftotext failed ({process.ExitCode}): {error.Result}");
                return text.Result.Normalize(NormalizationForm.FormC);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
