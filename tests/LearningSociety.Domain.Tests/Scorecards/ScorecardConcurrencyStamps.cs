using LearningSociety.Domain.Scorecards;
using static LearningSociety.Domain.Tests.Scorecards.TestRegistrations;
using static LearningSociety.Domain.Tests.Scorecards.TestScorecards;

namespace LearningSociety.Domain.Tests.Scorecards;

public class ScorecardConcurrencyStamps
{
    [Fact]
    public void EveryChangeGivesTheCardANewStamp()
    {
        var registration = ARegistration().Build();
        List<Guid> stamps = [registration.ConcurrencyStamp];

        registration.RecordSelfAssessment(InputsAllAt(8), hasConsent: true, "cong-dan", onBehalf: false, At);
        stamps.Add(registration.ConcurrencyStamp);
        registration.Appraise(InputsAllAt(8), Ordinary(), hasConsent: true, Branch, At);
        stamps.Add(registration.ConcurrencyStamp);
        registration.Appraise(InputsAllAt(8), Ordinary(), hasConsent: true, Branch, At);
        stamps.Add(registration.ConcurrencyStamp);
        registration.Lock();
        stamps.Add(registration.ConcurrencyStamp);
        registration.Unlock();
        stamps.Add(registration.ConcurrencyStamp);
        registration.RecordSelfAssessment(InputsAllAt(9), hasConsent: true, "cong-dan", onBehalf: false, At);
        stamps.Add(registration.ConcurrencyStamp);

        Assert.Equal(stamps.Count, stamps.Distinct().Count());
    }

    [Fact]
    public void ARefusedChangeKeepsTheStamp()
    {
        var registration = ARegistration().SelfAssessedAllAt(8).Build();
        var before = registration.ConcurrencyStamp;

        Assert.Throws<DomainException>(() => registration.Appraise(InputsAllAt(8).With("TC1.1", 5), Ordinary(), hasConsent: true, Branch, At));
        Assert.Throws<DomainException>(() => registration.RecordSelfAssessment(InputsAllAt(8), hasConsent: false, "cong-dan", onBehalf: false, At));

        Assert.Equal(before, registration.ConcurrencyStamp);
    }
}
