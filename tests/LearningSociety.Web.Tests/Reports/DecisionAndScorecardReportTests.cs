using System.Net;
using ClosedXML.Excel;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using LearningSociety.TestSupport;

namespace LearningSociety.Web.Tests.Reports;

/// <summary>Report 4, a Quyết định công nhận with its annex list, and report 5, one citizen's Phiếu đánh giá.</summary>
public sealed class DecisionAndScorecardReports : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly CardData _data;

    public DecisionAndScorecardReports() => _data = new CardData(_factory.Services, new VietnamClock(TimeProvider.System).Today().Year);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheDecisionPrintsItsArticlesSignerAndAnnexOfRecognisedCitizens()
    {
        var ids = await _data.CardsAsync(
            new CardSpec("Nguyễn Thị Lan", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised, 1982),
            new CardSpec("Trần Văn Đức", "Thôn Bác Vọng Đông", "N2", CardSpec.Uniform(8), CardStage.Recognised, 1975, Gender.Male),
            new CardSpec("Hà Văn Phong", "Thôn Sơn Tùng", "N1", CardSpec.Uniform(9), CardStage.Recognised, 1990, Gender.Male),
            new CardSpec("Lê Thị Hoa", "Thôn Sơn Tùng", "N1", CardSpec.Uniform(9), CardStage.Recognised));
        var decision = await _data.DecisionAsync("125/QĐ-UBND", new DateOnly(_data.Year, 12, 5), ids.Take(3));
        using var district = await _factory.SignInAsync("phonggd");

        var response = await district.GetAsync($"/Reports/Decision/{decision}?format=pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = ReportFiles.Collapse(Poppler.PdfText(pdf));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"filename*=UTF-8''{Uri.EscapeDataString($"Quyết định 125-QĐ-UBND công nhận CDHT {_data.Year}.pdf")}",
            string.Join(";", response.Content.Headers.GetValues("Content-Disposition")));
        ReportFiles.HasPeoplesCommitteeHeader(text, "HUYỆN QUẢNG ĐIỀN");
        Assert.Contains("Số: 125/QĐ-UBND", text);
        Assert.Contains($"Quảng Điền, ngày 05 tháng 12 năm {_data.Year}", text);
        Assert.Contains("QUYẾT ĐỊNH", text);
        Assert.Contains($"Về việc công nhận danh hiệu \"Công dân học tập\" năm {_data.Year}", text);
        Assert.Contains($"Điều 1. Công nhận danh hiệu \"Công dân học tập\" năm {_data.Year} cho 3 công dân", text);
        Assert.Contains("1 Trần Văn Đức 1975 Nam Thôn Bác Vọng Đông Xã Quảng Phú Nhóm 2 80", text);
        Assert.Contains("2 Nguyễn Thị Lan 1982 Nữ Thôn Bác Vọng Đông Xã Quảng Phú Nhóm 1 90", text);
        Assert.Contains("3 Hà Văn Phong 1990 Nam Thôn Sơn Tùng Xã Quảng Vinh Nhóm 1 90", text);
        Assert.DoesNotContain("Lê Thị Hoa", text);
        Assert.Contains("KT. CHỦ TỊCH", text);
        Assert.Contains("PHÓ CHỦ TỊCH", text);
        Assert.Contains("Lê Văn Tâm", text);

        using var workbook = ReportFiles.Workbook(await ReportFiles.DownloadAsync(district, $"/Reports/Decision/{decision}?format=xlsx"));
        var sheet = workbook.Worksheets.Single();
        var name = ReportFiles.Cell(sheet, "Nguyễn Thị Lan");
        Assert.Equal(1982d, name.CellRight().GetDouble());
        Assert.Equal(90d, sheet.Cell(name.Address.RowNumber, 8).GetDouble());
        Assert.Equal(XLDataType.Number, sheet.Cell(name.Address.RowNumber, 8).DataType);

        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "Export" && a.Entity == "RecognitionDecision").ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal(decision.ToString(System.Globalization.CultureInfo.InvariantCulture), a.EntityId));
    }

    [Fact]
    public async Task TheDecisionOpensInWordAsTheSameNd30DocumentForTheOfficialToEdit()
    {
        var ids = await _data.CardsAsync(
            new CardSpec("Nguyễn Thị Lan", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised, 1982),
            new CardSpec("Trần Văn Đức", "Thôn Bác Vọng Đông", "N2", CardSpec.Uniform(8), CardStage.Recognised, 1975, Gender.Male));
        var decision = await _data.DecisionAsync("126/QĐ-UBND", new DateOnly(_data.Year, 12, 6), ids);
        using var district = await _factory.SignInAsync("phonggd");

        var details = await district.GetPageAsync($"/Decisions/Details/{decision}");
        Assert.NotNull(details.QuerySelector($"a[href='/Reports/Decision/{decision}?format=docx']"));
        var response = await district.GetAsync($"/Reports/Decision/{decision}?format=docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var body = word.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();

        Assert.Equal(["ỦY BAN NHÂN DÂN", "HUYỆN QUẢNG ĐIỀN"], paragraphs.Take(2));
        Assert.Contains("Số: 126/QĐ-UBND", paragraphs);
        Assert.Contains($"Về việc công nhận danh hiệu \"Công dân học tập\" năm {_data.Year}", paragraphs);
        var article = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First(p => p.InnerText.StartsWith("Điều 1.", StringComparison.Ordinal));
        Assert.NotNull(article.Elements<DocumentFormat.OpenXml.Wordprocessing.Run>().First().RunProperties?.Bold);
        Assert.Null(article.Elements<DocumentFormat.OpenXml.Wordprocessing.Run>().Last().RunProperties?.Bold);
        Assert.Contains("Nguyễn Thị Lan", paragraphs);
        Assert.Contains("Lê Văn Tâm", paragraphs);

        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "Export" && a.Entity == "RecognitionDecision").ToListAsync());
        Assert.Contains(audit, a => a.Details!.Contains("(tệp docx)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDecisionIsOnlyForThoseWhoMaySeeItsPage()
    {
        var ids = await _data.CardsAsync(new CardSpec("Nguyễn Thị Lan", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised));
        var decision = await _data.DecisionAsync("7/QĐ-UBND", new DateOnly(_data.Year, 12, 5), ids);
        using var branch = await _factory.SignInAsync("chihoi");

        Assert.Equal(HttpStatusCode.OK, (await branch.GetAsync($"/Reports/Decision/{decision}?format=xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await branch.GetAsync($"/Reports/Decision/{decision + 1}?format=xlsx")).StatusCode);
    }

    /// <summary>A card whose appraisal lowered one score with a reason, in a year before a new wording of TC1.1.</summary>
    private async Task<(int RegistrationId, string OldText)> AppraisedCardAsync()
    {
        var result = (0, string.Empty);
        await _factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var village = await db.AdministrativeUnits.SingleAsync(u => u.Name == "Thôn Bác Vọng Đông");
            var group = await db.CitizenGroups.SingleAsync(g => g.Code == "N1");
            var rule = await db.RecognitionRules.SingleAsync(r => !r.ForDisadvantagedCommunes);
            var old = IndicatorDefinition.VersionFor(await db.IndicatorDefinitions.Where(d => d.GroupId == group.Id).ToListAsync(), group.Id, _data.Year)
                .Single(d => d.Code == "TC1.1");
            db.IndicatorDefinitions.Add(new IndicatorDefinition("TC1.1", group.Id, _data.Year + 1, "Nội dung năm sau, không được in", string.Empty, isDraft: false));

            var citizen = new Citizen("Nguyễn Thị Ánh", null, 1984, Gender.Female, group.Id, village.Id, null, null);
            citizen.RecordConsent(new DateOnly(2022, 1, 5), "chihoi");
            var card = new CdhtRegistration(citizen, _data.Year, RegistrationChannel.Branch, "chihoi", DateTimeOffset.UtcNow);
            db.Registrations.Add(card);
            int[] self = [9, 9, 9, 9, 9, 8, 8, 8, 8, 8];
            card.RecordSelfAssessment(IndicatorDefinition.Codes.Select((c, i) => new IndicatorInput(c, self[i], i == 0 ? "Đọc báo Nhân Dân hằng ngày" : null)).ToList(),
                true, "chihoi", true, DateTimeOffset.UtcNow);
            card.Appraise(IndicatorDefinition.Codes.Select((c, i) => new IndicatorInput(c, i == 4 ? 7 : self[i], i == 4 ? "Chưa dùng dịch vụ công trực tuyến" : null)).ToList(),
                rule, true, "chihoi", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            result = (card.Id, old.Text);
        });
        return result;
    }

    [Fact]
    public async Task TheScorecardPrintsThatYearsWordingBothScoresTheVerdictAndTwoSignatures()
    {
        var (id, oldText) = await AppraisedCardAsync();
        using var branch = await _factory.SignInAsync("chihoi");

        using var workbook = ReportFiles.Workbook(await ReportFiles.DownloadAsync(branch, $"/Reports/Scorecard/{id}?format=xlsx"));
        var sheet = workbook.Worksheets.Single();
        var row = ReportFiles.Cell(sheet, "1.1").Address.RowNumber;
        Assert.Equal(oldText + "\nMinh chứng: Đọc báo Nhân Dân hằng ngày", sheet.Cell(row, 2).GetString());
        Assert.Equal([9d, 9d], [sheet.Cell(row, 3).GetDouble(), sheet.Cell(row, 4).GetDouble()]);
        var digital = ReportFiles.Cell(sheet, "2.1").Address.RowNumber;
        Assert.Equal([9d, 7d], [sheet.Cell(digital, 3).GetDouble(), sheet.Cell(digital, 4).GetDouble()]);
        Assert.EndsWith("\nChi hội: Chưa dùng dịch vụ công trực tuyến", sheet.Cell(digital, 2).GetString());
        var total = ReportFiles.Cell(sheet, "Tổng điểm").Address.RowNumber;
        Assert.Equal([85d, 83d], [sheet.Cell(total, 3).GetDouble(), sheet.Cell(total, 4).GetDouble()]);
        var all = string.Join("|", sheet.CellsUsed().Select(c => c.GetString()));
        Assert.DoesNotContain("Nội dung năm sau", all);
        Assert.Contains("Tiêu chí 1. Năng lực tự học và học tập suốt đời", all);

        var pdf = await ReportFiles.DownloadAsync(branch, $"/Reports/Scorecard/{id}?format=pdf");
        var text = ReportFiles.Collapse(Poppler.PdfText(pdf));
        Assert.StartsWith("595 x 842", Poppler.PdfPageSize(pdf));
        Assert.Contains($"PHIẾU ĐÁNH GIÁ, CHO ĐIỂM \"CÔNG DÂN HỌC TẬP\" NĂM {_data.Year}", text);
        Assert.Contains("Họ và tên: Nguyễn Thị Ánh. Năm sinh: 1984. Giới tính: Nữ.", text);
        Assert.Contains("Kết quả thẩm định: Đạt (Tổng điểm 83 ≥ 80; Không có chỉ số nào dưới 5 điểm", text);
        Assert.Equal(1, Poppler.PdfPageCount(pdf));
        Assert.Contains("Tổng điểm 85 83", text);
        Assert.Contains("NGƯỜI TỰ ĐÁNH GIÁ", text);
        Assert.Contains("CHI HỘI TRƯỞNG", text);
        Assert.Contains("(Ký, ghi rõ họ tên)", text);
        Assert.DoesNotContain("Nội dung năm sau", text);

        // The branch's header under its association (ND30 Phụ lục I), and nothing about drafts on the page.
        Assert.Contains("HỘI KHUYẾN HỌC XÃ QUẢNG PHÚ", text);
        Assert.Contains("CHI HỘI KHUYẾN HỌC", text);
        Assert.Contains("THÔN BÁC VỌNG ĐÔNG", text);
        Assert.DoesNotContain("dự thảo", text, StringComparison.OrdinalIgnoreCase);
        Assert.True(pdf.Length < 150 * 1024, $"The one-page scorecard takes {pdf.Length / 1024} KB.");

        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "Export" && a.Entity == "CdhtRegistration").ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.DoesNotContain("Ánh", a.Details));
    }

    [Fact]
    public async Task AnotherVillagesBranchCannotPrintTheScorecard()
    {
        var (id, _) = await AppraisedCardAsync();
        using var other = await _factory.SignInAsync("chihoi2");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Reports/Scorecard/{id}?format=pdf")).StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Export")));
    }
}
