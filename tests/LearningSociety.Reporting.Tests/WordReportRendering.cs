using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LearningSociety.Reporting;

namespace LearningSociety.Reporting.Tests;

/// <summary>Opens the generated .docx and reads it as Word would: paragraphs, runs, tables, sections.</summary>
public sealed class WordReportRendering
{
    internal static ReportDocument Decision() =>
        new(new AdministrativeHeader(null, "ỦY BAN NHÂN DÂN\nHUYỆN QUẢNG ĐIỀN", "Số: 125/QĐ-UBND",
                AdministrativeHeader.FormatPlaceAndDate("Quảng Điền", new DateOnly(2024, 12, 5))),
            "QUYẾT ĐỊNH",
            [
                new ReportParagraph("ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN") { Bold = true, Alignment = ReportAlignment.Center },
                new ReportParagraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;") { Italic = true, FirstLineIndent = true },
                new ReportParagraph("QUYẾT ĐỊNH:") { Bold = true, Alignment = ReportAlignment.Center },
                new ReportParagraph("Công nhận danh hiệu \"Công dân học tập\" năm 2024 cho 2 công dân có tên trong danh sách kèm theo.")
                {
                    Lead = "Điều 1.",
                    FirstLineIndent = true,
                },
                new ReportParagraph("Quyết định này có hiệu lực kể từ ngày ký.") { Lead = "Điều 2.", FirstLineIndent = true },
            ])
        {
            Abstract = "Về việc công nhận danh hiệu \"Công dân học tập\" năm 2024",
            Signature = new ReportSignature(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], SampleReport.SignerName),
            Recipients = ["Như Điều 3;", "Lưu: VT."],
            Appendix = [new ReportParagraph("DANH SÁCH CÔNG DÂN") { Bold = true, Alignment = ReportAlignment.Center }, SampleReport.Table(3)],
        };

    private static WordprocessingDocument Open(ReportDocument document)
        => WordprocessingDocument.Open(new MemoryStream(new WordReportRenderer().Render(document)), false);

    [Fact]
    public void TheHeaderHasTheIssuerInBoldOverItsRuleBesideTheNationalNameAndMotto()
    {
        using var word = Open(Decision());
        var header = word.MainDocumentPart!.Document.Body!.Elements<Table>().First();
        var cells = header.Elements<TableRow>().First().Elements<TableCell>().ToList();
        var left = cells[0].Elements<Paragraph>().ToList();

        Assert.Equal(["ỦY BAN NHÂN DÂN", "HUYỆN QUẢNG ĐIỀN", ""], left.Select(p => p.InnerText));
        Assert.All(left.Take(2).SelectMany(p => p.Elements<Run>()), r => Assert.NotNull(r.RunProperties?.Bold));
        Assert.NotNull(left[2].ParagraphProperties?.ParagraphBorders?.BottomBorder);
        var right = cells[1].Elements<Paragraph>().ToList();
        Assert.Equal([AdministrativeHeader.NationalName, AdministrativeHeader.Motto, ""], right.Select(p => p.InnerText));
        Assert.NotNull(right[2].ParagraphProperties?.ParagraphBorders?.BottomBorder);

        var second = header.Elements<TableRow>().ElementAt(1).Elements<TableCell>().ToList();
        Assert.Equal("Số: 125/QĐ-UBND", second[0].InnerText);
        Assert.Equal("Quảng Điền, ngày 05 tháng 12 năm 2024", second[1].InnerText);
        Assert.NotNull(second[1].Descendants<Run>().Single().RunProperties?.Italic);
    }

    [Fact]
    public void TheDecisionIsTypesetAsNd30WithABoldUprightAbstractAndBoldArticleNumbers()
    {
        using var word = Open(Decision());
        var paragraphs = word.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();

        var title = paragraphs.First(p => p.InnerText == "QUYẾT ĐỊNH");
        var summary = paragraphs.First(p => p.InnerText.StartsWith("Về việc", StringComparison.Ordinal));
        Assert.NotNull(summary.Descendants<Bold>().SingleOrDefault());
        Assert.Empty(summary.Descendants<Italic>());
        var rule = paragraphs[paragraphs.IndexOf(summary) + 1];
        Assert.NotNull(rule.ParagraphProperties?.ParagraphBorders?.BottomBorder);
        Assert.True(paragraphs.IndexOf(title) < paragraphs.IndexOf(summary));

        var article = paragraphs.First(p => p.InnerText.StartsWith("Điều 1.", StringComparison.Ordinal));
        var runs = article.Elements<Run>().ToList();
        Assert.Equal("Điều 1. ", runs[0].InnerText);
        Assert.NotNull(runs[0].RunProperties?.Bold);
        Assert.Null(runs[1].RunProperties?.Bold);
        Assert.Equal(JustificationValues.Both, article.ParagraphProperties?.Justification?.Val?.Value);
        Assert.Equal("567", article.ParagraphProperties?.Indentation?.FirstLine?.Value);
        Assert.Contains(paragraphs, p => p.InnerText == "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;" && p.Descendants<Italic>().Any());
    }

    [Fact]
    public void TheSignatureAndRecipientsFollowTheLastParagraphAndTheAnnexStartsANewPage()
    {
        using var word = Open(Decision());
        var body = word.MainDocumentPart!.Document.Body!;
        var footer = body.Elements<Table>().First(t => t.InnerText.Contains(SampleReport.SignerName, StringComparison.Ordinal));
        var cells = footer.Descendants<TableCell>().ToList();

        Assert.StartsWith("Nơi nhận:", cells[0].InnerText, StringComparison.Ordinal);
        Assert.Contains("- Như Điều 3;", cells[0].Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Contains(cells[1].Elements<Paragraph>(), p => p.InnerText == SampleReport.SignerName && p.Descendants<Bold>().Any());
        var last = footer.PreviousSibling<Paragraph>()!;
        Assert.NotNull(last.ParagraphProperties?.KeepNext);

        var annex = body.Elements<Paragraph>().First(p => p.InnerText == "DANH SÁCH CÔNG DÂN");
        Assert.NotNull(annex.ParagraphProperties?.PageBreakBefore);
    }

    [Fact]
    public void TablesRepeatTheirMergedHeaderAndShowNumbersTheVietnameseWay()
    {
        using var word = Open(SampleReport.Build(3));
        var table = word.MainDocumentPart!.Document.Body!.Elements<Table>().Single(t => t.InnerText.Contains("STT", StringComparison.Ordinal));
        var rows = table.Elements<TableRow>().ToList();

        Assert.All(rows.Take(2), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.Null(rows[2].TableRowProperties?.GetFirstChild<TableHeader>());
        var top = rows[0].Elements<TableCell>().ToList();
        Assert.Equal(4, top.Single(c => c.InnerText == "Số đăng ký").TableCellProperties?.GridSpan?.Val?.Value);
        Assert.Equal(MergedCellValues.Restart, top[0].TableCellProperties?.VerticalMerge?.Val?.Value);
        Assert.Equal(MergedCellValues.Continue, rows[1].Elements<TableCell>().First().TableCellProperties?.VerticalMerge?.Val?.Value);
        Assert.Equal(["1", "Thôn Đông Hòa", "1.200"], rows[2].Elements<TableCell>().Take(3).Select(c => c.InnerText));
        Assert.Contains("63,7%", rows[2].InnerText);
        Assert.All(rows[^1].Descendants<Run>().Where(r => r.InnerText.Length > 0), r => Assert.NotNull(r.RunProperties?.Bold));
        Assert.All(table.Descendants<FontSize>(), s => Assert.True(int.Parse(s.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture) >= 22));
    }

    [Fact]
    public void PagesAreA4WithNd30MarginsAndNumbersFromTheSecondPage()
    {
        using var word = Open(SampleReport.Build(3, PageOrientation.Landscape));
        var main = word.MainDocumentPart!;
        var section = main.Document.Body!.Elements<SectionProperties>().Single();

        Assert.Equal(16838u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(PageOrientationValues.Landscape, section.GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.Equal(30 * 56u, section.GetFirstChild<PageMargin>()!.Left!.Value);
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var numbered = (HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single(h => h.Type! == HeaderFooterValues.Default).Id!);
        Assert.Contains("PAGE", numbered.Header.Descendants<SimpleField>().Single().Instruction!.Value, StringComparison.Ordinal);
        var first = (HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single(h => h.Type! == HeaderFooterValues.First).Id!);
        Assert.Empty(first.Header.Descendants<SimpleField>());
    }
}
