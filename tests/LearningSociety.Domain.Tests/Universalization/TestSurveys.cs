using LearningSociety.Domain.Universalization;

namespace LearningSociety.Domain.Tests.Universalization;

/// <summary>Test data: a commune of 100 in every age group where everyone counts, so every standard
/// is met at its top level; tests lower the one count they are about with <c>with</c>.</summary>
internal static class TestSurveys
{
    public static UniversalizationSurvey AllStandardsMet(bool isDisadvantaged = false, int year = 2024) => new()
    {
        SurveyYear = year,
        IsDisadvantaged = isDisadvantaged,
        Age5Population = 100,
        Age5Attending = 100,
        Age5Completed = 100,
        Age6Population = 100,
        Age6EnteringGrade1 = 100,
        Age11Population = 100,
        Age11CompletedPrimary = 100,
        Age11StillInPrimary = 0,
        Youth15To18Population = 100,
        Youth15To18LowerSecondaryGraduates = 100,
        Youth15To18StudyingUpperSecondary = 100,
        Age15To25Population = 100,
        Age15To25LiterateLevel1 = 100,
        Age15To35Population = 100,
        Age15To35LiterateLevel1 = 100,
        Age15To35LiterateLevel2 = 100,
        Age15To60Population = 100,
        Age15To60LiterateLevel2 = 100,
    };

    public static UniversalizationEvaluation Evaluate(UniversalizationSurvey survey) =>
        UniversalizationEvaluator.Evaluate(survey, UniversalizationRuleSet.Decree20Of2014());
}
