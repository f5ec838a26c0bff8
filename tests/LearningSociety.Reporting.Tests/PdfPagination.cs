using System.Text.RegularExpressions;
using LearningSociety.Reporting;
using LearningSociety.TestSupport;

namespace LearningSociety.Reporting.Tests;

/// <summary>Where pages break: signature with what precedes it, group headings with their rows, no orphan last row.</summary>
public sealed partial class PdfPagination
{
    private static readonly PdfReportRenderer Renderer = new();

    [Fact]
    public void AListFollowedByItsTotalLineKeepsItsLastRowsWithTheTotalAndTheSignature()
    {
        // Across a page's worth of row counts, some list end leaves no room for the total line and the signature.
        for (var rows = 12; rows <= 34; rows += 2)
        {
            var full = SampleReport.Build(rows);
            var document = new ReportDocument(full.Header, full.Title,
                [SampleReport.Table(rows), new ReportParagraph($"Tổng số: {rows} người.") { Alignment = ReportAlignment.Left }])
            {
                Signature = full.Signature,
                Recipients = full.Recipients,
            };

            var last = Collapse(Poppler.PdfPages(Renderer.Render(document))[^1]);

            Assert.Contains(SampleReport.SignerName, last);
            Assert.Contains($"Tổng số: {rows} người.", last);
            Assert.True(last.Contains(AdultCount(rows - 2), StringComparison.Ordinal),
                $"With {rows} rows the last page does not hold the list's last two rows: {last}");
        }
    }

    [Fact]
    public void ATableNeverEndsWithOneOrphanRowOnANewPage()
    {
        for (var rows = 20; rows <= 60; rows++)
        {
            var document = new ReportDocument(SampleReport.Build().Header, SampleReport.Title, [SampleReport.Table(rows)]);

            var pages = Poppler.PdfPages(Renderer.Render(document)).Select(Collapse).ToList();

            var lastRowPage = pages.FindIndex(p => p.Contains(AdultCount(rows - 1), StringComparison.Ordinal));
            var previousRowPage = pages.FindIndex(p => p.Contains(AdultCount(rows - 2), StringComparison.Ordinal));
            Assert.True(lastRowPage >= 0 && lastRowPage == previousRowPage, $"With {rows} rows the last row stands alone on page {lastRowPage + 1}.");
        }
    }

    [Fact]
    public void AGroupHeadingStaysOnThePageOfItsFirstRows()
    {
        // Leading paragraphs shift the table down a line at a time, so every heading lands at the foot of a page once.
        for (var lead = 0; lead < 14; lead++)
        {
            var body = Enumerable.Range(0, lead).Select(i => (ReportBlock)new ReportParagraph($"Đoạn mở đầu số {i + 1}.")).Append(GroupedTable()).ToList();
            var document = new ReportDocument(SampleReport.Build().Header, SampleReport.Title, body);

            var pages = Poppler.PdfPages(Renderer.Render(document)).Select(Collapse).ToList();

            for (var group = 1; group <= Groups; group++)
            {
                var heading = pages.FindIndex(p => p.Contains($"Nhóm chỉ tiêu số {group} ", StringComparison.Ordinal));
                var firstRow = pages.FindIndex(p => p.Contains($"Chỉ tiêu {group}.1 ", StringComparison.Ordinal));
                var secondRow = pages.FindIndex(p => p.Contains($"Chỉ tiêu {group}.2 ", StringComparison.Ordinal));
                Assert.True(heading == firstRow && heading == secondRow,
                    $"With {lead} leading paragraphs the heading of group {group} is on page {heading + 1}, its first rows on {firstRow + 1} and {secondRow + 1}.");
            }
        }
    }

    private const int Groups = 6;

    // The sample's third column grows by 37 a row, so it names the row even when the village name wraps.
    private static string AdultCount(int row) => " " + (1200 + (row * 37)).ToString("N0", CellText.Vietnamese) + " ";

    private static ReportTable GroupedTable()
    {
        ReportColumn[] columns = [new("STT", 0.6, alignment: ReportAlignment.Center), new("Nội dung chỉ tiêu", 5), new("Chỉ tiêu", 1.3)];
        var rows = new List<ReportRow>();
        for (var group = 1; group <= Groups; group++)
        {
            rows.Add(ReportRow.Group(group.ToString(System.Globalization.CultureInfo.InvariantCulture), ReportCell.Text($"Nhóm chỉ tiêu số {group} ").Spanning(2)));
            for (var item = 1; item <= 5; item++)
            {
                rows.Add(new ReportRow($"{item}", $"Chỉ tiêu {group}.{item} về học tập suốt đời", "40%"));
            }
        }

        return new ReportTable(columns, rows);
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ") + " ";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
