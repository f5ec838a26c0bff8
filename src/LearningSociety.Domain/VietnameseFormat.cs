using System.Globalization;
using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Domain;

/// <summary>
/// The one way the portal writes numbers, rates, dates and PCGD-XMC level names for a Vietnamese reader — on pages,
/// in domain messages and in reports: "7.850", "45,2%", "97,5%", "01/12/2026", "Mức độ 2". Built by hand rather than
/// from CultureInfo("vi-VN") so that text does not depend on the ICU data of the server it runs on. Only what a person
/// reads goes through here; CSS, JavaScript, URLs and form values keep invariant numbers.
/// </summary>
public static class VietnameseFormat
{
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NegativeSign = "-",
    };

    /// <summary>A count or amount with a thousands separator and up to two decimals: "7.850", "12,5".</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##", Numbers);

    /// <summary>A number with exactly <paramref name="decimals"/> decimals: "1.234", "85,0".</summary>
    public static string Number(decimal value, int decimals)
        => value.ToString(decimals <= 0 ? "#,##0" : "#,##0." + new string('0', decimals), Numbers);

    /// <summary>
    /// A rate (fraction) as a percentage with one decimal, rounded half away from zero: "45,2%". Targets are judged at
    /// that precision (<see cref="RoundToTenthOfPercent"/>), so a printed rate never contradicts its judgement.
    /// </summary>
    public static string RoundedPercent(decimal rate) => RoundToTenthOfPercent(rate).ToString("#,##0.0", Numbers) + "%";

    /// <summary>
    /// A rate as a percentage with one decimal, truncated: PCGD-XMC rules compare exact rates, and rounding would
    /// print 97,96% as "98,0%" next to "Chưa đạt … &lt; 98%".
    /// </summary>
    public static string TruncatedPercent(decimal rate) => (Math.Truncate(rate * 1000m) / 10m).ToString("#,##0.0", Numbers) + "%";

    /// <summary>A required or planned rate as written in the legal text: "98%", "97,5%".</summary>
    public static string Threshold(decimal rate) => (rate * 100m).ToString("#,##0.##", Numbers) + "%";

    /// <summary>The percentage value rounded to 0.1 percentage point (0.39962 → 40.0).</summary>
    public static decimal RoundToTenthOfPercent(decimal rate) => Math.Round(rate * 100m, 1, MidpointRounding.AwayFromZero);

    /// <summary>"01/12/2026"; empty for no date.</summary>
    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>"01/12/2026 08:30" in Vietnam time (UTC+7) whatever the server's zone; empty for no time.</summary>
    public static string DateTime(DateTimeOffset? at)
        => at is null ? string.Empty
            : TimeZoneInfo.ConvertTime(at.Value, VietnamClock.TimeZone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A PCGD-XMC level: "Mức độ 2", or "Chuẩn" for a standard with one level (MN 5 tuổi has no levels).</summary>
    public static string LevelName(int level, bool singleLevel) => singleLevel ? "Chuẩn" : $"Mức độ {level}";
}
