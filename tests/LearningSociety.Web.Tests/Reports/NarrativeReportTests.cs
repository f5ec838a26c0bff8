using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Universalization;
using LearningSociety.TestSupport;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Reports;

/// <summary>
/// The narrative report "Báo cáo kết quả thực hiện kế hoạch xây dựng xã hội học tập năm …": its figures read from the
/// data beside the plan, the parts the official types on the portal kept between exports, and only for the unit's own
/// officers to write.
/// </summary>
public partial class NarrativeReports : IDisposable
{
    private readonly PortalFactory _factory;
    private readonly int _year = new VietnamClock(TimeProvider.System).Today().Year;
    private readonly CardData _cards;
    private readonly PlanData _plans;

    public NarrativeReports()
        : this(TestDatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another database (see PostgreSql/OnPostgreSql.cs).</summary>
    protected NarrativeReports(TestDatabaseProvider provider)
    {
        _factory = new PortalFactory(provider);
        _cards = new CardData(_factory.Services, _year);
        _plans = new PlanData(_factory.Services);
    }

    public void Dispose() => _factory.Dispose();

    [PortalFact]
    public async Task TheCommuneReportStatesTheYearsFiguresBesideThePlanInWordAndPdf()
    {
        // Quảng Phú: the demo's registered cards and 7 more — 6 self-assessed, 5 appraised of which 4 pass, 3 proposed, 2
        // recognised; a Quảng Vinh card not counted.
        var (n1, n2, n3) = await RegisteredAsync("Xã Quảng Phú");
        await _cards.CardsAsync(
            new CardSpec("Nguyễn Văn An", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Registered),
            new CardSpec("Trần Thị Bình", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.SelfAssessed),
            new CardSpec("Lê Văn Cường", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Appraised),
            new CardSpec("Phạm Thị Dung", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(4), CardStage.Appraised),
            new CardSpec("Hoàng Văn Em", "Thôn Bác Vọng Tây", "N2", CardSpec.Uniform(9), CardStage.Proposed),
            new CardSpec("Võ Thị Phương", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised),
            new CardSpec("Đặng Văn Giang", "Thôn Bác Vọng Tây", "N2", CardSpec.Uniform(8), CardStage.Recognised),
            new CardSpec("Hà Văn Phong", "Thôn Sơn Tùng", "N1", CardSpec.Uniform(9), CardStage.Recognised));
        await _cards.SetAdultsAsync("Xã Quảng Phú", 400);
        await _plans.PlanAsync("Xã Quảng Phú", _year, _year,
            [new TestTarget("CDHT_CITIZENS", _year, 0.6m), new TestTarget("CAP_IT", _year, 0.5m), new TestTarget("PCGD_TH", _year, 3m)],
            issue: ("21/KH-UBND", new DateOnly(_year, 3, 2)));
        await _plans.AchievedAsync("Xã Quảng Phú", _year, "CAP_IT", 3550, 7850);
        var survey = new UniversalizationSurvey
        {
            SurveyYear = _year, Age6Population = 100, Age6EnteringGrade1 = 99, Age11Population = 100, Age11CompletedPrimary = 95,
            Age15To25Population = 400, Age15To25LiterateLevel1 = 396, Age15To35Population = 900, Age15To35LiterateLevel1 = 890,
            Age15To35LiterateLevel2 = 870, Age15To60Population = 2000, Age15To60LiterateLevel2 = 1900,
        };
        await _plans.SurveyAsync("Xã Quảng Phú", survey);
        var primary = UniversalizationEvaluator.Evaluate(survey, UniversalizationRuleSet.Decree20Of2014()).LevelOf(UniversalizationStandard.Primary);
        var commune = await _cards.UnitIdAsync("Xã Quảng Phú");
        using var client = await _factory.SignInAsync("ubndxa");

        var response = await client.GetAsync($"/Reports/Narrative?unitId={commune}&year={_year}&format=docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"filename*=UTF-8''{Uri.EscapeDataString($"Báo cáo kết quả XHHT {_year} - Xã Quảng Phú.docx")}",
            string.Join(";", response.Content.Headers.GetValues("Content-Disposition")));
        var paragraphs = Paragraphs(await response.Content.ReadAsByteArrayAsync());
        if (Environment.GetEnvironmentVariable("REPORT_TEST_OUTPUT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllLinesAsync(Path.Combine(folder, "narrative.txt"), paragraphs);
        }

        Assert.Equal(["ỦY BAN NHÂN DÂN", "XÃ QUẢNG PHÚ"], paragraphs.Take(2));
        Assert.Contains("Số: …/BC-UBND", paragraphs);
        Assert.Contains("BÁO CÁO", paragraphs);
        Assert.Contains($"Kết quả thực hiện kế hoạch xây dựng xã hội học tập năm {_year}", paragraphs);
        Assert.Contains("Kính gửi: Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế.", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith($"Thực hiện Kế hoạch số 21/KH-UBND ngày 02/3/{_year} của Ủy ban nhân dân xã Quảng Phú", StringComparison.Ordinal));

        string[] figures =
        [
            $"- Số công dân đăng ký xây dựng danh hiệu \"Công dân học tập\": {n1 + n2 + n3 + 7} người (Nhóm 1: {n1 + 5}; Nhóm 2: {n2 + 2}; Nhóm 3: {n3}).",
            "- Số công dân đã tự đánh giá, cho điểm: 6 người; được chi hội khuyến học thẩm định: 5 người, trong đó đạt điểm công nhận: 4 người.",
            "- Số công dân được đề nghị công nhận: 3 người; được công nhận: 2 người (Nhóm 1: 1; Nhóm 2: 1; Nhóm 3: 0), đạt 0,5% số người lớn (2/400); " +
                "trong đó đạt kỹ năng số: 2 người, tiêu biểu xuất sắc: 0 người.",
            "- So với chỉ tiêu kế hoạch: Công dân đạt danh hiệu “Công dân học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành: " +
                "chỉ tiêu 60%, thực hiện 0,5% (2/400): Chưa đạt.",
            "Số chỉ tiêu đạt và vượt: 1/3. Cụ thể:",
            $"- Phổ cập giáo dục tiểu học: Mức độ {primary} (năm {_year - 1}: chưa có số liệu); chỉ tiêu kế hoạch: Mức độ 3: " +
                (primary >= 3 ? "Đạt." : "Chưa đạt."),
        ];
        foreach (var figure in figures)
        {
            Assert.Contains(figure, paragraphs);
        }

        Assert.Contains(paragraphs, p => p.Contains(": chỉ tiêu 50%, thực hiện 45,2% (3.550/7.850): Chưa đạt.", StringComparison.Ordinal));
        Assert.Contains("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM " + (_year + 1), paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Phụ lục kèm theo:", StringComparison.Ordinal)
            && p.EndsWith($"- Phụ lục 3: Biểu 4 - Thực hiện chỉ tiêu kế hoạch xây dựng xã hội học tập năm {_year}.", StringComparison.Ordinal));
        Assert.Equal(4, paragraphs.Count(p => p == Features.Reports.NarrativeReport.Blank));

        var pdf = await ReportFiles.DownloadAsync(client, $"/Reports/Narrative?unitId={commune}&year={_year}&format=pdf");
        var text = PdfWords(pdf);
        ReportFiles.HasPeoplesCommitteeHeader(text, "XÃ QUẢNG PHÚ");
        foreach (var figure in figures)
        {
            Assert.Contains(Words(figure), text);
        }

        Assert.DoesNotContain("Tự động", text);
        Assert.DoesNotContain("dự thảo", text, StringComparison.OrdinalIgnoreCase);
    }

    [PortalFact]
    public async Task TheDistrictReportAddsItsCommunesUp()
    {
        var (phu1, phu2, phu3) = await RegisteredAsync("Xã Quảng Phú");
        var (vinh1, vinh2, vinh3) = await RegisteredAsync("Xã Quảng Vinh");
        await _cards.CardsAsync(
            new CardSpec("Võ Thị Phương", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised),
            new CardSpec("Hà Văn Phong", "Thôn Sơn Tùng", "N3", CardSpec.Uniform(9), CardStage.Recognised),
            new CardSpec("Lê Văn Cường", "Thôn Sơn Tùng", "N1", CardSpec.Uniform(9), CardStage.SelfAssessed));
        using var district = await _factory.SignInAsync("phonggd");

        var paragraphs = Paragraphs(await ReportFiles.DownloadAsync(district,
            $"/Reports/Narrative?unitId={await _cards.UnitIdAsync("Huyện Quảng Điền")}&year={_year}&format=docx"));

        Assert.Equal(["ỦY BAN NHÂN DÂN", "HUYỆN QUẢNG ĐIỀN"], paragraphs.Take(2));
        var (n1, n2, n3) = (phu1 + vinh1 + 2, phu2 + vinh2, phu3 + vinh3 + 1);
        Assert.Contains($"- Số công dân đăng ký xây dựng danh hiệu \"Công dân học tập\": {n1 + n2 + n3} người (Nhóm 1: {n1}; Nhóm 2: {n2}; Nhóm 3: {n3}).", paragraphs);
        Assert.Contains("- Số công dân đã tự đánh giá, cho điểm: 3 người; được chi hội khuyến học thẩm định: 2 người, trong đó đạt điểm công nhận: 2 người.", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("- Số công dân được đề nghị công nhận: 2 người; được công nhận: 2 người (Nhóm 1: 1; Nhóm 2: 0; Nhóm 3: 1)", StringComparison.Ordinal));
        Assert.Contains($"Số xã đã có số liệu điều tra phổ cập năm {_year}: 0/2.", paragraphs);
        Assert.Contains($"Chưa có kế hoạch có chỉ tiêu cho năm {_year}.", paragraphs);
    }

    [PortalFact]
    public async Task TextsTypedOnThePageAreKeptAndPrintedByEveryExport()
    {
        var commune = await _cards.UnitIdAsync("Xã Quảng Phú");
        using var client = await _factory.SignInAsync("ubndxa");
        var index = await client.GetPageAsync($"/Reports?year={_year}");
        Assert.NotNull(index.QuerySelector($"[data-testid='narrative-reports'] a[href='/Reports/NarrativeText?unitId={commune}&year={_year}']"));
        Assert.NotNull(index.QuerySelector($"[data-testid='narrative-reports'] a[href='/Reports/Narrative?unitId={commune}&year={_year}&format=docx']"));

        var page = await client.GetPageAsync($"/Reports/NarrativeText?unitId={commune}&year={_year}");
        var saved = await client.PostFormAsync(page, "main form[method='post']", new Dictionary<string, string>
        {
            ["Assessment"] = "Phong trào xây dựng xã hội học tập tiếp tục được duy trì.\r\nCác chi hội khuyến học chủ động thẩm định.",
            ["Shortcomings"] = "Tỷ lệ công dân tự đánh giá ở nhóm 3 còn thấp.",
            ["Directions"] = string.Empty,
            ["Proposals"] = "Đề nghị Sở Giáo dục và Đào tạo tổ chức tập huấn phần mềm.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var reopened = await client.GetPageAsync($"/Reports/NarrativeText?unitId={commune}&year={_year}");
        Assert.Equal("Tỷ lệ công dân tự đánh giá ở nhóm 3 còn thấp.", reopened.QuerySelector("textarea[name='Shortcomings']")!.TextContent.Trim());

        foreach (var format in new[] { "docx", "docx" })
        {
            var paragraphs = Paragraphs(await ReportFiles.DownloadAsync(client, $"/Reports/Narrative?unitId={commune}&year={_year}&format={format}"));
            Assert.Contains("Phong trào xây dựng xã hội học tập tiếp tục được duy trì.", paragraphs);
            Assert.Contains("Các chi hội khuyến học chủ động thẩm định.", paragraphs);
            Assert.Contains("Tỷ lệ công dân tự đánh giá ở nhóm 3 còn thấp.", paragraphs);
            Assert.Contains("Đề nghị Sở Giáo dục và Đào tạo tổ chức tập huấn phần mềm.", paragraphs);
            Assert.Single(paragraphs, p => p == Features.Reports.NarrativeReport.Blank);
            Assert.True(paragraphs.IndexOf("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN") < paragraphs.IndexOf("Tỷ lệ công dân tự đánh giá ở nhóm 3 còn thấp."));
        }

        var pdf = Words(Poppler.PdfText(await ReportFiles.DownloadAsync(client, $"/Reports/Narrative?unitId={commune}&year={_year}&format=pdf")));
        Assert.Contains("Đề nghị Sở Giáo dục và Đào tạo tổ chức tập huấn phần mềm.", pdf);

        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == nameof(ResultsReportText)).ToListAsync());
        var added = Assert.Single(audit);
        Assert.Equal("Added", added.Action);
        Assert.Equal("ubndxa", added.Actor);
    }

    [PortalFact]
    public async Task AnotherUnitCannotReadOrWriteTheTextsAndAViewerOnlyReads()
    {
        var commune = await _cards.UnitIdAsync("Xã Quảng Phú");
        using var other = await _factory.SignInAsync("ubndvinh");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Reports/NarrativeText?unitId={commune}&year={_year}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Reports/Narrative?unitId={commune}&year={_year}&format=docx")).StatusCode);
        var token = await other.TokenFromAsync($"/Reports/NarrativeText?unitId={await _cards.UnitIdAsync("Xã Quảng Vinh")}&year={_year}");
        var posted = await other.PostAsync("/Reports/NarrativeText", token, new Dictionary<string, string>
        {
            ["UnitId"] = commune.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Year"] = _year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Assessment"] = "Viết hộ xã khác",
        });
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);

        using var branch = await _factory.SignInAsync("chihoi");
        Assert.Equal(HttpStatusCode.NotFound, (await branch.GetAsync($"/Reports/NarrativeText?unitId={commune}&year={_year}")).StatusCode);

        using var viewer = await _factory.SignInAsync("xemhuyen");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/Reports/NarrativeText?unitId={commune}&year={_year}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/Reports/Narrative?unitId={commune}&year={_year}&format=pdf")).StatusCode);

        Assert.False(await _factory.WithDbAsync(db => db.ResultsReportTexts.AnyAsync()));
    }

    [PortalFact]
    public async Task ATooLongTextGetsAVietnameseMessageAtItsField()
    {
        var commune = await _cards.UnitIdAsync("Xã Quảng Phú");
        using var client = await _factory.SignInAsync("ubndxa");
        var page = await client.GetPageAsync($"/Reports/NarrativeText?unitId={commune}&year={_year}");

        var response = await client.PostFormAsync(page, "main form[method='post']", new Dictionary<string, string>
        {
            ["Assessment"] = "Tốt",
            ["Proposals"] = new string('x', ResultsReportText.MaxLength + 1),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await PortalClient.ParseAsync(response);
        Assert.Equal("Đề xuất, kiến nghị tối đa 8.000 ký tự.", answer.QuerySelector("[data-valmsg-for='Proposals']")!.TextContent.Trim());
        Assert.Equal("Tốt", answer.QuerySelector("textarea[name='Assessment']")!.TextContent.Trim());
        Assert.False(await _factory.WithDbAsync(db => db.ResultsReportTexts.AnyAsync()));
    }

    [PortalFact]
    public async Task ASaveAfterSomeoneElsesKeepsBothAndLosesNothing()
    {
        var commune = await _cards.UnitIdAsync("Xã Quảng Phú");
        using var officer = await _factory.SignInAsync("ubndxa");
        using var administrator = await _factory.SignInAsync("admin");
        var url = $"/Reports/NarrativeText?unitId={commune}&year={_year}";
        var first = await officer.GetPageAsync(url);
        var second = await administrator.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await administrator.PostFormAsync(second, "main form[method='post']",
            new Dictionary<string, string> { ["Directions"] = "Duy trì phong trào năm sau." })).StatusCode);
        var refused = await officer.PostFormAsync(first, "main form[method='post']", new Dictionary<string, string> { ["Assessment"] = "Đạt nhiều kết quả." });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var form = await PortalClient.ParseAsync(refused);
        Assert.Contains("vừa được người khác thay đổi", form.QuerySelector(".alert-danger")!.TextContent);
        Assert.Contains("Phương hướng, nhiệm vụ", form.QuerySelector("[data-testid='changed-by-others']")!.TextContent);
        Assert.Equal("Duy trì phong trào năm sau.", form.QuerySelector("textarea[name='Directions']")!.TextContent.Trim());
        Assert.Equal("Đạt nhiều kết quả.", form.QuerySelector("textarea[name='Assessment']")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(form, "main form[method='post']", new Dictionary<string, string>())).StatusCode);
        var stored = await _factory.WithDbAsync(db => db.ResultsReportTexts.AsNoTracking().SingleAsync());
        Assert.Equal(("Đạt nhiều kết quả.", "Duy trì phong trào năm sau."), (stored.Assessment, stored.Directions));
    }

    [PortalFact]
    public async Task TheSameFormSentTwiceAtOnceIsSavedOnce()
    {
        var commune = await _cards.UnitIdAsync("Xã Quảng Phú");
        using var client = await _factory.SignInAsync("ubndxa");
        var page = await client.GetPageAsync($"/Reports/NarrativeText?unitId={commune}&year={_year}");

        var responses = await client.PostFormTwiceAtOnceAsync(page, "main form[method='post']",
            new Dictionary<string, string> { ["Assessment"] = "Hoàn thành kế hoạch." });

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal("Hoàn thành kế hoạch.", (await _factory.WithDbAsync(db => db.ResultsReportTexts.AsNoTracking().SingleAsync())).Assessment);
        Assert.Single(await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == nameof(ResultsReportText)).ToListAsync()));
    }

    /// <summary>The unit's cards of the year per group (N1, N2, N3) before the test adds its own: the demo registers a few.</summary>
    private Task<(int, int, int)> RegisteredAsync(string communeName) => _factory.WithDbAsync(async db =>
    {
        var counts = await db.Registrations.Where(r => r.Year == _year && r.Village.Parent!.Name == communeName)
            .GroupBy(r => r.Group.Code).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.False(await db.Registrations.AnyAsync(r => r.Year == _year && r.Status != Domain.Scorecards.ScorecardStatus.Registered));
        return (counts.GetValueOrDefault("N1"), counts.GetValueOrDefault("N2"), counts.GetValueOrDefault("N3"));
    });

    internal static List<string> Paragraphs(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return word.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
    }

    internal static string Words(string text) => WhiteSpace().Replace(text, " ");

    /// <summary>A PDF's words in reading order without the page numbers, so a paragraph split over two pages reads whole.</summary>
    internal static string PdfWords(byte[] pdf)
        => Words(string.Join(" ", Poppler.PdfText(pdf).Split('\n').Where(line => !PageNumber().IsMatch(line))));

    [GeneratedRegex(@"^\s*\d+\s*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
