using System.Globalization;
using System.Text;

namespace LearningSociety.Reporting;

/// <summary>Display text of values and the text clean-up both renderers share.</summary>
internal static class CellText
{
    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");

    // Fonts carry precomposed Vietnamese glyphs; decomposed input (from some keyboards and PDFs)
    // would draw as separate marks and extract as different code points.
    public static string Nfc(string? text) => string.IsNullOrEmpty(text) ? string.Empty : text.Normalize(NormalizationForm.FormC);

    public static string Format(object? value, ColumnKind kind, CultureInfo culture) => (value, kind) switch
    {
        (null, _) => string.Empty,
        (string s, _) => Nfc(s),
        (long n, ColumnKind.Integer) => n.ToString("#,##0", culture),
        (decimal d, ColumnKind.Integer) => d.ToString("#,##0", culture),
        (long n, ColumnKind.Decimal) => n.ToString("#,##0.0", culture),
        (decimal d, ColumnKind.Decimal) => d.ToString("#,##0.0", culture),
        (long n, ColumnKind.Percent) => (n * 100m).ToString("#,##0.0", culture) + "%",
        (decimal d, ColumnKind.Percent) => (d * 100m).ToString("#,##0.0", culture) + "%",
        (IFormattable f, _) => f.ToString(null, culture),
        _ => value.ToString() ?? string.Empty,
    };
}
