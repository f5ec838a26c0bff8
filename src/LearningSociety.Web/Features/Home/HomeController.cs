using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Home;

/// <summary>The dashboard: this year's CDHT progress for the units the user holds, one row per unit below.</summary>
public sealed class HomeController(AppDbContext db, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index()
    {
        var scope = User.Scope();
        var year = new VietnamClock(clock).Today().Year;

        var registrations = scope.Filter(db.Registrations.AsNoTracking(), r => r.Village.Path);

        // One grouped query: counts per village; rolled up below to the level the user looks at.
        var perVillage = await registrations
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
            .ToListAsync();

        var units = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Select(u => new { u.Id, u.Name, u.Path, u.ParentId, Level = u.Level.Code })
            .ToListAsync();
        var byId = units.ToDictionary(u => u.Id);

        // Rows: the children of the user's own units (villages for a commune, communes for a district …).
        var grantUnitIds = scope.Grants.Select(g => g.UnitId).ToHashSet();
        var rowUnits = units.Where(u => u.ParentId is int p && grantUnitIds.Contains(p)).ToList();
        if (rowUnits.Count == 0)
        {
            rowUnits = units.Where(u => grantUnitIds.Contains(u.Id)).ToList();
        }

        var rows = rowUnits
            .Select(unit =>
            {
                var inside = perVillage.Where(v => byId.TryGetValue(v.VillageId, out var village) && village.Path.StartsWith(unit.Path, StringComparison.Ordinal)).ToList();
                return new DashboardRow(unit.Id, unit.Name, inside.Sum(v => v.Registered), inside.Sum(v => v.SelfAssessed),
                    inside.Sum(v => v.Appraised), inside.Sum(v => v.Passed));
            })
            .OrderBy(r => r.UnitName, VietnameseText.Comparer)
            .ToList();

        return View(new DashboardViewModel(year, scope.Grants, rows));
    }
}

public sealed record DashboardRow(int UnitId, string UnitName, int Registered, int SelfAssessed, int Appraised, int Passed);

public sealed record DashboardViewModel(int Year, IReadOnlyList<ScopeGrant> Grants, IReadOnlyList<DashboardRow> Rows)
{
    public DashboardRow Total => new(0, "Tổng cộng", Rows.Sum(r => r.Registered), Rows.Sum(r => r.SelfAssessed),
        Rows.Sum(r => r.Appraised), Rows.Sum(r => r.Passed));
}
