using LearningSociety.Reporting;
using LearningSociety.TestSupport;

namespace LearningSociety.Reporting.Tests;

/// <summary>The decision as Nghị định 30/2020/NĐ-CP sets it, read back from the PDF with the fonts of each run.</summary>
public sealed class PdfDocumentTypesetting
{
    [Fact]
    public void TheAbstractAndTheArticleNumbersAreBoldAndTheArticleTextIsNot()
    {
        var xml = System.Net.WebUtility.HtmlDecode(Poppler.PdfXml(new PdfReportRenderer().Render(WordReportRendering.Decision())));

        Assert.Contains("<b>Về việc công nhận danh hiệu \"Công dân học tập\" năm 2024</b>", xml);
        Assert.Contains("<b>Điều 1.</b>", xml);
        Assert.Contains("<b>Điều 2.</b>", xml);
        Assert.DoesNotContain("<b>Công nhận danh hiệu", xml);
        Assert.DoesNotContain("<i>Về việc", xml);
    }

    [Fact]
    public void ThePeoplesCommitteeHeaderPrintsTheIssuerOnTwoLinesWithNoSuperiorBody()
    {
        var lines = Poppler.PdfText(new PdfReportRenderer().Render(WordReportRendering.Decision())).Split('\n').Select(l => l.Trim()).ToList();

        Assert.StartsWith("ỦY BAN NHÂN DÂN", lines[0]);
        Assert.EndsWith(AdministrativeHeader.NationalName, lines[0]);
        Assert.StartsWith("HUYỆN QUẢNG ĐIỀN", lines[1]);
        Assert.EndsWith(AdministrativeHeader.Motto, lines[1]);
    }

    [Fact]
    public void ABranchHeaderKeepsItsAssociationOnOneLine()
    {
        var header = new AdministrativeHeader("HỘI KHUYẾN HỌC XÃ QUẢNG PHÚ", "CHI HỘI KHUYẾN HỌC\nTHÔN BÁC VỌNG ĐÔNG", null,
            AdministrativeHeader.FormatPlaceAndDate("Quảng Phú", new DateOnly(2024, 11, 20)));
        var text = Poppler.PdfText(new PdfReportRenderer().Render(new ReportDocument(header, "PHIẾU ĐÁNH GIÁ", [new ReportParagraph("Nội dung.")])));

        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        Assert.StartsWith("HỘI KHUYẾN HỌC XÃ QUẢNG PHÚ ", lines[0]);
        Assert.StartsWith("CHI HỘI KHUYẾN HỌC ", lines[1]);
        Assert.StartsWith("THÔN BÁC VỌNG ĐÔNG", lines[2]);
    }
}
