using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Features.Plans;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using LearningSociety.Domain;

namespace LearningSociety.Web.Features.Targets;

/// <summary>A commune or district the user may open, for the unit picker.</summary>
/// <param name="Depth">Below the first units of its list (<see cref="Shared.UnitTree"/>): the option's indentation.</param>
public sealed record UnitOption(int Id, string Name, string LevelCode, int Depth = 0);

/// <summary>One target on the results page; Input is the row of the form when the target is entered and editable.</summary>
public sealed record ResultLine(TargetRow Row, int? InputIndex, AchievementInput? Input)
{
    public TargetIndicator Indicator => Row.Indicator;
}

public sealed record ResultsPage(
    UnitRef Unit,
    int Year,
    Plan? Plan,
    IReadOnlyList<ResultLine> Lines,
    bool CanEdit,
    IReadOnlyList<UnitOption> Units,
    IReadOnlyList<int> StaleIndicators)
{
    public int Met => Lines.Count(l => l.Row.Result?.IsMet == true);

    public bool HasLevelRows => Lines.Any(l => l.Indicator.Computation == TargetComputation.UniversalizationLevel);

    public bool HasInputs => Lines.Any(l => l.Input is not null);
}

/// <summary>An indicator targeted in the district (by its plan or a commune's) with the district's own outcome.</summary>
public sealed record DistrictIndicatorLine(
    TargetIndicator Indicator,
    PlanTarget? DistrictTarget,
    IndicatorOutcome Outcome,
    TargetResult? Result,
    int CommunesTargeting,
    int CommunesMeeting);

/// <summary>A commune of the district: its plan, how many targets it met and its PCGD-XMC levels.</summary>
public sealed record DistrictCommuneLine(
    UnitRef Unit,
    Plan? Plan,
    int TargetsMet,
    int Targets,
    int? Recognised,
    int? Adults,
    decimal? CdhtShare,
    UniversalizationEvaluation? Evaluation);

public sealed record DistrictPage(
    UnitRef District,
    int Year,
    Plan? Plan,
    IReadOnlyList<DistrictIndicatorLine> Indicators,
    IReadOnlyList<DistrictCommuneLine> Communes,
    IReadOnlyList<DistrictStandardResult> Standards,
    IReadOnlyList<UnitOption> Districts);

/// <summary>One indicator of the catalogue as listed, with its owner's name.</summary>
public sealed record CatalogueLine(TargetIndicator Indicator, string Owner, bool CanToggle);

public sealed record CataloguePage(
    IReadOnlyList<CatalogueLine> Lines,
    bool CanManage,
    LocalIndicatorInput Input,
    IReadOnlyList<UnitOption> Units);

/// <summary>How targets, achievements and judgements read on the pages ("50%", "Mức độ 3", "Đạt chuẩn", "Có", "1.234").</summary>
public static class TargetDisplay
{
    public static readonly IReadOnlyList<UniversalizationStandard> Standards =
        [UniversalizationStandard.Preschool5, UniversalizationStandard.Primary, UniversalizationStandard.LowerSecondary, UniversalizationStandard.Literacy];

    /// <summary>A value for a form field: "3.550", "12,5"; binds back the same way under vi-VN.</summary>
    public static string Field(decimal? value) => value is { } v ? VietnameseFormat.Number(v) : string.Empty;

    /// <summary>The badge of a judgement: Đạt green, Vượt blue, Chưa đạt red, no data grey.</summary>
    public static (string Label, string Css) Badge(TargetResult? result) => result?.Judgement switch
    {
        TargetJudgement.Achieved => ("Đạt", "text-bg-success"),
        TargetJudgement.Exceeded => ("Vượt", "text-bg-primary"),
        TargetJudgement.NotAchieved => ("Chưa đạt", "text-bg-danger"),
        _ => ("Chưa có số liệu", "text-bg-secondary"),
    };

    public static string PlanStatus(Plan? plan) => plan switch
    {
        null => "Chưa có kế hoạch",
        { Status: Domain.Plans.PlanStatus.Issued } p => $"{p.Status.Label()} – Số {p.Number}",
        { } p => p.Status.Label(),
    };

}
