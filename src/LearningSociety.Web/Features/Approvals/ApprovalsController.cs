using System.Globalization;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Units;
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
public sealed class ApprovalsController(AppDbContext db, ApprovalService approvals, InboxQueries inbox, TimeProvider clock) : Controller
{
    /// <summary>
    /// Without a unit: the summary of the units below the user (counts per state, from the card tallies), or straight the
    /// list when the user works for one village. With a unit: that unit's cards, filtered and paged in the database.
    /// </summary>
    public async Task<IActionResult> Index(int? year, int? unitId, int? groupId, string? state, int page = 1)
    {
        var scope = User.Scope();
        var cancellationToken = HttpContext.RequestAborted;
        var selectedYear = year ?? new VietnamClock(clock).Today().Year;
        // The summary when no unit is chosen; a branch with one village goes straight to its list.
        var summary = unitId is null ? await inbox.SummaryAsync(scope, selectedYear, cancellationToken) : [];
        if (unitId is null && summary is [{ LevelCode: AdministrativeLevel.Village } only])
        {
            unitId = only.UnitId;
        }

        InboxList? list = null;
        if (unitId is int id)
        {
            var filter = await inbox.FilterAsync(scope, selectedYear, id, groupId, state, cancellationToken);
            if (filter is null)
            {
                return NotFound();
            }

            var total = await filter.Records.CountAsync(cancellationToken);
            page = Math.Clamp(page, 1, Math.Max(1, (total + InboxQueries.PageSize - 1) / InboxQueries.PageSize));
            var items = (await filter.PageAsync(page, cancellationToken))
                .Select(x =>
                {
                    var r = x.Record;
                    var route = filter.Routes[r.RouteCode ?? filter.ActiveRoute.Code];
                    var step = r.HasCandidate ? route.Step(r.StepOrder) : route.FirstStep;
                    return new InboxItem(r.RegistrationId, r.Name, r.GroupName, r.Total, r.VillageName, r.State, step, r.Version, r.Reason,
                        r.DecisionNumber, x.Mine, new CardEvidence(r.HasEvidenceNote, r.EvidenceFiles));
                })
                .ToList();
            list = new InboxList(filter.UnitId, filter.UnitName, filter.LevelCode, items, total, page,
                await filter.Records.CountAsync(filter.WaitsForMe, cancellationToken));
        }

        var deadlines = (await db.Deadlines.AsNoTracking().Where(d => d.Year == selectedYear).ToListAsync(cancellationToken))
            .Select(d => d.ToDomain()).OrderBy(d => d.DueDate).ToList();
        var today = new VietnamClock(clock).Today();
        var actingLevels = scope.Grants.Where(g => g.Role.CanAct() && g.Role != PortalRole.SystemAdministrator).Select(g => g.LevelCode).ToHashSet();
        var activeRoute = (await db.ActiveCdhtRouteAsync(cancellationToken)).ToDomain();
        var bulkActions = activeRoute.Steps.Where(s => actingLevels.Contains(s.LevelCode))
            .Select(s => s.Order == activeRoute.FirstStep.Order ? ApprovalAction.Propose : s.IsFinal ? ApprovalAction.Approve : ApprovalAction.Forward)
            .ToList();

        return View(new InboxViewModel(selectedYear, summary, list, deadlines.Select(d => (d, DeadlineStatus.Of(d, today))).ToList(), bulkActions,
            groupId, state, await db.CitizenGroups.AsNoTracking().OrderBy(g => g.Code).ToListAsync(cancellationToken),
            TempData["Outcomes"] as string));
    }

    /// <summary>
    /// Applies an action to the cards ticked on the page ("registrationId:version" pairs), or — with <paramref name="all"/> —
    /// to every card of the unit's filter that waits for the user, found again on the server; each card reports its outcome.
    /// </summary>
    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Bulk(ApprovalAction action, int year, List<string?> selected, string? comment, bool all = false,
        int? unitId = null, int? groupId = null, string? state = null, int page = 1)
    {
        if (!ModelState.IsValid || !Enum.IsDefined(action))
        {
            // An action, a year or a unit the page never sends (400, never a 500, and never read as the default action).
            return BadRequest();
        }

        var back = new { year, unitId, groupId, state, page };
        var items = new List<(int RegistrationId, int Version)>();
        if (all)
        {
            var filter = unitId is int id ? await inbox.FilterAsync(User.Scope(), year, id, groupId, state, HttpContext.RequestAborted) : null;
            if (filter is null)
            {
                return NotFound();
            }

            items.AddRange(await filter.AllWaitingForMeAsync(HttpContext.RequestAborted));
        }
        else
        {
            // The page sends "registrationId:version" pairs; anything else was not sent by the page (400, never a 500).
            foreach (var value in selected)
            {
                var parts = (value ?? string.Empty).Split(':');
                if (parts.Length != 2
                    || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var registrationId)
                    || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                {
                    return BadRequest();
                }

                items.Add((registrationId, version));
            }
        }

        if (comment?.Length > CandidateApproval.MaxCommentLength)
        {
            TempData["Error"] = TooLong(comment) + " Chưa xử lý hồ sơ nào.";
            return RedirectToAction(nameof(Index), back);
        }

        if (items.Count == 0)
        {
            TempData["Error"] = all ? "Không còn hồ sơ nào chờ bạn xử lý trong bộ lọc này." : "Chưa chọn hồ sơ nào.";
            return RedirectToAction(nameof(Index), back);
        }

        var outcomes = await approvals.ApplyAsync(User.Scope(), User.Identity!.Name!, action, items, comment, HttpContext.RequestAborted);
        // Failures first; a long list is cut so the message stays readable (and fits the TempData cookie).
        const int Shown = 100;
        var lines = outcomes.OrderBy(o => o.Succeeded).Select(o => $"{(o.Succeeded ? "✓" : "✗")} {o.CitizenName}: {o.Message}").ToList();
        TempData["Outcomes"] = string.Join("\n", lines.Take(Shown))
            + (lines.Count > Shown ? $"\n… và {VietnameseFormat.Number(lines.Count - Shown)} hồ sơ khác." : string.Empty);
        var ok = outcomes.Count(o => o.Succeeded);
        TempData[ok == outcomes.Count ? "Success" : "Error"] =
            $"{action.Label()}: {VietnameseFormat.Number(ok)}/{VietnameseFormat.Number(outcomes.Count)} hồ sơ thành công.";
        return RedirectToAction(nameof(Index), back);
    }

    public Task<IActionResult> Candidate(int id) => CandidatePageAsync(id);

    private async Task<IActionResult> CandidatePageAsync(int id)
    {
        var scope = User.Scope();
        var registration = await scope.Filter(db.Registrations.AsNoTracking(), r => r.Village.Path)
            .Where(r => r.Id == id)
            .Select(r => new { r.Id, r.Year, Name = r.Citizen.FullName, r.CitizenId, r.VillageId, Village = r.Village.Name, VillagePath = r.Village.Path,
                Group = r.Group.Name, r.AppraisedTotal, r.Passed })
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (registration is null)
        {
            return NotFound();
        }

        var candidate = await db.Candidates.AsNoTracking().Include(c => c.Transitions).FirstOrDefaultAsync(c => c.RegistrationId == id, HttpContext.RequestAborted);
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
            .ToDictionaryAsync(u => u.UserName!, u => u.FullName, HttpContext.RequestAborted);
        return View(nameof(Candidate), new CandidateViewModel(registration.Id, registration.CitizenId, registration.Year, registration.Name, registration.VillageId, registration.Village,
            registration.Group, registration.AppraisedTotal, registration.Passed == true, approval, actions, names));
    }

    private static string TooLong(string comment)
        => $"Lý do, ghi chú tối đa {VietnameseFormat.Number(CandidateApproval.MaxCommentLength)} ký tự (bạn nhập {VietnameseFormat.Number(comment.Length)} ký tự).";

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
    [OncePerForm]
    public async Task<IActionResult> Act(int id, int version, ApprovalAction action, string? comment)
    {
        if (!ModelState.IsValid || !Enum.IsDefined(action))
        {
            return BadRequest();
        }

        if (!await User.Scope().Filter(db.Registrations.AsNoTracking(), r => r.Village.Path).AnyAsync(r => r.Id == id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        if (comment?.Length > CandidateApproval.MaxCommentLength)
        {
            // Refused at the field, before anything is tried: a reason is kept whole or not at all.
            ModelState.AddModelError(nameof(comment), TooLong(comment));
            ViewData["Comment"] = comment;
            return await CandidatePageAsync(id);
        }

        var outcome = (await approvals.ApplyAsync(User.Scope(), User.Identity!.Name!, action, [(id, version)], comment, HttpContext.RequestAborted)).Single();
        TempData[outcome.Succeeded ? "Success" : "Error"] = outcome.Succeeded ? $"{action.Label()}: {outcome.Message}" : outcome.Message;
        return RedirectToAction(nameof(Candidate), new { id });
    }
}
