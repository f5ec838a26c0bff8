using LearningSociety.Domain.Universalization;
using static LearningSociety.Domain.Tests.Universalization.TestSurveys;

namespace LearningSociety.Domain.Tests.Universalization;

public class DistrictUniversalizationShares
{
    private const int Year = 2024;

    [Theory]
    [InlineData(9, 1, true)]
    [InlineData(8, 2, false)]
    public void PreschoolNeedsNinetyPercentOfCommunes(int meeting, int failing, bool expected)
    {
        var communes = Communes(meeting, AllStandardsMet())
            .Concat(Communes(failing, AllStandardsMet() with { Age5Attending = 50 }))
            .ToList();

        var preschool = Standard(communes, UniversalizationStandard.Preschool5);

        Assert.Equal(expected, preschool.Levels.Single().IsMet);
        Assert.Equal(expected ? 1 : 0, preschool.Level);
    }

    [Fact]
    public void ReasonGivesTheShareAndTheCounts()
    {
        var communes = Communes(8, AllStandardsMet()).Concat(Communes(2, AllStandardsMet() with { Age5Attending = 50 })).ToList();

        var level = Standard(communes, UniversalizationStandard.Preschool5).Levels.Single();

        Assert.Equal(0.8m, level.ShareOfCommunes);
        Assert.Equal("Chưa đạt chuẩn: tỷ lệ xã đạt chuẩn là 80,0% (8/10) < 90%", level.Reason);
    }

    [Fact]
    public void LowerSecondaryLevelThreeNeedsEveryCommuneWhileLevelTwoNeedsNinetyFivePercent()
    {
        var communes = Communes(19, AllStandardsMet())
            .Concat(Communes(1, AllStandardsMet() with { Youth15To18StudyingUpperSecondary = 79 }))
            .ToList();

        var lowerSecondary = Standard(communes, UniversalizationStandard.LowerSecondary);

        Assert.Equal(2, lowerSecondary.Level);
        Assert.Equal("Chưa đạt mức độ 3: tỷ lệ xã đạt mức độ 3 là 95,0% (19/20) < 100%", lowerSecondary.Levels[2].Reason);
    }

    [Fact]
    public void ACommuneAtAHigherLevelCountsForEveryLevelBelow()
    {
        var communes = Communes(10, AllStandardsMet());

        var primary = Standard(communes, UniversalizationStandard.Primary);

        Assert.All(primary.Levels, l => Assert.Equal(10, l.CommunesMeeting));
        Assert.Equal(3, primary.Level);
    }

    [Fact]
    public void ADistrictWithoutEvaluatedCommunesMeetsNothing()
    {
        var result = DistrictUniversalization.Evaluate([], UniversalizationRuleSet.Decree20Of2014(), Year);

        Assert.All(result, s => Assert.Equal(0, s.Level));
        Assert.All(result.SelectMany(s => s.Levels), l => Assert.Null(l.ShareOfCommunes));
    }

    [Fact]
    public void EvaluationsOfAnotherYearAreRefused()
    {
        var communes = Communes(1, AllStandardsMet(year: 2023));

        Assert.Throws<ArgumentException>(() =>
            DistrictUniversalization.Evaluate(communes, UniversalizationRuleSet.Decree20Of2014(), Year));
    }

    private static List<UniversalizationEvaluation> Communes(int count, UniversalizationSurvey survey) =>
        [.. Enumerable.Range(0, count).Select(_ => Evaluate(survey))];

    private static DistrictStandardResult Standard(IReadOnlyCollection<UniversalizationEvaluation> communes, UniversalizationStandard standard) =>
        DistrictUniversalization.Evaluate(communes, UniversalizationRuleSet.Decree20Of2014(), Year).Single(s => s.Standard == standard);
}
