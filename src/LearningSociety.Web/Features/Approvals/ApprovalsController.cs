using System.Globalization;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Approvals;

/// <summary>
/// Each level's inbox: what waits for it along the approval route, grouped by unit, with the deadline; bulk
/// actions report per candidate; a candidate's page shows its history and takes returns and rejections with a reason.
/// </summary>
public sealed class ApprovalsController(AppDbContext db, ApprovalService approvals, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index(int? year, int? unitId, int? groupId, string? state)
    {
        var scope = User.Scope();
        var selectedYear = year ?? new VietnamClock(clock).Today().Year;
        var routes = await db.ApprovalRoutesAsync(HttpContext.RequestAborted);
        var active = await db.ActiveCdhtRouteAsync(HttpContext.RequestAborted);
        var actingLevels = scope.Grants.Where(g => g.Role.CanAct() && g.Role != PortalRole.SystemAdministrator).Select(g => g.LevelCode).ToHashSet();

        var rows = await scope.Filter(db.Registrations.AsNoTracking(), r => r.Village.Path)
            .Where(r => r.Year == selectedYear && (r.Passed == true || db.Candidates.Any(c => c.RegistrationId == r.Id)))
            .Select(r => new
            {
                r.Id, Name = r.Citizen.FullName, Group = r.Group.Name, r.GroupId, r.AppraisedTotal, r.Passed,
                VillageId = r.VillageId, Village = r.Village.Name, VillagePath = r.Village.Path, CommuneId = r.Village.ParentId, Commune = r.Village.Parent!.Name,
                Candidate = db.Candidates.Where(c => c.RegistrationId == r.Id)
                    .Select(c => new { c.RouteCode, c.State, c.CurrentStepOrder, c.Version, c.Reason, c.DecisionNumber }).FirstOrDefault(),
            })
            .ToListAsync(HttpContext.RequestAborted);

        var items = rows.Select(r =>
            {
                var route = routes[r.Candidate?.RouteCode ?? active.Code];
                var candidateState = r.Candidate?.State ?? CandidateState.Draft;
                var step = r.Candidate is null ? route.FirstStep : route.Step(r.Candidate.CurrentStepOrder);
                var waitsFor = candidateState is CandidateState.Draft or CandidateState.Returned or CandidateState.InReview ? step.LevelCode : null;
                return new InboxItem(r.Id, r.Name, r.Group, r.GroupId, r.AppraisedTotal, r.Passed == true, r.VillageId, r.Village, r.CommuneId ?? 0, r.Commune,
                    candidateState, step, route, r.Candidate?.Version ?? 0, r.Candidate?.Reason, r.Candidate?.DecisionNumber,
                    waitsFor is not null && actingLevels.Contains(waitsFor) && scope.ActingGrant(r.VillagePath, waitsFor) is not null);
            })
            .Where(i => unitId is null || i.VillageId == unitId || i.CommuneId == unitId)
            .Where(i => groupId is null || i.GroupId == groupId)
            .Where(i => string.IsNullOrEmpty(state) || (state == "mine" ? i.WaitsForMe : i.State.ToString() == state))
            .OrderByDescending(i => i.WaitsForMe).ThenBy(i => i.Name, VietnameseText.PersonName)
            .ToList();

        // Rows group by the unit one level below the viewer: villages for a commune or branch, communes above.
        var byCommune = actingLevels.Contains("district") || scope.IsAdministrator || scope.Has(PortalRole.Viewer) && !actingLevels.Any();
        var groups = items
            .GroupBy(i => byCommune ? (i.CommuneId, i.CommuneName) : (i.VillageId, i.VillageName))
            .Select(g => new InboxGroup(g.Key.Item1, g.Key.Item2, g.ToList()))
            .OrderBy(g => g.UnitName, VietnameseText.Comparer)
            .ToList();

        var deadlines = (await db.Deadlines.AsNoTracking().Where(d => d.Year == selectedYear).ToListAsync(HttpContext.RequestAborted))
            .Select(d => d.ToDomain()).OrderBy(d => d.DueDate).ToList();
        var today = new VietnamClock(clock).Today();
        var unitOptions = rows.Select(r => (r.VillageId, r.Village)).Concat(rows.Select(r => (r.CommuneId ?? 0, r.Commune))).Distinct()
            .OrderBy(u => u.Item2, VietnameseText.Comparer).ToList();
        var activeRoute = active.ToDomain();
        var bulkActions = new List<ApprovalAction>();
        foreach (var step in activeRoute.Steps.Where(s => actingLevels.Contains(s.LevelCode)))
        {
            bulkActions.Add(step.Order == activeRoute.FirstStep.Order ? ApprovalAction.Propose : step.IsFinal ? ApprovalAction.Approve : ApprovalAction.Forward);
        }

        return View(new InboxViewModel(selectedYear, groups, deadlines.Select(d => (d, DeadlineStatus.Of(d, today))).ToList(), bulkActions,
            unitId, groupId, state, unitOptions, await db.CitizenGroups.AsNoTracking().OrderBy(g => g.Code).ToListAsync(HttpContext.RequestAborted),
            TempData["Outcomes"] as string));
    }

    [HttpPost]
    public async Task<IActionResult> Bulk(ApprovalAction action, int year, List<string> selected, string? comment)
    {
        // The page sends "registrationId:version" pairs; anything else was not sent by the page (400, never a 500).
        var items = new List<(int RegistrationId, int Version)>();
        foreach (var value in selected)
        {
            var parts = value.Split(':');
            if (parts.Length != 2
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var registrationId)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                return BadRequest();
            }

            items.Add((registrationId, version));
        }

        if (items.Count == 0)
        {
            TempData["Error"] = "Chưa chọn hồ sơ nào.";
            return RedirectToAction(nameof(Index), new { year });
        }

        var outcomes = await approvals.ApplyAsync(User.Scope(), User.Identity!.Name!, action, items, comment);
        TempData["Outcomes"] = string.Join("\n", outcomes.Select(o => $"{(o.Succeeded ? "✓" : "✗")} {o.CitizenName}: {o.Message}"));
        var ok = outcomes.Count(o => o.Succeeded);
        TempData[ok == outcomes.Count ? "Success" : "Error"] = $"{action.Label()}: {ok}/{outcomes.Count} hồ sơ thành công.";
        return RedirectToAction(nameof(Index), new { year });
    }

    public async Task<IActionResult> Candidate(int id)
    {
        var scope = User.Scope();
        var registration = await scope.Filter(db.Registrations.AsNoTracking(), r => r.Village.Path)
            .Where(r => r.Id == id)
            .Select(r => new { r.Id, r.Year, Name = r.Citizen.FullName, r.CitizenId, Village = r.Village.Name, VillagePath = r.Village.Path,
                Group = r.Group.Name, r.AppraisedTotal, r.Passed })
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (registration is null)
        {
            return NotFound();
        }

        var candidate = await db.Candidates.AsNoTracking().Include(c => c.Transitions).FirstOrDefaultAsync(c => c.RegistrationId == id);
        var routes = await db.ApprovalRoutesAsync(HttpContext.RequestAborted);
        var route = routes[candidate?.RouteCode ?? (await db.ActiveCdhtRouteAsync(HttpContext.RequestAborted)).Code];
        var approval = candidate?.ToDomain(route) ?? new CandidateApproval(route, registration.Year);
        // Offer only what the domain would accept now from this user: each action is tried on a copy.
        var history = approval.History;
        var actions = Enum.GetValues<ApprovalAction>()
            .Where(a => a != ApprovalAction.LockByDecision)
            .Where(a =>
            {
                var level = ApprovalService.LevelFor(a, approval);
                return scope.ActingGrant(registration.VillagePath, level) is not null
                    && WouldAccept(CandidateApproval.Restore(route, registration.Year, history), a, level, registration.Passed == true);
            })
            .ToList();
        var actors = approval.History.Select(t => t.ActorUserName).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => actors.Contains(u.UserName!))
            .ToDictionaryAsync(u => u.UserName!, u => u.FullName);
        return View(new CandidateViewModel(registration.Id, registration.CitizenId, registration.Year, registration.Name, registration.Village,
            registration.Group, registration.AppraisedTotal, registration.Passed == true, approval, actions, names));
    }

    private static bool WouldAccept(CandidateApproval copy, ApprovalAction action, string level, bool passes)
    {
        const string Probe = "probe";
        try
        {
            ApprovalService.Perform(copy, action, Probe, level, passes, DateTimeOffset.UnixEpoch, Probe);
            return true;
        }
        catch (LearningSociety.Domain.DomainException)
        {
            return false;
        }
    }

    [HttpPost]
    public async Task<IActionResult> Act(int id, int version, ApprovalAction action, string? comment)
    {
        var outcome = (await approvals.ApplyAsync(User.Scope(), User.Identity!.Name!, action, [(id, version)], comment)).Single();
        TempData[outcome.Succeeded ? "Success" : "Error"] = outcome.Succeeded ? $"{action.Label()}: {outcome.Message}" : outcome.Message;
        return RedirectToAction(nameof(Candidate), new { id });
    }
}
