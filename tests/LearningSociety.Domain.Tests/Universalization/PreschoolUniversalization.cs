using LearningSociety.Domain.Universalization;
using static LearningSociety.Domain.Tests.Universalization.TestSurveys;

namespace LearningSociety.Domain.Tests.Universalization;

public class PreschoolUniversalization
{
    [Theory]
    [InlineData(95, 85, 1)]
    [InlineData(94, 85, 0)]
    [InlineData(95, 84, 0)]
    public void OrdinaryCommuneNeeds95PercentAttendingAnd85PercentCompleting(int attending, int completed, int expected)
    {
        var survey = AllStandardsMet() with { Age5Attending = attending, Age5Completed = completed };

        Assert.Equal(expected, Evaluate(survey).LevelOf(UniversalizationStandard.Preschool5));
    }

    [Theory]
    [InlineData(90, 80, 1)]
    [InlineData(89, 80, 0)]
    [InlineData(90, 79, 0)]
    public void DisadvantagedCommuneNeeds90PercentAttendingAnd80PercentCompleting(int attending, int completed, int expected)
    {
        var survey = AllStandardsMet(isDisadvantaged: true) with { Age5Attending = attending, Age5Completed = completed };

        Assert.Equal(expected, Evaluate(survey).LevelOf(UniversalizationStandard.Preschool5));
    }

    [Fact]
    public void ReasonNamesTheStandardRatherThanALevelBecauseItHasOnlyOne()
    {
        var survey = AllStandardsMet() with { Age5Attending = 94 };

        var reasons = Evaluate(survey)[UniversalizationStandard.Preschool5].Reasons;

        Assert.Equal(["Chưa đạt chuẩn: tỷ lệ trẻ 5 tuổi đến trường đạt 94,0% < 95%"], reasons);
    }

    [Fact]
    public void ConditionsReportActualAndRequiredRates()
    {
        var survey = AllStandardsMet(isDisadvantaged: true) with { Age5Population = 200, Age5Attending = 181, Age5Completed = 160 };

        var conditions = Evaluate(survey)[UniversalizationStandard.Preschool5].Levels.Single().Conditions;

        var attending = conditions.Single(c => c.ConditionCode == "MN5_ATTENDING");
        Assert.Equal(0.905m, attending.ActualRate);
        Assert.Equal(0.90m, attending.RequiredRate);
        Assert.True(attending.IsMet);
        var completed = conditions.Single(c => c.ConditionCode == "MN5_COMPLETED");
        Assert.Equal(0.80m, completed.ActualRate);
        Assert.True(completed.IsMet);
    }
}
