using System.Text;
using System.Text.RegularExpressions;
using LearningSociety.Reporting;
using LearningSociety.TestSupport;

namespace LearningSociety.Reporting.Tests;

public sealed partial class PdfReportRendering : IDisposable
{
    private const int LongTableRows = 120;
    private readonly string directory = Directory.CreateTempSubdirectory("reporting-pdf-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void ALongTableRunsOverSeveralPagesWithItsHeaderOnEveryPage()
    {
        var pdf = Write(SampleReport.Build(LongTableRows));

        var pageCount = PageCount(pdf);
        var pages = Text(pdf).Split('\f', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(pageCount >= 3, $"Expected 3 or more pages, got {pageCount}.");
        Assert.Equal(pageCount, pages.Length);
        Assert.All(pages, page =>
        {
            Assert.Contains("STT", page);
            Assert.Contains("Số đăng ký", page);
            Assert.Contains("Ghi chú", page);
        });
    }

    [Fact]
    public void VietnameseTitleAndNationalNameRoundTripThroughTextExtraction()
    {
        var text = Collapse(Text(Write(SampleReport.Build(LongTableRows))));

        Assert.Contains(SampleReport.Title, text);
        Assert.Contains(AdministrativeHeader.NationalName, text);
        Assert.Contains(AdministrativeHeader.Motto, text);
        Assert.Contains("Quảng Phú, ngày 14 tháng 6 năm 2024", text);
        Assert.Contains("UBND XÃ QUẢNG PHÚ", text);
    }

    [Fact]
    public void TheLastRowTotalsAndSignatureFollowTheTable()
    {
        var pages = Text(Write(SampleReport.Build(LongTableRows))).Split('\f', StringSplitOptions.RemoveEmptyEntries);
        var last = Collapse(pages[^1]);

        Assert.Contains(SampleReport.VillageName(LongTableRows - 1), Collapse(string.Join(" ", pages)));
        Assert.Contains("Tổng cộng", last);
        Assert.Contains(SampleReport.SignerName, last);
        Assert.Contains("PHÓ CHỦ TỊCH", last);
        Assert.Contains("Nơi nhận:", last);
        Assert.Contains("- Lưu: VT, VP.", last);
    }

    [Fact]
    public void TheSignatureNeverStandsAloneOnTheLastPage()
    {
        // Across a page's worth of row counts, some table end leaves no room for the signature block.
        for (var rows = 14; rows <= 34; rows += 2)
        {
            var full = SampleReport.Build(rows);
            var document = new ReportDocument(full.Header, full.Title, [full.Body.OfType<ReportTable>().Single()])
            {
                Signature = full.Signature,
                Recipients = full.Recipients,
            };

            var last = Text(Write(document)).Split('\f', StringSplitOptions.RemoveEmptyEntries)[^1];

            Assert.Contains(SampleReport.SignerName, last);
            Assert.True(last.Contains("Tổng cộng", StringComparison.Ordinal), $"With {rows} rows the last page holds only the signature.");
        }
    }

    [Fact]
    public void TheAppendixStartsOnANewPageAfterTheSignature()
    {
        var full = SampleReport.Build(3);
        var document = full with
        {
            Appendix = [new ReportParagraph("PHỤ LỤC DANH SÁCH") { Bold = true }, SampleReport.Table(4)],
        };

        var pages = Text(Write(document)).Split('\f', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, pages.Length);
        Assert.Contains(SampleReport.SignerName, pages[0]);
        Assert.DoesNotContain("PHỤ LỤC DANH SÁCH", pages[0]);
        Assert.Contains("PHỤ LỤC DANH SÁCH", pages[1]);
        Assert.Contains(SampleReport.VillageName(3), Collapse(pages[1]));
        Assert.DoesNotContain(SampleReport.SignerName, pages[1]);
    }

    [Fact]
    public void NumbersAreShownTheVietnameseWay()
    {
        var text = Collapse(Text(Write(SampleReport.Build())));

        Assert.Contains("1.200", text);
        Assert.Contains("85,5", text);
        Assert.Contains("63,7%", text);
    }

    [Fact]
    public void DecomposedInputIsDrawnPrecomposed()
    {
        var decomposed = "BÁO CÁO TỔNG HỢP".Normalize(NormalizationForm.FormD);
        var document = SampleReport.Build(1);
        var pdf = Write(new ReportDocument(document.Header, decomposed, document.Body));

        Assert.Contains("BÁO CÁO TỔNG HỢP".Normalize(NormalizationForm.FormC), Poppler.Run("pdftotext", "-layout", pdf, "-"));
    }

    [Fact]
    public void PagesAreA4AndLandscapeTurnsThem()
    {
        Assert.Matches(@"Page size:\s+595 x 842 pts \(A4\)", Poppler.Run("pdfinfo", Write(SampleReport.Build())));
        Assert.Matches(@"Page size:\s+842 x 595 pts \(A4\)", Poppler.Run("pdfinfo", Write(SampleReport.Build(orientation: PageOrientation.Landscape))));
    }

    [Fact]
    public void PageNumbersCanBePrintedAsTrangOfTotal()
    {
        var renderer = new PdfReportRenderer(new PdfReportOptions { PageNumbers = PageNumberPlacement.BottomWithTotal });
        var pdf = Path.Combine(directory, "numbered.pdf");
        File.WriteAllBytes(pdf, renderer.Render(SampleReport.Build(LongTableRows)));

        var count = PageCount(pdf);
        Assert.Contains($"Trang {count}/{count}", Text(pdf));
    }

    private string Write(ReportDocument document)
    {
        var path = Path.Combine(directory, $"{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, new PdfReportRenderer().Render(document));
        return path;
    }

    private static string Text(string pdf) => Poppler.Run("pdftotext", "-layout", pdf, "-").Normalize(NormalizationForm.FormC);

    private static int PageCount(string pdf) => int.Parse(PagesLine().Match(Poppler.Run("pdfinfo", pdf)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string Collapse(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
