using LearningSociety.Domain.Universalization;

namespace LearningSociety.Domain.Targets;

/// <summary>
/// What was achieved against a target. For a percentage, Value is the numerator and Denominator the
/// whole, because rates are judged (and rolled up) from counts, never from a typed-in percentage.
/// </summary>
public readonly record struct Achievement(decimal Value, decimal? Denominator)
{
    public static Achievement Rate(decimal numerator, decimal denominator) => new(numerator, denominator);

    public static Achievement Level(int level) => new(level, null);

    public static Achievement Count(decimal count) => new(count, null);

    public static Achievement Done(bool done) => new(done ? 1 : 0, null);
}

/// <summary>
/// The verdict on one target. Judgement is null when it cannot be judged (a rate over 0); then
/// AchievedValue and CompletionRatio are null too and Explanation says why.
/// </summary>
/// <param name="AchievedValue">The rate as a fraction, the level, the count, or 1/0 for yes/no.</param>
/// <param name="CompletionRatio">AchievedValue / TargetValue for rates and counts; null when the target is 0 and for levels
/// and yes/no targets, which are met or not (mức 2 of a mức 3 target is not "66,7 % complete").</param>
public sealed record TargetResult(
    TargetKind Kind,
    decimal TargetValue,
    TargetJudgement? Judgement,
    decimal? AchievedValue,
    decimal? CompletionRatio,
    string Explanation)
{
    public bool IsJudged => Judgement is not null;

    /// <summary>Đạt or Vượt: what "số chỉ tiêu đạt" and "số xã đạt" count.</summary>
    public bool IsMet => Judgement is TargetJudgement.Achieved or TargetJudgement.Exceeded;
}

public static class TargetEvaluation
{
    /// <summary>
    /// Judges a target: Vượt strictly above, Đạt equal, Chưa đạt below. Percentages are compared after
    /// rounding both to 0.1 percentage point, the precision reports print, so 39,96% of a 40% target
    /// reads "40,0%" and is Đạt. A level or yes/no target is Đạt or Chưa đạt, never Vượt: a commune reaching mức độ 3
    /// where the plan set mức độ 2 has met the target (the plan of seed 000 sets levels, not amounts to exceed).
    /// </summary>
    public static TargetResult Judge(TargetKind kind, decimal targetValue, Achievement achieved)
    {
        if (targetValue < 0 || achieved.Value < 0 || achieved.Denominator < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(targetValue), "Targets and achievements cannot be negative.");
        }

        return kind switch
        {
            TargetKind.Percentage => JudgePercentage(targetValue, achieved),
            TargetKind.Level => JudgeLevel(targetValue, achieved),
            TargetKind.Count => JudgeCount(targetValue, achieved),
            TargetKind.YesNo => JudgeYesNo(targetValue, achieved),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static TargetResult JudgePercentage(decimal target, Achievement achieved)
    {
        if (target > 1)
        {
            // Guards against 40 passed for 40%: every rate in the domain is a fraction.
            throw new ArgumentOutOfRangeException(nameof(target), target, "Percentage targets are fractions (0.4 = 40%).");
        }

        if (achieved.Denominator is not { } denominator)
        {
            throw new ArgumentException("A percentage achievement needs a denominator.", nameof(achieved));
        }

        if (denominator == 0)
        {
            return new TargetResult(TargetKind.Percentage, target, null, null, null,
                "Chưa đánh giá được: mẫu số bằng 0 nên không tính được tỷ lệ.");
        }

        var rate = achieved.Value / denominator;
        var judgement = Compare(
            VietnameseFormat.RoundToTenthOfPercent(rate),
            VietnameseFormat.RoundToTenthOfPercent(target));
        var explanation =
            $"Thực hiện {VietnameseFormat.RoundedPercent(rate)} " +
            $"({VietnameseFormat.Number(achieved.Value)}/{VietnameseFormat.Number(denominator)}) " +
            $"so với chỉ tiêu {VietnameseFormat.Threshold(target)}: {judgement.Label()}.";
        return Result(TargetKind.Percentage, target, rate, judgement, explanation);
    }

    private static TargetResult JudgeLevel(decimal target, Achievement achieved)
    {
        if (decimal.Truncate(target) != target || decimal.Truncate(achieved.Value) != achieved.Value)
        {
            throw new ArgumentException("Levels are whole numbers.", nameof(achieved));
        }

        var judgement = achieved.Value >= target ? TargetJudgement.Achieved : TargetJudgement.NotAchieved;
        var explanation = $"Thực hiện mức độ {achieved.Value:0} so với chỉ tiêu mức độ {target:0}: {judgement.Label()}.";
        return Result(TargetKind.Level, target, achieved.Value, judgement, explanation);
    }

    private static TargetResult JudgeCount(decimal target, Achievement achieved)
    {
        var judgement = Compare(achieved.Value, target);
        var explanation =
            $"Thực hiện {VietnameseFormat.Number(achieved.Value)} so với chỉ tiêu " +
            $"{VietnameseFormat.Number(target)}: {judgement.Label()}.";
        return Result(TargetKind.Count, target, achieved.Value, judgement, explanation);
    }

    private static TargetResult JudgeYesNo(decimal target, Achievement achieved)
    {
        if (target != 1 || achieved.Value is not (0 or 1))
        {
            throw new ArgumentException("A yes/no target is 1 and its achievement 0 or 1.", nameof(achieved));
        }

        var judgement = achieved.Value == 1 ? TargetJudgement.Achieved : TargetJudgement.NotAchieved;
        var explanation = $"{(achieved.Value == 1 ? "Đã thực hiện" : "Chưa thực hiện")}: {judgement.Label()}.";
        return Result(TargetKind.YesNo, target, achieved.Value, judgement, explanation);
    }

    private static TargetJudgement Compare(decimal achieved, decimal target) =>
        achieved > target ? TargetJudgement.Exceeded
        : achieved == target ? TargetJudgement.Achieved
        : TargetJudgement.NotAchieved;

    private static TargetResult Result(TargetKind kind, decimal target, decimal achieved, TargetJudgement judgement, string explanation) =>
        new(kind, target, judgement, achieved, target == 0 || kind is TargetKind.Level or TargetKind.YesNo ? null : achieved / target, explanation);
}
