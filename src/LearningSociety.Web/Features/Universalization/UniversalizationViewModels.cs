using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Domain;

namespace LearningSociety.Web.Features.Universalization;

/// <summary>One commune row of the overview: its level per standard (null when no survey was entered).</summary>
public sealed record CommuneLevelsRow(int UnitId, string Name, string? Parent, bool IsDisadvantaged,
    IReadOnlyDictionary<UniversalizationStandard, string> Levels, bool HasSurvey);

/// <summary>A district's standards for the year, with the district's name.</summary>
public sealed record DistrictStandardsView(int UnitId, string Name, DistrictUniversalizationResult Result);

public sealed record UniversalizationIndexViewModel(
    int Year,
    IReadOnlyList<int> Years,
    IReadOnlyList<DistrictStandardsView> Districts,
    IReadOnlyList<CommuneLevelsRow> Communes,
    bool CanImport,
    bool IsAdministrator);

/// <summary>One condition of a level as measured: tử số / mẫu số, rate, required rate, Đạt / Chưa đạt.</summary>
public sealed record ConditionView(string Code, string NumeratorLabel, string DenominatorLabel, int Numerator, int Denominator,
    string Rate, string Required, bool IsMet);

public sealed record LevelView(int Level, string Name, bool IsReached, IReadOnlyList<ConditionView> Conditions,
    IReadOnlyList<(string Text, bool IsMet)> Prerequisites);

/// <summary>A standard on the commune page: the level this year and last year, each level's conditions, the reasons.</summary>
public sealed record StandardView(UniversalizationStandard Standard, string Title, string LevelText, int Level,
    IReadOnlyList<LevelView> Levels, IReadOnlyList<string> Reasons, string LastYearLevelText)
{
    public static StandardView From(StandardResult result, StandardResult? lastYear)
    {
        var single = result.Levels.Count == 1;
        return new StandardView(result.Standard, TargetText.StandardName(result.Standard), SurveyLayout.LevelText(result), result.Level,
            [
                .. result.Levels.Select(l => new LevelView(l.Level, VietnameseFormat.LevelName(l.Level, single), l.IsReached,
                    [
                        .. l.Conditions.Select(c => new ConditionView(c.ConditionCode, SurveyLayout.Label(c.Numerator), SurveyLayout.Label(c.Denominator),
                            c.NumeratorCount, c.DenominatorCount, TargetText.TruncatedRate(c.ActualRate), VietnameseFormat.Threshold(c.RequiredRate), c.IsMet)),
                    ],
                    [
                        .. l.Prerequisites.Select(p => (
                            p.RequiredStandard == result.Standard
                                ? $"Đạt {VietnameseFormat.LevelName(p.RequiredLevel, single).ToLowerInvariant()}"
                                : $"Đạt {p.RequiredStandard.Label()} mức độ {p.RequiredLevel}",
                            p.IsMet)),
                    ])),
            ],
            result.Reasons,
            SurveyLayout.LevelText(lastYear));
    }
}

public sealed record CommunePageViewModel(
    int UnitId,
    string Name,
    int Year,
    IReadOnlyList<int> Years,
    bool IsDisadvantaged,
    bool CanEdit,
    Guid? ConcurrencyStamp,
    IReadOnlyDictionary<string, string?> Counts,
    string? UpdatedBy,
    DateTimeOffset? UpdatedAt,
    IReadOnlyDictionary<UniversalizationStandard, (string ThisYear, string LastYear)> Levels,
    IReadOnlyList<StandardView> Standards);

/// <summary>The import page: the year and, after an upload, its outcome.</summary>
public sealed record SurveyImportPageViewModel(int Year, IReadOnlyList<int> Years, int Communes, SurveyImportOutcome? Outcome);

/// <summary>A rule row for the administrators' table.</summary>
public sealed record ConditionRuleRow(UniversalizationRule Rule, bool InForce);

public sealed record DistrictRuleRow(DistrictUniversalizationRule Rule, bool InForce);

public sealed record UniversalizationRulesViewModel(
    int Year,
    IReadOnlyList<int> Years,
    UniversalizationRuleSet InForce,
    IReadOnlyList<ConditionRuleRow> ConditionHistory,
    IReadOnlyList<DistrictRuleRow> DistrictHistory,
    IReadOnlyList<string> ConditionCodes,
    IReadOnlyList<(string Key, string Label)> DistrictLevels,
    ConditionCorrectionInput Condition,
    DistrictShareCorrectionInput Share)
{
    /// <summary>"Mức độ 2" or "Chuẩn" for the standard's levels as the rows in force define them.</summary>
    public string LevelName(UniversalizationStandard standard, int level) => VietnameseFormat.LevelName(level, InForce.LevelsOf(standard).Count == 1);
}
