using LearningSociety.Domain.Targets;

namespace LearningSociety.Domain.Tests.Targets;

public class TargetRollUps
{
    [Fact]
    public void DistrictRateAddsNumeratorsAndDenominators()
    {
        var rollUp = TargetRollUp.Rates([Achievement.Rate(30, 100), Achievement.Rate(450, 900)]);

        Assert.Equal(480m, rollUp.Numerator);
        Assert.Equal(1000m, rollUp.Denominator);
        Assert.Equal(0.48m, rollUp.Rate);
    }

    [Fact]
    public void SummingCountsGivesADifferentVerdictFromAveragingPercentages()
    {
        // A small commune far below the target and a large one well above it.
        Achievement[] communes = [Achievement.Rate(1, 10), Achievement.Rate(450, 500)];
        var averageOfRates = communes.Average(c => c.Value / c.Denominator!.Value);

        var rollUp = TargetRollUp.Rates(communes);
        var result = TargetEvaluation.Judge(TargetKind.Percentage, 0.8m, rollUp.ToAchievement());

        Assert.Equal(0.5m, averageOfRates);
        Assert.Equal(451m / 510m, rollUp.Rate);
        Assert.Equal(TargetJudgement.Exceeded, result.Judgement);
    }

    [Fact]
    public void RateWithoutADenominatorCannotBeRolledUp()
    {
        Assert.Throws<ArgumentException>(() => TargetRollUp.Rates([Achievement.Count(5)]));
    }

    [Fact]
    public void DistrictWithNoPopulationHasNoRate()
    {
        Assert.Null(TargetRollUp.Rates([Achievement.Rate(0, 0)]).Rate);
    }

    [Fact]
    public void LevelRollUpCountsCommunesAtOrAboveTheLevel()
    {
        var rollUp = TargetRollUp.Levels([3, 3, 2, 1, 0], level: 2);

        Assert.Equal(3, rollUp.CommunesReaching);
        Assert.Equal(5, rollUp.Communes);
        Assert.Equal(0.6m, rollUp.Share);
    }

    [Fact]
    public void LevelShareIsJudgedAsAPercentageTarget()
    {
        var rollUp = TargetRollUp.Levels([3, 3, 3, 3, 3, 3, 3, 3, 3, 2], level: 3);

        var result = TargetEvaluation.Judge(TargetKind.Percentage, 0.9m, rollUp.ToAchievement());

        Assert.Equal(TargetJudgement.Achieved, result.Judgement);
    }

    [Fact]
    public void CountsAreAdded()
    {
        Assert.Equal(7500m, TargetRollUp.Counts([2500m, 5000m]));
    }

    [Fact]
    public void ADistrictAddsUpItsCommunesRatesAndCounts()
    {
        Assert.Equal(Achievement.Rate(480, 1000), TargetRollUp.Of(TargetKind.Percentage, [Achievement.Rate(30, 100), Achievement.Rate(450, 900)]));
        Assert.Equal(Achievement.Count(7500), TargetRollUp.Of(TargetKind.Count, [Achievement.Count(2500), Achievement.Count(5000)]));
    }

    [Theory]
    [InlineData(TargetKind.YesNo)]
    [InlineData(TargetKind.Level)]
    public void ADistrictsYesNoOrLevelIsItsOwnNotASumOfItsCommunes(TargetKind kind)
    {
        Assert.False(TargetRollUp.AddsUp(kind));
        Assert.Null(TargetRollUp.Of(kind, [Achievement.Done(true), Achievement.Done(true)]));
    }

    [Fact]
    public void NothingRollsUpWhenNoCommuneHasAResult()
        => Assert.Null(TargetRollUp.Of(TargetKind.Percentage, []));

    [Fact]
    public void AchievedAndExceededAreMetNotAchievedIsNot()
    {
        Assert.True(TargetEvaluation.Judge(TargetKind.Percentage, 0.4m, Achievement.Rate(40, 100)).IsMet);
        Assert.True(TargetEvaluation.Judge(TargetKind.Count, 10, Achievement.Count(12)).IsMet);
        Assert.False(TargetEvaluation.Judge(TargetKind.Count, 10, Achievement.Count(9)).IsMet);
    }
}
