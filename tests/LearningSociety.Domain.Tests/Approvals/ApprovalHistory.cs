using LearningSociety.Domain.Approvals;

namespace LearningSociety.Domain.Tests.Approvals;

public class ApprovalHistory
{
    [Fact]
    public void NewCandidateIsADraftAtTheBranchWithNoHistory()
    {
        var candidate = CandidateBuilder.OnThreeTierRoute().ForYear(2024).Build();

        Assert.Equal(CandidateState.Draft, candidate.State);
        Assert.Equal(1, candidate.CurrentStepOrder);
        Assert.Equal(2024, candidate.Year);
        Assert.Equal(0, candidate.Version);
        Assert.Empty(candidate.History);
    }

    [Fact]
    public void EachAcceptedMoveAppendsOneTransitionAndBumpsTheVersion()
    {
        var candidate = CandidateBuilder.OnThreeTierRoute().Build();
        var proposedAt = new DateTimeOffset(2025, 11, 25, 8, 0, 0, TimeSpan.FromHours(7));
        var returnedAt = proposedAt.AddDays(2);

        candidate.Propose("truong-chi-hoi", "village", passesRule: true, proposedAt);
        candidate.Return("can-bo-xa", "commune", returnedAt, "Thiếu minh chứng");

        Assert.Equal(2, candidate.Version);
        Assert.Equal(
            [
                new ApprovalTransition(ApprovalAction.Propose, CandidateState.Draft, 1, CandidateState.InReview, 2,
                    "truong-chi-hoi", "village", proposedAt, null),
                new ApprovalTransition(ApprovalAction.Return, CandidateState.InReview, 2, CandidateState.Returned, 1,
                    "can-bo-xa", "commune", returnedAt, "Thiếu minh chứng"),
            ],
            candidate.History);
    }

    [Fact]
    public void RefusedMoveLeavesHistoryAndVersionAlone()
    {
        var candidate = CandidateBuilder.OnThreeTierRoute().Proposed().Build();

        Assert.Throws<DomainException>(() => candidate.Approve("can-bo-xa", "commune", CandidateBuilder.At));

        Assert.Equal(1, candidate.Version);
        Assert.Single(candidate.History);
    }

    [Fact]
    public void FullThreeTierJourneyReadsAsItsHistory()
    {
        var candidate = CandidateBuilder.OnThreeTierRoute().In("RecognisedAndLocked").Build();

        Assert.Equal(
            [ApprovalAction.Propose, ApprovalAction.Forward, ApprovalAction.Approve, ApprovalAction.LockByDecision],
            candidate.History.Select(t => t.Action));
        Assert.Equal(candidate.History.Count, candidate.Version);
    }

    [Fact]
    public void StatesAndActionsHaveVietnameseLabels()
    {
        Assert.Equal("Chưa đề nghị", CandidateState.Draft.Label());
        Assert.Equal("Bị trả lại", CandidateState.Returned.Label());
        Assert.Equal("Đã công nhận", CandidateState.Recognised.Label());
        Assert.Equal("Trả lại", ApprovalAction.Return.Label());
        Assert.All(Enum.GetValues<CandidateState>(), s => Assert.False(string.IsNullOrWhiteSpace(s.Label())));
        Assert.All(Enum.GetValues<ApprovalAction>(), a => Assert.False(string.IsNullOrWhiteSpace(a.Label())));
    }
}
