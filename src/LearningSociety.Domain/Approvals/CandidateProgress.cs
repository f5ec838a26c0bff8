namespace LearningSociety.Domain.Approvals;

/// <summary>How far a candidate has come, as the year's reports count it.</summary>
public static class CandidateProgress
{
    /// <summary>
    /// True once the branch's proposal stands: under review, recognised or refused above the branch, or sent
    /// back to a level above the branch. A file the branch holds (draft, returned to it) or took back does not count.
    /// </summary>
    public static bool HasBeenProposed(CandidateState state, int currentStepOrder, int firstStepOrder) => state switch
    {
        CandidateState.InReview or CandidateState.Recognised or CandidateState.Rejected => true,
        CandidateState.Returned => currentStepOrder != firstStepOrder,
        _ => false,
    };
}
