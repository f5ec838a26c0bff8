using LearningSociety.Domain.Plans;

namespace LearningSociety.Domain.Tests.Plans;

public class PlanInForceRules
{
    private static PlanSummary Of(int id, int start, int end, PlanStatus status, int version = 1, int unit = 1)
        => new(id, unit, start, end, status, version);

    private static PlanSummary? InForce(int year, params PlanSummary[] plans) => PlanInForce.For(plans, p => p, year);

    [Fact]
    public void AnIssuedPlanIsInForceBeforeANewerDraft()
        => Assert.Equal(1, InForce(2024, Of(1, 2024, 2024, PlanStatus.Issued), Of(2, 2024, 2024, PlanStatus.Draft, version: 2))?.Id);

    [Fact]
    public void WithoutAnIssuedPlanTheDraftIsInForce()
        => Assert.Equal(3, InForce(2024, Of(3, 2024, 2024, PlanStatus.Draft))?.Id);

    [Fact]
    public void ASupersededVersionIsNeverInForce()
        => Assert.Equal(2, InForce(2024, Of(1, 2024, 2024, PlanStatus.Superseded), Of(2, 2024, 2024, PlanStatus.Issued, version: 2))?.Id);

    [Fact]
    public void AYearlyPlanIsInForceBeforeThePeriodPlanThatAlsoCoversTheYear()
        => Assert.Equal(5, InForce(2024, Of(4, 2021, 2030, PlanStatus.Issued), Of(5, 2024, 2024, PlanStatus.Issued))?.Id);

    [Fact]
    public void OfTwoCandidatesTheLaterVersionThenTheLaterIdWins()
    {
        Assert.Equal(7, InForce(2024, Of(7, 2024, 2024, PlanStatus.Issued, version: 3), Of(8, 2024, 2024, PlanStatus.Issued, version: 2))?.Id);
        Assert.Equal(9, InForce(2024, Of(6, 2024, 2024, PlanStatus.Draft), Of(9, 2024, 2024, PlanStatus.Draft))?.Id);
    }

    [Fact]
    public void APlanNotCoveringTheYearIsNotInForce()
        => Assert.Null(InForce(2025, Of(1, 2024, 2024, PlanStatus.Issued)));

    [Fact]
    public void EachUnitGetsItsOwnPlanAndUnitsWithoutOneAreLeftOut()
    {
        var byUnit = PlanInForce.ByUnit(
            [Of(1, 2024, 2024, PlanStatus.Draft, unit: 10), Of(2, 2024, 2024, PlanStatus.Issued, unit: 10), Of(3, 2023, 2023, PlanStatus.Issued, unit: 11)],
            p => p, 2024);

        Assert.Equal(2, Assert.Single(byUnit).Value.Id);
    }
}
