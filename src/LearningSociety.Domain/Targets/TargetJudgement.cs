namespace LearningSociety.Domain.Targets;

/// <summary>The verdict on a target, as printed in reports.</summary>
public enum TargetJudgement
{
    Achieved,
    Exceeded,
    NotAchieved,
}

public static class TargetJudgementLabels
{
    public static string Label(this TargetJudgement judgement) => judgement switch
    {
        TargetJudgement.Achieved => "Đạt",
        TargetJudgement.Exceeded => "Vượt",
        TargetJudgement.NotAchieved => "Chưa đạt",
        _ => throw new ArgumentOutOfRangeException(nameof(judgement), judgement, null),
    };
}
