using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;

namespace LearningSociety.Web.Features.Approvals;

public sealed record InboxItem(int RegistrationId, string Name, string GroupName, int? Total, string VillageName, CandidateState State,
    ApprovalStep Step, int Version, string? Reason, string? DecisionNumber, bool WaitsForMe, CardEvidence Evidence);

/// <summary>One unit's cards, one page of them, and how many wait for the user in the whole filter.</summary>
public sealed record InboxList(int UnitId, string UnitName, string LevelCode, IReadOnlyList<InboxItem> Items, int Total, int Page,
    int WaitingForMe)
{
    public int Pages => Shared.Pager.PageCountOf(Total, InboxQueries.PageSize);
}

public sealed record InboxViewModel(int Year, IReadOnlyList<InboxSummaryRow> Summary, InboxList? List,
    IReadOnlyList<(Deadline Deadline, DeadlineStatus Status)> Deadlines, IReadOnlyList<ApprovalAction> BulkActions,
    int? GroupId, string? State, IReadOnlyList<CitizenGroup> CitizenGroups, string? Outcomes);

public sealed record CandidateViewModel(int RegistrationId, int CitizenId, int Year, string Name, int VillageId, string Village, string Group, int? Total,
    bool Passed, CandidateApproval Approval, IReadOnlyList<ApprovalAction> Actions, IReadOnlyDictionary<string, string> ActorNames)
{
    public string ActorName(string userName) => ActorNames.TryGetValue(userName, out var name) ? $"{name} ({userName})" : userName;
}
