using LearningSociety.Domain.Universalization;
using static LearningSociety.Domain.Tests.Universalization.TestSurveys;

namespace LearningSociety.Domain.Tests.Universalization;

public class UniversalizationRuleVersions
{
    [Fact]
    public void ANewerRowReplacesTheOlderFromItsYear()
    {
        var rules = new UniversalizationRuleSet(
            [Attending(0.95m, validFrom: 2014), Attending(0.97m, validFrom: 2020)], [], []);
        var survey = AllStandardsMet() with { Age5Attending = 96 };

        Assert.Equal(1, UniversalizationEvaluator.Evaluate(survey with { SurveyYear = 2019 }, rules).LevelOf(UniversalizationStandard.Preschool5));
        Assert.Equal(0, UniversalizationEvaluator.Evaluate(survey with { SurveyYear = 2020 }, rules).LevelOf(UniversalizationStandard.Preschool5));
    }

    [Fact]
    public void RowsNotYetValidAreIgnored()
    {
        var rules = new UniversalizationRuleSet([Attending(0.95m, validFrom: 2014)], [], []);

        var evaluation = UniversalizationEvaluator.Evaluate(AllStandardsMet(year: 2013), rules);

        Assert.Empty(evaluation.Standards);
    }

    [Fact]
    public void PercentagesTypedAsWholeNumbersAreRefused()
    {
        Assert.Throws<ArgumentException>(() => new UniversalizationRuleSet([Attending(95m, validFrom: 2014)], [], []));
    }

    [Fact]
    public void ALevelCannotRequireItselfOrAHigherLevel()
    {
        Assert.Throws<ArgumentException>(() => new UniversalizationRuleSet(
            [],
            [new(UniversalizationStandard.Primary, 2, UniversalizationStandard.Primary, 2, 2014, "test")],
            []));
    }

    [Fact]
    public void DecreeRowsCoverEveryLevelOfEveryStandard()
    {
        var rules = UniversalizationRuleSet.Decree20Of2014();

        Assert.Equal([1], rules.LevelsOf(UniversalizationStandard.Preschool5));
        Assert.Equal([1, 2, 3], rules.LevelsOf(UniversalizationStandard.Primary));
        Assert.Equal([1, 2, 3], rules.LevelsOf(UniversalizationStandard.LowerSecondary));
        Assert.Equal([1, 2], rules.LevelsOf(UniversalizationStandard.Literacy));
        Assert.Equal(9, rules.DistrictRules.Count);
    }

    [Fact]
    public void DecreeUsesTheConfirmed80PercentForPrimaryLevelThreeInDisadvantagedCommunes()
    {
        var row = UniversalizationRuleSet.Decree20Of2014().Conditions.Single(r => r.ConditionCode == "TH3_COMPLETED11");

        Assert.Equal(0.80m, row.DisadvantagedMinRate);
        Assert.Contains("[?]", row.Source);
    }

    private static UniversalizationRule Attending(decimal minRate, int validFrom) => new(
        UniversalizationStandard.Preschool5, 1, "MN5_ATTENDING", SurveyCount.Age5Attending, SurveyCount.Age5Population,
        minRate, minRate, null, null, validFrom, "test");
}
