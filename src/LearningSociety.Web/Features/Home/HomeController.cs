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
/// The dashboard: the user's next deadlines (days left, overdue in red) and this year's CDHT progress for each unit
/// one level below the user's, from registration to recognition, with the recognised share of adults.
/// </summary>
public sealed class HomeController(AppDbContext db, TargetResults targets, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index()
    {
        var scope = User.Scope();
        var vietnam = new VietnamClock(clock);
        var today = vietnam.Today();
        var year = today.Year;

        // Two grouped queries (cards per village, candidates per village), rolled up below to the rows shown.
        var perVillage = await scope.Filter(db.Registrations.AsNoTracking(), r => r.Village.Path)
            .Where(r => r.Year == year)
            .GroupBy(r => r.VillageId)
            .Select(g => new
            {
                VillageId = g.Key,
                Registered = g.Count(),
                SelfAssessed = g.Count(r => r.Status != ScorecardStatus.Registered),
                Appraised = g.Count(r => r.Status == ScorecardStatus.Appraised),
                Passed = g.Count(r => r.Passed == true),
            })
            .ToListAsync(HttpContext.RequestAborted);
        var candidates = await scope.Filter(db.Candidates.AsNoTracking(), c => c.Registration.Village.Path)
            .Where(c => c.Year == year)
            .Select(c => new { c.Registration.VillageId, c.State, c.RouteCode, c.CurrentStepOrder })
            .ToListAsync(HttpContext.RequestAborted);
        var routes = await db.ApprovalRoutesAsync(HttpContext.RequestAborted);

        var units = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Select(u => new { u.Id, u.Name, u.Path, u.ParentId, Level = u.Level.Code })
            .ToListAsync(HttpContext.RequestAborted);
        var byId = units.ToDictionary(u => u.Id);
        var population = await db.UnitYearProfiles.AsNoTracking().Where(p => p.Year == year)
            .ToDictionaryAsync(p => p.UnitId, p => p.AdultPopulation);

        var grantUnitIds = scope.Grants.Select(g => g.UnitId).ToHashSet();
        var rowUnits = units.Where(u => u.ParentId is int p && grantUnitIds.Contains(p)).ToList();
        if (rowUnits.Count == 0)
        {
            rowUnits = units.Where(u => grantUnitIds.Contains(u.Id)).ToList();
        }

        bool Inside(int villageId, string path) => byId.TryGetValue(villageId, out var v) && v.Path.StartsWith(path, StringComparison.Ordinal);
        var rows = rowUnits
            .Select(unit =>
            {
                var cards = perVillage.Where(v => Inside(v.VillageId, unit.Path)).ToList();
                var files = candidates.Where(c => Inside(c.VillageId, unit.Path)).ToList();
                return new DashboardRow(unit.Id, unit.Name,
                    cards.Sum(v => v.Registered), cards.Sum(v => v.SelfAssessed), cards.Sum(v => v.Appraised), cards.Sum(v => v.Passed),
                    files.Count(c => CandidateProgress.HasBeenProposed(c.State, c.CurrentStepOrder, routes[c.RouteCode].FirstStep.Order)),
                    files.Count(c => c.State == CandidateState.Recognised),
                    population.GetValueOrDefault(unit.Id));
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
            .Select(d => new DashboardDeadline(d, DeadlineStatus.Of(d, today), PendingFor(d.LevelCode)))
            .ToList();

        // Waiting at the village: passing cards never proposed, plus files returned to the branch.
        int PendingFor(string levelCode) => levelCode == "village"
            ? perVillage.Sum(v => v.Passed) - candidates.Count(c => c.State is not CandidateState.Draft)
                + candidates.Count(c => c.State == CandidateState.Returned && routes[c.RouteCode].FirstStep.Order == c.CurrentStepOrder)
            : candidates.Count(c => c.State is CandidateState.InReview or CandidateState.Returned
                && routes[c.RouteCode].Step(c.CurrentStepOrder).LevelCode == levelCode);

        // The year's plan of each commune or district the user works for: in force or not, and how many targets are met.
        var plans = new List<DashboardPlan>();
        foreach (var grant in scope.Grants.Where(g => g.LevelCode is AdministrativeLevel.Commune or AdministrativeLevel.District).DistinctBy(g => g.UnitId))
        {
            var (plan, judged) = await targets.JudgeAsync(new UnitRef(grant.UnitId, grant.UnitName, grant.UnitPath, grant.LevelCode), year);
            plans.Add(new DashboardPlan(grant.UnitId, grant.UnitName, grant.LevelCode, plan, judged.Count,
                judged.Count(r => r.Result?.Judgement is Domain.Targets.TargetJudgement.Achieved or Domain.Targets.TargetJudgement.Exceeded)));
        }

        return View(new DashboardViewModel(year, scope.Grants, rows, deadlines) { Plans = plans });
    }
}
