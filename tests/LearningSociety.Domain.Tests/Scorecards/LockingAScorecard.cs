using LearningSociety.Domain.Scorecards;
using static LearningSociety.Domain.Tests.Scorecards.TestRegistrations;
using static LearningSociety.Domain.Tests.Scorecards.TestScorecards;

namespace LearningSociety.Domain.Tests.Scorecards;

public class LockingAScorecard
{
    private const string LockedMessage = "Phiếu đã được đề nghị lên cấp trên, không thể sửa điểm.";

    [Fact]
    public void ALockedCardRefusesANewSelfAssessment()
    {
        var registration = ARegistration().SelfAssessedAllAt(9).AppraisedAsSelfAssessed().Locked().Build();

        var refused = Assert.Throws<DomainException>(() =>
            registration.RecordSelfAssessment(InputsAllAt(5), hasConsent: true, "cong-dan", onBehalf: false, At));

        Assert.Equal(LockedMessage, refused.Message);
        Assert.Equal((ScorecardStatus.Appraised, true, 90), (registration.Status, registration.Passed, registration.SelfTotal));
    }

    [Fact]
    public void ALockedCardRefusesANewAppraisal()
    {
        var registration = ARegistration().SelfAssessedAllAt(9).AppraisedAsSelfAssessed().Locked().Build();

        var refused = Assert.Throws<DomainException>(() =>
            registration.Appraise(InputsAllAt(9).With("TC1.1", 4, "Sai"), Ordinary(), hasConsent: true, Branch, At));

        Assert.Equal(LockedMessage, refused.Message);
        Assert.Equal((90, true), (registration.AppraisedTotal, registration.Passed));
    }

    [Fact]
    public void AnUnlockedCardCanBeChangedAgain()
    {
        var registration = ARegistration().SelfAssessedAllAt(9).Locked().Build();

        registration.Unlock();
        registration.RecordSelfAssessment(InputsAllAt(8), hasConsent: true, "cong-dan", onBehalf: false, At);

        Assert.False(registration.IsLocked);
        Assert.Equal(80, registration.SelfTotal);
    }
}
