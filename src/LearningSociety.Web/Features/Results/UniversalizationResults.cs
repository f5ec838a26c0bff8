using LearningSociety.Domain.Units;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Results;

/// <summary>A commune's survey for a year and the levels computed from it; Evaluation is null without a survey.</summary>
/// <param name="Code">The commune's administrative code (<c>AdministrativeUnit.Code</c>), which the province matches rows on.</param>
public sealed record CommuneUniversalization(int UnitId, string Name, int Year, bool IsDisadvantaged,
    UniversalizationSurveyRecord? Survey, UniversalizationEvaluation? Evaluation, string Code = "");

/// <summary>A district's communes for a year and the district standards (share of communes meeting each level).</summary>
public sealed record DistrictUniversalizationResult(int Year, IReadOnlyList<CommuneUniversalization> Communes,
    IReadOnlyList<DistrictStandardResult> Standards)
{
    public int LevelOf(UniversalizationStandard standard) => Standards.FirstOrDefault(s => s.Standard == standard)?.Level ?? 0;
}

/// <summary>
/// Reads surveys and the rule rows from the database and computes levels with the domain evaluator. The only place
/// that turns stored counts into PCGD-XMC levels, for pages and reports alike.
/// </summary>
public sealed class UniversalizationResults(AppDbContext db, ResultsCache cache)
{
    private UniversalizationRuleSet? _rules;

    public async Task<UniversalizationRuleSet> RulesAsync(CancellationToken cancellationToken = default)
        => _rules ??= new UniversalizationRuleSet(
            await db.UniversalizationRules.AsNoTracking().ToListAsync(cancellationToken),
            await db.UniversalizationPrerequisites.AsNoTracking().ToListAsync(cancellationToken),
            await db.DistrictUniversalizationRules.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>The communes among <paramref name="unitIds"/> (or, when empty, none) with their surveys for the year.</summary>
    public async Task<IReadOnlyList<CommuneUniversalization>> ForCommunesAsync(IReadOnlyCollection<int> unitIds, int year, CancellationToken cancellationToken = default)
    {
        var rules = await RulesAsync(cancellationToken);
        var units = await db.AdministrativeUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.Code }).ToListAsync(cancellationToken);
        var surveys = await db.UniversalizationSurveys.AsNoTracking().Include(s => s.Figures)
            .Where(s => unitIds.Contains(s.UnitId) && s.Year == year).ToDictionaryAsync(s => s.UnitId, cancellationToken);
        var disadvantaged = await DesignatedCommunes.In(db, year)
            .Where(c => unitIds.Contains(c.CommuneId)).Select(c => c.CommuneId).Distinct().ToListAsync(cancellationToken);

        return
        [
            .. units.Select(u =>
            {
                var isDisadvantaged = disadvantaged.Contains(u.Id);
                var survey = surveys.GetValueOrDefault(u.Id);
                var evaluation = survey is null ? null : UniversalizationEvaluator.Evaluate(survey.ToSurvey(isDisadvantaged), rules);
                return new CommuneUniversalization(u.Id, u.Name, year, isDisadvantaged, survey, evaluation, u.Code);
            }).OrderBy(c => c.Name, Shared.VietnameseText.Comparer),
        ];
    }

    public async Task<CommuneUniversalization> ForCommuneAsync(int communeId, int year, CancellationToken cancellationToken = default)
        => (await ForCommunesAsync([communeId], year, cancellationToken)).Single();

    /// <summary>
    /// The communes below a unit and the district standards. A commune without a survey counts as meeting nothing,
    /// as it would in the MOET system.
    /// </summary>
    public Task<DistrictUniversalizationResult> ForDistrictAsync(string districtPath, int year, CancellationToken cancellationToken = default)
        => cache.GetOrComputeAsync(db, $"pcgd-district:{districtPath}:{year}", () => EvaluateDistrictAsync(districtPath, year, cancellationToken),
            r => r.Communes.Count * 10, cancellationToken);

    private async Task<DistrictUniversalizationResult> EvaluateDistrictAsync(string districtPath, int year, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var communeIds = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Path.StartsWith(districtPath) && u.Level.Code == AdministrativeLevel.Commune
                && u.ValidFrom <= last && (u.ValidTo == null || u.ValidTo >= first))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        var communes = await ForCommunesAsync(communeIds, year, cancellationToken);
        var rules = await RulesAsync(cancellationToken);
        var evaluations = communes.Select(c => c.Evaluation ?? Empty(year, rules)).ToList();
        return new DistrictUniversalizationResult(year, communes, DistrictUniversalization.Evaluate(evaluations, rules, year));
    }

    // A commune that has not entered its survey reaches level 0 of every standard.
    private static UniversalizationEvaluation Empty(int year, UniversalizationRuleSet rules)
        => UniversalizationEvaluator.Evaluate(new UniversalizationSurvey { SurveyYear = year }, rules);
}
