namespace LearningSociety.Domain.Universalization;

/// <summary>One condition measured on a survey. ActualRate is null when the denominator is 0.</summary>
public sealed record ConditionResult(
    string ConditionCode,
    SurveyCount Numerator,
    SurveyCount Denominator,
    int NumeratorCount,
    int DenominatorCount,
    decimal? ActualRate,
    decimal RequiredRate,
    bool IsMet);

public sealed record PrerequisiteResult(UniversalizationStandard RequiredStandard, int RequiredLevel, bool IsMet);

/// <summary>One level of a standard; Reasons (Vietnamese) say why it is not reached, empty when it is.</summary>
public sealed record LevelResult(
    int Level,
    bool IsReached,
    IReadOnlyList<ConditionResult> Conditions,
    IReadOnlyList<PrerequisiteResult> Prerequisites,
    IReadOnlyList<string> Reasons);

/// <summary>A standard for one commune: Level is the highest level reached, 0 for none.</summary>
public sealed record StandardResult(UniversalizationStandard Standard, int Level, IReadOnlyList<LevelResult> Levels)
{
    /// <summary>Why each level above the one reached was missed.</summary>
    public IReadOnlyList<string> Reasons => [.. Levels.Where(l => l.Level > Level).SelectMany(l => l.Reasons)];
}

/// <summary>The PCGD-XMC result of one commune for one survey year.</summary>
public sealed record UniversalizationEvaluation(int SurveyYear, bool IsDisadvantaged, IReadOnlyList<StandardResult> Standards)
{
    public StandardResult this[UniversalizationStandard standard] => Standards.Single(s => s.Standard == standard);

    public int LevelOf(UniversalizationStandard standard) =>
        Standards.FirstOrDefault(s => s.Standard == standard)?.Level ?? 0;
}
