using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;
using static LearningSociety.Domain.Tests.Scorecards.TestRegistrations;
using static LearningSociety.Domain.Tests.Scorecards.TestScorecards;

namespace LearningSociety.Domain.Tests.Scorecards;

/// <summary>A refused card names the input it concerns: the year, the consent, the reasons or the indicator; none for the card as a whole.</summary>
public class ScorecardRefusalsNameTheirField
{
    [Fact]
    public void AYearBeforeTheProgrammeNamesTheYear()
    {
        var refused = Assert.Throws<DomainException>(() => ARegistration().ForYear(1999).Build());

        Assert.Equal(nameof(CdhtRegistration.Year), refused.Field);
    }

    [Fact]
    public void AScoreWithoutConsentNamesTheConsentDate()
    {
        var registration = ARegistration().Build();

        var refused = Assert.Throws<DomainException>(() =>
            registration.RecordSelfAssessment(InputsAllAt(8), hasConsent: false, Branch, onBehalf: true, At));

        Assert.Equal(nameof(Citizen.ConsentDate), refused.Field);
    }

    [Fact]
    public void AChangedScoreWithoutAReasonNamesTheAppraisalReason()
    {
        var registration = ARegistration().SelfAssessedAllAt(8).Build();

        var refused = Assert.Throws<DomainException>(() =>
            registration.Appraise(InputsAllAt(8).With("TC1.2", 6), Ordinary(), hasConsent: true, Branch, At));

        Assert.Equal(nameof(ScorecardEntry.AppraisalReason), refused.Field);
    }

    [Fact]
    public void AScoreOutOfRangeNamesItsIndicator()
    {
        var registration = ARegistration().Build();

        var refused = Assert.Throws<DomainException>(() =>
            registration.RecordSelfAssessment(InputsAllAt(8).With("TC2.3", 11), hasConsent: true, Branch, onBehalf: true, At));

        Assert.Equal("TC2.3", refused.Field);
    }

    [Fact]
    public void ALockedCardNamesNoField()
    {
        var registration = ARegistration().SelfAssessedAllAt(8).AppraisedAsSelfAssessed().Locked().Build();

        var refused = Assert.Throws<DomainException>(() =>
            registration.RecordSelfAssessment(InputsAllAt(9), hasConsent: true, Branch, onBehalf: true, At));

        Assert.Null(refused.Field);
    }

    [Fact]
    public void AnImpossibleThresholdNamesTheThreshold()
    {
        var refused = Assert.Throws<DomainException>(() => Ordinary().Change(threshold: 5, minPerIndicator: 5, consecutiveYearsForOutstanding: 5));

        Assert.Equal(nameof(RecognitionRule.Threshold), refused.Field);
    }
}
