using System.IO.Compression;
using System.Text.RegularExpressions;
using LearningSociety.BrowserTests.Infrastructure;
using LearningSociety.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

/// <summary>
/// A village branch on a 360 px phone: register a citizen, type the self-assessment with a photo as evidence,
/// appraise with the live preview, and the pages' accessibility and unit isolation.
/// </summary>
public sealed class Scorecards(KestrelPortal portal, ITestOutputHelper output) : IClassFixture<KestrelPortal>
{
    private const int PhoneWidth = 360;
    private static readonly int[] SelfScores = [9, 8, 8, 8, 9, 7, 8, 8, 9, 8]; // 82
    private static readonly string[] DisplayCodes = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2"];

    [BrowserFact]
    public async Task ABranchRegistersACitizenSelfAssessesWithAPhotoAndAppraisesWithTheLivePreview()
    {
        var page = await portal.SignInAsync("chihoi");
        const string name = "Lương Thị Ngọc Ánh";

        // Citizen list → "Đăng ký công dân".
        await OpenMenuItemAsync(page, "Công dân học tập");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Công dân học tập năm");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký công dân" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng ký công dân học tập" })).ToBeVisibleAsync();

        // The branch has one village: it is preselected.
        var village = page.GetByLabel("Thôn, tổ dân phố");
        await Expect(village.Locator("option:checked")).ToHaveTextAsync("Thôn Bác Vọng Đông (Xã Quảng Phú)");

        await page.GetByLabel("Họ và tên").FillAsync(name);
        await page.GetByLabel("Năm sinh", new() { Exact = true }).FillAsync("1983");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Nữ", Exact = true }).CheckAsync();
        await page.GetByLabel("Nhóm đối tượng").SelectOptionAsync(new SelectOptionValue { Label = "Nhóm 1: Nông dân, lao động nông thôn" });
        await Expect(page.GetByLabel("Công dân đã đồng ý", new() { Exact = false })).ToBeCheckedAsync();
        var consentDate = DateTime.UtcNow.AddHours(7).AddDays(-3).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel("Ngày đồng ý").FillAsync(consentDate);
        await Expect(page.GetByLabel("Đăng ký xây dựng danh hiệu")).ToBeCheckedAsync();
        await AssertNoHorizontalOverflowAsync(page, "citizen create form");
        await KestrelPortal.ScreenshotAsync(page, "scorecard-01-citizen-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();

        // The citizen's page.
        await page.WaitForURLAsync(new Regex("/Citizens/Details/\\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã đăng ký công dân {name}.");
        await Expect(page.GetByText($"Ngày {consentDate} (ghi nhận bởi chihoi)")).ToBeVisibleAsync();
        await KestrelPortal.ScreenshotAsync(page, "scorecard-02-citizen-details");

        // Self-assessment: ten scores and a photo.
        await page.GetByRole(AriaRole.Link, new() { Name = "Phiếu đánh giá" }).ClickAsync();
        await Expect(page.GetByTestId("status-text")).ToHaveTextAsync("Công dân chưa tự đánh giá.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhập phiếu tự đánh giá" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Phiếu tự đánh giá, cho điểm năm");
        await Expect(LiveLabel(page)).ToHaveTextAsync("Chưa chấm đủ 10 chỉ số");
        for (var i = 0; i < SelfScores.Length; i++)
        {
            await Score(page, DisplayCodes[i]).FillAsync(SelfScores[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await IndicatorRow(page, "1.3").GetByLabel("Minh chứng").FillAsync("Sinh hoạt câu lạc bộ khuyến nông ở nhà văn hóa thôn");
        var png = OnePixelPng();
        await page.GetByLabel("Chọn tệp minh chứng").SetInputFilesAsync(new FilePayload { Name = "sinh-hoạt-clb.png", MimeType = "image/png", Buffer = png });
        await page.GetByLabel("Minh chứng cho chỉ số").SelectOptionAsync(new SelectOptionValue { Label = "Chỉ số 1.3" });
        await Expect(LiveTotal(page)).ToHaveTextAsync("82");
        await Expect(LiveLabel(page)).ToHaveTextAsync("Đạt");
        await AssertNoHorizontalOverflowAsync(page, "self-assessment form");
        await KestrelPortal.ScreenshotAsync(page, "scorecard-03-self-assessment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu phiếu tự đánh giá" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu phiếu tự đánh giá.");
        await Expect(page.GetByTestId("status-text")).ToHaveTextAsync("Đã tự đánh giá, chờ chi hội thẩm định.");
        await Expect(page.GetByTestId("scorecard").Locator("tfoot")).ToContainTextAsync("82");
        await Expect(page.GetByText("Minh chứng: Sinh hoạt câu lạc bộ khuyến nông ở nhà văn hóa thôn")).ToBeVisibleAsync();

        // The evidence is listed and downloads (a file, never opened in the portal's page) as the PNG that was attached.
        var evidence = page.GetByTestId("evidence").GetByRole(AriaRole.Link, new() { Name = "sinh-hoạt-clb.png" });
        await Expect(evidence).ToBeVisibleAsync();
        await Expect(page.GetByTestId("evidence")).ToContainTextAsync("chỉ số 1.3");
        var download = await page.RunAndWaitForDownloadAsync(() => evidence.ClickAsync());
        Assert.Equal("sinh-hoạt-clb.png", download.SuggestedFilename);
        Assert.Equal(png, await File.ReadAllBytesAsync(await download.PathAsync()));
        await KestrelPortal.ScreenshotAsync(page, "scorecard-04-self-assessed-card");

        // Appraisal: lowering 2.2 to 4 turns the live preview to "Không đạt" before anything is saved.
        await page.GetByRole(AriaRole.Link, new() { Name = "Thẩm định", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Thẩm định phiếu đánh giá năm");
        await Expect(Score(page, "2.2")).ToHaveValueAsync("7");
        await Expect(page.Locator("#live-result")).ToContainTextAsync("Tổng điểm: 82/100");
        await Expect(LiveLabel(page)).ToHaveTextAsync("Đạt");
        await Expect(page.GetByText("Minh chứng của công dân: Sinh hoạt câu lạc bộ khuyến nông ở nhà văn hóa thôn")).ToBeVisibleAsync();

        await Score(page, "2.2").FillAsync("4");
        await Expect(LiveTotal(page)).ToHaveTextAsync("79");
        await Expect(LiveLabel(page)).ToHaveTextAsync("Không đạt");
        await Expect(LiveReasons(page)).ToContainTextAsync(["Tổng điểm 79 < 80", "Chỉ số 2.2 được 4 điểm (< 5)"]);
        // A changed score needs a reason: the empty reason box is flagged.
        var reason = IndicatorRow(page, "2.2").GetByLabel("Lý do điều chỉnh");
        await Expect(reason).ToHaveClassAsync(new Regex("border-warning"));
        Assert.Contains("/Scorecards/Appraisal/", page.Url, StringComparison.Ordinal); // nothing was posted yet
        await AssertNoHorizontalOverflowAsync(page, "appraisal form");
        await KestrelPortal.ScreenshotAsync(page, "scorecard-05-appraisal-live-fail");

        await reason.FillAsync("Chưa có minh chứng dùng điện thoại thông minh để bán hàng");
        await Expect(reason).Not.ToHaveClassAsync(new Regex("border-warning"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả thẩm định" }).ClickAsync();

        var result = page.GetByTestId("result");
        await Expect(result).ToContainTextAsync("Không đạt – 79 điểm");
        await Expect(result.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["Tổng điểm 79 < 80", "Chỉ số 2.2 được 4 điểm (< 5)"]);
        await Expect(page.GetByText("Chi hội: Chưa có minh chứng dùng điện thoại thông minh để bán hàng")).ToBeVisibleAsync();
        await KestrelPortal.ScreenshotAsync(page, "scorecard-06-appraised-fail");

        // Appraise again with passing scores.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sửa kết quả thẩm định" }).ClickAsync();
        await Expect(Score(page, "2.2")).ToHaveValueAsync("4");
        await Expect(LiveLabel(page)).ToHaveTextAsync("Không đạt");
        await Score(page, "2.2").FillAsync("7");
        await Score(page, "3.1").FillAsync("10");
        await IndicatorRow(page, "3.1").GetByLabel("Lý do điều chỉnh").FillAsync("Hòa giải viên ở cơ sở, có giấy khen của xã");
        await Expect(LiveTotal(page)).ToHaveTextAsync("83");
        await Expect(LiveLabel(page)).ToHaveTextAsync("Đạt");
        await Expect(LiveReasons(page)).ToContainTextAsync(["Tổng điểm 83 ≥ 80"]);
        await KestrelPortal.ScreenshotAsync(page, "scorecard-07-appraisal-live-pass");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả thẩm định" }).ClickAsync();

        await Expect(result).ToContainTextAsync("Đạt – 83 điểm");
        await Expect(result).Not.ToContainTextAsync("Không đạt");
        await Expect(result.GetByRole(AriaRole.Listitem).First).ToHaveTextAsync("Tổng điểm 83 ≥ 80");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu kết quả thẩm định: Đạt");
        await AssertNoHorizontalOverflowAsync(page, "scorecard page");
        await KestrelPortal.ScreenshotAsync(page, "scorecard-08-appraised-pass");

        // The list shows the verdict.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Đường dẫn" }).GetByRole(AriaRole.Link, new() { Name = "Công dân học tập" }).ClickAsync();
        var row = page.GetByTestId("citizen-table").GetByRole(AriaRole.Row).Filter(new() { HasText = name });
        await Expect(row).ToContainTextAsync("Đạt");
        await Expect(row).ToContainTextAsync("83");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task TheMainPagesHaveNoCriticalAccessibilityViolations()
    {
        var findings = new List<(string Page, AxeViolation Violation)>();

        async Task AuditAsync(IPage page, string label)
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            foreach (var violation in await Axe.AnalyzeAsync(page))
            {
                findings.Add((label, violation));
                output.WriteLine($"{label}: {violation}");
            }
        }

        var anonymous = await portal.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseUrl, ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 740 }, Locale = "vi-VN",
        });
        var login = await anonymous.NewPageAsync();
        await login.GotoAsync("/Account/Login");
        await AuditAsync(login, "login");
        await anonymous.CloseAsync();

        var page = await portal.SignInAsync("chihoi");
        await AuditAsync(page, "dashboard");

        await OpenMenuItemAsync(page, "Công dân học tập");
        await Expect(page.GetByTestId("citizen-table")).ToBeVisibleAsync();
        await AuditAsync(page, "citizen list");

        await page.GetByRole(AriaRole.Link, new() { Name = "Nguyễn Văn An" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Phiếu đánh giá" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhập phiếu tự đánh giá" }).ClickAsync();
        await Expect(page.Locator("#scorecard-form")).ToBeVisibleAsync();
        await AuditAsync(page, "scorecard form");
        await page.Context.CloseAsync();

        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "axe-findings.txt"), findings.Select(f => $"{f.Page}: {f.Violation}"));
        var critical = findings.Where(f => f.Violation.Impact == "critical").Select(f => $"{f.Page}: {f.Violation}").ToList();
        Assert.True(critical.Count == 0, "Critical accessibility violations:\n" + string.Join("\n", critical));
    }

    [BrowserFact]
    public async Task ABranchCannotOpenAnotherVillagesCitizenByItsAddress()
    {
        int citizenId, registrationId;
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            citizenId = await db.Citizens.Where(c => c.FullName == "Võ Thị Giang" && c.Village.Name == "Thôn Bác Vọng Tây").Select(c => c.Id).SingleAsync();
            registrationId = await db.Registrations.Where(r => r.CitizenId == citizenId).Select(r => r.Id).FirstAsync();
        }

        // Her own branch sees her, through the list.
        var own = await portal.SignInAsync("chihoi2");
        await OpenMenuItemAsync(own, "Công dân học tập");
        await own.GetByRole(AriaRole.Link, new() { Name = "Võ Thị Giang" }).ClickAsync();
        await Expect(own.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Võ Thị Giang");
        Assert.EndsWith($"/Citizens/Details/{citizenId}", own.Url, StringComparison.Ordinal);
        await own.Context.CloseAsync();

        // The neighbouring branch does not find her in its list, nor by typing the address.
        var other = await portal.SignInAsync("chihoi");
        await OpenMenuItemAsync(other, "Công dân học tập");
        await Expect(other.GetByTestId("citizen-table")).ToBeVisibleAsync();
        await Expect(other.GetByRole(AriaRole.Link, new() { Name = "Võ Thị Giang" })).ToHaveCountAsync(0);

        foreach (var url in new[] { $"/Citizens/Details/{citizenId}", $"/Citizens/Edit/{citizenId}", $"/Scorecards/Show/{registrationId}", $"/Scorecards/Appraisal/{registrationId}" })
        {
            var response = await other.GotoAsync(url);
            Assert.Equal(404, response!.Status);
            await Expect(other.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không tìm thấy");
            await Expect(other.GetByText("nằm ngoài đơn vị bạn quản lý")).ToBeVisibleAsync();
            await Expect(other.GetByText("Võ Thị Giang")).ToHaveCountAsync(0);
        }

        await KestrelPortal.ScreenshotAsync(other, "scorecard-09-other-village-not-found");
        await other.Context.CloseAsync();
    }

    /// <summary>On a phone the main menu is collapsed behind "Mở menu".</summary>
    [BrowserFact]
    public async Task EvidenceOverTheLimitIsToldNextToTheFileInputAndTheTypedScoresStayOnThePage()
    {
        var year = DateTime.UtcNow.AddHours(7).Year;
        var card = (await new LearningSociety.TestSupport.CardData(portal.Services, year).CardsAsync(new LearningSociety.TestSupport.CardSpec(
            "Hà Thị Quỳnh", "Thôn Bác Vọng Đông", "N1", LearningSociety.TestSupport.CardSpec.Uniform(8), LearningSociety.TestSupport.CardStage.Registered)))[0];
        var page = await portal.SignInAsync("chihoi");
        await page.GotoAsync($"/Scorecards/SelfAssessment/{card}");
        for (var i = 0; i < SelfScores.Length; i++)
        {
            await Score(page, DisplayCodes[i]).FillAsync(SelfScores[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // Thirteen photos of 4.9 MB each, every one under the 5 MB limit, 64 MB together (sparse files: only their size is read).
        var folder = Directory.CreateTempSubdirectory("bang-chung-");
        try
        {
            var files = Enumerable.Range(1, 13).Select(i =>
            {
                var path = Path.Combine(folder.FullName, $"anh-{i}.png");
                using var file = File.Create(path);
                file.SetLength(4_900_000);
                return path;
            }).ToArray();
            await page.GetByLabel("Chọn tệp minh chứng").SetInputFilesAsync(files);

            var message = page.GetByTestId("files-error");
            await Expect(message).ToHaveTextAsync(LearningSociety.Web.Features.Scorecards.EvidenceLimits.TotalTooLarge);
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu phiếu tự đánh giá" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($"/Scorecards/SelfAssessment/{card}$"));
            await Expect(message).ToHaveTextAsync(LearningSociety.Web.Features.Scorecards.EvidenceLimits.TotalTooLarge);
            await Expect(page.GetByLabel("Chọn tệp minh chứng")).ToBeFocusedAsync();
            for (var i = 0; i < SelfScores.Length; i++)
            {
                await Expect(Score(page, DisplayCodes[i])).ToHaveValueAsync(SelfScores[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            // One file over 5 MB is named; with it removed the message goes.
            var large = Path.Combine(folder.FullName, "giay-chung-nhan.pdf");
            using (var file = File.Create(large))
            {
                file.SetLength(6 * 1024 * 1024);
            }

            await page.GetByLabel("Chọn tệp minh chứng").SetInputFilesAsync(large);
            await Expect(message).ToHaveTextAsync(LearningSociety.Web.Features.Scorecards.EvidenceLimits.FileTooLarge("giay-chung-nhan.pdf"));
            await page.GetByLabel("Chọn tệp minh chứng").SetInputFilesAsync(Array.Empty<string>());
            await Expect(message).ToBeEmptyAsync();
            await KestrelPortal.ScreenshotAsync(page, "scorecard-evidence-too-large");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task OpenMenuItemAsync(IPage page, string label)
    {
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        var toggler = menu.GetByRole(AriaRole.Button, new() { Name = "Mở menu" });
        if (await toggler.IsVisibleAsync())
        {
            await toggler.ClickAsync();
        }

        await menu.GetByRole(AriaRole.Link, new() { Name = label, Exact = true }).ClickAsync();
    }

    /// <summary>The score box of an indicator, found by its label ("2.2 Biết một số từ…").</summary>
    private static ILocator Score(IPage page, string displayCode)
        => page.GetByRole(AriaRole.Spinbutton, new() { NameRegex = new Regex("^" + Regex.Escape(displayCode) + "\\s") });

    /// <summary>The block of one indicator (its score and its note or reason box).</summary>
    private static ILocator IndicatorRow(IPage page, string displayCode)
        => page.Locator(".indicator").Filter(new() { Has = Score(page, displayCode) });

    private static ILocator LiveTotal(IPage page) => page.Locator("#live-result [data-live-total]");

    private static ILocator LiveLabel(IPage page) => page.Locator("#live-result [data-live-label]");

    private static ILocator LiveReasons(IPage page) => page.Locator("#live-result [data-live-reasons] li");

    private static async Task AssertNoHorizontalOverflowAsync(IPage page, string what)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= PhoneWidth, $"{what}: page is {scrollWidth}px wide on a {PhoneWidth}px screen");
    }

    /// <summary>A valid 1×1 PNG (one opaque green pixel), built chunk by chunk with its CRCs.</summary>
    private static byte[] OnePixelPng()
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]); // 1×1, 8-bit RGBA
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write([0, 0x2E, 0x8B, 0x57, 0xFF]); // filter "none", then one RGBA pixel
        }

        WriteChunk(png, "IDAT", pixels.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();

        static void WriteChunk(Stream stream, string type, byte[] data)
        {
            var typeAndData = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            stream.Write(BigEndian((uint)data.Length));
            stream.Write(typeAndData);
            stream.Write(BigEndian(Crc32(typeAndData)));
        }

        static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

        static uint Crc32(byte[] bytes)
        {
            var crc = 0xFFFFFFFFu;
            foreach (var b in bytes)
            {
                crc ^= b;
                for (var k = 0; k < 8; k++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
                }
            }

            return ~crc;
        }
    }
}
