using LearningSociety.Domain.Scorecards;
using static LearningSociety.Domain.Tests.Scorecards.TestRegistrations;
using static LearningSociety.Domain.Tests.Scorecards.TestScorecards;

namespace LearningSociety.Domain.Tests.Scorecards;

/// <summary>
/// A card keeps the rule it was judged under; a change of the ĐBKK list judges open cards again and never a proposed one;
/// an earlier year entered from paper counts only once the commune confirms it.
/// </summary>
public class JudgingAgainAndEarlierYears
{
    private const string List = "Quyết định số 99/QĐ-TTg ngày 10/01/2025 của Thủ tướng Chính phủ";

    [Fact]
    public void ACardKeepsTheRuleAndTheDesignationItWasJudgedUnder()
    {
        var card = ARegistration().SelfAssessedAllAt(7).Build();

        card.Appraise(InputsAllAt(7), Disadvantaged(), hasConsent: true, Branch, At, List);

        Assert.Equal((true, 70, 5, List), (card.Passed, card.AppraisalThreshold, card.AppraisalMinPerIndicator, card.AppraisalDesignation));
        Assert.True(card.Verdict()!.Passed);
        Assert.Equal(70, card.Verdict()!.Threshold);
    }

    [Fact]
    public void AnOpenCardIsJudgedAgainUnderTheNewRule()
    {
        var card = ARegistration().SelfAssessedAllAt(7).Build();
        card.Appraise(InputsAllAt(7), Ordinary(), hasConsent: true, Branch, At);
        Assert.False(card.Passed);

        Assert.True(card.Rejudge(Disadvantaged(), List));

        Assert.Equal((true, 70, List), (card.Passed, card.AppraisalThreshold, card.AppraisalDesignation));
        Assert.False(card.Rejudge(Disadvantaged(), List));
    }

    [Fact]
    public void AProposedCardKeepsItsVerdictWhateverTheList()
    {
        var card = ARegistration().SelfAssessedAllAt(7).Build();
        card.Appraise(InputsAllAt(7), Disadvantaged(), hasConsent: true, Branch, At, List);
        card.Lock();

        Assert.False(card.Rejudge(Ordinary(), null));

        Assert.Equal((true, 70, List), (card.Passed, card.AppraisalThreshold, card.AppraisalDesignation));
        Assert.True(card.Verdict()!.Passed);
    }

    [Fact]
    public void AnEarlierYearNeedsADecisionOrItsAbsenceAndThenTheCommune()
    {
        var card = ARegistration().ForYear(2023).SelfAssessedAllAt(9).AppraisedAsSelfAssessed().Build();

        var noNumber = Assert.Throws<DomainException>(() => card.RecordPastRecognition(" ", new DateOnly(2023, 12, 15), false, 2026));
        Assert.Equal(nameof(CdhtRegistration.PastDecisionNumber), noNumber.Field);
        var wrongYear = Assert.Throws<DomainException>(() => card.RecordPastRecognition("12/QĐ-UBND", new DateOnly(2021, 12, 15), false, 2026));
        Assert.Equal(nameof(CdhtRegistration.PastDecisionDate), wrongYear.Field);
        Assert.Throws<DomainException>(() => card.ConfirmPast("ubndxa", At, 2026));

        card.RecordPastRecognition("12/QĐ-UBND", new DateOnly(2023, 12, 15), false, 2026);
        Assert.False(card.IsPastConfirmed);
        card.ConfirmPast("ubndxa", At, 2026);

        Assert.True(card.IsPastConfirmed);
        Assert.True(card.IsLocked);
        Assert.Throws<DomainException>(() => card.RecordSelfAssessment(InputsAllAt(5), true, Branch, false, At));
        card.WithdrawPastConfirmation();
        Assert.False(card.IsPastConfirmed || card.IsLocked);
    }

    [Fact]
    public void ThisYearAndAFailedYearCannotBeEnteredAsHistory()
    {
        var thisYear = ARegistration().ForYear(2026).SelfAssessedAllAt(9).AppraisedAsSelfAssessed().Build();
        Assert.Throws<DomainException>(() => thisYear.RecordPastRecognition(null, null, withoutDecision: true, 2026));

        var failed = ARegistration().ForYear(2024).SelfAssessedAllAt(4).AppraisedAsSelfAssessed().Build();
        Assert.Throws<DomainException>(() => failed.RecordPastRecognition(null, null, withoutDecision: true, 2026));
    }
}
