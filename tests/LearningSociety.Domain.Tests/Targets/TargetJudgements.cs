using LearningSociety.Domain.Targets;

namespace LearningSociety.Domain.Tests.Targets;

public class TargetJudgements
{
    [Theory]
    [InlineData(40, 100, TargetJudgement.Achieved)]
    [InlineData(41, 100, TargetJudgement.Exceeded)]
    [InlineData(39, 100, TargetJudgement.NotAchieved)]
    [InlineData(3996, 10000, TargetJudgement.Achieved)]
    [InlineData(4004, 10000, TargetJudgement.Achieved)]
    [InlineData(4005, 10000, TargetJudgement.Exceeded)]
    [InlineData(3995, 10000, TargetJudgement.Achieved)]
    [InlineData(3994, 10000, TargetJudgement.NotAchieved)]
    public void PercentageIsEqualWithinATenthOfAPercentagePoint(int numerator, int denominator, TargetJudgement expected)
    {
        var result = TargetEvaluation.Judge(TargetKind.Percentage, 0.4m, Achievement.Rate(numerator, denominator));

        Assert.Equal(expected, result.Judgement);
    }

    [Fact]
    public void PercentageResultCarriesTheRateTheCompletionAndAVietnameseExplanation()
    {
        var result = TargetEvaluation.Judge(TargetKind.Percentage, 0.4m, Achievement.Rate(1500, 5000));

        Assert.Equal(0.3m, result.AchievedValue);
        Assert.Equal(0.75m, result.CompletionRatio);
        Assert.Equal("Thực hiện 30,0% (1.500/5.000) so với chỉ tiêu 40%: Chưa đạt.", result.Explanation);
    }

    [Fact]
    public void PercentageOverAnEmptyDenominatorIsNotJudged()
    {
        var result = TargetEvaluation.Judge(TargetKind.Percentage, 0.4m, Achievement.Rate(0, 0));

        Assert.False(result.IsJudged);
        Assert.Null(result.AchievedValue);
        Assert.Equal("Chưa đánh giá được: mẫu số bằng 0 nên không tính được tỷ lệ.", result.Explanation);
    }

    [Fact]
    public void PercentageTargetTypedAsAWholeNumberIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            TargetEvaluation.Judge(TargetKind.Percentage, 40m, Achievement.Rate(40, 100)));
    }

    [Theory]
    [InlineData(3, TargetJudgement.Achieved)]
    [InlineData(2, TargetJudgement.NotAchieved)]
    [InlineData(4, TargetJudgement.Achieved)]
    public void LevelIsAchievedAtOrAboveTheTargetLevelAndNeverExceeded(int achieved, TargetJudgement expected)
    {
        var result = TargetEvaluation.Judge(TargetKind.Level, 3, Achievement.Level(achieved));

        Assert.Equal(expected, result.Judgement);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void ALevelTargetHasNoCompletionRatio(int achieved)
        => Assert.Null(TargetEvaluation.Judge(TargetKind.Level, 3, Achievement.Level(achieved)).CompletionRatio);

    [Fact]
    public void AYesNoTargetHasNoCompletionRatio()
        => Assert.Null(TargetEvaluation.Judge(TargetKind.YesNo, 1, Achievement.Done(true)).CompletionRatio);

    [Fact]
    public void LevelExplanationNamesBothLevels()
    {
        var result = TargetEvaluation.Judge(TargetKind.Level, 3, Achievement.Level(2));

        Assert.Equal("Thực hiện mức độ 2 so với chỉ tiêu mức độ 3: Chưa đạt.", result.Explanation);
    }

    [Theory]
    [InlineData(7000, TargetJudgement.Achieved)]
    [InlineData(6999, TargetJudgement.NotAchieved)]
    [InlineData(7001, TargetJudgement.Exceeded)]
    public void CountIsComparedExactly(int achieved, TargetJudgement expected)
    {
        var result = TargetEvaluation.Judge(TargetKind.Count, 7000, Achievement.Count(achieved));

        Assert.Equal(expected, result.Judgement);
    }

    [Fact]
    public void CountExplanationUsesVietnameseThousandsSeparators()
    {
        var result = TargetEvaluation.Judge(TargetKind.Count, 7000, Achievement.Count(7500));

        Assert.Equal("Thực hiện 7.500 so với chỉ tiêu 7.000: Vượt.", result.Explanation);
        Assert.Equal(7500m / 7000m, result.CompletionRatio);
    }

    [Theory]
    [InlineData(true, TargetJudgement.Achieved, "Đã thực hiện: Đạt.")]
    [InlineData(false, TargetJudgement.NotAchieved, "Chưa thực hiện: Chưa đạt.")]
    public void YesNoIsAchievedWhenDoneAndNeverExceeded(bool done, TargetJudgement expected, string explanation)
    {
        var result = TargetEvaluation.Judge(TargetKind.YesNo, 1, Achievement.Done(done));

        Assert.Equal(expected, result.Judgement);
        Assert.Equal(explanation, result.Explanation);
    }

    [Fact]
    public void ZeroTargetHasNoCompletionRatio()
    {
        var result = TargetEvaluation.Judge(TargetKind.Count, 0, Achievement.Count(3));

        Assert.Equal(TargetJudgement.Exceeded, result.Judgement);
        Assert.Null(result.CompletionRatio);
    }

    [Theory]
    [InlineData(TargetJudgement.Achieved, "Đạt")]
    [InlineData(TargetJudgement.Exceeded, "Vượt")]
    [InlineData(TargetJudgement.NotAchieved, "Chưa đạt")]
    public void JudgementsHaveTheirReportLabels(TargetJudgement judgement, string label)
    {
        Assert.Equal(label, judgement.Label());
    }
}
