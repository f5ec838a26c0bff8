using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Features.Plans;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Targets;

/// <summary>A commune or district the user may open, for the unit picker.</summary>
public sealed record UnitOption(int Id, string Name, string LevelCode);

/// <summary>One target on the results page; Input is the row of the form when the target is entered and editable.</summary>
public sealed record ResultLine(TargetRow Row, int? InputIndex, AchievementInput? Input)
{
    public TargetIndicator Indicator => Row.Indicator;
}

public sealed record ResultsPage(
    PlanUnit Unit,
    int Year,
    Plan? Plan,
    IReadOnlyList<ResultLine> Lines,
    bool CanEdit,
    IReadOnlyList<UnitOption> Units,
    IReadOnlyList<int> StaleIndicators)
{
    public int Met => Lines.Count(l => l.Row.Result?.Judgement is TargetJudgement.Achieved or TargetJudgement.Exceeded);

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
    PlanUnit Unit,
    Plan? Plan,
    int TargetsMet,
    int Targets,
    int? Recognised,
    int? Adults,
    decimal? CdhtShare,
    UniversalizationEvaluation? Evaluation);

public sealed record DistrictPage(
    PlanUnit District,
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

    public static string Target(TargetIndicator indicator, decimal value) => indicator.Kind switch
    {
        TargetKind.Percentage => (value * 100).ToString("#,##0.##", VietnameseText.Culture) + "%",
        TargetKind.Level => Level((int)value, indicator.MaxLevel ?? 3),
        TargetKind.YesNo => "Có",
        _ => Number(value),
    };

    public static string Achieved(TargetIndicator indicator, Achievement? achieved) => achieved switch
    {
        null => "–",
        { } a when indicator.Kind == TargetKind.Percentage && a.Denominator is { } d =>
            $"{(d == 0 ? "–" : VietnameseText.Percent(a.Value / d))} ({Number(a.Value)}/{Number(d)})",
        { } a when indicator.Kind == TargetKind.Level => Level((int)a.Value, indicator.MaxLevel ?? 3),
        { } a when indicator.Kind == TargetKind.YesNo => a.Value == 1 ? "Có" : "Không",
        { } a => Number(a.Value),
    };

    /// <summary>A level as plans write it; a one-level standard (MN 5 tuổi) is simply "Đạt chuẩn".</summary>
    public static string Level(int level, int maxLevel)
        => level <= 0 ? "Chưa đạt chuẩn" : maxLevel == 1 ? "Đạt chuẩn" : $"Mức độ {level}";

    public static string Number(decimal value) => value.ToString("#,##0.##", VietnameseText.Culture);

    /// <summary>A value for a form field: "3.550", "12,5"; binds back the same way under vi-VN.</summary>
    public static string Field(decimal? value) => value is { } v ? Number(v) : string.Empty;

    public static string Kind(TargetKind kind) => kind switch
    {
        TargetKind.Percentage => "Tỷ lệ %",
        TargetKind.Level => "Mức độ",
        TargetKind.Count => "Số lượng",
        TargetKind.YesNo => "Có/không",
        _ => kind.ToString(),
    };

    public static string Computation(TargetComputation computation) => computation switch
    {
        TargetComputation.Entered => "Đơn vị nhập",
        TargetComputation.CdhtRecognisedShare or TargetComputation.CdhtDigitalSkillsShare => "Tự động từ dữ liệu chấm điểm CDHT",
        TargetComputation.CdhtRegistered => "Tự động từ phiếu đăng ký CDHT",
        TargetComputation.UniversalizationLevel => "Tự động từ điều tra phổ cập",
        _ => computation.ToString(),
    };

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
        { Status: Domain.Plans.PlanStatus.Issued } p => $"Đã ban hành – Số {p.Number}",
        _ => "Dự thảo",
    };

    public static string StandardName(UniversalizationStandard standard) => standard switch
    {
        UniversalizationStandard.Preschool5 => "PCGD MN 5 tuổi",
        UniversalizationStandard.Primary => "PCGD tiểu học",
        UniversalizationStandard.LowerSecondary => "PCGD THCS",
        UniversalizationStandard.Literacy => "Xóa mù chữ",
        _ => standard.ToString(),
    };
}
