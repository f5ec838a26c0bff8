using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;
using LearningSociety.Domain;

namespace LearningSociety.Web.Features.Universalization;

/// <summary>
/// What the PCGD-XMC pages show: the levels of the user's communes and districts, one commune's counts and levels beside
/// last year's, and the threshold rows. The levels come from <see cref="UniversalizationResults"/>; nothing is stored here.
/// </summary>
public sealed class UniversalizationPages(AppDbContext db, UniversalizationResults universalization, SurveyImporter importer, TimeProvider clock)
{
    public int CurrentYear => new VietnamClock(clock).Today().Year;

    /// <summary>The year asked for when the portal accepts it, else this year.</summary>
    public int SelectedYear(int? year) => year is >= UniversalizationYears.First and <= UniversalizationYears.Last ? year.Value : CurrentYear;

    /// <summary>The years a page offers, newest first (next year included).</summary>
    public List<int> Years() => [.. Enumerable.Range(UniversalizationYears.First, CurrentYear + 2 - UniversalizationYears.First).Reverse()];

    public async Task<UniversalizationIndexViewModel> IndexAsync(UnitScope scope, int year, CancellationToken cancellationToken)
    {
        var communes = await importer.CommunesAsync(scope, year, cancellationToken);
        var results = (await universalization.ForCommunesAsync([.. communes.Select(c => c.Id)], year, cancellationToken)).ToDictionary(c => c.UnitId);
        var rows = communes.Select(c =>
        {
            var result = results[c.Id];
            return new CommuneLevelsRow(c.Id, c.Name, c.Parent, result.IsDisadvantaged,
                SurveyLayout.Standards.ToDictionary(s => s, s => SurveyLayout.LevelText(result.Evaluation?.Standards.FirstOrDefault(r => r.Standard == s))),
                result.Evaluation is not null);
        }).ToList();

        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var districtUnits = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Where(u => u.Level.Code == AdministrativeLevel.District && u.ValidFrom <= last && (u.ValidTo == null || u.ValidTo >= first))
            .Select(u => new { u.Id, u.Name, u.Path })
            .ToListAsync(cancellationToken);
        var districts = new List<DistrictStandardsView>();
        foreach (var district in districtUnits.OrderBy(d => d.Name, VietnameseText.Comparer))
        {
            districts.Add(new DistrictStandardsView(district.Id, district.Name, await universalization.ForDistrictAsync(district.Path, year, cancellationToken)));
        }

        var canImport = communes.Any(c => scope.CanImportSurveyFor(c.ToUnitRef()));
        return new UniversalizationIndexViewModel(year, Years(), districts, rows, canImport, scope.IsAdministrator);
    }

    /// <param name="typed">The form as posted when it is shown again with its errors; null to show the stored counts.</param>
    public async Task<CommunePageViewModel> CommuneAsync(UnitScope scope, UnitRef unit, int year, SurveyInput? typed,
        CancellationToken cancellationToken)
    {
        var current = await universalization.ForCommuneAsync(unit.Id, year, cancellationToken);
        var lastYear = await universalization.ForCommuneAsync(unit.Id, year - 1, cancellationToken);
        var standards = SurveyLayout.Standards
            .Select(s => (Current: current.Evaluation?.Standards.FirstOrDefault(r => r.Standard == s),
                Last: lastYear.Evaluation?.Standards.FirstOrDefault(r => r.Standard == s)))
            .Where(x => x.Current is not null)
            .Select(x => StandardView.From(x.Current!, x.Last))
            .ToList();
        var levels = SurveyLayout.Standards.ToDictionary(s => s, s => (
            SurveyLayout.LevelText(current.Evaluation?.Standards.FirstOrDefault(r => r.Standard == s)),
            SurveyLayout.LevelText(lastYear.Evaluation?.Standards.FirstOrDefault(r => r.Standard == s))));
        return new CommunePageViewModel(unit.Id, unit.Name, year, Years(), current.IsDisadvantaged,
            scope.CanEditPlansOf(unit),
            typed is null ? current.Survey?.ConcurrencyStamp : typed.ConcurrencyStamp,
            typed?.Counts ?? SurveyInput.From(current.Survey),
            current.Survey?.UpdatedBy, current.Survey?.UpdatedAt, levels, standards);
    }

    public async Task<UniversalizationRulesViewModel> RulesAsync(int year, ConditionCorrectionInput condition, DistrictShareCorrectionInput share,
        CancellationToken cancellationToken)
    {
        var rules = await universalization.RulesAsync(cancellationToken);
        var inForce = rules.InForce(year);
        var conditions = rules.Conditions
            .OrderBy(r => r.Standard).ThenBy(r => r.Level).ThenBy(r => r.ConditionCode, StringComparer.Ordinal).ThenBy(r => r.ValidFromYear)
            .Select(r => new ConditionRuleRow(r, inForce.Conditions.Contains(r)))
            .ToList();
        var districtRows = rules.DistrictRules
            .OrderBy(r => r.Standard).ThenBy(r => r.Level).ThenBy(r => r.ValidFromYear)
            .Select(r => new DistrictRuleRow(r, inForce.DistrictRules.Contains(r)))
            .ToList();
        var codes = conditions.Select(r => r.Rule.ConditionCode).Distinct().ToList();
        var levels = rules.DistrictRules.Select(r => (r.Standard, r.Level)).Distinct().OrderBy(x => x.Standard).ThenBy(x => x.Level)
            .Select(x => (DistrictShareCorrectionInput.Key(x.Standard, x.Level),
                $"{TargetText.StandardShortName(x.Standard)} – {VietnameseFormat.LevelName(x.Level, rules.LevelsOf(x.Standard).Count == 1)}"))
            .ToList();
        condition.ConditionFromYear ??= year;
        share.ShareFromYear ??= year;
        return new UniversalizationRulesViewModel(year, Years(), inForce, conditions, districtRows, codes, levels, condition, share);
    }

    /// <summary>The commune when the user may see it; null (404) for other units and units out of scope.</summary>
    public async Task<UnitRef?> VisibleCommuneAsync(UnitScope scope, int unitId, CancellationToken cancellationToken)
    {
        var unit = await db.AdministrativeUnits.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new UnitRef(u.Id, u.Name, u.Path, u.Level.Code)).FirstOrDefaultAsync(cancellationToken);
        return unit is { IsCommune: true } && scope.CanSeePlansOf(unit) ? unit : null;
    }

    /// <summary>The communes of the year whose counts the user may import.</summary>
    public async Task<IReadOnlyList<SurveyImportCommune>> ImportableCommunesAsync(UnitScope scope, int year, CancellationToken cancellationToken)
        => [.. (await importer.CommunesAsync(scope, year, cancellationToken)).Where(c => scope.CanImportSurveyFor(c.ToUnitRef()))];
}
