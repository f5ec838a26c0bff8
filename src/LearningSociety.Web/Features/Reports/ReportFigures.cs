using System.Globalization;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Domain;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// Wording only documents need: target sentences of a plan, Roman section numbers, capitalisation. Values themselves
/// read as everywhere else, through <see cref="TargetText"/>.
/// </summary>
public static class ReportFigures
{
    /// <summary>
    /// A target as the plan states it under "II. MỤC TIÊU": "- 50% số người trong độ tuổi lao động được trang bị năng lực
    /// công nghệ thông tin.", "- Phổ cập giáo dục tiểu học đạt mức độ 3.", with the plan's own wording after a semicolon.
    /// </summary>
    public static string TargetSentence(TargetIndicator indicator, decimal value, string? note)
    {
        var text = indicator.Text.Trim().TrimEnd('.');
        var sentence = indicator.Kind switch
        {
            TargetKind.Percentage => $"{VietnameseFormat.Threshold(value)} {LowerFirst(text)}",
            TargetKind.Level when (indicator.MaxLevel ?? 3) <= 1 => $"{text} đạt chuẩn",
            TargetKind.Level => $"{text} đạt mức độ {(int)value}",
            TargetKind.YesNo => text,
            _ => $"{text}: {VietnameseFormat.Number(value)}",
        };
        var extra = note?.Trim().TrimEnd('.');
        return "- " + sentence + (string.IsNullOrEmpty(extra) ? string.Empty : "; " + extra) + ".";
    }

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

    public static string LowerFirst(string text)
        => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLower(text[0], VietnameseText.Culture) + text[1..] : text;
}
