namespace LearningSociety.Domain.Approvals;

/// <summary>Where a candidate's recognition stands; the step that holds it is kept separately.</summary>
public enum CandidateState
{
    /// <summary>Chưa đề nghị: the branch has not proposed yet.</summary>
    Draft,

    /// <summary>Đang xét duyệt: proposed and waiting for the level of the current step.</summary>
    InReview,

    /// <summary>Bị trả lại: sent back with a reason to the level of the current step.</summary>
    Returned,

    /// <summary>Không công nhận: refused for this year.</summary>
    Rejected,

    /// <summary>Đã công nhận.</summary>
    Recognised,

    /// <summary>Đã rút đề nghị: the proposing level took it back.</summary>
    Withdrawn,
}
