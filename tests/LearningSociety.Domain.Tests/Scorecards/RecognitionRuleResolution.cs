using LearningSociety.Domain.Scorecards;
using static LearningSociety.Domain.Tests.Scorecards.TestScorecards;

namespace LearningSociety.Domain.Tests.Scorecards;

public class RecognitionRuleResolution
{
    private const int Province = 1;
    private const int District = 4;
    private const int Commune = 12;
    private const int Village = 40;
    private const int OtherProvince = 2;

    /// <summary>Ids from the root down to the village, as <c>AdministrativeUnit.Path</c> lists them.</summary>
    private static readonly IReadOnlyList<int> VillagePath = [Province, District, Commune, Village];

    [Theory]
    [InlineData(2024, 80)]
    [InlineData(2025, 85)]
    [InlineData(2030, 85)]
    public void TheNewestRuleNotAfterTheYearApplies(int year, int expectedThreshold)
    {
        RecognitionRule[] rules = [Ordinary(2022, threshold: 80), Ordinary(2025, threshold: 85)];

        var rule = RecognitionRule.Resolve(rules, year, disadvantaged: false, VillagePath);

        Assert.Equal(expectedThreshold, rule?.Threshold);
    }

    [Fact]
    public void ARuleFromAFutureYearIsIgnored()
    {
        var current = Ordinary(2022);
        RecognitionRule[] rules = [current, Ordinary(2026, threshold: 90), Ordinary(2026, scopeUnitId: Commune, threshold: 60)];

        Assert.Same(current, RecognitionRule.Resolve(rules, 2025, disadvantaged: false, VillagePath));
    }

    [Fact]
    public void NoRuleIsFoundBeforeTheFirstRuleStarts()
    {
        Assert.Null(RecognitionRule.Resolve([Ordinary(2022)], 2021, disadvantaged: false, VillagePath));
    }

    [Fact]
    public void AFlaggedCommuneGetsTheDisadvantagedVariant()
    {
        var variant = Disadvantaged();
        RecognitionRule[] rules = [Ordinary(), variant];

        Assert.Same(variant, RecognitionRule.Resolve(rules, 2025, disadvantaged: true, VillagePath));
    }

    [Fact]
    public void AnUnflaggedCommuneNeverGetsTheDisadvantagedVariant()
    {
        var ordinary = Ordinary();
        RecognitionRule[] rules = [Disadvantaged(2025), ordinary, Disadvantaged(2022, scopeUnitId: Commune)];

        Assert.Same(ordinary, RecognitionRule.Resolve(rules, 2025, disadvantaged: false, VillagePath));
    }

    [Fact]
    public void AFlaggedCommuneWithoutADisadvantagedRuleFallsBackToTheOrdinaryRule()
    {
        var ordinary = Ordinary();

        Assert.Same(ordinary, RecognitionRule.Resolve([ordinary], 2025, disadvantaged: true, VillagePath));
    }

    [Fact]
    public void AFlaggedCommuneFallsBackWhenTheOnlyDisadvantagedRulesAreFutureOrElsewhere()
    {
        var ordinary = Ordinary();
        RecognitionRule[] rules = [ordinary, Disadvantaged(2026), Disadvantaged(2022, scopeUnitId: OtherProvince)];

        Assert.Same(ordinary, RecognitionRule.Resolve(rules, 2025, disadvantaged: true, VillagePath));
    }

    [Fact]
    public void ACommuneRuleBeatsAProvinceRuleWhichBeatsTheNationalRule()
    {
        var national = Ordinary(threshold: 80);
        var province = Ordinary(scopeUnitId: Province, threshold: 78);
        var commune = Ordinary(scopeUnitId: Commune, threshold: 75);

        Assert.Same(commune, RecognitionRule.Resolve([national, province, commune], 2025, false, VillagePath));
        Assert.Same(commune, RecognitionRule.Resolve([commune, province, national], 2025, false, VillagePath));
        Assert.Same(province, RecognitionRule.Resolve([national, province], 2025, false, VillagePath));
        Assert.Same(national, RecognitionRule.Resolve([national], 2025, false, VillagePath));
    }

    [Fact]
    public void ARuleScopedToAUnitOffThePathIsIgnored()
    {
        var national = Ordinary();
        RecognitionRule[] rules = [national, Ordinary(scopeUnitId: OtherProvince, threshold: 60)];

        Assert.Same(national, RecognitionRule.Resolve(rules, 2025, false, VillagePath));
    }

    [Fact]
    public void WithinOneScopeTheNewestRuleApplies()
    {
        var newer = Ordinary(2024, scopeUnitId: Province, threshold: 75);
        RecognitionRule[] rules = [Ordinary(2022, scopeUnitId: Province, threshold: 78), newer, Ordinary(2025, scopeUnitId: Province, threshold: 70)];

        Assert.Same(newer, RecognitionRule.Resolve(rules, 2024, false, VillagePath));
    }

    [Fact]
    public void AnOlderLocalRuleStillBeatsANewerNationalRule()
    {
        // Scope decides before year: a province that set its own rule keeps it when the national default moves.
        var province = Ordinary(2022, scopeUnitId: Province, threshold: 75);
        RecognitionRule[] rules = [Ordinary(2022), province, Ordinary(2025, threshold: 85)];

        Assert.Same(province, RecognitionRule.Resolve(rules, 2025, false, VillagePath));
    }

    [Fact]
    public void AFlaggedCommuneGetsTheMostSpecificDisadvantagedVariant()
    {
        var provinceVariant = Disadvantaged(scopeUnitId: Province, threshold: 65);
        RecognitionRule[] rules = [Ordinary(), Ordinary(scopeUnitId: Commune, threshold: 78), Disadvantaged(), provinceVariant];

        Assert.Same(provinceVariant, RecognitionRule.Resolve(rules, 2025, disadvantaged: true, VillagePath));
    }
}
