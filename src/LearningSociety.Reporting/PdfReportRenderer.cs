using SkiaSharp;

namespace LearningSociety.Reporting;

/// <summary>Renders a report to an A4 PDF with SkiaSharp, fonts embedded so text extracts as Unicode.</summary>
public sealed class PdfReportRenderer : IReportRenderer
{
    // Resolved once per process; PublicationOnly so a failure (fonts missing) is retried, not cached.
    private static readonly Lazy<ReportFontSet> SystemFonts = new(() => ReportFontSet.Resolve(), LazyThreadSafetyMode.PublicationOnly);

    private readonly PdfReportOptions options;
    private readonly ReportFontSet? fonts;

    /// <summary>Creates a renderer; without <paramref name="fonts"/> the system fonts are resolved on first use.</summary>
    public PdfReportRenderer(PdfReportOptions? options = null, ReportFontSet? fonts = null)
    {
        this.options = options ?? new PdfReportOptions();
        this.fonts = fonts;
    }

    /// <inheritdoc/>
    public string ContentType => "application/pdf";

    /// <inheritdoc/>
    public string FileExtension => ".pdf";

    /// <inheritdoc/>
    public void Render(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        Render([document], output);
    }

    /// <summary>
    /// Several documents in one file, one after another, each from a new page with its own page numbers (the scorecards
    /// of a village). The fonts are cut down to the glyphs of all of them and embedded once for the whole file.
    /// </summary>
    public void Render(IReadOnlyList<ReportDocument> documents, Stream output)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        if (documents.Count == 0)
        {
            throw new ArgumentException("A PDF needs at least one document.", nameof(documents));
        }

        var wholeFonts = fonts ?? SystemFonts.Value;
        var layouts = new List<PdfPageComposer>(documents.Count);
        using (var measurer = new TextMeasurer(wholeFonts))
        {
            layouts.AddRange(documents.Select(d => new PdfReportLayout(d, options, measurer).Compose()));
        }

        // Laid out with the whole fonts, painted with fonts holding only the glyphs drawn: same metrics, and Skia
        // embeds tens of KB instead of whole font files.
        var textByStyle = layouts.SelectMany(l => l.Pages).SelectMany(p => p).OfType<TextOp>()
            .GroupBy(t => t.Style)
            .ToDictionary(g => g.Key, g => string.Concat(g.Select(t => t.Text).Distinct()));
        var paintFonts = wholeFonts.Subset(textByStyle);
        try
        {
            using var painter = new TextMeasurer(paintFonts);
            Paint(documents[0], layouts, painter, output);
        }
        finally
        {
            paintFonts.ReleaseSubset();
        }
    }

    private static void Paint(ReportDocument first, IReadOnlyList<PdfPageComposer> layouts, TextMeasurer measurer, Stream output)
    {
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = CellText.Nfc(first.Title);
        metadata.Creator = "LearningSociety";
        metadata.Producer = "LearningSociety.Reporting (SkiaSharp)";
        metadata.Creation = DateTime.Now;

        using var pdf = SKDocument.CreatePdf(output, metadata);
        using var text = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var stroke = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke };
        foreach (var layout in layouts)
        {
            foreach (var operations in layout.Pages)
            {
                var canvas = pdf.BeginPage(layout.PageWidth, layout.PageHeight);
                foreach (var operation in operations)
                {
                    switch (operation)
                    {
                        case TextOp t:
                            canvas.DrawText(t.Text, t.X, t.Baseline, SKTextAlign.Left, measurer.Font(t.Style, t.Size), text);
                            break;
                        case LineOp l:
                            stroke.StrokeWidth = l.Width;
                            canvas.DrawLine(l.X1, l.Y1, l.X2, l.Y2, stroke);
                            break;
                    }
                }

                pdf.EndPage();
            }
        }

        pdf.Close();
    }
}
