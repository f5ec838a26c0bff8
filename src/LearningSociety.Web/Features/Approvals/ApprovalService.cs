using LearningSociety.Domain;
using LearningSociety.Domain.Approvals;
using LearningSociety.Web.Data;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Approvals;

/// <summary>What happened to one candidate of a (bulk) action, in words for the user.</summary>
public sealed record ActionOutcome(int RegistrationId, string CitizenName, bool Succeeded, string Message);

/// <summary>
/// Applies approval actions: finds the candidate, checks through <see cref="UnitScope"/> that the user acts for the
/// level that owns the step and for a unit above the candidate's village, lets the domain decide, and saves each
/// candidate on its own so one refusal never blocks the others. A stale version means someone else acted first.
/// </summary>
public sealed class ApprovalService(AppDbContext db, TimeProvider clock)
{
    /// <param name="cancellationToken">Stops between candidates: those already done stay done, each in its own save.</param>
    public async Task<IReadOnlyList<ActionOutcome>> ApplyAsync(UnitScope scope, string actor, ApprovalAction action,
        IReadOnlyList<(int RegistrationId, int Version)> items, string? comment, CancellationToken cancellationToken)
    {
        var routes = await db.ApprovalRoutesAsync(cancellationToken);
        var activeRoute = (await db.ActiveCdhtRouteAsync(cancellationToken)).Code;
        var outcomes = new List<ActionOutcome>();
        foreach (var (registrationId, version) in items)
        {
            outcomes.Add(await ApplyOneAsync(scope, actor, action, registrationId, version, comment, routes, activeRoute, cancellationToken));
            db.ChangeTracker.Clear();
        }

        return outcomes;
    }

    /// <summary>The level whose step an action belongs to: the branch proposes and withdraws, the final step recognises.</summary>
    public static string LevelFor(ApprovalAction action, CandidateApproval approval) => action switch
    {
        ApprovalAction.Propose or ApprovalAction.Withdraw => approval.Route.FirstStep.LevelCode,
        ApprovalAction.Approve or ApprovalAction.LockByDecision => approval.Route.FinalStep.LevelCode,
        _ => approval.CurrentStep.LevelCode,
    };

    /// <summary>Calls the domain's intent method for <paramref name="action"/>; the domain refuses illegal moves.</summary>
    public static void Perform(CandidateApproval approval, ApprovalAction action, string actor, string levelCode, bool passesRule,
        DateTimeOffset at, string? comment)
    {
        switch (action)
        {
            case ApprovalAction.Propose:
                approval.Propose(actor, levelCode, passesRule, at);
                break;
            case ApprovalAction.Forward:
                approval.Forward(actor, levelCode, at, comment);
                break;
            case ApprovalAction.Approve:
                approval.Approve(actor, levelCode, at, comment);
                break;
            case ApprovalAction.Return:
                approval.Return(actor, levelCode, at, comment ?? string.Empty);
                break;
            case ApprovalAction.Reject:
                approval.Reject(actor, levelCode, at, comment ?? string.Empty);
                break;
            case ApprovalAction.Withdraw:
                approval.Withdraw(actor, levelCode, at, comment);
                break;
            default:
                throw new DomainException("Thao tác không hợp lệ.");
        }
    }

    private async Task<ActionOutcome> ApplyOneAsync(UnitScope scope, string actor, ApprovalAction action, int registrationId,
        int version, string? comment, IReadOnlyDictionary<string, ApprovalRoute> routes, string activeRoute, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.Include(r => r.Village).Include(r => r.Citizen)
            .FirstOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
        if (registration is null || !scope.CanSee(registration.Village.Path))
        {
            return new ActionOutcome(registrationId, "?", false, "Không tìm thấy hồ sơ trong đơn vị của bạn.");
        }

        var name = registration.Citizen.FullName;
        if (registration.IsPastConfirmed)
        {
            return new ActionOutcome(registrationId, name, false, $"Năm {registration.Year} đã được công nhận trước đây và UBND xã đã xác nhận; không đề nghị lại.");
        }

        var candidate = await db.Candidates.Include(c => c.Transitions).FirstOrDefaultAsync(c => c.RegistrationId == registrationId, cancellationToken)
            ?? Candidate.For(registration, activeRoute);
        var current = candidate.Version;
        if (current != version)
        {
            return new ActionOutcome(registrationId, name, false, "Hồ sơ vừa được người khác xử lý; trang đã tải lại trạng thái mới nhất.");
        }

        var route = routes[candidate.RouteCode];
        var approval = candidate.ToDomain(route);
        var levelCode = LevelFor(action, approval);
        if (scope.ActingGrant(registration.Village.Path, levelCode) is null)
        {
            return new ActionOutcome(registrationId, name, false,
                $"Bạn không thực hiện bước “{(action is ApprovalAction.Approve ? route.FinalStep : approval.CurrentStep).Name}” cho {registration.Village.Name}.");
        }

        try
        {
            Perform(approval, action, actor, levelCode, registration.Passed == true, clock.GetUtcNow(), comment);
        }
        catch (DomainException e)
        {
            return new ActionOutcome(registrationId, name, false, e.Message);
        }

        if (candidate.Id == 0)
        {
            db.Candidates.Add(candidate);
        }

        candidate.CopyFrom(approval);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Either the version token no longer matched or a parallel first proposal created the candidate.
            return new ActionOutcome(registrationId, name, false, "Hồ sơ vừa được người khác xử lý; trang đã tải lại trạng thái mới nhất.");
        }

        return new ActionOutcome(registrationId, name, true, $"{approval.State.Label()} — {approval.CurrentStep.Name}");
    }
}
