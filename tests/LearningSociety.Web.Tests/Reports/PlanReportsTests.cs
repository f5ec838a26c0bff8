using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Data;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using LearningSociety.TestSupport;

namespace LearningSociety.Web.Tests.Reports;

/// <summary>
/// The plan print, Biểu 3 (phổ cập giáo dục, xóa mù chữ) and Biểu 4 (thực hiện chỉ tiêu) downloaded as the commune
/// and the district would, from plans, achievements and surveys written straight into the portal's database.
/// </summary>
public sealed partial class PlanReports : IDisposable
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private readonly PortalFactory _factory = new();
    private readonly int _year = new VietnamClock(TimeProvider.System).Today().Year;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheCommuneTargetReportShowsTargetAchievedCompletionAndJudgement()
    {
        const int itTarget = 50, lifeSkillsTarget = 60;
        var commune = await UnitIdAsync("Xã Quảng Phú");
        await PlanAsync("Xã Quảng Phú", _year, _year, issue: true,
            ("CAP_IT", _year, itTarget / 100m, null), ("CAP_LIFE_SKILLS", _year, lifeSkillsTarget / 100m, null), ("COMMUNE_LEARNING_COMMUNITY", _year, 1m, null));
        await AchievedAsync("Xã Quảng Phú", "CAP_IT", 3550, 7850);
        await AchievedAsync("Xã Quảng Phú", "CAP_LIFE_SKILLS", 700, 1000);
        using var client = await _factory.SignInAsync("ubndxa");
        var url = $"/Reports/Targets?unitId={commune}&year={_year}";

        using var workbook = ReportFiles.Workbook(await ReportFiles.DownloadAsync(client, url + "&format=xlsx"));
        var sheet = workbook.Worksheets.Single();

        // Every figure a number in its own cell: STT, the target, the result, numerator and denominator, completion.
        var code = await _factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Id == commune).Select(u => u.Code).SingleAsync());
        var it = RowOf(sheet, await IndicatorTextAsync("CAP_IT"), column: 3);
        Assert.Equal(XLDataType.Number, sheet.Cell(it, 1).DataType);
        Assert.Equal(code, sheet.Cell(it, 2).GetString());
        Assert.Equal("Tỷ lệ %", sheet.Cell(it, 4).GetString());
        Assert.All(Enumerable.Range(5, 5), c => Assert.Equal(XLDataType.Number, sheet.Cell(it, c).DataType));
        Assert.Equal(itTarget / 100d, sheet.Cell(it, 5).GetDouble(), 9);
        Assert.Equal("0.0%", sheet.Cell(it, 5).Style.NumberFormat.Format);
        Assert.Equal((double)(3550m / 7850m), sheet.Cell(it, 6).GetDouble(), 9);
        Assert.Equal("0.0%", sheet.Cell(it, 6).Style.NumberFormat.Format);
        Assert.Equal([3550d, 7850d], [sheet.Cell(it, 7).GetDouble(), sheet.Cell(it, 8).GetDouble()]);
        Assert.Equal((double)(3550m / 7850m / (itTarget / 100m)), sheet.Cell(it, 9).GetDouble(), 9);
        Assert.Equal("Chưa đạt", sheet.Cell(it, 10).GetString());

        var lifeSkills = RowOf(sheet, await IndicatorTextAsync("CAP_LIFE_SKILLS"), column: 3);
        Assert.Equal(lifeSkillsTarget / 100d, sheet.Cell(lifeSkills, 5).GetDouble(), 9);
        Assert.Equal(0.7, sheet.Cell(lifeSkills, 6).GetDouble(), 9);
        Assert.Equal("Vượt", sheet.Cell(lifeSkills, 10).GetString());

        var community = RowOf(sheet, await IndicatorTextAsync("COMMUNE_LEARNING_COMMUNITY"), column: 3);
        Assert.Equal("Có", sheet.Cell(community, 5).GetString());
        Assert.Equal("Chưa có số liệu", sheet.Cell(community, 10).GetString());

        var text = string.Join("|", sheet.CellsUsed().Select(c => c.GetString()));
        Assert.Contains($"THỰC HIỆN CHỈ TIÊU KẾ HOẠCH XÂY DỰNG XÃ HỘI HỌC TẬP NĂM {_year}", text);
        Assert.Contains("Số chỉ tiêu đạt và vượt: 1/3 (1 chỉ tiêu chưa có số liệu).", text);
        Assert.Contains(TargetCategory.Capacity.Label(), text);
        ReportFiles.HasPeoplesCommitteeHeader(text, "XÃ QUẢNG PHÚ");

        var pdf = Words(Poppler.PdfText(await ReportFiles.DownloadAsync(client, url + "&format=pdf")));
        Assert.Contains($"THỰC HIỆN CHỈ TIÊU KẾ HOẠCH XÂY DỰNG XÃ HỘI HỌC TẬP NĂM {_year}", pdf);
        Assert.Contains("Chưa đạt", pdf);
        Assert.Contains("Vượt", pdf);
        Assert.Contains("50,0% 45,2% 3.550 7.850", pdf);

        // Plain words: nothing about drafts or automation on the printed page.
        Assert.DoesNotContain("Tự động", pdf);
        Assert.DoesNotContain("dự thảo", pdf, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(2024, "Kính gửi: Phòng Giáo dục và Đào tạo huyện Quảng Điền.")]
    [InlineData(2025, "Kính gửi: Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế.")]
    public async Task ACommuneReportsToTheLevelInForceForTheYear(int year, string addressee)
    {
        using var client = await _factory.SignInAsync("ubndxa");
        var url = $"/Reports/Targets?unitId={await UnitIdAsync("Xã Quảng Phú")}&year={year}";

        var pdf = Words(Poppler.PdfText(await ReportFiles.DownloadAsync(client, url + "&format=pdf")));
        var biểu3 = Words(Poppler.PdfText(await ReportFiles.DownloadAsync(client, url.Replace("/Targets", "/Universalization", StringComparison.Ordinal) + "&format=pdf")));

        Assert.Contains(addressee, pdf);
        Assert.Contains(addressee, biểu3);
    }

    [Fact]
    public async Task TheDistrictTargetReportAddsTheCommunesNumeratorsAndDenominators()
    {
        await PlanAsync("Xã Quảng Phú", _year, _year, issue: true, ("CAP_TRAINED", _year, 0.2m, null));
        (string Commune, int Numerator, int Denominator)[] communes = [("Xã Quảng Phú", 30, 100), ("Xã Quảng Vinh", 10, 300)];
        foreach (var (commune, numerator, denominator) in communes)
        {
            await AchievedAsync(commune, "CAP_TRAINED", numerator, denominator);
        }

        using var client = await _factory.SignInAsync("phonggd");
        var url = $"/Reports/Targets?unitId={await UnitIdAsync("Huyện Quảng Điền")}&year={_year}";
        using var workbook = ReportFiles.Workbook(await ReportFiles.DownloadAsync(client, url + "&format=xlsx"));
        var sheet = workbook.Worksheets.Single();

        var row = RowOf(sheet, await IndicatorTextAsync("CAP_TRAINED"), column: 3);
        var numeratorSum = communes.Sum(c => c.Numerator);
        var denominatorSum = communes.Sum(c => c.Denominator);
        var averaged = communes.Average(c => (decimal)c.Numerator / c.Denominator);
        Assert.Equal((double)numeratorSum / denominatorSum, sheet.Cell(row, 6).GetDouble(), 9);
        Assert.Equal([40d, 400d], [sheet.Cell(row, 7).GetDouble(), sheet.Cell(row, 8).GetDouble()]);
        Assert.NotEqual((double)averaged, sheet.Cell(row, 6).GetDouble(), 9);
        Assert.Equal("—", sheet.Cell(row, 5).GetString());
        Assert.Contains("Cộng từ 2/2 xã", sheet.Cell(row, 11).GetString());
        ReportFiles.HasPeoplesCommitteeHeader(string.Join("|", sheet.CellsUsed().Select(c => c.GetString())), "HUYỆN QUẢNG ĐIỀN");
    }

    [Fact]
    public async Task TheUniversalizationReportShowsLevelsThisYearAndLastYearAndTheTarget()
    {
        var thisYear = Survey(_year, grade1: 99, age6: 100, completed11: 95, age11: 100);
        var lastYear = Survey(_year - 1, grade1: 96, age6: 100, completed11: 86, age11: 100);
        var vinh = Survey(_year, grade1: 150, age6: 200, completed11: 190, age11: 200);
        await SurveyAsync("Xã Quảng Phú", thisYear);
        await SurveyAsync("Xã Quảng Phú", lastYear);
        await SurveyAsync("Xã Quảng Vinh", vinh);
        await PlanAsync("Xã Quảng Phú", _year, _year, issue: true, ("PCGD_TH", _year, 3m, null));

        var rules = UniversalizationRuleSet.Decree20Of2014();
        int Level(UniversalizationSurvey survey) => UniversalizationEvaluator.Evaluate(survey, rules).LevelOf(UniversalizationStandard.Primary);
        Assert.NotEqual(Level(thisYear), Level(lastYear));

        using var commune = await _factory.SignInAsync("ubndxa");
        var url = $"/Reports/Universalization?unitId={await UnitIdAsync("Xã Quảng Phú")}&year={_year}";
        using (var workbook = ReportFiles.Workbook(await ReportFiles.DownloadAsync(commune, url + "&format=xlsx")))
        {
            var sheet = workbook.Worksheets.Single();
            var primary = RowOf(sheet, "Phổ cập giáo dục tiểu học");
            Assert.Equal($"Mức độ {Level(thisYear)}", sheet.Cell(primary, 8).GetString());
            Assert.Equal($"Mức độ {Level(lastYear)}", sheet.Cell(primary, 9).GetString());
            Assert.Equal("Mức độ 3", sheet.Cell(primary, 10).GetString());

            var grade1 = RowOf(sheet, "Tỷ lệ " + SurveyCount.Age6EnteringGrade1.Label(), column: 3);
            Assert.Equal([99d, 100d], [sheet.Cell(grade1, 4).GetDouble(), sheet.Cell(grade1, 5).GetDouble()]);
            Assert.Equal(0.99, sheet.Cell(grade1, 6).GetDouble(), 9);
            Assert.Contains($"PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ NĂM {_year}", string.Join("|", sheet.CellsUsed().Select(c => c.GetString())));
        }

        var pdf = Words(Poppler.PdfText(await ReportFiles.DownloadAsync(commune, url + "&format=pdf")));
        Assert.Contains($"PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ NĂM {_year}", pdf);
        Assert.Contains("Tỷ lệ biết chữ theo độ tuổi", pdf);

        using var district = await _factory.SignInAsync("phonggd");
        using (var workbook = ReportFiles.Workbook(await ReportFiles.DownloadAsync(district,
                   $"/Reports/Universalization?unitId={await UnitIdAsync("Huyện Quảng Điền")}&year={_year}&format=xlsx")))
        {
            var sheet = workbook.Worksheets.Single();
            var summed = sheet.RowsUsed().Select(r => r.RowNumber())
                .First(r => sheet.Cell(r, 3).GetString() == "Tỷ lệ " + SurveyCount.Age6EnteringGrade1.Label() && sheet.Cell(r, 11).GetString() == "Cộng các xã");
            var numerator = thisYear.Age6EnteringGrade1 + vinh.Age6EnteringGrade1;
            var denominator = thisYear.Age6Population + vinh.Age6Population;
            Assert.Equal(new[] { numerator, denominator }, new[] { sheet.Cell(summed, 4).GetDouble(), sheet.Cell(summed, 5).GetDouble() }.Select(d => (int)d));
            Assert.Equal((double)numerator / denominator, sheet.Cell(summed, 6).GetDouble(), 9);

            var meetingLevel1 = new[] { thisYear, vinh }.Count(s => Level(s) >= 1);
            var level1 = sheet.RowsUsed().Select(r => r.RowNumber()).First(r => sheet.Cell(r, 3).GetString() == "Số xã đạt mức độ 1 / tổng số xã"
                && sheet.Cell(r, 2).GetString() == "Mức độ 1" && RowAbove(sheet, r, "Phổ cập giáo dục tiểu học"));
            Assert.Equal(new[] { meetingLevel1, 2 }, new[] { sheet.Cell(level1, 4).GetDouble(), sheet.Cell(level1, 5).GetDouble() }.Select(d => (int)d));
            var primary = RowOf(sheet, "Phổ cập giáo dục tiểu học");
            Assert.Equal(meetingLevel1 == 2 ? "Mức độ 1" : "Chưa đạt", sheet.Cell(primary, 8).GetString());

            // The communes' table carries each commune's administrative code, the key the province matches on.
            var code = await _factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Name == "Xã Quảng Vinh").Select(u => u.Code).SingleAsync());
            var quangVinh = RowOf(sheet, "Xã Quảng Vinh", column: 3);
            Assert.Equal(code, sheet.Cell(quangVinh, 2).GetString());
            Assert.Equal("Mã ĐVHC", sheet.Cell(ReportFiles.Cell(sheet, "Xã").Address.RowNumber, 2).GetString());
        }

        var districtPdf = Words(Poppler.PdfText(await ReportFiles.DownloadAsync(district,
            $"/Reports/Universalization?unitId={await UnitIdAsync("Huyện Quảng Điền")}&year={_year}&format=pdf")));
        Assert.Contains($"PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ NĂM {_year}", districtPdf);
        ReportFiles.HasPeoplesCommitteeHeader(districtPdf, "HUYỆN QUẢNG ĐIỀN");
        Assert.Contains("Mức đạt chuẩn của các xã", districtPdf);
    }

    [Fact]
    public async Task ThePlanPrintsAsTheAdministrativeDocumentWithItsLegalBasesAndAnnex()
    {
        var title = $"Thực hiện Đề án “Xây dựng xã hội học tập” năm {_year} trên địa bàn xã Quảng Phú";
        var id = await PlanAsync("Xã Quảng Phú", _year, _year, issue: false,
            [("CAP_IT", _year, 0.5m, null), ("PCGD_TH", _year, 3m, null), ("CAP_TRAINED", _year, 0.2m, "Trên 20%; trong đó, 8% dân số có trình độ đại học trở lên")],
            content => content with
            {
                Title = title,
                Preamble = $"Thực hiện Kế hoạch số 162/KH-UBND của UBND huyện; UBND xã ban hành Kế hoạch năm {_year} như sau:",
                Purposes = "Tiếp tục thực hiện các chủ trương của Đảng.\nNâng cao nhận thức của mỗi công dân.",
                Requirements = "Đảm bảo tính thiết thực, hiệu quả.",
                TasksAndSolutions = "1. Tăng cường tuyên truyền\nTổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời.",
                Funding = "Được trích từ nguồn ngân sách nhà nước.",
                Recipients = "BTV Đảng ủy;\nLưu: VT.",
                SignerAuthority = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                SignerName = "Nguyễn Quốc Việt",
            },
            plan =>
            {
                plan.ReplaceResponsibilities([new("Hội Khuyến học xã", "Củng cố, phát triển tổ chức Hội.")]);
                plan.ReplaceTasks([new("Tổ chức Tuần lễ hưởng ứng học tập suốt đời", "Lĩnh vực văn hóa – xã hội", "Hội Khuyến học xã", $"Tháng 10/{_year}")]);
            },
            legalBases: ["162/KH-UBND", "336/KH-UBND", "677/QĐ-TTg", "1373/QĐ-TTg"]);
        var citation = await _factory.WithDbAsync(db => db.LegalBases.Where(b => b.Number == "1373/QĐ-TTg").Select(b => b).SingleAsync());
        using var client = await _factory.SignInAsync("ubndxa");

        var pdf = Words(Poppler.PdfText(await ReportFiles.DownloadAsync(client, $"/Reports/Plan/{id}?format=pdf")));
        Assert.Contains("KẾ HOẠCH", pdf);
        Assert.Contains(title, pdf);
        Assert.DoesNotContain("DỰ THẢO", pdf);
        Assert.DoesNotContain("dự thảo", pdf);
        ReportFiles.HasPeoplesCommitteeHeader(pdf, "XÃ QUẢNG PHÚ");
        Assert.Contains("Quảng Phú, ngày … tháng … năm …", pdf);
        Assert.Contains("+ " + citation.Citation + ".", pdf);
        Assert.Contains("Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ", pdf);
        Assert.Contains("III. NHIỆM VỤ VÀ GIẢI PHÁP", pdf);
        Assert.Contains("V. TỔ CHỨC THỰC HIỆN", pdf);
        Assert.Contains("DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM", pdf);
        Assert.Contains("Nội dung công việc", pdf);
        Assert.Contains("Nguyễn Quốc Việt", pdf);

        using var workbook = ReportFiles.Workbook(await ReportFiles.DownloadAsync(client, $"/Reports/Plan/{id}?format=xlsx"));
        var cells = workbook.Worksheets.Single().CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("- 50% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin.", cells);
        Assert.Contains("- Phổ cập giáo dục tiểu học đạt mức độ 3.", cells);
        Assert.Contains("- Trên 20% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó, 8% dân số có trình độ đại học trở lên.", cells);

        // Seed 000: the bases inside III.1, under its heading, central documents first, then the province's and the district's.
        var tasksAt = cells.IndexOf("III. NHIỆM VỤ VÀ GIẢI PHÁP");
        Assert.Equal("1. Tăng cường tuyên truyền", cells[tasksAt + 1]);
        Assert.Equal("- Tiếp tục tuyên truyền, phổ biến và triển khai thực hiện các văn bản sau:", cells[tasksAt + 2]);
        Assert.Equal(["1373/QĐ-TTg", "677/QĐ-TTg", "336/KH-UBND", "162/KH-UBND"],
            cells.Skip(tasksAt + 3).Take(4).Select(c => c.Split(" ")[4]));
        Assert.Contains("2. " + TargetCategory.Capacity.Label(), cells);
        Assert.Contains("- Tiếp tục thực hiện các chủ trương của Đảng.", cells);
        Assert.Contains("Số: …/KH-UBND", cells);
        Assert.Equal(["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
            cells.SkipWhile(c => c != "STT").Take(5));
        Assert.Equal(["1", "Tổ chức Tuần lễ hưởng ứng học tập suốt đời", "Lĩnh vực văn hóa – xã hội", "Hội Khuyến học xã", $"Tháng 10/{_year}"],
            cells.SkipWhile(c => c != "Thời gian hoàn thành").Skip(1).Take(5));

        // The same plan in Word, for the official to edit before signing: trích yếu bold under "KẾ HOẠCH", the bases in III.1.
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
            new MemoryStream(await ReportFiles.DownloadAsync(client, $"/Reports/Plan/{id}?format=docx")), false))
        {
            var paragraphs = word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().ToList();
            var texts = paragraphs.Select(p => p.InnerText).ToList();
            Assert.Equal(["ỦY BAN NHÂN DÂN", "XÃ QUẢNG PHÚ"], texts.Take(2));
            Assert.Equal(title, texts[texts.IndexOf("KẾ HOẠCH") + 1]);
            Assert.NotNull(paragraphs[texts.IndexOf(title)].Descendants<DocumentFormat.OpenXml.Wordprocessing.Bold>().FirstOrDefault());
            var tasks = texts.IndexOf("III. NHIỆM VỤ VÀ GIẢI PHÁP");
            Assert.Equal(["1. Tăng cường tuyên truyền", "- Tiếp tục tuyên truyền, phổ biến và triển khai thực hiện các văn bản sau:"], texts.Skip(tasks + 1).Take(2));
            Assert.Contains("- Trên 20% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó, 8% dân số có trình độ đại học trở lên.", texts);
        }

        await _factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var plan = await db.Plans.Include(p => p.Targets).SingleAsync(p => p.Id == id);
            plan.Issue("45/KH-UBND", new DateOnly(_year, 6, 14), "ubndxa", null);
            await db.SaveChangesAsync();
        });
        var issued = Words(Poppler.PdfText(await ReportFiles.DownloadAsync(client, $"/Reports/Plan/{id}?format=pdf")));
        Assert.Contains("Số: 45/KH-UBND", issued);
        Assert.Contains($"Quảng Phú, ngày 14 tháng 6 năm {_year}", issued);
        Assert.DoesNotContain("DỰ THẢO", issued);
    }

    [Fact]
    public async Task AMultiYearPlanPrintsItsTargetsAsATableOfYears()
    {
        var id = await PlanAsync("Xã Quảng Phú", _year, _year + 2, issue: false,
            ("CAP_IT", _year, 0.5m, null), ("CAP_IT", _year + 1, 0.55m, null), ("CAP_IT", _year + 2, 0.6m, null));
        using var client = await _factory.SignInAsync("ubndxa");

        using var workbook = ReportFiles.Workbook(await ReportFiles.DownloadAsync(client, $"/Reports/Plan/{id}?format=xlsx"));
        var sheet = workbook.Worksheets.Single();
        var header = ReportFiles.Cell(sheet, $"Năm {_year}");
        Assert.Equal([$"Năm {_year}", $"Năm {_year + 1}", $"Năm {_year + 2}"], Enumerable.Range(0, 3).Select(i => header.CellRight(i).GetString()));
        var row = RowOf(sheet, await IndicatorTextAsync("CAP_IT"));
        Assert.Equal(["50%", "55%", "60%"], Enumerable.Range(0, 3).Select(i => sheet.Cell(row, header.Address.ColumnNumber + i).GetString()));
    }

    [Fact]
    public async Task ReportsOfUnitsOutsideTheUsersScopeAnswerNotFound()
    {
        var ownPlan = await PlanAsync("Xã Quảng Phú", _year, _year, issue: false, ("CAP_IT", _year, 0.5m, null));
        var otherPlan = await PlanAsync("Xã Quảng Vinh", _year, _year, issue: false, ("CAP_IT", _year, 0.5m, null));
        var quangPhu = await UnitIdAsync("Xã Quảng Phú");
        var quangVinh = await UnitIdAsync("Xã Quảng Vinh");
        var district = await UnitIdAsync("Huyện Quảng Điền");
        var village = await UnitIdAsync("Thôn Bác Vọng Đông");
        using var branch = await _factory.SignInAsync("chihoi");
        using var commune = await _factory.SignInAsync("ubndxa");

        async Task<HttpStatusCode> Status(PortalClient client, string url) => (await client.GetAsync(url)).StatusCode;

        Assert.Equal(HttpStatusCode.OK, await Status(commune, $"/Reports/Plan/{ownPlan}?format=pdf"));
        Assert.Equal(HttpStatusCode.OK, await Status(commune, $"/Reports/Targets?unitId={quangPhu}&year={_year}&format=pdf"));
        Assert.Equal(HttpStatusCode.OK, await Status(commune, $"/Reports/Universalization?unitId={quangPhu}&year={_year}&format=pdf"));

        foreach (var url in new[]
                 {
                     $"/Reports/Plan/{ownPlan}?format=pdf", $"/Reports/Targets?unitId={quangPhu}&year={_year}",
                     $"/Reports/Universalization?unitId={quangPhu}&year={_year}", $"/Reports/Targets?unitId={village}&year={_year}",
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, await Status(branch, url));
        }

        foreach (var url in new[]
                 {
                     $"/Reports/Plan/{otherPlan}?format=pdf", $"/Reports/Plan/{otherPlan}?format=xlsx",
                     $"/Reports/Targets?unitId={quangVinh}&year={_year}", $"/Reports/Universalization?unitId={quangVinh}&year={_year}&format=pdf",
                     $"/Reports/Targets?unitId={district}&year={_year}", $"/Reports/Universalization?unitId={district}&year={_year}",
                     $"/Reports/Targets?unitId={quangPhu}&year={_year}&format=doc", $"/Reports/Plan/999999",
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, await Status(commune, url));
        }
    }

    [Theory]
    [InlineData("ubndxa", 1)]
    [InlineData("phonggd", 3)]
    public async Task TheReportsPageOffersBieu3AndBieu4ForEachVisibleCommuneAndDistrict(string user, int units)
    {
        using var client = await _factory.SignInAsync(user);

        var page = await client.GetPageAsync($"/Reports?year={_year}");

        Assert.Equal(units, page.QuerySelectorAll("[data-testid=plan-reports] li").Length);
        var links = page.QuerySelectorAll("[data-testid=plan-reports] a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(4 * units, links.Count);
        Assert.Contains($"/Reports/Universalization?unitId={await UnitIdAsync("Xã Quảng Phú")}&year={_year}&format=xlsx", links);
        Assert.Contains($"/Reports/Targets?unitId={await UnitIdAsync("Xã Quảng Phú")}&year={_year}&format=pdf", links);
        foreach (var link in links)
        {
            Assert.NotEmpty(await ReportFiles.DownloadAsync(client, link));
        }
    }

    private Task<int> PlanAsync(string unit, int startYear, int endYear, bool issue, params (string Code, int Year, decimal Value, string? Note)[] targets)
        => PlanAsync(unit, startYear, endYear, issue, targets, null, null, []);

    private Task<int> PlanAsync(string unit, int startYear, int endYear, bool issue, (string Code, int Year, decimal Value, string? Note)[] targets,
        Func<PlanContent, PlanContent>? content, Action<Plan>? shape, string[] legalBases)
        => new PlanData(_factory.Services).PlanAsync(unit, startYear, endYear, targets.Select(t => new TestTarget(t.Code, t.Year, t.Value, t.Note)),
            content, shape, legalBases, issue ? ($"{startYear % 100}/KH-UBND", new DateOnly(startYear, 6, 14)) : null);

    private Task AchievedAsync(string unit, string code, decimal numerator, decimal? denominator)
        => new PlanData(_factory.Services).AchievedAsync(unit, _year, code, numerator, denominator);

    private Task SurveyAsync(string unit, UniversalizationSurvey survey) => new PlanData(_factory.Services).SurveyAsync(unit, survey);

    private static UniversalizationSurvey Survey(int year, int grade1, int age6, int completed11, int age11) => new()
    {
        SurveyYear = year, Age6Population = age6, Age6EnteringGrade1 = grade1, Age11Population = age11, Age11CompletedPrimary = completed11,
        Age15To25Population = 400, Age15To25LiterateLevel1 = 396, Age15To35Population = 900, Age15To35LiterateLevel1 = 890,
        Age15To35LiterateLevel2 = 870, Age15To60Population = 2000, Age15To60LiterateLevel2 = 1900,
    };

    private Task<int> UnitIdAsync(string name) => _factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    private Task<string> IndicatorTextAsync(string code) => _factory.WithDbAsync(db => db.TargetIndicators.Where(i => i.Code == code).Select(i => i.Text).SingleAsync());

    /// <summary>The rate as the reports print it, computed here from the counts: one decimal, rounded half away from zero.</summary>
    private static string Percent(decimal fraction) => Math.Round(fraction * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.0", Vietnamese) + "%";

    /// <summary>The row whose cell in <paramref name="column"/> (B by default) reads exactly <paramref name="text"/>.</summary>
    private static int RowOf(IXLWorksheet sheet, string text, int column = 2)
        => sheet.RowsUsed().Select(r => r.RowNumber()).FirstOrDefault(r => sheet.Cell(r, column).GetString() == text) is var row and > 0
            ? row
            : throw new Xunit.Sdk.XunitException($"No row with \"{text}\" in column {column}.");

    // A level row belongs to the standard whose heading is the nearest one above it.
    private static bool RowAbove(IXLWorksheet sheet, int row, string standard)
        => Enumerable.Range(1, row - 1).Reverse().Select(r => sheet.Cell(r, 2).GetString())
            .FirstOrDefault(t => t.StartsWith("Phổ cập", StringComparison.Ordinal) || t.StartsWith("Xóa mù chữ", StringComparison.Ordinal)) == standard;

    /// <summary>PDF text with every run of white space (line breaks of wrapped paragraphs included) as one space.</summary>
    private static string Words(string text) => WhiteSpace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
