namespace LearningSociety.Domain.Approvals;

/// <summary>One accepted move of a candidate, kept forever as its audit trail.</summary>
/// <param name="Comment">The reason for a return or rejection, the decision number for a lock, or a free note.</param>
public sealed record ApprovalTransition(
    ApprovalAction Action,
    CandidateState FromState,
    int FromStepOrder,
    CandidateState ToState,
    int ToStepOrder,
    string ActorUserName,
    string ActorLevelCode,
    DateTimeOffset At,
    string? Comment);
