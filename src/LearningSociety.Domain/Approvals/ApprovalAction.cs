namespace LearningSociety.Domain.Approvals;

/// <summary>The intent behind a transition, kept in the history.</summary>
public enum ApprovalAction
{
    Propose,
    Forward,
    Approve,
    Return,
    Reject,
    Withdraw,
    LockByDecision,
}
