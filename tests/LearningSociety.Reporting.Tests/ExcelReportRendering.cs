using ClosedXML.Excel;
using LearningSociety.Reporting;

namespace LearningSociety.Reporting.Tests;

public sealed class ExcelReportRendering : IDisposable
{
    private readonly XLWorkbook workbook;
    private readonly IXLWorksheet sheet;
    private readonly int headerTop;

    public ExcelReportRendering()
    {
        var bytes = new ExcelReportRenderer().Render(SampleReport.Build());
        workbook = new XLWorkbook(new MemoryStream(bytes));
        sheet = workbook.Worksheets.Single();
        headerTop = CellWithText("STT").Address.RowNumber;
    }

    private int FirstDataRow => headerTop + 2;

    private int TotalsRow => FirstDataRow + SampleReport.Villages.Length;

    public void Dispose() => workbook.Dispose();

    [Fact]
    public void StoresCountsDecimalsAndPercentagesAsNumbersWithTheirFormats()
    {
        var count = sheet.Cell(FirstDataRow, 3);
        var average = sheet.Cell(FirstDataRow, 8);
        var share = sheet.Cell(FirstDataRow, 9);

        Assert.All([count, average, share], c => Assert.Equal(XLDataType.Number, c.DataType));
        Assert.Equal(1200d, count.GetDouble());
        Assert.Equal(85.5d, average.GetDouble());
        Assert.Equal(0.637d, share.GetDouble(), 6);
        Assert.Equal("#,##0", count.Style.NumberFormat.Format);
        Assert.Equal("#,##0.0", average.Style.NumberFormat.Format);
        Assert.Equal("0.0%", share.Style.NumberFormat.Format);
    }

    [Fact]
    public void KeepsTextThatLooksLikeANumberAsText()
    {
        Assert.Equal(XLDataType.Text, sheet.Cell(FirstDataRow, 1).DataType);
        Assert.Equal("1", sheet.Cell(FirstDataRow, 1).GetString());
    }

    [Fact]
    public void MergesTheTwoRowHeaderLikeTheModel()
    {
        var merged = sheet.MergedRanges.Select(r => r.RangeAddress.ToString()).ToHashSet();

        Assert.Contains($"A{headerTop}:A{headerTop + 1}", merged);
        Assert.Contains($"D{headerTop}:G{headerTop}", merged);
        Assert.Contains($"J{headerTop}:J{headerTop + 1}", merged);
        Assert.Equal("Số đăng ký", sheet.Cell(headerTop, 4).GetString());
        Assert.Equal("Nhóm 1", sheet.Cell(headerTop + 1, 4).GetString());
        Assert.True(sheet.Cell(headerTop, 4).Style.Font.Bold);
        Assert.True(sheet.Cell(headerTop, 4).Style.Alignment.WrapText);
        Assert.Equal(XLBorderStyleValues.Thin, sheet.Cell(headerTop + 1, 5).Style.Border.BottomBorder);
    }

    [Fact]
    public void MergesTheTotalsLabelOverTheFirstTwoColumnsAndMakesTheRowBold()
    {
        var merged = sheet.MergedRanges.Select(r => r.RangeAddress.ToString()).ToHashSet();

        Assert.Contains($"A{TotalsRow}:B{TotalsRow}", merged);
        Assert.Equal("Tổng cộng", sheet.Cell(TotalsRow, 1).GetString());
        Assert.True(sheet.Cell(TotalsRow, 3).Style.Font.Bold);
        Assert.True(sheet.Cell(TotalsRow, 3).HasFormula);
        Assert.Equal(Enumerable.Range(0, SampleReport.Villages.Length).Sum(i => 1200 + (i * 37)), sheet.Cell(TotalsRow, 3).GetDouble());
        Assert.False(sheet.Cell(FirstDataRow, 3).Style.Font.Bold);
    }

    [Fact]
    public void FreezesThePaneBelowTheTableHeader()
    {
        Assert.Equal(headerTop + 1, sheet.SheetView.SplitRow);
        Assert.Equal(0, sheet.SheetView.SplitColumn);
    }

    [Fact]
    public void PrintsOnA4AtFullSizeWithTheTableHeaderRepeated()
    {
        var page = sheet.PageSetup;

        Assert.Equal(XLPaperSize.A4Paper, page.PaperSize);
        Assert.Equal(XLPageOrientation.Portrait, page.PageOrientation);
        Assert.Equal(100, page.Scale);
        Assert.Equal(0, page.PagesWide);
        Assert.Equal(headerTop, page.FirstRowToRepeatAtTop);
        Assert.Equal(headerTop + 1, page.LastRowToRepeatAtTop);
        Assert.Equal(30 / 25.4, page.Margins.Left, 2);
    }

    [Fact]
    public void PrintsLandscapeWhenTheDocumentSaysSo()
    {
        using var landscape = new XLWorkbook(new MemoryStream(new ExcelReportRenderer().Render(SampleReport.Build(orientation: PageOrientation.Landscape))));

        Assert.Equal(XLPageOrientation.Landscape, landscape.Worksheets.Single().PageSetup.PageOrientation);
    }

    [Fact]
    public void KeepsVietnameseTextOfTheHeaderTitleAndSignatureIntact()
    {
        Assert.True(sheet.Cell(2, 1).Style.Font.Bold);
        Assert.Equal("UBND XÃ QUẢNG PHÚ", sheet.Cell(2, 1).GetString());
        // The rule under the issuer and under the motto (ND30 Phụ lục I), drawn as an underline on a sheet; not under the superior body.
        Assert.Equal(XLFontUnderlineValues.Single, sheet.Cell(2, 1).Style.Font.Underline);
        Assert.Equal(XLFontUnderlineValues.None, sheet.Cell(1, 1).Style.Font.Underline);
        CellWithText(AdministrativeHeader.NationalName);
        Assert.Equal(XLFontUnderlineValues.Single, CellWithText("Độc lập - Tự do - Hạnh phúc").Style.Font.Underline);
        Assert.True(CellWithText("Quảng Phú, ngày 14 tháng 6 năm 2024").Style.Font.Italic);
        Assert.True(CellWithText(SampleReport.Title).Style.Font.Bold);
        Assert.True(CellWithText(SampleReport.SignerName).Style.Font.Bold);
        Assert.True(CellWithText("Nơi nhận:").Style.Font.Italic);
        CellWithText("- Phòng GD&ĐT huyện;");
        CellWithText("Thôn Đông Hòa");
    }

    [Fact]
    public void SetsColumnWidthsFromContent()
    {
        Assert.True(sheet.Column(2).Width > sheet.Column(1).Width);
        Assert.True(sheet.Column(10).Width > sheet.Column(4).Width);
    }

    [Fact]
    public void TheAppendixFollowsTheSignatureOnANewPrintedPage()
    {
        var document = SampleReport.Build(3) with { Appendix = [new ReportParagraph("PHỤ LỤC DANH SÁCH"), SampleReport.Table(2)] };
        using var book = new XLWorkbook(new MemoryStream(new ExcelReportRenderer().Render(document)));
        var appendixSheet = book.Worksheets.Single();
        int RowOf(string text) => appendixSheet.CellsUsed().First(c => c.GetString() == text).Address.RowNumber;

        var appendix = RowOf("PHỤ LỤC DANH SÁCH");

        Assert.True(appendix > RowOf(SampleReport.SignerName));
        Assert.Contains(appendixSheet.PageSetup.RowBreaks, breakRow => breakRow < appendix && breakRow >= RowOf(SampleReport.SignerName));
    }

    private IXLCell CellWithText(string text) =>
        sheet.CellsUsed().FirstOrDefault(c => c.DataType == XLDataType.Text && c.GetString() == text)
        ?? throw new Xunit.Sdk.XunitException($"No cell holds \"{text}\".");
}
