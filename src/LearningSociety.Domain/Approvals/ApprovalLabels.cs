namespace LearningSociety.Domain.Approvals;

/// <summary>Vietnamese labels for approval states and actions, so every page says the same words.</summary>
public static class ApprovalLabels
{
    public static string Label(this CandidateState state) => state switch
    {
        CandidateState.Draft => "Chưa đề nghị",
        CandidateState.InReview => "Đang xét duyệt",
        CandidateState.Returned => "Bị trả lại",
        CandidateState.Rejected => "Không công nhận",
        CandidateState.Recognised => "Đã công nhận",
        CandidateState.Withdrawn => "Đã rút đề nghị",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static string Label(this ApprovalAction action) => action switch
    {
        ApprovalAction.Propose => "Đề nghị",
        ApprovalAction.Forward => "Chuyển lên",
        ApprovalAction.Approve => "Công nhận",
        ApprovalAction.Return => "Trả lại",
        ApprovalAction.Reject => "Không công nhận",
        ApprovalAction.Withdraw => "Rút đề nghị",
        ApprovalAction.LockByDecision => "Khóa theo quyết định",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
