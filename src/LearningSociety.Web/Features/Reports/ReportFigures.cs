using System.Globalization;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Domain;
using LearningSociety.Reporting;

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
        var threshold = VietnameseFormat.Threshold(value);

        // A note part that states the value itself ("Trên 20%") takes the value's place at the head of the sentence, as
        // seed 000 writes "Trên 20% dân số … kỹ thuật; trong đó, 8% …"; other parts follow after a semicolon.
        var parts = (note ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.TrimEnd('.')).ToList();
        var lead = indicator.Kind == TargetKind.Percentage
            ? parts.FirstOrDefault(p => p.EndsWith(threshold, StringComparison.Ordinal) && p.Length <= threshold.Length + 20)
            : null;
        if (lead is not null)
        {
            parts.Remove(lead);
        }

        var sentence = indicator.Kind switch
        {
            TargetKind.Percentage => $"{lead ?? threshold} {LowerFirst(text)}",
            TargetKind.Level when (indicator.MaxLevel ?? 3) <= 1 => $"{text} đạt chuẩn",
            TargetKind.Level => $"{text} đạt mức độ {(int)value}",
            TargetKind.YesNo => text,
            _ => $"{text}: {VietnameseFormat.Number(value)}",
        };
        return "- " + sentence + string.Concat(parts.Select(p => "; " + p)) + ".";
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

    /// <summary>An STT cell: a number, so a spreadsheet sorts and counts it (Roman group numbers stay text).</summary>
    public static ReportCell Ordinal(int number) => ReportCell.Number(number);

    public static string LowerFirst(string text)
        => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLower(text[0], VietnameseText.Culture) + text[1..] : text;
}
