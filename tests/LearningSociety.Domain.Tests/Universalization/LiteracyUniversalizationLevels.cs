using LearningSociety.Domain.Universalization;
using static LearningSociety.Domain.Tests.Universalization.TestSurveys;

namespace LearningSociety.Domain.Tests.Universalization;

public class LiteracyUniversalizationLevels
{
    [Theory]
    [InlineData(90, 90, 2)]
    [InlineData(90, 89, 1)]
    [InlineData(89, 89, 0)]
    [InlineData(89, 90, 2)]
    public void OrdinaryCommuneIsMeasuredOn15To35ForLevelOneAnd15To60ForLevelTwo(int literate1Aged15To35, int literate2Aged15To60, int expected)
    {
        var survey = AllStandardsMet() with
        {
            Age15To35LiterateLevel1 = literate1Aged15To35,
            Age15To60LiterateLevel2 = literate2Aged15To60,
        };

        Assert.Equal(expected, Evaluate(survey).LevelOf(UniversalizationStandard.Literacy));
    }

    [Theory]
    [InlineData(90, 90, 2)]
    [InlineData(90, 89, 1)]
    [InlineData(89, 89, 0)]
    public void DisadvantagedCommuneIsMeasuredOn15To25ForLevelOneAnd15To35ForLevelTwo(int literate1Aged15To25, int literate2Aged15To35, int expected)
    {
        // The ordinary bands are left empty so only the ĐBKK bands can carry the result.
        var survey = AllStandardsMet(isDisadvantaged: true) with
        {
            Age15To25LiterateLevel1 = literate1Aged15To25,
            Age15To35LiterateLevel2 = literate2Aged15To35,
            Age15To35LiterateLevel1 = 0,
            Age15To60LiterateLevel2 = 0,
        };

        Assert.Equal(expected, Evaluate(survey).LevelOf(UniversalizationStandard.Literacy));
    }

    [Fact]
    public void TheSameCountsFailAnOrdinaryCommuneWhoseBandsAreEmpty()
    {
        var survey = AllStandardsMet() with { Age15To35LiterateLevel1 = 0, Age15To60LiterateLevel2 = 0 };

        Assert.Equal(0, Evaluate(survey).LevelOf(UniversalizationStandard.Literacy));
    }

    [Fact]
    public void DisadvantagedConditionNamesTheBandItWasMeasuredOn()
    {
        var survey = AllStandardsMet(isDisadvantaged: true) with { Age15To25LiterateLevel1 = 85 };

        var result = Evaluate(survey)[UniversalizationStandard.Literacy];
        var condition = result.Levels.Single(l => l.Level == 1).Conditions.Single();

        Assert.Equal(SurveyCount.Age15To25LiterateLevel1, condition.Numerator);
        Assert.Equal(SurveyCount.Age15To25Population, condition.Denominator);
        Assert.Equal(
            "Chưa đạt mức độ 1: tỷ lệ người từ 15 đến 25 tuổi đạt chuẩn biết chữ mức độ 1 đạt 85,0% < 90%",
            Assert.Single(result.Levels.Single(l => l.Level == 1).Reasons));
    }
}
