using LearningSociety.Domain.Universalization;
using static LearningSociety.Domain.Tests.Universalization.TestSurveys;

namespace LearningSociety.Domain.Tests.Universalization;

public class UniversalizationWithEmptyAgeGroups
{
    [Fact]
    public void RateIsNullAndTheConditionUnmetWhenTheAgeGroupIsEmpty()
    {
        var survey = AllStandardsMet() with { Age6Population = 0, Age6EnteringGrade1 = 0 };

        var result = Evaluate(survey)[UniversalizationStandard.Primary];
        var grade1 = result.Levels.Single(l => l.Level == 1).Conditions.Single(c => c.ConditionCode == "TH1_GRADE1");

        Assert.Null(grade1.ActualRate);
        Assert.False(grade1.IsMet);
        Assert.Equal(0, result.Level);
        Assert.Equal(
            "Chưa đạt mức độ 1: không tính được tỷ lệ trẻ 6 tuổi vào lớp 1 vì số trẻ 6 tuổi bằng 0",
            result.Reasons[0]);
    }

    [Fact]
    public void AnEmptySurveyReachesNoLevelOfAnyStandard()
    {
        var evaluation = Evaluate(new UniversalizationSurvey { SurveyYear = 2024 });

        Assert.All(evaluation.Standards, s => Assert.Equal(0, s.Level));
        Assert.Equal(4, evaluation.Standards.Count);
    }
}
