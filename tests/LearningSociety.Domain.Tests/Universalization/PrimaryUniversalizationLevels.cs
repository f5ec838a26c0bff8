using LearningSociety.Domain.Universalization;
using static LearningSociety.Domain.Tests.Universalization.TestSurveys;

namespace LearningSociety.Domain.Tests.Universalization;

public class PrimaryUniversalizationLevels
{
    [Theory]
    [InlineData(100, 100, 3)]
    [InlineData(98, 90, 3)]
    [InlineData(97, 90, 2)]
    [InlineData(98, 89, 2)]
    [InlineData(95, 85, 2)]
    [InlineData(94, 85, 1)]
    [InlineData(95, 84, 1)]
    [InlineData(90, 80, 1)]
    [InlineData(89, 80, 0)]
    [InlineData(90, 79, 0)]
    public void OrdinaryCommuneLevelFollowsGradeOneEntryAndCompletionAtEleven(int enteringGrade1, int completedAt11, int expected)
    {
        var survey = AllStandardsMet() with { Age6EnteringGrade1 = enteringGrade1, Age11CompletedPrimary = completedAt11 };

        Assert.Equal(expected, Evaluate(survey).LevelOf(UniversalizationStandard.Primary));
    }

    [Theory]
    [InlineData(98, 80, 3)]
    [InlineData(97, 80, 2)]
    [InlineData(95, 80, 2)]
    [InlineData(98, 79, 1)]
    [InlineData(90, 70, 1)]
    [InlineData(90, 69, 0)]
    [InlineData(89, 70, 0)]
    public void DisadvantagedCommuneNeedsLowerCompletionAtElevenButTheSameGradeOneEntry(int enteringGrade1, int completedAt11, int expected)
    {
        var survey = AllStandardsMet(isDisadvantaged: true) with { Age6EnteringGrade1 = enteringGrade1, Age11CompletedPrimary = completedAt11 };

        Assert.Equal(expected, Evaluate(survey).LevelOf(UniversalizationStandard.Primary));
    }

    [Fact]
    public void ReasonGivesTheRateWithACommaAndOneDecimal()
    {
        var survey = AllStandardsMet() with { Age6Population = 200, Age6EnteringGrade1 = 195 };

        var result = Evaluate(survey)[UniversalizationStandard.Primary];

        Assert.Equal(2, result.Level);
        Assert.Equal(["Chưa đạt mức độ 3: tỷ lệ trẻ 6 tuổi vào lớp 1 đạt 97,5% < 98%"], result.Reasons);
    }

    [Fact]
    public void ReasonTruncatesSoAFailingRateNeverPrintsAsTheThreshold()
    {
        var survey = AllStandardsMet() with { Age6Population = 5000, Age6EnteringGrade1 = 4898 };

        var result = Evaluate(survey)[UniversalizationStandard.Primary];

        Assert.Equal(["Chưa đạt mức độ 3: tỷ lệ trẻ 6 tuổi vào lớp 1 đạt 97,9% < 98%"], result.Reasons);
    }

    [Fact]
    public void EveryLevelAboveTheOneReachedExplainsItself()
    {
        var survey = AllStandardsMet() with { Age6EnteringGrade1 = 92 };

        var reasons = Evaluate(survey)[UniversalizationStandard.Primary].Reasons;

        Assert.Equal(
        [
            "Chưa đạt mức độ 2: tỷ lệ trẻ 6 tuổi vào lớp 1 đạt 92,0% < 95%",
            "Chưa đạt mức độ 3: tỷ lệ trẻ 6 tuổi vào lớp 1 đạt 92,0% < 98%",
            "Chưa đạt mức độ 3: chưa đạt chuẩn phổ cập giáo dục tiểu học mức độ 2",
        ],
        reasons);
    }

    [Fact]
    public void LevelTwoIsNotReachedWithoutLevelOneEvenWhenItsOwnConditionsHold()
    {
        var rules = PrimaryRules(withPrerequisite: true);
        var survey = AllStandardsMet() with { Age6EnteringGrade1 = 50 };

        var result = UniversalizationEvaluator.Evaluate(survey, rules)[UniversalizationStandard.Primary];

        Assert.Equal(0, result.Level);
        Assert.Contains("Chưa đạt mức độ 2: chưa đạt chuẩn phổ cập giáo dục tiểu học mức độ 1", result.Reasons);
    }

    [Fact]
    public void WithoutAPrerequisiteRowTheHighestLevelWhoseConditionsHoldCounts()
    {
        var rules = PrimaryRules(withPrerequisite: false);
        var survey = AllStandardsMet() with { Age6EnteringGrade1 = 50 };

        Assert.Equal(2, UniversalizationEvaluator.Evaluate(survey, rules).LevelOf(UniversalizationStandard.Primary));
    }

    [Fact]
    public void ElevenYearOldsStillInPrimaryDoNotChangeTheLevel()
    {
        var survey = AllStandardsMet() with { Age11CompletedPrimary = 90, Age11StillInPrimary = 10 };

        Assert.Equal(3, Evaluate(survey).LevelOf(UniversalizationStandard.Primary));
    }

    // Level 2 here does not imply level 1, which the decree's rows never allow to be seen.
    private static UniversalizationRuleSet PrimaryRules(bool withPrerequisite) => new(
        [
            new(UniversalizationStandard.Primary, 1, "TH1_GRADE1", SurveyCount.Age6EnteringGrade1, SurveyCount.Age6Population,
                0.90m, 0.90m, null, null, 2014, "test"),
            new(UniversalizationStandard.Primary, 2, "TH2_COMPLETED11", SurveyCount.Age11CompletedPrimary, SurveyCount.Age11Population,
                0.85m, 0.80m, null, null, 2014, "test"),
        ],
        withPrerequisite
            ? [new(UniversalizationStandard.Primary, 2, UniversalizationStandard.Primary, 1, 2014, "test")]
            : [],
        []);
}
