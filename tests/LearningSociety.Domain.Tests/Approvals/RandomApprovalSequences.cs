using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LearningSociety.Domain.Approvals;

namespace LearningSociety.Domain.Tests.Approvals;

public class RandomApprovalSequences
{
    /// <summary>One attempted action; blank reasons and failing cards are generated on purpose.</summary>
    public sealed record Attempt(ApprovalAction Action, string Level, bool PassesRule, string Text)
    {
        public override string ToString() => $"{Action}({Level}, passes={PassesRule}, '{Text}')";
    }

    public sealed record Run(bool ThreeTier, Attempt[] Attempts)
    {
        public override string ToString() => $"{(ThreeTier ? "three-tier" : "two-tier")}: {string.Join(", ", Attempts.AsEnumerable())}";
    }

    // Withdraw and Reject end a candidacy at once; uniform weights would end most runs there and
    // rarely reach recognition and locking, so the moves that advance a file come more often.
    private static readonly Gen<ApprovalAction> Actions = Gen.Frequency(
        (4, Gen.Constant(ApprovalAction.Propose)),
        (4, Gen.Constant(ApprovalAction.Forward)),
        (4, Gen.Constant(ApprovalAction.Approve)),
        (2, Gen.Constant(ApprovalAction.Return)),
        (3, Gen.Constant(ApprovalAction.LockByDecision)),
        (1, Gen.Constant(ApprovalAction.Reject)),
        (1, Gen.Constant(ApprovalAction.Withdraw)));

    private static readonly Gen<Attempt> Attempts =
        from action in Actions
        from level in Gen.Frequency(
            (2, Gen.Elements("village", "commune", "district")),
            (1, Gen.Constant("province")))
        from passes in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from text in Gen.Elements("Thiếu minh chứng", "125/QĐ-UBND", "", "  ")
        select new Attempt(action, level, passes, text);

    private static readonly Arbitrary<Run> Runs =
        (from threeTier in Gen.Elements(true, false)
         from attempts in Gen.ArrayOf(Attempts)
         select new Run(threeTier, attempts)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property RandomActionsNeverLeaveTheRouteAndVersionAlwaysEqualsHistoryLength() =>
        Prop.ForAll(Runs, run =>
        {
            var route = run.ThreeTier ? ApprovalRoute.CdhtThreeTier() : ApprovalRoute.CdhtTwoTier();
            var candidate = new CandidateApproval(route, 2025);
            foreach (var attempt in run.Attempts)
            {
                var before = (candidate.State, candidate.CurrentStepOrder, candidate.Version);
                var accepted = TryApply(candidate, attempt);
                if (!accepted && before != (candidate.State, candidate.CurrentStepOrder, candidate.Version))
                {
                    return false;
                }

                if (!IsInsideTheRoute(candidate) || candidate.Version != candidate.History.Count)
                {
                    return false;
                }
            }

            return HistoryIsAnUnbrokenChain(candidate);
        });

    private static bool TryApply(CandidateApproval candidate, Attempt a)
    {
        const string actor = "nguoi-dung";
        var at = CandidateBuilder.At;
        try
        {
            switch (a.Action)
            {
                case ApprovalAction.Propose: candidate.Propose(actor, a.Level, a.PassesRule, at); break;
                case ApprovalAction.Forward: candidate.Forward(actor, a.Level, at); break;
                case ApprovalAction.Approve: candidate.Approve(actor, a.Level, at); break;
                case ApprovalAction.Return: candidate.Return(actor, a.Level, at, a.Text); break;
                case ApprovalAction.Reject: candidate.Reject(actor, a.Level, at, a.Text); break;
                case ApprovalAction.Withdraw: candidate.Withdraw(actor, a.Level, at); break;
                case ApprovalAction.LockByDecision: candidate.LockByDecision(actor, a.Level, at, a.Text); break;
            }

            return true;
        }
        catch (DomainException)
        {
            return false;
        }
    }

    private static bool IsInsideTheRoute(CandidateApproval c)
    {
        var route = c.Route;
        if (!Enum.IsDefined(c.State) || !route.HasStep(c.CurrentStepOrder))
        {
            return false;
        }

        var atFirst = c.CurrentStepOrder == route.FirstStep.Order;
        var atFinal = c.CurrentStepOrder == route.FinalStep.Order;
        return c.State switch
        {
            CandidateState.Draft => atFirst && c.Version == 0,
            CandidateState.InReview => !atFirst,
            CandidateState.Returned => !atFinal && c.Reason is not null,
            CandidateState.Rejected => !atFirst && c.Reason is not null,
            CandidateState.Recognised => atFinal,
            CandidateState.Withdrawn => true,
            _ => false,
        } && (!c.IsLocked || c.State == CandidateState.Recognised);
    }

    private static bool HistoryIsAnUnbrokenChain(CandidateApproval c)
    {
        var (state, step) = (CandidateState.Draft, c.Route.FirstStep.Order);
        foreach (var t in c.History)
        {
            if (t.FromState != state || t.FromStepOrder != step)
            {
                return false;
            }

            (state, step) = (t.ToState, t.ToStepOrder);
        }

        return (state, step) == (c.State, c.CurrentStepOrder);
    }
}
