using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;

namespace LearningSociety.Web.Features.Approvals;

public sealed record InboxItem(int RegistrationId, string Name, string GroupName, int GroupId, int? Total, bool Passed, int VillageId,
    string VillageName, int CommuneId, string CommuneName, CandidateState State, ApprovalStep Step, ApprovalRoute Route, int Version,
    string? Reason, string? DecisionNumber, bool WaitsForMe);

public sealed record InboxGroup(int UnitId, string UnitName, IReadOnlyList<InboxItem> Items)
{
    public int Waiting => Items.Count(i => i.WaitsForMe);
}

public sealed record InboxViewModel(int Year, IReadOnlyList<InboxGroup> Groups, IReadOnlyList<(Deadline Deadline, DeadlineStatus Status)> Deadlines,
    IReadOnlyList<ApprovalAction> BulkActions,
    int? UnitId, int? GroupId, string? State, IReadOnlyList<(int Id, string Name)> Units, IReadOnlyList<CitizenGroup> CitizenGroups,
    string? Outcomes);

public sealed record CandidateViewModel(int RegistrationId, int CitizenId, int Year, string Name, string Village, string Group, int? Total,
    bool Passed, CandidateApproval Approval, IReadOnlyList<ApprovalAction> Actions, IReadOnlyDictionary<string, string> ActorNames)
{
    public string ActorName(string userName) => ActorNames.TryGetValue(userName, out var name) ? $"{name} ({userName})" : userName;
}
