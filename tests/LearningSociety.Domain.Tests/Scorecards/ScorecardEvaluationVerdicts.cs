using LearningSociety.Domain.Scorecards;
using static LearningSociety.Domain.Tests.Scorecards.TestScorecards;

namespace LearningSociety.Domain.Tests.Scorecards;

public class ScorecardEvaluationVerdicts
{
    [Fact]
    public void ExactlyEightyWithEveryIndicatorAtLeastFivePasses()
    {
        var result = ScorecardEvaluation.Evaluate(AllAt(8), Ordinary());

        Assert.True(result.Passed);
        Assert.Equal(80, result.Total);
        Assert.Equal("Đạt", result.Label);
    }

    [Fact]
    public void SeventyNineFailsBecauseTheTotalIsShort()
    {
        var result = ScorecardEvaluation.Evaluate(AllAt(8).With("TC3.2", 7), Ordinary());

        Assert.False(result.Passed);
        Assert.Equal(79, result.Total);
        Assert.Equal(["Tổng điểm 79 < 80"], result.Reasons);
        Assert.Equal("Không đạt", result.Label);
    }

    [Fact]
    public void AnIndicatorOfFourFailsEvenWhenTheTotalReachesEighty()
    {
        var result = ScorecardEvaluation.Evaluate(AllAt(9).With("TC2.2", 4), Ordinary());

        Assert.False(result.Passed);
        Assert.Equal(85, result.Total);
        Assert.Equal(["Chỉ số 2.2 được 4 điểm (< 5)"], result.Reasons);
    }

    [Fact]
    public void AShortTotalAndALowIndicatorAreBothGivenAsReasons()
    {
        var result = ScorecardEvaluation.Evaluate(AllAt(8).With("TC2.2", 4), Ordinary());

        Assert.False(result.Passed);
        Assert.Equal(["Tổng điểm 76 < 80", "Chỉ số 2.2 được 4 điểm (< 5)"], result.Reasons);
    }

    [Fact]
    public void EveryIndicatorBelowTheMinimumGetsItsOwnReasonInCodeOrder()
    {
        var result = ScorecardEvaluation.Evaluate(AllAt(10).With("TC1.3", 3).With("TC3.1", 1), Ordinary());

        Assert.Equal(["Chỉ số 1.3 được 3 điểm (< 5)", "Chỉ số 3.1 được 1 điểm (< 5)"], result.Reasons);
    }

    [Fact]
    public void APassingCardSaysWhyItPasses()
    {
        var result = ScorecardEvaluation.Evaluate(Of(9, 9, 9, 9, 9, 8, 8, 8, 8, 8), Ordinary());

        Assert.True(result.Passed);
        Assert.Equal(["Tổng điểm 85 ≥ 80", "Không có chỉ số nào dưới 5 điểm (thấp nhất 8)"], result.Reasons);
    }

    [Fact]
    public void AnIndicatorOfExactlyTheMinimumIsNotBelowIt()
    {
        var result = ScorecardEvaluation.Evaluate(AllAt(10).With("TC1.1", 5), Ordinary());

        Assert.True(result.Passed);
        Assert.Equal("Không có chỉ số nào dưới 5 điểm (thấp nhất 5)", result.Reasons[1]);
    }

    [Fact]
    public void SeventyTwoPassesUnderTheDisadvantagedRuleButNotTheOrdinaryOne()
    {
        var card = AllAt(7).With("TC1.1", 9);

        var disadvantaged = ScorecardEvaluation.Evaluate(card, Disadvantaged());
        var ordinary = ScorecardEvaluation.Evaluate(card, Ordinary());

        Assert.True(disadvantaged.Passed);
        Assert.Equal("Tổng điểm 72 ≥ 70", disadvantaged.Reasons[0]);
        Assert.False(ordinary.Passed);
        Assert.Equal(["Tổng điểm 72 < 80"], ordinary.Reasons);
    }

    [Fact]
    public void TheDisadvantagedRuleStillRefusesAnIndicatorBelowFive()
    {
        var result = ScorecardEvaluation.Evaluate(AllAt(9).With("TC1.4", 4), Disadvantaged());

        Assert.False(result.Passed);
        Assert.Equal(["Chỉ số 1.4 được 4 điểm (< 5)"], result.Reasons);
    }

    [Fact]
    public void TheResultKeepsTheThresholdAndMinimumItWasJudgedAgainst()
    {
        var result = ScorecardEvaluation.Evaluate(AllAt(8), Disadvantaged());

        Assert.Equal(70, result.Threshold);
        Assert.Equal(5, result.MinPerIndicator);
    }

    [Theory]
    [InlineData("TC2.2", "2.2")]
    [InlineData("TC1.1", "1.1")]
    [InlineData("2.2", "2.2")]
    public void CodesAreShownWithoutTheirPrefix(string code, string shown)
    {
        Assert.Equal(shown, ScorecardEvaluation.DisplayCode(code));
    }
}
