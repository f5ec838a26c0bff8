using LearningSociety.Domain.Universalization;
using static LearningSociety.Domain.Tests.Universalization.TestSurveys;

namespace LearningSociety.Domain.Tests.Universalization;

public class LowerSecondaryUniversalizationLevels
{
    [Theory]
    [InlineData(95, 80, 3)]
    [InlineData(94, 80, 2)]
    [InlineData(95, 79, 2)]
    [InlineData(90, 0, 2)]
    [InlineData(89, 0, 1)]
    [InlineData(80, 0, 1)]
    [InlineData(79, 0, 0)]
    public void OrdinaryCommuneLevelFollowsGraduatesAndYouthsStillStudying(int graduates, int studying, int expected)
    {
        var survey = AllStandardsMet() with
        {
            Youth15To18LowerSecondaryGraduates = graduates,
            Youth15To18StudyingUpperSecondary = studying,
        };

        Assert.Equal(expected, Evaluate(survey).LevelOf(UniversalizationStandard.LowerSecondary));
    }

    [Theory]
    [InlineData(90, 70, 3)]
    [InlineData(89, 70, 2)]
    [InlineData(90, 69, 2)]
    [InlineData(80, 0, 2)]
    [InlineData(79, 0, 1)]
    [InlineData(70, 0, 1)]
    [InlineData(69, 0, 0)]
    public void DisadvantagedCommuneNeedsTenPointsLessAtEveryLevel(int graduates, int studying, int expected)
    {
        var survey = AllStandardsMet(isDisadvantaged: true) with
        {
            Youth15To18LowerSecondaryGraduates = graduates,
            Youth15To18StudyingUpperSecondary = studying,
        };

        Assert.Equal(expected, Evaluate(survey).LevelOf(UniversalizationStandard.LowerSecondary));
    }

    [Fact]
    public void IsNotReachedWithoutPrimaryLevelOne()
    {
        var survey = AllStandardsMet() with { Age6EnteringGrade1 = 89 };

        var result = Evaluate(survey)[UniversalizationStandard.LowerSecondary];

        Assert.Equal(0, result.Level);
        Assert.Contains("Chưa đạt mức độ 1: chưa đạt chuẩn phổ cập giáo dục tiểu học mức độ 1", result.Reasons);
    }

    [Fact]
    public void IsNotReachedWithoutLiteracyAndEachHigherLevelSaysTheLevelBelowIsMissing()
    {
        var survey = AllStandardsMet() with { Age15To35LiterateLevel1 = 89, Age15To60LiterateLevel2 = 89 };

        var result = Evaluate(survey)[UniversalizationStandard.LowerSecondary];

        Assert.Equal(0, result.Level);
        Assert.Equal(
        [
            "Chưa đạt mức độ 1: chưa đạt chuẩn xóa mù chữ mức độ 1",
            "Chưa đạt mức độ 2: chưa đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 1",
            "Chưa đạt mức độ 3: chưa đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2",
        ],
        result.Reasons);
    }

    [Fact]
    public void LiteracyLevelTwoSatisfiesTheLiteracyPrerequisiteEvenWhenLevelOneRateFalls()
    {
        var survey = AllStandardsMet() with { Age15To35LiterateLevel1 = 89, Age15To60LiterateLevel2 = 90 };

        var evaluation = Evaluate(survey);

        Assert.Equal(2, evaluation.LevelOf(UniversalizationStandard.Literacy));
        Assert.Equal(3, evaluation.LevelOf(UniversalizationStandard.LowerSecondary));
    }

    [Fact]
    public void PrerequisitesAreReportedWithTheirOutcome()
    {
        var level1 = Evaluate(AllStandardsMet())[UniversalizationStandard.LowerSecondary].Levels.Single(l => l.Level == 1);

        Assert.Equal(
        [
            new PrerequisiteResult(UniversalizationStandard.Primary, 1, true),
            new PrerequisiteResult(UniversalizationStandard.Literacy, 1, true),
        ],
        level1.Prerequisites);
    }
}
