using LearningSociety.Domain;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Universalization;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// How targets, achievements, rates and PCGD-XMC levels read everywhere — plan pages, results, surveys and the
/// Excel/PDF reports: "50%", "45,2% (3.550/7.850)", "Mức độ 3", "Đạt chuẩn", "1.234", "Có".
/// </summary>
public static class TargetText
{
    /// <summary>Printed where there is no value (no target, a rate over 0).</summary>
    public const string None = "—";

    /// <summary>
    /// An achieved rate (fraction) rounded to 0.1 percentage point: "45,2%". Targets are judged at that precision
    /// (<see cref="TargetEvaluation"/>), so a printed rate never contradicts its judgement.
    /// </summary>
    public static string Rate(decimal? fraction)
        => fraction is { } f ? VietnameseFormat.RoundedPercent(f) : None;

    /// <summary>
    /// A PCGD-XMC rate cut (not rounded) to 0.1 point, as the domain's reasons print it: 97,96% reads "97,9%" beside
    /// "Chưa đạt … &lt; 98%", never "98,0%". Levels are decided on the exact counts.
    /// </summary>
    public static string TruncatedRate(decimal? fraction)
        => fraction is { } f ? VietnameseFormat.TruncatedPercent(f) : None;

    /// <summary>A level: "Mức độ 2"; "Đạt chuẩn" for a standard with one level (MN 5 tuổi); "Chưa đạt" for 0.</summary>
    public static string Level(int level, int maxLevel)
        => level <= 0 ? "Chưa đạt" : maxLevel <= 1 ? "Đạt chuẩn" : VietnameseFormat.LevelName(level, singleLevel: false);

    /// <summary>A target value: "50%", "Mức độ 3", "Đạt chuẩn", "1.234", "Có".</summary>
    public static string Target(TargetIndicator indicator, decimal value) => indicator.Kind switch
    {
        TargetKind.Percentage => VietnameseFormat.Threshold(value),
        TargetKind.Level => Level((int)value, indicator.MaxLevel ?? 3),
        TargetKind.YesNo => value >= 1 ? "Có" : "Không",
        _ => VietnameseFormat.Number(value),
    };

    /// <summary>An achievement: "45,2% (3.550/7.850)", "Mức độ 2", "1.234", "Có" / "Không"; "—" when unknown.</summary>
    public static string Achieved(TargetIndicator indicator, Achievement? achieved) => achieved switch
    {
        null => None,
        { } a when indicator.Kind == TargetKind.Percentage && a.Denominator is { } d =>
            $"{Rate(d == 0 ? null : a.Value / d)} ({VietnameseFormat.Number(a.Value)}/{VietnameseFormat.Number(d)})",
        { } a when indicator.Kind == TargetKind.Level => Level((int)a.Value, indicator.MaxLevel ?? 3),
        { } a when indicator.Kind == TargetKind.YesNo => a.Value >= 1 ? "Có" : "Không",
        { } a => VietnameseFormat.Number(a.Value),
    };

    /// <summary>"Đạt" / "Vượt" / "Chưa đạt"; "Chưa có số liệu" without an achievement; "Chưa đánh giá được" for a rate over 0.</summary>
    public static string Judgement(Achievement? achieved, TargetResult? result)
        => achieved is null ? "Chưa có số liệu"
            : result?.Judgement is { } judgement ? judgement.Label()
            : "Chưa đánh giá được";

    /// <summary>What kind of value an indicator takes: "Tỷ lệ %", "Mức độ", "Số lượng", "Có/không".</summary>
    public static string Kind(TargetKind kind) => kind switch
    {
        TargetKind.Percentage => "Tỷ lệ %",
        TargetKind.Level => "Mức độ",
        TargetKind.Count => "Số lượng",
        TargetKind.YesNo => "Có/không",
        _ => kind.ToString(),
    };

    /// <summary>Where an outcome comes from.</summary>
    public static string Computation(TargetComputation computation) => computation switch
    {
        TargetComputation.Entered => "Đơn vị nhập",
        TargetComputation.CdhtRecognisedShare or TargetComputation.CdhtDigitalSkillsShare => "Tự động từ dữ liệu chấm điểm CDHT",
        TargetComputation.CdhtRegistered => "Tự động từ phiếu đăng ký CDHT",
        TargetComputation.UniversalizationLevel => "Tự động từ điều tra phổ cập",
        _ => computation.ToString(),
    };

    /// <summary>"Phổ cập giáo dục tiểu học".</summary>
    public static string StandardName(UniversalizationStandard standard)
    {
        var name = standard.Label();
        return char.ToUpper(name[0], VietnameseText.Culture) + name[1..];
    }

    /// <summary>Column headers for the four standards: "PCGD MN 5 tuổi", "PCGD TH", "PCGD THCS", "XMC".</summary>
    public static string StandardShortName(UniversalizationStandard standard) => standard switch
    {
        UniversalizationStandard.Preschool5 => "PCGD MN 5 tuổi",
        UniversalizationStandard.Primary => "PCGD TH",
        UniversalizationStandard.LowerSecondary => "PCGD THCS",
        UniversalizationStandard.Literacy => "XMC",
        _ => standard.ToString(),
    };
}
