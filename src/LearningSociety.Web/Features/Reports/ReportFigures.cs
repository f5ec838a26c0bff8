using System.Globalization;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// How targets, achievements, rates and levels read in the plan, Biểu 3 and Biểu 4: "50%", "45,2% (3.550/7.850)",
/// "Mức độ 3", "1.234", "Có". Rates print rounded to 0.1 percentage point, the precision <see cref="TargetEvaluation"/>
/// judges at, so a printed rate never contradicts its judgement.
/// </summary>
public static class ReportFigures
{
    /// <summary>Printed where there is no value (no target, rate over 0).</summary>
    public const string None = "—";

    /// <summary>A count or amount: "7.850", "12,5".</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##", VietnameseText.Culture);

    /// <summary>A computed rate (fraction) rounded to one decimal: "45,2%"; null prints "—".</summary>
    public static string Rate(decimal? fraction)
        => fraction is { } f ? Math.Round(f * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.0", VietnameseText.Culture) + "%" : None;

    /// <summary>A required or planned rate as written: "50%", "97,5%".</summary>
    public static string Threshold(decimal fraction) => (fraction * 100m).ToString("0.##", VietnameseText.Culture) + "%";

    /// <summary>A level as a table cell: "Mức độ 2"; "Đạt chuẩn" for a standard with one level; "Chưa đạt" for 0.</summary>
    public static string Level(int level, int levels)
        => level <= 0 ? "Chưa đạt" : levels <= 1 ? "Đạt chuẩn" : $"Mức độ {level}";

    /// <summary>A target value as a cell: "50%", "Mức độ 3", "1.234", "Có".</summary>
    public static string Target(TargetIndicator indicator, decimal value) => indicator.Kind switch
    {
        TargetKind.Percentage => Threshold(value),
        TargetKind.Level => Level((int)value, indicator.MaxLevel ?? 3),
        TargetKind.YesNo => value >= 1 ? "Có" : "Không",
        _ => Number(value),
    };

    /// <summary>An achievement as a cell: "45,2% (3.550/7.850)", "Mức độ 2", "1.234", "Có" / "Không".</summary>
    public static string Achieved(TargetIndicator indicator, Achievement achieved) => indicator.Kind switch
    {
        TargetKind.Percentage when achieved.Denominator is { } d =>
            $"{Rate(d == 0 ? null : achieved.Value / d)} ({Number(achieved.Value)}/{Number(d)})",
        TargetKind.Level => Level((int)achieved.Value, indicator.MaxLevel ?? 3),
        TargetKind.YesNo => achieved.Value >= 1 ? "Có" : "Không",
        _ => Number(achieved.Value),
    };

    /// <summary>"Đạt" / "Vượt" / "Chưa đạt"; "Chưa có số liệu" without an achievement; "Chưa đánh giá được" for a rate over 0.</summary>
    public static string Judgement(Achievement? achieved, TargetResult? result)
        => achieved is null ? "Chưa có số liệu"
            : result?.Judgement is { } judgement ? judgement.ToVietnamese()
            : "Chưa đánh giá được";

    /// <summary>
    /// A target as the plan states it under "II. MỤC TIÊU": "- 50% số người trong độ tuổi lao động được trang bị năng lực
    /// công nghệ thông tin.", "- Phổ cập giáo dục tiểu học đạt mức độ 3.", with the plan's own wording after a semicolon.
    /// </summary>
    public static string TargetSentence(TargetIndicator indicator, decimal value, string? note)
    {
        var text = indicator.Text.Trim().TrimEnd('.');
        var sentence = indicator.Kind switch
        {
            TargetKind.Percentage => $"{Threshold(value)} {LowerFirst(text)}",
            TargetKind.Level when (indicator.MaxLevel ?? 3) <= 1 => $"{text} đạt chuẩn",
            TargetKind.Level => $"{text} đạt mức độ {(int)value}",
            TargetKind.YesNo => text,
            _ => $"{text}: {Number(value)}",
        };
        var extra = note?.Trim().TrimEnd('.');
        return "- " + sentence + (string.IsNullOrEmpty(extra) ? string.Empty : "; " + extra) + ".";
    }

    /// <summary>"Phổ cập giáo dục tiểu học" from the standard's name inside a sentence.</summary>
    public static string StandardName(UniversalizationStandard standard) => UpperFirst(standard.ToVietnamese());

    /// <summary>Short column headers for the four standards.</summary>
    public static string StandardShortName(UniversalizationStandard standard) => standard switch
    {
        UniversalizationStandard.Preschool5 => "PCGD mầm non 5 tuổi",
        UniversalizationStandard.Primary => "PCGD tiểu học",
        UniversalizationStandard.LowerSecondary => "PCGD THCS",
        UniversalizationStandard.Literacy => "Xóa mù chữ",
        _ => standard.ToString(),
    };

    /// <summary>I, II, III… for section and group headings.</summary>
    public static string Roman(int number)
    {
        (int Value, string Text)[] numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = string.Empty;
        foreach (var (v, t) in numerals)
        {
            for (; number >= v; number -= v)
            {
                result += t;
            }
        }

        return result;
    }

    public static string Ordinal(int number) => number.ToString(CultureInfo.InvariantCulture);

    public static string UpperFirst(string text)
        => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpper(text[0], VietnameseText.Culture) + text[1..] : text;

    public static string LowerFirst(string text)
        => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLower(text[0], VietnameseText.Culture) + text[1..] : text;
}
