using LearningSociety.Domain.Scorecards;
using static LearningSociety.Domain.Tests.Scorecards.TestRegistrations;

namespace LearningSociety.Domain.Tests.Scorecards;

public class SelfAssessingAScorecard
{
    [Fact]
    public void ASelfAssessmentWithoutConsentIsRefusedAndNothingIsStored()
    {
        var registration = ARegistration().Build();

        var refused = Assert.Throws<DomainException>(() =>
            registration.RecordSelfAssessment(InputsAllAt(8), hasConsent: false, "cong-dan", onBehalf: false, At));

        Assert.Equal("Chưa ghi nhận sự đồng ý của công dân: không thể chấm điểm.", refused.Message);
        Assert.Equal(ScorecardStatus.Registered, registration.Status);
        Assert.Empty(registration.Entries);
    }

    [Fact]
    public void ASelfAssessmentStoresEachScoreWithItsTrimmedEvidence()
    {
        var registration = ARegistration().Build();
        var inputs = InputsAllAt(8).With("TC1.2", 9, "  Giấy chứng nhận lớp tin học  ").With("TC2.1", 7, "   ");

        registration.RecordSelfAssessment(inputs, hasConsent: true, "can-bo-chi-hoi", onBehalf: true, At);

        Assert.Equal(ScorecardStatus.SelfAssessed, registration.Status);
        Assert.Equal(80, registration.SelfTotal);
        Assert.Equal(IndicatorDefinition.Codes, registration.Entries.Select(e => e.Code));
        var entry = registration.Entries.Single(e => e.Code == "TC1.2");
        Assert.Equal((9, "Giấy chứng nhận lớp tin học"), (entry.SelfScore, entry.EvidenceNote));
        Assert.Null(registration.Entries.Single(e => e.Code == "TC2.1").EvidenceNote);
        Assert.Equal(("can-bo-chi-hoi", At, true), (registration.SelfAssessedBy, registration.SelfAssessedAt, registration.SelfAssessedOnBehalf));
    }

    [Fact]
    public void ANewSelfAssessmentWithdrawsTheAppraisalAndWhoMadeIt()
    {
        var registration = ARegistration().SelfAssessedAllAt(8).AppraisedAsSelfAssessed().Build();
        Assert.Equal((Branch, (DateTimeOffset?)At), (registration.AppraisedBy, registration.AppraisedAt));

        registration.RecordSelfAssessment(InputsAllAt(9), hasConsent: true, "cong-dan", onBehalf: false, At.AddDays(1));

        Assert.Equal(ScorecardStatus.SelfAssessed, registration.Status);
        Assert.Equal((null, null, null), (registration.AppraisedTotal, registration.Passed, registration.AppraisalThreshold));
        Assert.Null(registration.AppraisedBy);
        Assert.Null(registration.AppraisedAt);
    }

    [Fact]
    public void ASelfAssessmentIsCheckedLikeAnyScorecard()
    {
        var registration = ARegistration().Build();

        var refused = Assert.Throws<DomainException>(() =>
            registration.RecordSelfAssessment(InputsAllAt(8).With("TC3.1", 11), hasConsent: true, "cong-dan", onBehalf: false, At));

        Assert.Equal("Chỉ số 3.1: điểm phải là số nguyên từ 1 đến 10.", refused.Message);
        Assert.Empty(registration.Entries);
    }

    [Fact]
    public void ASelfAssessmentBelowTheRuleIsStillRecorded()
    {
        // The self-assessment is the citizen's view; only the appraisal is judged.
        var registration = ARegistration().Build();

        registration.RecordSelfAssessment(InputsAllAt(3), hasConsent: true, "cong-dan", onBehalf: false, At);

        Assert.Equal(30, registration.SelfTotal);
        Assert.Null(registration.Passed);
    }

    [Fact]
    public void ReRecordingTheSelfAssessmentAfterAnAppraisalSendsTheCardBackForAppraisal()
    {
        var registration = ARegistration().SelfAssessedAllAt(9).AppraisedAsSelfAssessed().Build();
        Assert.True(registration.Passed);

        registration.RecordSelfAssessment(InputsAllAt(8), hasConsent: true, "cong-dan", onBehalf: false, At);

        Assert.Equal(ScorecardStatus.SelfAssessed, registration.Status);
        Assert.Null(registration.Passed);
        Assert.Null(registration.AppraisedTotal);
        Assert.Null(registration.AppraisalThreshold);
        Assert.Null(registration.Evaluate(TestScorecards.Ordinary()));
        Assert.Equal(80, registration.SelfTotal);
    }

    [Fact]
    public void ReRecordingTheSelfAssessmentReplacesTheScoresWithoutAddingRows()
    {
        var registration = ARegistration().SelfAssessedAllAt(9).Build();

        registration.RecordSelfAssessment(InputsAllAt(6), hasConsent: true, "cong-dan", onBehalf: false, At);

        Assert.Equal(RecognitionRule.IndicatorCount, registration.Entries.Count);
        Assert.Equal(60, registration.SelfTotal);
    }
}
