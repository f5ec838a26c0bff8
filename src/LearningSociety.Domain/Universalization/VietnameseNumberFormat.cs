using System.Globalization;

namespace LearningSociety.Domain.Universalization;

/// <summary>
/// vi-VN number formatting for rule messages. Built by hand rather than from CultureInfo("vi-VN")
/// so that messages do not depend on the ICU data of the server they run on.
/// </summary>
internal static class VietnameseNumberFormat
{
    private static readonly NumberFormatInfo Info = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NegativeSign = "-",
    };

    /// <summary>
    /// A rate (fraction) as a percentage with one decimal, truncated: rules compare exact rates,
    /// and rounding would print 97,96% as "98,0%" next to "Chưa đạt … &lt; 98%".
    /// </summary>
    public static string TruncatedPercent(decimal rate) =>
        (Math.Truncate(rate * 1000m) / 10m).ToString("0.0", Info) + "%";

    /// <summary>A rate as a percentage with one decimal, rounded half away from zero.</summary>
    public static string RoundedPercent(decimal rate) =>
        RoundToTenthOfPercent(rate).ToString("0.0", Info) + "%";

    /// <summary>A required rate as written in the legal text: "98%", "97,5%".</summary>
    public static string Threshold(decimal rate) => (rate * 100m).ToString("0.##", Info) + "%";

    /// <summary>A count or amount with a thousands separator: "7.500", "12,5".</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##", Info);

    /// <summary>The percentage value rounded to 0.1 percentage point (0.39962 → 40.0).</summary>
    public static decimal RoundToTenthOfPercent(decimal rate) =>
        Math.Round(rate * 100m, 1, MidpointRounding.AwayFromZero);
}
