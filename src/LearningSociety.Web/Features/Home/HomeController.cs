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

        var units = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Select(u => new { u.Id, u.Name, u.Path, u.ParentId, Level = u.Level.Code })
            .ToListAsync(HttpContext.RequestAborted);
        var population = await db.UnitYearProfiles.AsNoTracking().Where(p => p.Year == year)
            .ToDictionaryAsync(p => p.UnitId, p => p.AdultPopulation, HttpContext.RequestAborted);

        var grantUnitIds = scope.Grants.Select(g => g.UnitId).ToHashSet();
        var rowUnits = units.Where(u => u.ParentId is int p && grantUnitIds.Contains(p)).ToList();
        if (rowUnits.Count == 0)
        {
            rowUnits = units.Where(u => grantUnitIds.Contains(u.Id)).ToList();
        }

        // The year's counts from the card tallies, summed in the database to the rows shown when those are the villages' communes.
        var villages = units.Where(u => u.Level == AdministrativeLevel.Village).ToList();
        var rowIds = rowUnits.Select(u => u.Id).ToHashSet();
        var sumToParents = villages.All(v => v.ParentId is int p && rowIds.Contains(p)) && !villages.Any(v => rowIds.Contains(v.Id));
        var cards = await counts.OfAsync(year, villages.Select(v => new TalliedVillage(v.Id, v.Path, v.ParentId)).ToList(), sumToParents,
            HttpContext.RequestAborted);
        var routes = await db.ApprovalRoutesAsync(HttpContext.RequestAborted);
        var activeRoute = (await db.ActiveCdhtRouteAsync(HttpContext.RequestAborted)).ToDomain();
        var villagePaths = villages.ToDictionary(v => v.Id, v => v.Path);

        var rows = rowUnits
            .Select(unit =>
            {
                var mine = cards.Where(c => sumToParents ? c.UnitId == unit.Id
                    : villagePaths.TryGetValue(c.UnitId, out var path) && path.StartsWith(unit.Path, StringComparison.Ordinal)).ToList();
                return new DashboardRow(unit.Id, unit.Name,
                    mine.Sum(c => c.Count), mine.Where(c => c.SelfAssessed).Sum(c => c.Count), mine.Where(c => c.Appraised).Sum(c => c.Count),
                    mine.Where(c => c.Passed).Sum(c => c.Count), mine.Where(c => c.IsProposed(routes)).Sum(c => c.Count),
                    mine.Where(c => c.Recognised).Sum(c => c.Count), population.GetValueOrDefault(unit.Id));
            })
            .OrderBy(r => r.UnitName, VietnameseText.Comparer)
            .ToList();

        // Deadlines of the user's own levels and of the level just below, which the user waits on.
        var levels = scope.Grants.Select(g => g.LevelCode).ToHashSet();
        var levelBelow = new Dictionary<string, string> { ["district"] = "commune", ["commune"] = "village", ["province"] = "district" };
        var relevant = levels.Concat(levels.Where(levelBelow.ContainsKey).Select(l => levelBelow[l])).ToHashSet();
        var deadlines = (await db.Deadlines.AsNoTracking().Where(d => d.Year == year).ToListAsync(HttpContext.RequestAborted))
            .Where(d => relevant.Contains(d.LevelCode) || scope.IsAdministrator)
            .Select(d => d.ToDomain())
            .OrderBy(d => d.DueDate)
            .Select(d => new DashboardDeadline(d, DeadlineStatus.Of(d, today), cards.Where(c => c.WaitingAt(routes, activeRoute) == d.LevelCode).Sum(c => c.Count)))
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

        return View(new DashboardViewModel(year, scope.Grants, rows, deadlines)
        {
            Plans = plans, Waiting = await waiting.ForAsync(scope, HttpContext.RequestAborted),
        });
    }
}
