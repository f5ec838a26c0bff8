using System.Globalization;
using SkiaSharp;

namespace LearningSociety.Reporting;

internal enum TextStyle
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

/// <summary>A wrapped line; the last line of a paragraph is never stretched when justifying.</summary>
internal readonly record struct TextLine(string Text, bool EndsParagraph);

/// <summary>Measures and word-wraps text with the report fonts; fonts are cached per style and size.</summary>
internal sealed class TextMeasurer(ReportFontSet fonts) : IDisposable
{
    private readonly Dictionary<(TextStyle, float), SKFont> cache = [];

    public SKFont Font(TextStyle style, float size)
    {
        if (!cache.TryGetValue((style, size), out var font))
        {
            var face = fonts.Face(style);

            // Unhinted, subpixel, linear metrics: measured widths then match what the PDF viewer lays out.
            font = new SKFont(face, size) { Hinting = SKFontHinting.None, Subpixel = true, LinearMetrics = true };
            cache[(style, size)] = font;
        }

        return font;
    }

    public float Width(string text, TextStyle style, float size) => Font(style, size).MeasureText(text);

    /// <summary>Distance from the top of a line box to the baseline, centring the font's extent in the box.</summary>
    public float BaselineOffset(float size, float lineHeight)
    {
        var metrics = Font(TextStyle.Regular, size).Metrics;
        var extent = metrics.Descent - metrics.Ascent;
        return ((lineHeight - extent) / 2) - metrics.Ascent;
    }

    /// <summary>Greedy word wrap; "\n" ends a paragraph and words wider than the line are cut between characters.</summary>
    public IReadOnlyList<TextLine> Wrap(string? text, TextStyle style, float size, float width, float firstLineIndent = 0)
    {
        var lines = new List<TextLine>();
        foreach (var paragraph in CellText.Nfc(text).ReplaceLineEndings("\n").Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Width(candidate, style, size) <= Available())
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(new TextLine(line, false));
                }

                line = word;
                while (Width(line, style, size) > Available() && SplitToFit(line, style, size, Available()) is ({ } head, { } tail))
                {
                    lines.Add(new TextLine(head, false));
                    line = tail;
                }
            }

            lines.Add(new TextLine(line, true));
        }

        return lines;

        float Available() => lines.Count == 0 ? width - firstLineIndent : width;
    }

    public void Dispose()
    {
        foreach (var font in cache.Values)
        {
            font.Dispose();
        }

        cache.Clear();
    }

    private (string? Head, string? Tail) SplitToFit(string word, TextStyle style, float size, float width)
    {
        var starts = StringInfo.ParseCombiningCharacters(word);
        if (starts.Length < 2)
        {
            return (null, null);
        }

        var cut = 1;
        while (cut < starts.Length - 1 && Width(word[..starts[cut + 1]], style, size) <= width)
        {
            cut++;
        }

        return (word[..starts[cut]], word[starts[cut]..]);
    }
}
