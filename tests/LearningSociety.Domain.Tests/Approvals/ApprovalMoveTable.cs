using LearningSociety.Domain.Approvals;

namespace LearningSociety.Domain.Tests.Approvals;

/// <summary>
/// Every move, legal or not, from every situation of both seeded routes. The legal moves are listed
/// by hand with where they lead; every other action by every level is expected to be refused.
/// </summary>
public class ApprovalMoveTable
{
    private static readonly string[] Levels = ["village", "commune", "district", "province"];

    private static readonly Dictionary<string, string[]> SituationsByRoute = new()
    {
        ["three-tier"] =
        [
            "Draft", "InReviewAtCommune", "InReviewAtDistrict", "ReturnedToCommune", "ReturnedToBranch",
            "RejectedByCommune", "RejectedByDistrict", "Withdrawn", "RecognisedAwaitingDecision", "RecognisedAndLocked",
        ],
        ["two-tier"] =
        [
            "Draft", "InReviewAtCommune", "ReturnedToBranch", "RejectedByCommune", "Withdrawn",
            "RecognisedAwaitingDecision", "RecognisedAndLocked",
        ],
    };

    private static readonly (string Route, string Situation, ApprovalAction Action, string Level, CandidateState To, int ToStep)[] Legal =
    [
        ("three-tier", "Draft", ApprovalAction.Propose, "village", CandidateState.InReview, 2),
        ("three-tier", "Draft", ApprovalAction.Withdraw, "village", CandidateState.Withdrawn, 1),
        ("three-tier", "InReviewAtCommune", ApprovalAction.Forward, "commune", CandidateState.InReview, 3),
        ("three-tier", "InReviewAtCommune", ApprovalAction.Return, "commune", CandidateState.Returned, 1),
        ("three-tier", "InReviewAtCommune", ApprovalAction.Reject, "commune", CandidateState.Rejected, 2),
        ("three-tier", "InReviewAtCommune", ApprovalAction.Withdraw, "village", CandidateState.Withdrawn, 2),
        ("three-tier", "InReviewAtDistrict", ApprovalAction.Approve, "district", CandidateState.Recognised, 3),
        ("three-tier", "InReviewAtDistrict", ApprovalAction.Return, "district", CandidateState.Returned, 2),
        ("three-tier", "InReviewAtDistrict", ApprovalAction.Reject, "district", CandidateState.Rejected, 3),
        ("three-tier", "InReviewAtDistrict", ApprovalAction.Withdraw, "village", CandidateState.Withdrawn, 3),
        ("three-tier", "ReturnedToCommune", ApprovalAction.Forward, "commune", CandidateState.InReview, 3),
        ("three-tier", "ReturnedToCommune", ApprovalAction.Return, "commune", CandidateState.Returned, 1),
        ("three-tier", "ReturnedToCommune", ApprovalAction.Reject, "commune", CandidateState.Rejected, 2),
        ("three-tier", "ReturnedToCommune", ApprovalAction.Withdraw, "village", CandidateState.Withdrawn, 2),
        ("three-tier", "ReturnedToBranch", ApprovalAction.Propose, "village", CandidateState.InReview, 2),
        ("three-tier", "ReturnedToBranch", ApprovalAction.Withdraw, "village", CandidateState.Withdrawn, 1),
        ("three-tier", "RecognisedAwaitingDecision", ApprovalAction.Return, "district", CandidateState.Returned, 2),
        ("three-tier", "RecognisedAwaitingDecision", ApprovalAction.LockByDecision, "district", CandidateState.Recognised, 3),

        ("two-tier", "Draft", ApprovalAction.Propose, "village", CandidateState.InReview, 2),
        ("two-tier", "Draft", ApprovalAction.Withdraw, "village", CandidateState.Withdrawn, 1),
        ("two-tier", "InReviewAtCommune", ApprovalAction.Approve, "commune", CandidateState.Recognised, 2),
        ("two-tier", "InReviewAtCommune", ApprovalAction.Return, "commune", CandidateState.Returned, 1),
        ("two-tier", "InReviewAtCommune", ApprovalAction.Reject, "commune", CandidateState.Rejected, 2),
        ("two-tier", "InReviewAtCommune", ApprovalAction.Withdraw, "village", CandidateState.Withdrawn, 2),
        ("two-tier", "ReturnedToBranch", ApprovalAction.Propose, "village", CandidateState.InReview, 2),
        ("two-tier", "ReturnedToBranch", ApprovalAction.Withdraw, "village", CandidateState.Withdrawn, 1),
        ("two-tier", "RecognisedAwaitingDecision", ApprovalAction.Return, "commune", CandidateState.Returned, 1),
        ("two-tier", "RecognisedAwaitingDecision", ApprovalAction.LockByDecision, "commune", CandidateState.Recognised, 2),
    ];

    public static TheoryData<string, string, ApprovalAction, string, CandidateState, int> LegalMoves()
    {
        var data = new TheoryData<string, string, ApprovalAction, string, CandidateState, int>();
        foreach (var m in Legal)
        {
            data.Add(m.Route, m.Situation, m.Action, m.Level, m.To, m.ToStep);
        }

        return data;
    }

    public static TheoryData<string, string, ApprovalAction, string> IllegalMoves()
    {
        var data = new TheoryData<string, string, ApprovalAction, string>();
        foreach (var (route, situations) in SituationsByRoute)
        foreach (var situation in situations)
        foreach (var action in Enum.GetValues<ApprovalAction>())
        foreach (var level in Levels)
        {
            if (!Legal.Any(m => m.Route == route && m.Situation == situation && m.Action == action && m.Level == level))
            {
                data.Add(route, situation, action, level);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void LegalMoveLeadsToTheExpectedStateAndStep(
        string route, string situation, ApprovalAction action, string level, CandidateState to, int toStep)
    {
        var candidate = CandidateBuilder.On(route).In(situation).Build();
        var versionBefore = candidate.Version;

        CandidateBuilder.Act(candidate, action, level);

        Assert.Equal(to, candidate.State);
        Assert.Equal(toStep, candidate.CurrentStepOrder);
        Assert.Equal(versionBefore + 1, candidate.Version);
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void IllegalMoveIsRefusedInVietnameseAndChangesNothing(
        string route, string situation, ApprovalAction action, string level)
    {
        var candidate = CandidateBuilder.On(route).In(situation).Build();
        var (state, step, version) = (candidate.State, candidate.CurrentStepOrder, candidate.Version);

        var refused = Assert.Throws<DomainException>(() => CandidateBuilder.Act(candidate, action, level));

        Assert.StartsWith("Không thể ", refused.Message);
        Assert.Equal((state, step, version), (candidate.State, candidate.CurrentStepOrder, candidate.Version));
    }
}
