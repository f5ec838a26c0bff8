using System.Net;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Deadlines;
using LearningSociety.TestSupport;
using LearningSociety.Web.Features.Reports;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using DocumentFormat.OpenXml.Packaging;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace LearningSociety.Web.Tests.Reports;

/// <summary>
/// The village branch's own documents: the appraisal minutes (biên bản thẩm định) and the scorecards of a village (or of
/// its proposal list) as one PDF.
/// </summary>
public class BranchDocuments : IDisposable
{
    private readonly PortalFactory _factory;
    private readonly CardData _data;

    public BranchDocuments()
        : this(TestDatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another database (see PostgreSql/OnPostgreSql.cs): the minutes page through the cards by key.</summary>
    protected BranchDocuments(TestDatabaseProvider provider)
    {
        _factory = new PortalFactory(provider);
        _data = new CardData(_factory.Services, new VietnamClock(TimeProvider.System).Today().Year);
    }

    public void Dispose() => _factory.Dispose();

    private async Task ThreeAppraisedCardsAndTwoThatDoNotBelongAsync() => await _data.CardsAsync(
        new CardSpec("Nguyễn Thị An", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Appraised, 1982),
        new CardSpec("Trần Văn Bình", "Thôn Bác Vọng Đông", "N2", CardSpec.Uniform(7), CardStage.Appraised, 1975, Gender.Male),
        new CardSpec("Lê Thị Cúc", "Thôn Bác Vọng Đông", "N1", [9, 9, 9, 9, 9, 9, 9, 9, 9, 4], CardStage.Proposed, 1990),
        new CardSpec("Phạm Văn Dũng", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.SelfAssessed, 1970, Gender.Male),
        new CardSpec("Hoàng Thị Em", "Thôn Bác Vọng Tây", "N1", CardSpec.Uniform(9), CardStage.Appraised, 1988));

    [PortalFact]
    public async Task TheMinutesListEveryAppraisedCardOfTheVillageWithItsResultAndWhoAppraisedIt()
    {
        await ThreeAppraisedCardsAndTwoThatDoNotBelongAsync();
        var village = await _data.UnitIdAsync("Thôn Bác Vọng Đông");
        using var branch = await _factory.SignInAsync("chihoi");

        var pdf = await ReportFiles.DownloadAsync(branch, $"/Reports/Minutes?villageId={village}&year={_data.Year}&format=pdf");
        var text = ReportFiles.Collapse(Poppler.PdfText(pdf));

        // ND30 header of a chi hội under the Hội Khuyến học xã, the document's name and trích yếu.
        Assert.Contains("HỘI KHUYẾN HỌC XÃ QUẢNG PHÚ", text);
        Assert.Contains("THÔN BÁC VỌNG ĐÔNG", text);
        Assert.Contains("Số: …/BB-CHKH", text);
        Assert.Contains("BIÊN BẢN", text);
        Assert.Contains($"Thẩm định kết quả tự đánh giá, cho điểm \"Công dân học tập\" năm {_data.Year}", text);
        Assert.Contains($"Thời gian thẩm định: ngày {new VietnamClock(TimeProvider.System).Today():dd/MM/yyyy}.", text);
        Assert.Contains("Người thẩm định: Lê Thị Thu Hà.", text);
        Assert.Contains("đã thẩm định phiếu tự đánh giá, cho điểm của 3 công dân", text);

        // Name order; self total, appraised total, verdict and the reason where it failed.
        Assert.Contains("1 Nguyễn Thị An 1982 Nhóm 1 90 90 Đạt", text);
        Assert.Contains("2 Trần Văn Bình 1975 Nhóm 2 70 70 Không đạt Tổng điểm 70 < 80", text);
        Assert.Contains("3 Lê Thị Cúc 1990 Nhóm 1 85 85 Không đạt", text);
        Assert.Contains("Chỉ số 3.2 được 4 điểm", text);
        Assert.DoesNotContain("Phạm Văn Dũng", text);
        Assert.DoesNotContain("Hoàng Thị Em", text);
        Assert.Contains("Số công dân đạt: 1/3; không đạt: 2.", text);
        Assert.Contains("THƯ KÝ", text);
        Assert.Contains("CHỦ TRÌ", text);
        Assert.Equal(1, Poppler.PdfPageCount(pdf));
        Assert.True(pdf.Length < 150 * 1024, $"The one-page minutes take {pdf.Length / 1024} KB.");

        // The same document in Word for the branch to edit: the header lines, the list, both signers side by side.
        var docx = await ReportFiles.DownloadAsync(branch, $"/Reports/Minutes?villageId={village}&year={_data.Year}&format=docx");
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var paragraphs = word.MainDocumentPart!.Document.Body!.Descendants<Word.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["HỘI KHUYẾN HỌC XÃ QUẢNG PHÚ", "CHI HỘI KHUYẾN HỌC", "THÔN BÁC VỌNG ĐÔNG"], paragraphs.Take(3));
        Assert.Contains("BIÊN BẢN", paragraphs);
        Assert.Contains("Trần Văn Bình", paragraphs);
        Assert.Contains("Tổng điểm 70 < 80", paragraphs);
        var signers = word.MainDocumentPart.Document.Body.Elements<Word.Table>().Last().Descendants<Word.TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(2, signers.Count);
        Assert.StartsWith("THƯ KÝ", signers[0]);
        Assert.StartsWith("CHỦ TRÌ", signers[1]);

        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "Export" && a.Entity == "AppraisalMinutes").ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.DoesNotContain("Bình", a.Details));
    }

    [PortalFact]
    public async Task TheMinutesOfAVillageWithMoreCardsThanOneReadListEveryCardOnce()
    {
        // More than one page of the minutes' reads (500 cards), with names that share their sort key's start.
        var names = Enumerable.Range(1, 507).Select(i => $"Nguyễn Văn Số {i:000}").ToList();
        await _data.CardsAsync(names.Select(n => new CardSpec(n, "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Appraised)));
        var village = await _data.UnitIdAsync("Thôn Bác Vọng Đông");
        using var branch = await _factory.SignInAsync("chihoi");

        using var workbook = ReportFiles.Workbook(await ReportFiles.DownloadAsync(branch, $"/Reports/Minutes?villageId={village}&year={_data.Year}&format=xlsx"));
        var sheet = workbook.Worksheets.Single();
        var listed = sheet.CellsUsed().Select(c => c.GetString()).Where(t => t.StartsWith("Nguyễn Văn Số ", StringComparison.Ordinal)).ToList();

        Assert.Equal(names, listed);
        var last = ReportFiles.Cell(sheet, names[^1]);
        Assert.Equal(507d, last.CellLeft().GetDouble());
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "Số công dân đạt: 507/507; không đạt: 0.");
    }

    [PortalFact]
    public async Task AVillageWithNothingAppraisedGetsASentenceAndNoSignatures()
    {
        using var branch = await _factory.SignInAsync("chihoi2");
        var village = await _data.UnitIdAsync("Thôn Bác Vọng Tây");

        var text = ReportFiles.Collapse(Poppler.PdfText(await ReportFiles.DownloadAsync(branch, $"/Reports/Minutes?villageId={village}&year={_data.Year}&format=pdf")));

        Assert.Contains($"Năm {_data.Year}, Chi hội khuyến học thôn Bác Vọng Tây chưa thẩm định", text);
        Assert.DoesNotContain("CHỦ TRÌ", text);
        Assert.DoesNotContain("STT", text);
    }

    [PortalFact]
    public async Task OnlyTheVillageItsCommuneAndAboveGetTheMinutesAndTheScorecards()
    {
        await ThreeAppraisedCardsAndTwoThatDoNotBelongAsync();
        var village = await _data.UnitIdAsync("Thôn Bác Vọng Đông");
        using var otherVillage = await _factory.SignInAsync("chihoi2");
        using var otherCommune = await _factory.SignInAsync("ubndvinh");
        using var commune = await _factory.SignInAsync("ubndxa");

        foreach (var client in new[] { otherVillage, otherCommune })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Reports/Minutes?villageId={village}&year={_data.Year}&format=pdf")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Reports/Scorecards?villageId={village}&year={_data.Year}")).StatusCode);
        }

        Assert.False(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Export")));
        Assert.Equal(HttpStatusCode.OK, (await commune.GetAsync($"/Reports/Minutes?villageId={village}&year={_data.Year}&format=pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await commune.GetAsync($"/Reports/Scorecards?villageId={village}&year={_data.Year}&format=pdf")).StatusCode);

        // The commune is offered both for each of its villages; the scorecards are PDF only.
        var page = await commune.GetPageAsync($"/Reports?year={_data.Year}");
        Assert.NotNull(page.QuerySelector($"a[href='/Reports/Minutes?villageId={village}&year={_data.Year}&format=docx']"));
        Assert.NotNull(page.QuerySelector($"a[href='/Reports/Scorecards?villageId={village}&year={_data.Year}&list=all&format=pdf']"));
        Assert.Null(page.QuerySelector($"a[href='/Reports/Scorecards?villageId={village}&year={_data.Year}&list=all&format=xlsx']"));
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/Reports/Scorecards?villageId={village}&year={_data.Year}&format=xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/Reports/Scorecards?villageId={village}&year={_data.Year}&part=2")).StatusCode);
    }

    [PortalFact]
    public async Task AVillagesScorecardsAreOnePdfOnePagePerCitizenWithTheFontsEmbeddedOnce()
    {
        var names = Enumerable.Range(1, 25).Select(i => $"Công dân Thứ {i:00}").ToList();
        await _data.CardsAsync(names.Select((n, i) => new CardSpec(n, "Thôn Bác Vọng Đông", i % 3 == 0 ? "N2" : "N1", CardSpec.Uniform(8 + (i % 3)),
            i < 5 ? CardStage.Proposed : CardStage.Appraised)));
        await _data.CardsAsync(new CardSpec("Hoàng Thị Em", "Thôn Bác Vọng Tây", "N1", CardSpec.Uniform(9), CardStage.Appraised));
        var village = await _data.UnitIdAsync("Thôn Bác Vọng Đông");
        var cards = await _factory.WithDbAsync(db => db.Registrations.CountAsync(r => r.VillageId == village && r.Year == _data.Year));
        using var branch = await _factory.SignInAsync("chihoi");

        var pdf = await ReportFiles.DownloadAsync(branch, $"/Reports/Scorecards?villageId={village}&year={_data.Year}&format=pdf");
        var pages = Poppler.PdfPages(pdf).Select(ReportFiles.Collapse).ToList();

        // One card a page, each with its own header and its citizen; nobody from another village.
        Assert.Equal(cards, Poppler.PdfPageCount(pdf));
        Assert.All(pages, p => Assert.Contains("PHIẾU ĐÁNH GIÁ, CHO ĐIỂM", p));
        Assert.All(names, n => Assert.Single(pages, p => p.Contains($"Họ và tên: {n}.", StringComparison.Ordinal)));
        Assert.DoesNotContain(pages, p => p.Contains("Hoàng Thị Em", StringComparison.Ordinal));

        // Four faces at most (regular, bold, italic, bold italic), each embedded once as a subset, for the whole file.
        var fonts = Poppler.PdfFonts(pdf);
        Assert.InRange(fonts.Length, 1, 4);
        Assert.Equal(fonts.Length, fonts.Select(f => f.Split(' ')[0]).Distinct().Count());
        Assert.True(pdf.Length < 400 * 1024, $"{cards} scorecards take {pdf.Length / 1024} KB.");

        // The proposal list's cards only.
        var proposed = await ReportFiles.DownloadAsync(branch, $"/Reports/Scorecards?villageId={village}&year={_data.Year}&list=proposed&format=pdf");
        Assert.Equal(5, Poppler.PdfPageCount(proposed));
        var proposedText = Poppler.PdfText(proposed);
        Assert.All(names.Take(5), n => Assert.Contains(n, proposedText));
        Assert.DoesNotContain(names[5], proposedText);

        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "Export" && a.Entity == "Scorecards").ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.Contains(audit, a => a.Details!.Contains($"Tải {cards} phiếu đánh giá", StringComparison.Ordinal));
    }

    [Fact]
    public void AVillageWithMoreCardsThanAFileHoldsPrintsThemInParts()
    {
        Assert.Equal([(1, 1, 25)], ReportUnit.CardParts(25));
        Assert.Equal([(1, 1, 500), (2, 501, 1000), (3, 1001, 1201)], ReportUnit.CardParts(1201));
    }
}
