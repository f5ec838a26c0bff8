using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using LearningSociety.Reporting;
using LearningSociety.TestSupport;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace LearningSociety.Reporting.Tests;

/// <summary>
/// Several documents in one PDF, a biên bản's two signers side by side, and a cell whose kind differs from its column's.
/// </summary>
public sealed class VolumesAndSignaturePairs
{
    private static ReportDocument Minutes() => new(new AdministrativeHeader("HỘI KHUYẾN HỌC XÃ QUẢNG PHÚ", "CHI HỘI KHUYẾN HỌC\nTHÔN BÁC VỌNG ĐÔNG", null,
        "Quảng Phú, ngày 02 tháng 12 năm 2026"), "BIÊN BẢN", [new ReportParagraph("Nội dung biên bản.")])
    {
        Signature = new ReportSignature(["CHỦ TRÌ"], "Nguyễn Văn Chủ"),
        LeftSignature = new ReportSignature(["THƯ KÝ"], "Trần Thị Ký"),
    };

    [Fact]
    public void SeveralDocumentsMakeOnePdfEachFromANewPageWithTheFontsEmbeddedOnce()
    {
        var documents = Enumerable.Range(1, 12).Select(i => SampleReport.Build(3) with { }).ToList();
        var one = new PdfReportRenderer().Render(documents[0]);
        using var buffer = new MemoryStream();

        new PdfReportRenderer().Render(documents, buffer);
        var pdf = buffer.ToArray();

        Assert.Equal(12 * Poppler.PdfPageCount(one), Poppler.PdfPageCount(pdf));
        Assert.All(Poppler.PdfPages(pdf), page => Assert.Contains(SampleReport.Title, page));
        var fonts = Poppler.PdfFonts(pdf);
        Assert.Equal(Poppler.PdfFonts(one).Length, fonts.Length);
        Assert.All(fonts, f => Assert.Contains(" yes yes ", f));

        // Twelve documents cost far less than twelve files: the fonts are in the file once.
        Assert.True(pdf.Length < 4 * one.Length, $"12 documents take {pdf.Length / 1024} KB, one takes {one.Length / 1024} KB.");
    }

    [Fact]
    public void TheSecretarySignsOnTheLeftOppositeTheChairInEveryFormat()
    {
        var text = Poppler.PdfText(new PdfReportRenderer().Render(Minutes()));
        var names = text.Split('\n').Single(l => l.Contains("Nguyễn Văn Chủ", StringComparison.Ordinal));
        Assert.Contains("Trần Thị Ký", names);
        Assert.True(names.IndexOf("Trần Thị Ký", StringComparison.Ordinal) < names.IndexOf("Nguyễn Văn Chủ", StringComparison.Ordinal));
        Assert.DoesNotContain("Nơi nhận", text);

        using var workbook = new XLWorkbook(new MemoryStream(new ExcelReportRenderer().Render(Minutes())));
        var sheet = workbook.Worksheets.Single();
        var secretary = sheet.CellsUsed().Single(c => c.GetString() == "Trần Thị Ký");
        var chair = sheet.CellsUsed().Single(c => c.GetString() == "Nguyễn Văn Chủ");
        Assert.Equal(secretary.Address.RowNumber, chair.Address.RowNumber);
        Assert.True(secretary.Address.ColumnNumber < chair.Address.ColumnNumber);

        using var word = WordprocessingDocument.Open(new MemoryStream(new WordReportRenderer().Render(Minutes())), false);
        var cells = word.MainDocumentPart!.Document.Body!.Elements<Word.Table>().Last().Descendants<Word.TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["THƯ KÝTrần Thị Ký", "CHỦ TRÌNguyễn Văn Chủ"], cells);
    }

    [Fact]
    public void ACellOfAnotherKindIsStoredAsANumberWithItsOwnFormat()
    {
        var table = new ReportTable(
            [new ReportColumn("Chỉ tiêu"), new ReportColumn("Giá trị", kind: ColumnKind.Integer)],
            [new ReportRow("Tỷ lệ", ReportCell.Number(0.452m).As(ColumnKind.Percent)), new ReportRow("Số lượng", 1234)]);
        var document = new ReportDocument(new AdministrativeHeader(null, "ỦY BAN NHÂN DÂN\nXÃ QUẢNG PHÚ", null, null), "BIỂU", [table]);

        using var workbook = new XLWorkbook(new MemoryStream(new ExcelReportRenderer().Render(document)));
        var sheet = workbook.Worksheets.Single();
        var rate = sheet.CellsUsed().Single(c => c.GetString() == "Tỷ lệ").CellRight();
        var count = sheet.CellsUsed().Single(c => c.GetString() == "Số lượng").CellRight();
        Assert.Equal(XLDataType.Number, rate.DataType);
        Assert.Equal(0.452, rate.GetDouble(), 9);
        Assert.Equal("0.0%", rate.Style.NumberFormat.Format);
        Assert.Equal("#,##0", count.Style.NumberFormat.Format);

        var text = Poppler.PdfText(new PdfReportRenderer().Render(document));
        Assert.Contains("45,2%", text);
        Assert.Contains("1.234", text);
    }
}
