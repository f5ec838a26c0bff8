using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Approvals;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Home;

/// <summary>
/// The dashboard: one line of what waits for the user (<see cref="WaitingWork"/>), the user's next deadlines (days left, overdue in red) and this year's CDHT progress for each unit
/// one level below the user's, from registration to recognition, with the recognised share of adults.
/// </summary>
public sealed class HomeController(AppDbContext db, TargetResults targets, CardCounts counts, WaitingWork waiting, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index()
    {
        var scope = User.Scope();
        var vietnam = new VietnamClock(clock);
        var today = vietnam.Today();
        var year = today.Year;

        // The year's counts per unit below the user, from the card tallies.
        var units = await counts.BelowAsync(scope, year, HttpContext.RequestAborted);
        var unitIds = units.Select(u => u.UnitId).ToList();
        var population = await db.UnitYearProfiles.AsNoTracking().Where(p => p.Year == year && unitIds.Contains(p.UnitId))
            .ToDictionaryAsync(p => p.UnitId, p => p.AdultPopulation, HttpContext.RequestAborted);
        var routes = await db.ApprovalRoutesAsync(HttpContext.RequestAborted);
        var activeRoute = (await db.ActiveCdhtRouteAsync(HttpContext.RequestAborted)).ToDomain();
        var cards = units.SelectMany(u => u.Cards).ToList();

        var rows = units
            .Select(unit => new DashboardRow(unit.UnitId, unit.Name,
                unit.Sum(_ => true), unit.Sum(c => c.SelfAssessed), unit.Sum(c => c.Appraised), unit.Sum(c => c.Passed),
                unit.Sum(c => c.IsProposed(routes)), unit.Sum(c => c.Recognised), population.GetValueOrDefault(unit.UnitId)))
            .ToList();

        // Deadlines of the user's own levels and of the level just below, which the user waits on.
        var levels = scope.Grants.Select(g => g.LevelCode).ToHashSet();
        var levelBelow = new Dictionary<string, string> { ["district"] = "commune", ["commune"] = "village", ["province"] = "district" };
        var relevant = levels.Concat(levels.Where(levelBelow.ContainsKey).Select(l => levelBelow[l])).ToHashSet();
        var deadlines = (await db.Deadlines.AsNoTracking().Where(d => d.Year == year).ToListAsync(HttpContext.RequestAborted))
            .Where(d => relevant.Contains(d.LevelCode) || scope.IsAdministrator)
            .Select(d => d.ToDomain())
            .OrderBy(d => d.DueDate)
            .Select(d => new DashboardDeadline(d, DeadlineStatus.Of(d, today), cards.Where(c => c.IsWorkAt(d.LevelCode, routes, activeRoute)).Sum(c => c.Count)))
            .ToList();

        // The year's plan of each commune or district the user works for: in force or not, and how many targets are met.
        var plans = new List<DashboardPlan>();
        foreach (var grant in scope.Grants.Where(g => g.LevelCode is AdministrativeLevel.Commune or AdministrativeLevel.District).DistinctBy(g => g.UnitId))
        {
            var (plan, judged) = await targets.JudgeAsync(new UnitRef(grant.UnitId, grant.UnitName, grant.UnitPath, grant.LevelCode), year,
                HttpContext.RequestAborted);
            plans.Add(new DashboardPlan(grant.UnitId, grant.UnitName, grant.LevelCode, plan, judged.Count,
                judged.Count(r => r.Result?.Judgement is Domain.Targets.TargetJudgement.Achieved or Domain.Targets.TargetJudgement.Exceeded)));
        }

        // The ĐBKK list changed under the villages' open cards: each branch and its commune is told (newest few).
        var rejudged = await (
                from n in db.RejudgeNotices.AsNoTracking()
                join u in scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path) on n.VillageId equals u.Id
                where n.Year == year
                orderby n.At descending
                select new RejudgeLine(u.Name, n.Rejudged, n.Changed, n.Reason, n.At))
            .Take(10).ToListAsync(HttpContext.RequestAborted);

        return View(new DashboardViewModel(year, scope.Grants, rows, deadlines)
        {
            Plans = plans, Waiting = await waiting.ForAsync(scope, HttpContext.RequestAborted), Rejudged = rejudged,
        });
    }
}
