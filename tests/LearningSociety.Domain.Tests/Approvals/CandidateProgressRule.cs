using LearningSociety.Domain.Approvals;

namespace LearningSociety.Domain.Tests.Approvals;

public class CandidateProgressRule
{
    [Theory]
    [InlineData("InReviewAtCommune", true)]
    [InlineData("InReviewAtDistrict", true)]
    [InlineData("ReturnedToCommune", true)]
    [InlineData("RejectedByCommune", true)]
    [InlineData("RecognisedAwaitingDecision", true)]
    [InlineData("RecognisedAndLocked", true)]
    [InlineData("Draft", false)]
    [InlineData("ReturnedToBranch", false)]
    [InlineData("Withdrawn", false)]
    public void CountsAsProposedOnlyWhileTheBranchNoLongerHoldsTheFile(string situation, bool proposed)
    {
        var candidate = CandidateBuilder.OnThreeTierRoute().In(situation).Build();

        Assert.Equal(proposed, CandidateProgress.HasBeenProposed(candidate.State, candidate.CurrentStepOrder, candidate.Route.FirstStep.Order));
    }
}
