using LearningSociety.Domain.Units;

namespace LearningSociety.Domain.Tests.Units;

/// <summary>A unit's facts of a year carry a stamp that every change renews.</summary>
public class UnitYearFacts
{
    [Fact]
    public void AChangeRenewsTheStampAndNoChangeKeepsIt()
    {
        var profile = new UnitYearProfile(12, 2026, adultPopulation: 7850);
        var first = profile.ConcurrencyStamp;

        profile.Update(7850);
        Assert.Equal(first, profile.ConcurrencyStamp);

        profile.Update(8000);
        Assert.NotEqual(first, profile.ConcurrencyStamp);
        Assert.NotEqual(Guid.Empty, first);
    }

    [Fact]
    public void ANegativePopulationIsRefusedAtItsField()
    {
        var refused = Assert.Throws<DomainException>(() => new UnitYearProfile(12, 2026, -1));

        Assert.Equal(nameof(UnitYearProfile.AdultPopulation), refused.Field);
    }
}
