using LearningSociety.Domain.Universalization;
using static LearningSociety.Domain.Tests.Universalization.TestSurveys;

namespace LearningSociety.Domain.Tests.Universalization;

public class UniversalizationSurveyValidation
{
    [Fact]
    public void ACompleteSurveyIsValid()
    {
        Assert.Empty(AllStandardsMet().Validate());
    }

    [Fact]
    public void PartLargerThanItsWholeIsNamedInVietnamese()
    {
        var survey = AllStandardsMet() with { Age5Completed = 120 };

        Assert.Equal(["Số trẻ 5 tuổi hoàn thành chương trình (120) không được lớn hơn số trẻ 5 tuổi (100)"], survey.Validate());
    }

    [Fact]
    public void NegativeCountIsRefused()
    {
        var survey = AllStandardsMet() with { Age6EnteringGrade1 = -1 };

        Assert.Equal(["Số trẻ 6 tuổi vào lớp 1 (-1) không được âm"], survey.Validate());
    }

    [Fact]
    public void ElevenYearOldsCannotBothHaveCompletedAndStillBeInPrimary()
    {
        var survey = AllStandardsMet() with { Age11CompletedPrimary = 95, Age11StillInPrimary = 6 };

        Assert.Equal(
            ["Tổng số trẻ 11 tuổi hoàn thành chương trình tiểu học và số trẻ 11 tuổi còn đang học tiểu học (101) không được lớn hơn số trẻ 11 tuổi (100)"],
            survey.Validate());
    }

    [Fact]
    public void EveryProblemIsReportedNotOnlyTheFirst()
    {
        var survey = AllStandardsMet() with { Age15To60LiterateLevel2 = 101, Youth15To18Population = -5 };

        var errors = survey.Validate();

        Assert.Contains("Số thanh thiếu niên từ 15 đến 18 tuổi (-5) không được âm", errors);
        Assert.Contains("Số người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2 (101) không được lớn hơn số người từ 15 đến 60 tuổi (100)", errors);
        Assert.Contains(
            "Số thanh thiếu niên từ 15 đến 18 tuổi tốt nghiệp THCS (100) không được lớn hơn số thanh thiếu niên từ 15 đến 18 tuổi (-5)",
            errors);
    }

    [Fact]
    public void EvaluatingAnInvalidSurveyIsRefusedWithTheMessages()
    {
        var survey = AllStandardsMet() with { Age5Completed = 120 };

        var error = Assert.Throws<DomainException>(() => Evaluate(survey));

        Assert.Contains("Số trẻ 5 tuổi hoàn thành chương trình (120)", error.Message);
    }
}
