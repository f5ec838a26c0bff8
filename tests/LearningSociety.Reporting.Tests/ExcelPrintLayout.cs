using ClosedXML.Excel;
using LearningSociety.Reporting;

namespace LearningSociety.Reporting.Tests;

/// <summary>What a province does with the sheet: print it at a readable size, scroll it, correct a figure.</summary>
public sealed class ExcelPrintLayout
{
    private static XLWorkbook Open(ReportDocument document) => new(new MemoryStream(new ExcelReportRenderer().Render(document)));

    private static int RowOf(IXLWorksheet sheet, string text) => sheet.CellsUsed().First(c => c.GetString() == text).Address.RowNumber;

    [Fact]
    public void ATotalOfCountsIsASumFormulaOverTheRowsAboveItAndRatesStayValues()
    {
        using var book = Open(SampleReport.Build(10));
        var sheet = book.Worksheets.Single();
        var first = RowOf(sheet, "STT") + 2;
        var totals = RowOf(sheet, "Tổng cộng");

        Assert.Equal($"SUM(C{first}:C{totals - 1})", sheet.Cell(totals, 3).FormulaA1);
        Assert.Equal($"SUM(G{first}:G{totals - 1})", sheet.Cell(totals, 7).FormulaA1);
        Assert.Equal(Enumerable.Range(0, 10).Sum(i => 1200 + (i * 37)), sheet.Cell(totals, 3).GetDouble());
        Assert.False(sheet.Cell(totals, 9).HasFormula);
        Assert.Equal(0.6412d, sheet.Cell(totals, 9).GetDouble(), 6);
    }

    [Fact]
    public void ATotalThatIsNotTheSumOfItsRowsStaysTheGivenValue()
    {
        ReportColumn[] columns = [new("Xã"), new("Số xã đạt", kind: ColumnKind.Integer)];
        var table = new ReportTable(columns, [new ReportRow("Xã A", 1), new ReportRow("Xã B", 1), ReportRow.Total("Huyện", 5)]);
        using var book = Open(new ReportDocument(SampleReport.Build().Header, "BIỂU", [table]));
        var sheet = book.Worksheets.Single();

        Assert.False(sheet.Cell(RowOf(sheet, "Huyện"), 2).HasFormula);
        Assert.Equal(5d, sheet.Cell(RowOf(sheet, "Huyện"), 2).GetDouble());
    }

    [Theory]
    [InlineData(PageOrientation.Portrait, 10)]
    [InlineData(PageOrientation.Landscape, 10)]
    [InlineData(PageOrientation.Landscape, 24)]
    public void PrintsAtNinetyPercentOrMoreInsteadOfShrinkingToOnePageWide(PageOrientation orientation, int columnCount)
    {
        var columns = Enumerable.Range(0, columnCount).Select(i => new ReportColumn(i == 0 ? "Thôn, tổ dân phố" : $"Cột {i}", kind: i == 0 ? ColumnKind.Text : ColumnKind.Integer)).ToList();
        // Counts of a commune's villages: three digits, as in the CDHT roll-up of 24 columns.
        var rows = Enumerable.Range(0, 5).Select(r => new ReportRow([$"Thôn Bác Vọng Đông {r}", .. Enumerable.Range(1, columnCount - 1).Select(c => (ReportCell?)(12L * c))]));
        using var book = Open(new ReportDocument(SampleReport.Build().Header, "BIỂU TỔNG HỢP",
            [new ReportParagraph("Kính gửi: Sở Giáo dục và Đào tạo."), new ReportTable(columns, rows)]) { Orientation = orientation });
        var page = book.Worksheets.Single().PageSetup;

        Assert.InRange(page.Scale, 90, 100);
        Assert.Equal(0, page.PagesWide);
        var sheet = book.Worksheets.Single();
        Assert.Equal(11d, sheet.Cell(RowOf(sheet, "Thôn Bác Vọng Đông 0"), 2).Style.Font.FontSize);
        Assert.Equal(13d, sheet.Cell(RowOf(sheet, "BIỂU TỔNG HỢP") + 2, 1).Style.Font.FontSize);
    }

    [Fact]
    public void PageNumbersStandAtTheTopFromTheSecondPageAsInThePdf()
    {
        using var book = Open(SampleReport.Build(60));
        var page = book.Worksheets.Single().PageSetup;

        Assert.True(page.DifferentFirstPageOnHF);
        Assert.Equal("&P", page.Header.Center.GetText(XLHFOccurrence.OddPages));
        Assert.Equal("&P", page.Header.Center.GetText(XLHFOccurrence.EvenPages));
        Assert.Equal(string.Empty, page.Header.Center.GetText(XLHFOccurrence.FirstPage));
        Assert.Equal(string.Empty, page.Footer.Center.GetText(XLHFOccurrence.OddPages));
    }

    [Fact]
    public void ATableBelowMoreThanAScreenOfTextFreezesNothing()
    {
        var sample = SampleReport.Build(10);
        var text = Enumerable.Range(1, 30).Select(i => (ReportBlock)new ReportParagraph($"Đoạn văn số {i} của kế hoạch, viết đủ dài để chiếm một dòng."));
        using var book = Open(new ReportDocument(sample.Header, sample.Title, [.. text, SampleReport.Table(10)]));

        Assert.Equal(0, book.Worksheets.Single().SheetView.SplitRow);
    }

    [Fact]
    public void ATableNearTheTopFreezesExactlyItsHeaderRowsAndWhatIsAbove()
    {
        using var book = Open(SampleReport.Build(10));
        var sheet = book.Worksheets.Single();
        var headerLast = RowOf(sheet, "Nhóm 1");

        Assert.Equal(headerLast, sheet.SheetView.SplitRow);
        Assert.InRange(Enumerable.Range(1, headerLast).Sum(r => sheet.Row(r).Height), 1, 300);
    }

    [Fact]
    public void ThePeoplesCommitteeHeaderHasTheIssuerOnTwoBoldLinesAndNoSuperiorLine()
    {
        var header = new AdministrativeHeader(null, "ỦY BAN NHÂN DÂN\nXÃ QUẢNG PHÚ", "Số: …/KH-UBND",
            AdministrativeHeader.FormatPlaceAndDate("Quảng Phú", new DateOnly(2024, 6, 14)));
        using var book = Open(new ReportDocument(header, "KẾ HOẠCH", [new ReportParagraph("Nội dung.")]));
        var sheet = book.Worksheets.Single();

        Assert.Equal(["ỦY BAN NHÂN DÂN", "XÃ QUẢNG PHÚ"], [sheet.Cell(1, 1).GetString(), sheet.Cell(2, 1).GetString()]);
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold && sheet.Cell(2, 1).Style.Font.Bold);
        Assert.Equal("Số: …/KH-UBND", sheet.Cell(3, 1).GetString());
        Assert.Equal(AdministrativeHeader.NationalName, sheet.Cell(1, sheet.Row(1).CellsUsed().Last().Address.ColumnNumber).GetString());
    }
}
