using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Scorecards;

namespace LearningSociety.Web.Data;

/// <summary>
/// A stored approval route (routes are data, ADR-001). One route per title type is active; a candidate keeps
/// the route it was proposed on, so switching routes never moves a file already under way.
/// </summary>
public sealed class ApprovalRouteDefinition
{
    public string Code { get; set; } = string.Empty;

    public string TitleType { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>The route new proposals of this title type take.</summary>
    public bool IsActive { get; set; }

    public List<ApprovalStepDefinition> Steps { get; set; } = [];

    public ApprovalRoute ToDomain()
        => new(Code, TitleType, Name, ValidFrom, ValidTo, Steps.Select(s => new ApprovalStep(s.Order, s.LevelCode, s.Name, s.IsFinal)));

    public static ApprovalRouteDefinition From(ApprovalRoute route, bool isActive, DateOnly? validTo)
        => new()
        {
            Code = route.Code, TitleType = route.TitleType, Name = route.Name, ValidFrom = route.ValidFrom, ValidTo = validTo, IsActive = isActive,
            Steps = route.Steps.Select(s => new ApprovalStepDefinition { Order = s.Order, LevelCode = s.LevelCode, Name = s.Name, IsFinal = s.IsFinal }).ToList(),
        };
}

public sealed class ApprovalStepDefinition
{
    public int Order { get; set; }

    public string LevelCode { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public bool IsFinal { get; set; }
}

/// <summary>
/// The stored form of a <see cref="CandidateApproval"/> for one registration. Its transitions are the record;
/// state and step are kept beside them for queries (inboxes filter on them) and always written from the domain object.
/// </summary>
public sealed class Candidate
{
    public int Id { get; private set; }

    public int RegistrationId { get; private set; }

    public CdhtRegistration Registration { get; private set; } = null!;

    public string RouteCode { get; private set; } = string.Empty;

    public int Year { get; private set; }

    public CandidateState State { get; private set; }

    public int CurrentStepOrder { get; private set; }

    public string? Reason { get; private set; }

    public string? DecisionNumber { get; private set; }

    public int? DecisionId { get; private set; }

    /// <summary>Number of transitions; the optimistic-concurrency token, so two officers cannot both apply a move.</summary>
    public int Version { get; private set; }

    public List<CandidateTransition> Transitions { get; private set; } = [];

    public static Candidate For(CdhtRegistration registration, string routeCode)
        => new() { Registration = registration, RegistrationId = registration.Id, RouteCode = routeCode, Year = registration.Year, State = CandidateState.Draft, CurrentStepOrder = 0 };

    public CandidateApproval ToDomain(ApprovalRoute route)
        => CandidateApproval.Restore(route, Year, Transitions.OrderBy(t => t.Sequence).Select(t => t.ToDomain()));

    /// <summary>Writes back what the domain decided: new transitions appended, summary columns refreshed.</summary>
    public void CopyFrom(CandidateApproval approval, int? decisionId = null)
    {
        foreach (var (move, index) in approval.History.Select((m, i) => (m, i)).Skip(Transitions.Count))
        {
            Transitions.Add(CandidateTransition.From(move, index + 1));
        }

        State = approval.State;
        CurrentStepOrder = approval.CurrentStepOrder;
        Reason = approval.Reason;
        DecisionNumber = approval.DecisionNumber;
        DecisionId = decisionId ?? DecisionId;
        Version = approval.Version;

        // Scores stay editable only while the branch holds the file (draft, returned to it, or withdrawn).
        var withBranch = approval.CurrentStepOrder == approval.Route.FirstStep.Order
            && approval.State is CandidateState.Draft or CandidateState.Returned or CandidateState.Withdrawn;
        if (withBranch && Registration.IsLocked)
        {
            Registration.Unlock();
        }
        else if (!withBranch && !Registration.IsLocked)
        {
            Registration.Lock();
        }
    }
}

public sealed class CandidateTransition
{
    public long Id { get; private set; }

    public int CandidateId { get; private set; }

    public int Sequence { get; private set; }

    public ApprovalAction Action { get; private set; }

    public CandidateState FromState { get; private set; }

    public int FromStepOrder { get; private set; }

    public CandidateState ToState { get; private set; }

    public int ToStepOrder { get; private set; }

    public string Actor { get; private set; } = string.Empty;

    public string ActorLevelCode { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    public string? Comment { get; private set; }

    public static CandidateTransition From(ApprovalTransition move, int sequence) => new()
    {
        Sequence = sequence, Action = move.Action, FromState = move.FromState, FromStepOrder = move.FromStepOrder, ToState = move.ToState,
        ToStepOrder = move.ToStepOrder, Actor = move.ActorUserName, ActorLevelCode = move.ActorLevelCode, At = move.At, Comment = move.Comment,
    };

    public ApprovalTransition ToDomain()
        => new(Action, FromState, FromStepOrder, ToState, ToStepOrder, Actor, ActorLevelCode, At, Comment);
}
