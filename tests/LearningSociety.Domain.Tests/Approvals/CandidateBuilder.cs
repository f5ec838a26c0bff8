using LearningSociety.Domain.Approvals;

namespace LearningSociety.Domain.Tests.Approvals;

/// <summary>Builds candidates on a seeded route and walks them to a given situation.</summary>
internal sealed class CandidateBuilder
{
    public static readonly DateTimeOffset At = new(2025, 11, 20, 9, 0, 0, TimeSpan.FromHours(7));
    public const string Reason = "Thiếu minh chứng tham gia lớp học";
    public const string DecisionNumber = "125/QĐ-UBND";

    private readonly ApprovalRoute route;
    private readonly List<(ApprovalAction Action, string Level)> moves = [];
    private int year = 2025;

    private CandidateBuilder(ApprovalRoute route) => this.route = route;

    public static CandidateBuilder OnThreeTierRoute() => new(ApprovalRoute.CdhtThreeTier());

    public static CandidateBuilder OnTwoTierRoute() => new(ApprovalRoute.CdhtTwoTier());

    public static CandidateBuilder On(string routeName) => routeName switch
    {
        "three-tier" => OnThreeTierRoute(),
        "two-tier" => OnTwoTierRoute(),
        _ => throw new ArgumentOutOfRangeException(nameof(routeName)),
    };

    public CandidateBuilder ForYear(int value)
    {
        year = value;
        return this;
    }

    public CandidateBuilder After(ApprovalAction action, string level)
    {
        moves.Add((action, level));
        return this;
    }

    public CandidateBuilder Proposed() => After(ApprovalAction.Propose, "village");

    /// <summary>Walks to a named situation of the move table; see <see cref="ApprovalMoveTable"/>.</summary>
    public CandidateBuilder In(string situation)
    {
        var final = route.FinalStep.LevelCode;
        var path = situation switch
        {
            "Draft" => [],
            "InReviewAtCommune" => [(ApprovalAction.Propose, "village")],
            "InReviewAtDistrict" => [(ApprovalAction.Propose, "village"), (ApprovalAction.Forward, "commune")],
            "ReturnedToCommune" =>
                [(ApprovalAction.Propose, "village"), (ApprovalAction.Forward, "commune"), (ApprovalAction.Return, "district")],
            "ReturnedToBranch" => [(ApprovalAction.Propose, "village"), (ApprovalAction.Return, "commune")],
            "RejectedByCommune" => [(ApprovalAction.Propose, "village"), (ApprovalAction.Reject, "commune")],
            "RejectedByDistrict" =>
                [(ApprovalAction.Propose, "village"), (ApprovalAction.Forward, "commune"), (ApprovalAction.Reject, "district")],
            "Withdrawn" => [(ApprovalAction.Propose, "village"), (ApprovalAction.Withdraw, "village")],
            "RecognisedAwaitingDecision" => ToRecognised(),
            "RecognisedAndLocked" => [.. ToRecognised(), (ApprovalAction.LockByDecision, final)],
            _ => throw new ArgumentOutOfRangeException(nameof(situation)),
        };
        moves.AddRange(path);
        return this;

        List<(ApprovalAction, string)> ToRecognised() => route.Steps.Count == 3
            ? [(ApprovalAction.Propose, "village"), (ApprovalAction.Forward, "commune"), (ApprovalAction.Approve, "district")]
            : [(ApprovalAction.Propose, "village"), (ApprovalAction.Approve, "commune")];
    }

    public CandidateApproval Build()
    {
        var candidate = new CandidateApproval(route, year);
        foreach (var (action, level) in moves)
        {
            Act(candidate, action, level);
        }

        return candidate;
    }

    /// <summary>Performs an action with valid defaults (passing card, a reason, a decision number).</summary>
    public static void Act(CandidateApproval candidate, ApprovalAction action, string level)
    {
        var actor = $"can-bo-{level}";
        switch (action)
        {
            case ApprovalAction.Propose: candidate.Propose(actor, level, passesRule: true, At); break;
            case ApprovalAction.Forward: candidate.Forward(actor, level, At); break;
            case ApprovalAction.Approve: candidate.Approve(actor, level, At); break;
            case ApprovalAction.Return: candidate.Return(actor, level, At, Reason); break;
            case ApprovalAction.Reject: candidate.Reject(actor, level, At, Reason); break;
            case ApprovalAction.Withdraw: candidate.Withdraw(actor, level, At); break;
            case ApprovalAction.LockByDecision: candidate.LockByDecision(actor, level, At, DecisionNumber); break;
            default: throw new ArgumentOutOfRangeException(nameof(action));
        }
    }
}
