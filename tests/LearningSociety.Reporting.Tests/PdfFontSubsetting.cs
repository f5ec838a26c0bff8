using LearningSociety.Reporting;
using LearningSociety.TestSupport;
using SkiaSharp;

namespace LearningSociety.Reporting.Tests;

public sealed class PdfFontSubsetting
{
    private const int KiB = 1024;

    [Fact]
    public void AOnePageDocumentIsUnder150KB()
    {
        var pdf = new PdfReportRenderer().Render(SampleReport.Build(8));

        Assert.Equal(1, Poppler.PdfPageCount(pdf));
        Assert.True(pdf.Length < 150 * KiB, $"A one-page report takes {pdf.Length / KiB} KB.");
    }

    [Fact]
    public void ALongDocumentStaysSmallBecauseOnlyTheDrawnGlyphsAreEmbedded()
    {
        var pdf = new PdfReportRenderer().Render(SampleReport.Build(120));

        Assert.True(Poppler.PdfPageCount(pdf) >= 3);
        Assert.True(pdf.Length < 200 * KiB, $"A {Poppler.PdfPageCount(pdf)}-page report takes {pdf.Length / KiB} KB.");
    }

    [Fact]
    public void EveryFontIsEmbeddedAndTheTextStillExtracts()
    {
        var pdf = new PdfReportRenderer().Render(SampleReport.Build(8));

        var fonts = Poppler.PdfFonts(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Matches(@"\byes\s+(yes|no)\s+yes\b", line)); // emb, sub, uni
        Assert.Contains(SampleReport.SignerName, System.Text.RegularExpressions.Regex.Replace(Poppler.PdfText(pdf), @"\s+", " "));
    }

    [Fact]
    public void ASubsetKeepsTheOutlinesOfTheGlyphsAskedForAndTheirPartsAndEmptiesTheRest()
    {
        var face = ReportFontSet.Resolve().Regular;
        using var stream = face.OpenStream(out _);
        var bytes = new byte[stream.Length];
        stream.Read(bytes, bytes.Length);
        const string kept = "Nguyễn Thị Hồng";
        var subset = TrueTypeSubset.Keep(bytes, face.GetGlyphs(kept));

        Assert.NotNull(subset);
        Assert.True(subset.Length < bytes.Length / 4, $"{subset.Length} of {bytes.Length} bytes kept.");
        using var cut = SKTypeface.FromData(SKData.CreateCopy(subset));
        using var whole = new SKFont(face, 100);
        using var part = new SKFont(cut, 100);
        foreach (var glyph in face.GetGlyphs(kept))
        {
            using var expected = whole.GetGlyphPath(glyph);
            using var actual = part.GetGlyphPath(glyph);
            Assert.Equal(expected.PointCount, actual.PointCount);
            Assert.Equal(expected.Bounds, actual.Bounds);
        }

        foreach (var glyph in face.GetGlyphs("QZWk"))
        {
            using var dropped = part.GetGlyphPath(glyph);
            Assert.True(dropped is null || dropped.PointCount == 0, $"Glyph {glyph} was not asked for but kept its outline.");
        }

        Assert.Equal(whole.MeasureText("Quảng Phú ỆỮỰ"), part.MeasureText("Quảng Phú ỆỮỰ"));
    }
}
