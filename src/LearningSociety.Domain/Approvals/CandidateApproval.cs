namespace LearningSociety.Domain.Approvals;

/// <summary>
/// The recognition of one candidate for one year as it moves along an <see cref="ApprovalRoute"/>.
/// <see cref="CurrentStepOrder"/> is the step whose level holds the file and must act next.
/// Every intent method checks the move first and changes nothing when it refuses.
/// </summary>
/// <remarks>
/// The level check here is "which tier may act"; whether the user belongs to the right unit of that
/// tier is the web layer's single authorization rule.
/// </remarks>
public sealed class CandidateApproval
{
    /// <summary>The longest reason or note kept with a move (the column's length).</summary>
    public const int MaxCommentLength = 1000;

    private readonly List<ApprovalTransition> history = [];

    public CandidateApproval(ApprovalRoute route, int year)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        Route = route;
        Year = year;
        State = CandidateState.Draft;
        CurrentStepOrder = route.FirstStep.Order;
    }

    /// <summary>
    /// Rebuilds a candidate from storage. The history is the source of truth: state, step, reason,
    /// decision and version all follow from replaying what it records, so they cannot disagree.
    /// </summary>
    public static CandidateApproval Restore(ApprovalRoute route, int year, IEnumerable<ApprovalTransition> history)
    {
        var candidate = new CandidateApproval(route, year);
        foreach (var move in history)
        {
            if (move.FromState != candidate.State || move.FromStepOrder != candidate.CurrentStepOrder || !route.HasStep(move.ToStepOrder))
            {
                throw new InvalidOperationException($"Stored history does not follow route {route.Code} at version {candidate.Version}.");
            }

            candidate.history.Add(move);
            candidate.State = move.ToState;
            candidate.CurrentStepOrder = move.ToStepOrder;
            candidate.Reason = move.ToState is CandidateState.Returned or CandidateState.Rejected ? move.Comment : null;
            candidate.DecisionNumber = move.Action == ApprovalAction.LockByDecision ? move.Comment : candidate.DecisionNumber;
            candidate.Version++;
        }

        return candidate;
    }

    public ApprovalRoute Route { get; private set; }

    public int Year { get; private set; }

    public CandidateState State { get; private set; }

    public int CurrentStepOrder { get; private set; }

    public ApprovalStep CurrentStep => Route.Step(CurrentStepOrder);

    /// <summary>Number of accepted transitions; equals the history length and serves optimistic concurrency.</summary>
    public int Version { get; private set; }

    /// <summary>Why it was returned or rejected; null in any other state.</summary>
    public string? Reason { get; private set; }

    /// <summary>Number of the recognition decision (Quyết định công nhận) that locked it.</summary>
    public string? DecisionNumber { get; private set; }

    public bool IsLocked => DecisionNumber is not null;

    public IReadOnlyList<ApprovalTransition> History => history;

    /// <summary>E.g. "Đang xét duyệt — UBND xã xem xét, chuyển lên".</summary>
    public string StatusText => $"{State.Label()} — {CurrentStep.Name}";

    /// <summary>The branch proposes a candidate whose scorecard passes; also re-proposes after a return.</summary>
    public void Propose(string actor, string levelCode, bool passesRule, DateTimeOffset at)
    {
        const ApprovalAction action = ApprovalAction.Propose;
        EnsureNotLocked(action);
        if (State is not (CandidateState.Draft or CandidateState.Returned) || CurrentStepOrder != Route.FirstStep.Order)
        {
            throw Refused(action, StateProblem());
        }

        EnsureLevel(action, Route.FirstStep, levelCode);
        if (!passesRule)
        {
            throw Refused(action, "phiếu đánh giá chưa đạt");
        }

        Move(action, CandidateState.InReview, Route.StepAfter(CurrentStepOrder)!, actor, levelCode, at, comment: null);
    }

    /// <summary>A reviewing level that does not recognise sends the file to the next step.</summary>
    public void Forward(string actor, string levelCode, DateTimeOffset at, string? comment = null)
    {
        const ApprovalAction action = ApprovalAction.Forward;
        EnsureUnderReview(action);
        EnsureLevel(action, CurrentStep, levelCode);
        var next = Route.StepAfter(CurrentStepOrder)
            ?? throw Refused(action, "đây là bước công nhận cuối cùng, hãy chọn công nhận hoặc không công nhận");
        Move(action, CandidateState.InReview, next, actor, levelCode, at, comment);
    }

    /// <summary>The level of the final step recognises the candidate.</summary>
    public void Approve(string actor, string levelCode, DateTimeOffset at, string? comment = null)
    {
        const ApprovalAction action = ApprovalAction.Approve;
        EnsureUnderReview(action);
        // Checked against the final step, not the current one, so a commune on a three-tier route
        // learns that recognising is not its call rather than that the file is "not there yet".
        EnsureLevel(action, Route.FinalStep, levelCode);
        if (!CurrentStep.IsFinal)
        {
            throw Refused(action, $"hồ sơ chưa đến bước công nhận (đang ở bước “{CurrentStep.Name}”)");
        }

        Move(action, CandidateState.Recognised, CurrentStep, actor, levelCode, at, comment);
    }

    /// <summary>
    /// Sends the file one step back with a reason. From the first review step it lands with the branch,
    /// which fixes it and proposes again. A recognition not yet locked by a decision can also be returned,
    /// so a mistake found before the decision is signed can still be corrected.
    /// </summary>
    public void Return(string actor, string levelCode, DateTimeOffset at, string reason)
    {
        const ApprovalAction action = ApprovalAction.Return;
        EnsureNotLocked(action);
        var reviewing = State is CandidateState.InReview or CandidateState.Returned
            && CurrentStepOrder != Route.FirstStep.Order;
        if (!reviewing && State != CandidateState.Recognised)
        {
            throw Refused(action, StateProblem());
        }

        EnsureLevel(action, CurrentStep, levelCode);
        EnsureReason(action, reason);
        Move(action, CandidateState.Returned, Route.StepBefore(CurrentStepOrder)!, actor, levelCode, at, reason.Trim());
    }

    /// <summary>A reviewing level refuses recognition for this year; this ends the candidacy.</summary>
    public void Reject(string actor, string levelCode, DateTimeOffset at, string reason)
    {
        const ApprovalAction action = ApprovalAction.Reject;
        EnsureUnderReview(action);
        EnsureLevel(action, CurrentStep, levelCode);
        EnsureReason(action, reason);
        Move(action, CandidateState.Rejected, CurrentStep, actor, levelCode, at, reason.Trim());
    }

    /// <summary>The proposing level takes the candidate out of this year's round, at any point before recognition.</summary>
    public void Withdraw(string actor, string levelCode, DateTimeOffset at, string? comment = null)
    {
        const ApprovalAction action = ApprovalAction.Withdraw;
        EnsureNotLocked(action);
        if (State is not (CandidateState.Draft or CandidateState.InReview or CandidateState.Returned))
        {
            throw Refused(action, StateProblem());
        }

        EnsureLevel(action, Route.FirstStep, levelCode);
        Move(action, CandidateState.Withdrawn, CurrentStep, actor, levelCode, at, comment);
    }

    /// <summary>The recognising level issues the decision; from then on nothing changes.</summary>
    public void LockByDecision(string actor, string levelCode, DateTimeOffset at, string decisionNumber)
    {
        const ApprovalAction action = ApprovalAction.LockByDecision;
        EnsureNotLocked(action);
        if (State != CandidateState.Recognised)
        {
            throw Refused(action, StateProblem());
        }

        EnsureLevel(action, Route.FinalStep, levelCode);
        if (string.IsNullOrWhiteSpace(decisionNumber))
        {
            throw Refused(action, "phải nêu số quyết định công nhận");
        }

        Move(action, CandidateState.Recognised, CurrentStep, actor, levelCode, at, decisionNumber.Trim());
        DecisionNumber = decisionNumber.Trim();
    }

    private void EnsureNotLocked(ApprovalAction action)
    {
        if (IsLocked)
        {
            throw Refused(action, $"hồ sơ đã được công nhận theo quyết định số {DecisionNumber}, không thể thay đổi");
        }
    }

    /// <summary>Under review means a level above the branch holds the file and has not decided yet.</summary>
    private void EnsureUnderReview(ApprovalAction action)
    {
        EnsureNotLocked(action);
        if (State is not (CandidateState.InReview or CandidateState.Returned) || CurrentStepOrder == Route.FirstStep.Order)
        {
            throw Refused(action, StateProblem());
        }
    }

    private static void EnsureLevel(ApprovalAction action, ApprovalStep step, string levelCode)
    {
        if (!string.Equals(step.LevelCode, levelCode, StringComparison.Ordinal))
        {
            throw Refused(action, $"chỉ cấp thực hiện bước “{step.Name}” mới được {Verb(action)}");
        }
    }

    private static void EnsureReason(ApprovalAction action, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Refused(action, "phải nêu lý do");
        }
    }

    private string StateProblem() => State == CandidateState.Returned || State == CandidateState.Draft
        ? $"hồ sơ đang ở trạng thái “{State.Label()}” tại bước “{CurrentStep.Name}”"
        : $"hồ sơ đang ở trạng thái “{State.Label()}”";

    private void Move(
        ApprovalAction action, CandidateState to, ApprovalStep toStep,
        string actor, string levelCode, DateTimeOffset at, string? comment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (comment?.Length > MaxCommentLength)
        {
            throw new DomainException(
                $"Không thể {Verb(action)}: lý do, ghi chú tối đa {VietnameseFormat.Number(MaxCommentLength)} ký tự (đang có {VietnameseFormat.Number(comment.Length)}).",
                nameof(Reason));
        }

        history.Add(new ApprovalTransition(action, State, CurrentStepOrder, to, toStep.Order, actor, levelCode, at, comment));
        State = to;
        CurrentStepOrder = toStep.Order;
        Reason = to is CandidateState.Returned or CandidateState.Rejected ? comment : null;
        Version++;
    }

    private static DomainException Refused(ApprovalAction action, string why) => new($"Không thể {Verb(action)}: {why}");

    private static string Verb(ApprovalAction action) => action switch
    {
        ApprovalAction.Propose => "đề nghị",
        ApprovalAction.Forward => "chuyển lên",
        ApprovalAction.Approve => "công nhận",
        ApprovalAction.Return => "trả lại",
        ApprovalAction.Reject => "từ chối công nhận",
        ApprovalAction.Withdraw => "rút đề nghị",
        ApprovalAction.LockByDecision => "khóa hồ sơ theo quyết định",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
