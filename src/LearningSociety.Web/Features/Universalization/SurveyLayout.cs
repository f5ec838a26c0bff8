using System.Globalization;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Universalization;

/// <summary>The counts of one standard, in the order the form, the template and the import use.</summary>
public sealed record SurveyCountGroup(UniversalizationStandard Standard, IReadOnlyList<SurveyCount> Counts);

/// <summary>
/// How the PCGD-XMC survey is laid out for people: counts grouped by standard, their labels ("Số trẻ 5 tuổi"),
/// level texts ("Mức độ 3", "Đạt chuẩn") and rates. The form, the import template and the pages all use it, so
/// the same count is called the same everywhere.
/// </summary>
public static partial class SurveyLayout
{
    public static IReadOnlyList<SurveyCountGroup> Groups { get; } =
    [
        new(UniversalizationStandard.Preschool5, [SurveyCount.Age5Population, SurveyCount.Age5Attending, SurveyCount.Age5Completed]),
        new(UniversalizationStandard.Primary,
        [
            SurveyCount.Age6Population, SurveyCount.Age6EnteringGrade1, SurveyCount.Age11Population, SurveyCount.Age11CompletedPrimary,
            SurveyCount.Age11StillInPrimary,
        ]),
        new(UniversalizationStandard.LowerSecondary,
        [
            SurveyCount.Youth15To18Population, SurveyCount.Youth15To18LowerSecondaryGraduates, SurveyCount.Youth15To18StudyingUpperSecondary,
        ]),
        new(UniversalizationStandard.Literacy,
        [
            SurveyCount.Age15To25Population, SurveyCount.Age15To25LiterateLevel1, SurveyCount.Age15To35Population,
            SurveyCount.Age15To35LiterateLevel1, SurveyCount.Age15To35LiterateLevel2, SurveyCount.Age15To60Population,
            SurveyCount.Age15To60LiterateLevel2,
        ]),
    ];

    /// <summary>All 18 counts in layout order.</summary>
    public static IReadOnlyList<SurveyCount> Counts { get; } = [.. Groups.SelectMany(g => g.Counts)];

    public static IReadOnlyList<UniversalizationStandard> Standards { get; } = [.. Groups.Select(g => g.Standard)];

    /// <summary>"Số trẻ 5 tuổi đến trường": the wording the domain's validation messages use.</summary>
    public static string Label(SurveyCount count) => "Số " + count.Label();

    /// <summary>The form field of a count, also the ModelState key its errors go under.</summary>
    public static string FieldName(SurveyCount count) => $"Counts[{count}]";

    public static string FieldId(SurveyCount count) => $"Counts_{count}_";

    /// <summary>"Mức độ 2", or "Đạt chuẩn" for a standard with one level; "Chưa đạt" for level 0.</summary>
    public static string LevelText(StandardResult? result)
        => result is null ? NoSurvey : TargetText.Level(result.Level, result.Levels.Count);

    /// <summary>The name of one level of a standard: "Mức độ 2", or "Chuẩn" when the standard has one level.</summary>
    public static string LevelName(int level, bool singleLevel) => singleLevel ? "Chuẩn" : $"Mức độ {level}";

    public const string NoSurvey = "Chưa nhập số liệu";

    /// <summary>
    /// Reads a count typed in the form or a cell: digits, optionally a minus sign and vi-VN thousands dots
    /// ("1.250"). Negative numbers parse, so the domain's own "không được âm" message names them.
    /// </summary>
    public static bool TryParseCount(string? text, out int value)
    {
        value = 0;
        var trimmed = (text ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal);
        if (!WholeNumber().IsMatch(trimmed))
        {
            return false;
        }

        return int.TryParse(trimmed.Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    public static string NotWholeNumber(SurveyCount count) => $"{Label(count)} phải là số nguyên, không âm.";

    public static string Missing(SurveyCount count) => $"Vui lòng nhập {Label(count).ToLower(VietnameseText.Culture)}.";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpper(text[0], VietnameseText.Culture) + text[1..];

    [GeneratedRegex(@"^-?(\d+|\d{1,3}(\.\d{3})+)$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumber();
}
