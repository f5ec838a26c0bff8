using LearningSociety.Domain.Scorecards;
using static LearningSociety.Domain.Tests.Scorecards.TestRegistrations;

namespace LearningSociety.Domain.Tests.Scorecards;

public class RegisteringForTheTitle
{
    [Theory]
    [InlineData(1999)]
    [InlineData(1900)]
    [InlineData(2101)]
    public void AYearBeforeTheProgrammeOrFarAheadIsRefused(int year)
    {
        var refused = Assert.Throws<DomainException>(() => ARegistration().ForYear(year).Build());

        // The domain keeps only a sanity bound; which years can hold cards is data (the first rule in force).
        Assert.Equal("Năm đăng ký phải từ 2000 đến 2100.", refused.Message);
    }

    [Fact]
    public void TheFirstYearOfTheProgrammeIsAccepted()
    {
        Assert.Equal(2022, ARegistration().ForYear(2022).Build().Year);
    }

    [Fact]
    public void ANewRegistrationTakesTheCitizensGroupAndVillageAndHasNoScores()
    {
        var registration = ARegistration().Build();

        Assert.Equal(ScorecardStatus.Registered, registration.Status);
        Assert.Equal((GroupId, VillageId), (registration.GroupId, registration.VillageId));
        Assert.Equal((Branch, At, RegistrationChannel.Branch), (registration.RegisteredBy, registration.RegisteredAt, registration.Channel));
        Assert.Empty(registration.Entries);
        Assert.Null(registration.SelfTotal);
        Assert.Null(registration.Passed);
        Assert.NotEqual(Guid.Empty, registration.ConcurrencyStamp);
    }
}
