namespace LearningSociety.Domain.Approvals;

/// <summary>One step of an approval route: the administrative level that acts at it and what it does.</summary>
/// <param name="Order">Position in the route. Routes sort by it; gaps (10, 20, 30) are allowed.</param>
/// <param name="LevelCode">Level that acts at this step: "village", "commune", "district", "province".</param>
/// <param name="Name">Vietnamese name shown to users, e.g. "UBND xã xem xét, chuyển lên".</param>
/// <param name="IsFinal">Whether this step recognises (công nhận) the title.</param>
public sealed record ApprovalStep(int Order, string LevelCode, string Name, bool IsFinal);
