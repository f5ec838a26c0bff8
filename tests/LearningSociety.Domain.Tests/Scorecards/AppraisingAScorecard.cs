using LearningSociety.Domain.Scorecards;
using static LearningSociety.Domain.Tests.Scorecards.TestRegistrations;
using static LearningSociety.Domain.Tests.Scorecards.TestScorecards;

namespace LearningSociety.Domain.Tests.Scorecards;

public class AppraisingAScorecard
{
    [Fact]
    public void AnAppraisalBeforeTheSelfAssessmentIsRefused()
    {
        var registration = ARegistration().Build();

        var refused = Assert.Throws<DomainException>(() =>
            registration.Appraise(InputsAllAt(8), Ordinary(), hasConsent: true, Branch, At));

        Assert.Equal("Công dân chưa tự đánh giá: cần nhập phiếu tự đánh giá trước khi thẩm định.", refused.Message);
        Assert.Equal(ScorecardStatus.Registered, registration.Status);
    }

    [Fact]
    public void AnAppraisalWithoutConsentIsRefused()
    {
        var registration = ARegistration().SelfAssessedAllAt(8).Build();

        var refused = Assert.Throws<DomainException>(() =>
            registration.Appraise(InputsAllAt(8), Ordinary(), hasConsent: false, Branch, At));

        Assert.Equal("Chưa ghi nhận sự đồng ý của công dân: không thể chấm điểm.", refused.Message);
        Assert.Equal(ScorecardStatus.SelfAssessed, registration.Status);
    }

    [Fact]
    public void EveryChangedScoreWithoutAReasonIsNamedAndTheAppraisalIsRefused()
    {
        var registration = ARegistration().SelfAssessedAllAt(8).Build();
        var appraisal = InputsAllAt(8).With("TC1.2", 6).With("TC2.3", 7, "   ").With("TC3.1", 5, "Không có minh chứng");

        var refused = Assert.Throws<DomainException>(() => registration.Appraise(appraisal, Ordinary(), hasConsent: true, Branch, At));

        Assert.Equal("Cần ghi lý do ở chỉ số 1.2, 2.3 vì điểm thẩm định khác điểm tự đánh giá.", refused.Message);
        Assert.Equal(ScorecardStatus.SelfAssessed, registration.Status);
        Assert.Null(registration.Passed);
        Assert.All(registration.Entries, e => Assert.Null(e.AppraisedScore));
    }

    [Fact]
    public void UnchangedScoresNeedNoReason()
    {
        var registration = ARegistration().SelfAssessedAllAt(8).Build();

        var result = registration.Appraise(InputsAllAt(8), Ordinary(), hasConsent: true, Branch, At);

        Assert.True(result.Passed);
        Assert.All(registration.Entries, e => Assert.Null(e.AppraisalReason));
    }

    [Fact]
    public void AnAppraisalStoresTheTotalTheVerdictAndTheThresholdBesideTheSelfScores()
    {
        var registration = ARegistration().SelfAssessedAllAt(9).Build();
        var appraisal = InputsAllAt(9).With("TC1.2", 4, "  Chưa tham gia lớp nào trong năm  ");

        var result = registration.Appraise(appraisal, Ordinary(), hasConsent: true, Branch, At);

        Assert.False(result.Passed);
        Assert.Equal(["Chỉ số 1.2 được 4 điểm (< 5)"], result.Reasons);
        Assert.Equal(ScorecardStatus.Appraised, registration.Status);
        Assert.Equal((85, false, 80), (registration.AppraisedTotal, registration.Passed, registration.AppraisalThreshold));
        Assert.Equal((Branch, At), (registration.AppraisedBy, registration.AppraisedAt));
        var entry = registration.Entries.Single(e => e.Code == "TC1.2");
        Assert.Equal((9, 4, "Chưa tham gia lớp nào trong năm"), (entry.SelfScore, entry.AppraisedScore, entry.AppraisalReason));
        Assert.Equal(90, registration.SelfTotal);
    }

    [Fact]
    public void TheDisadvantagedRuleIsStoredWithTheVerdict()
    {
        var registration = ARegistration().SelfAssessedAllAt(7).Build();

        registration.Appraise(InputsAllAt(7).With("TC1.1", 8, "Đã kiểm tra"), Disadvantaged(), hasConsent: true, Branch, At);

        Assert.Equal((71, true, 70), (registration.AppraisedTotal, registration.Passed, registration.AppraisalThreshold));
    }

    [Fact]
    public void AnAppraisedCardCanBeJudgedAgainAgainstAnotherRule()
    {
        var registration = ARegistration().SelfAssessedAllAt(7).AppraisedAsSelfAssessed().Build();

        Assert.False(registration.Evaluate(Ordinary())!.Passed);
        Assert.True(registration.Evaluate(Disadvantaged())!.Passed);
    }

    [Fact]
    public void ACardThatIsNotAppraisedHasNoEvaluation()
    {
        Assert.Null(ARegistration().SelfAssessedAllAt(9).Build().Evaluate(Ordinary()));
    }

    [Fact]
    public void ASecondAppraisalComparesWithTheSelfScoresNotTheFirstAppraisal()
    {
        var registration = ARegistration().SelfAssessedAllAt(8).Build();
        registration.Appraise(InputsAllAt(8).With("TC2.2", 6, "Thiếu minh chứng"), Ordinary(), hasConsent: true, Branch, At);

        registration.Appraise(InputsAllAt(8), Ordinary(), hasConsent: true, "chi-hoi-truong", At);

        Assert.Equal((80, true), (registration.AppraisedTotal, registration.Passed));
        Assert.Null(registration.Entries.Single(e => e.Code == "TC2.2").AppraisalReason);
    }

    [Fact]
    public void ARefusedAppraisalWithAnUnknownIndicatorLeavesTheCardAsItWas()
    {
        var registration = ARegistration().SelfAssessedAllAt(8).Build();
        var appraisal = InputsAllAt(8).Select(i => i.Code == "TC3.2" ? i with { Code = "TC3.3" } : i).ToList();

        Assert.Throws<DomainException>(() => registration.Appraise(appraisal, Ordinary(), hasConsent: true, Branch, At));

        Assert.Equal(IndicatorDefinition.Codes, registration.Entries.Select(e => e.Code));
        Assert.Equal(80, registration.SelfTotal);
    }
}
