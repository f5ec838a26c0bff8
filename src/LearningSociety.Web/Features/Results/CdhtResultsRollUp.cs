using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Approvals;
using LearningSociety.Web.Features.Scorecards;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Results;

/// <summary>One unit's CDHT year: counts per citizen group (in the order of <see cref="ResultsRollUp.Groups"/>) and the totals that divide.</summary>
public sealed class UnitResults(int groups)
{
    public int[] Registered { get; } = new int[groups];

    public int[] SelfAssessed { get; } = new int[groups];

    public int[] Proposed { get; } = new int[groups];

    public int[] Recognised { get; } = new int[groups];

    /// <summary>Recognised citizens whose appraised TC2.1 reaches the cut-off of their rule (<see cref="RecognitionRule.ShowsDigitalSkills"/>).</summary>
    public int DigitalSkills { get; set; }

    /// <summary>Recognised citizens who are "tiêu biểu xuất sắc" this year.</summary>
    public int Outstanding { get; set; }

    /// <summary>The adult population the share divides by; null while it is not entered.</summary>
    public int? Adults { get; set; }

    public int RecognisedTotal => Recognised.Sum();

    /// <summary>Recognised over adults, as a fraction; null without a population.</summary>
    public decimal? RecognisedShare => Adults is > 0 ? (decimal)RecognisedTotal / Adults.Value : null;

    /// <summary>Digital skills over recognised, as a fraction; null when nobody is recognised.</summary>
    public decimal? DigitalSkillsShare => RecognisedTotal > 0 ? (decimal)DigitalSkills / RecognisedTotal : null;

    /// <summary>Adds the numerators of <paramref name="other"/>; populations are summed by the caller, which knows when one is missing.</summary>
    public void AddCounts(UnitResults other)
    {
        for (var g = 0; g < Registered.Length; g++)
        {
            Registered[g] += other.Registered[g];
            SelfAssessed[g] += other.SelfAssessed[g];
            Proposed[g] += other.Proposed[g];
            Recognised[g] += other.Recognised[g];
        }

        DigitalSkills += other.DigitalSkills;
        Outstanding += other.Outstanding;
    }
}

/// <param name="Code">The unit's administrative code (<c>AdministrativeUnit.Code</c>), which the province matches rows on.</param>
public sealed record ResultsRow(int UnitId, string Name, UnitResults Results, string Code = "");

/// <summary>The rows of a roll-up (the units one level below the reporting unit) and their totals.</summary>
/// <param name="ConsecutiveYears">The "năm liền" counts of the rules in force (one value almost always).</param>
/// <param name="DigitalSkillsCutOffs">The TC2.1 cut-offs of the rules in force (one value almost always).</param>
public sealed record ResultsRollUp(IReadOnlyList<CitizenGroup> Groups, IReadOnlyList<ResultsRow> Rows, UnitResults Total,
    IReadOnlyList<int> ConsecutiveYears, IReadOnlyList<int> DigitalSkillsCutOffs);

/// <summary>
/// A year's CDHT results for the units one level below a unit (villages for a commune, communes for a district), summed
/// from the card tallies (<see cref="CardCounts"/>): a few queries whose cost follows the number of units, not of citizens.
/// Shares are always computed from summed numerators and denominators, never by averaging percentages.
/// </summary>
public sealed class CdhtResultsRollUp(AppDbContext db, RecognitionRuleLookup rules, CardCounts counts, ResultsCache cache)
{
    /// <summary>
    /// The roll-up, computed once per data version on this instance (<see cref="ResultsCache"/>): callers only read it.
    /// </summary>
    /// <param name="countOutstanding">Kept for callers that never show "tiêu biểu xuất sắc"; the tallies count it at no cost.</param>
    public Task<ResultsRollUp> ForChildrenOfAsync(int unitId, string unitPath, int year, bool countOutstanding = true, CancellationToken cancellationToken = default)
        => cache.GetOrComputeAsync(db, $"cdht-roll-up:{unitId}:{unitPath}:{year}:{countOutstanding}",
            () => RollUpAsync(unitId, unitPath, year, countOutstanding, cancellationToken), r => (r.Rows.Count + 1) * r.Groups.Count, cancellationToken);

    private async Task<ResultsRollUp> RollUpAsync(int unitId, string unitPath, int year, bool countOutstanding, CancellationToken cancellationToken)
    {
        var groups = await db.CitizenGroups.AsNoTracking().OrderBy(g => g.Code).ToListAsync(cancellationToken);
        var groupIndex = groups.Select((g, i) => (g.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);

        var units = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Path.StartsWith(unitPath) && u.Id != unitId)
            .Select(u => new { u.Id, u.Name, u.Code, u.Path, u.ParentId, Level = u.Level.Code, Active = u.ValidFrom <= last && (u.ValidTo == null || u.ValidTo >= first) })
            .ToListAsync(cancellationToken);
        var villages = units.Where(u => u.Level == AdministrativeLevel.Village).ToDictionary(u => u.Id);
        var children = units.Where(u => u.ParentId == unitId).ToList();
        var childIds = children.Select(c => c.Id).ToHashSet();

        // Summed in the database to the rows shown when the villages' parents are those rows (a district's communes);
        // otherwise per village, added up here by path.
        var sumToParents = villages.Values.All(v => v.ParentId is int p && childIds.Contains(p)) && !villages.Keys.Any(childIds.Contains);
        var cards = await counts.OfAsync(year, villages.Values.Select(v => new TalliedVillage(v.Id, v.Path, v.ParentId)).ToList(), sumToParents,
            cancellationToken);
        var routes = await db.ApprovalRoutesAsync(cancellationToken);
        var perUnit = new Dictionary<int, UnitResults>();
        foreach (var card in cards)
        {
            if (!perUnit.TryGetValue(card.UnitId, out var results))
            {
                perUnit[card.UnitId] = results = new UnitResults(groups.Count);
            }

            var group = groupIndex[card.GroupId];
            results.Registered[group] += card.Count;
            results.SelfAssessed[group] += card.SelfAssessed ? card.Count : 0;
            results.Proposed[group] += card.IsProposed(routes) ? card.Count : 0;
            results.Recognised[group] += card.Recognised ? card.Count : 0;
            results.DigitalSkills += card.DigitalSkills;
            results.Outstanding += countOutstanding ? card.Outstanding : 0;
        }

        var ruleFor = await rules.ForYearOrNoneAsync(year, cancellationToken);
        var villageRules = villages.Values.Select(v => ruleFor(v.Path)).OfType<RecognitionRule>().ToList();
        IReadOnlyList<int> cutOffs = [.. villageRules.Select(r => r.DigitalSkillsCutOff).Distinct().Order()];
        IReadOnlyList<int> consecutive = countOutstanding ? [.. villageRules.Select(r => r.ConsecutiveYearsForOutstanding).Distinct().Order()] : [];

        // A unit's own profile gives its adults; without one, its villages' profiles add up when all are entered.
        var adults = await db.UnitYearProfiles.AsNoTracking()
            .Where(p => p.Year == year && p.Unit.Path.StartsWith(unitPath) && p.AdultPopulation != null)
            .ToDictionaryAsync(p => p.UnitId, p => p.AdultPopulation!.Value, cancellationToken);

        var rows = children
            .Select(u =>
            {
                var below = villages.Values.Where(v => v.Path.StartsWith(u.Path, StringComparison.Ordinal)).ToList();
                var results = new UnitResults(groups.Count);
                foreach (var id in sumToParents ? [u.Id] : below.Select(v => v.Id))
                {
                    if (perUnit.TryGetValue(id, out var counted))
                    {
                        results.AddCounts(counted);
                    }
                }

                results.Adults = adults.TryGetValue(u.Id, out var own) ? own
                    : below.Count > 0 && below.All(v => adults.ContainsKey(v.Id)) ? below.Sum(v => adults[v.Id]) : null;
                return (Unit: u, Results: results);
            })
            .Where(x => x.Unit.Active || x.Results.Registered.Sum() > 0)
            .Select(x => new ResultsRow(x.Unit.Id, x.Unit.Name, x.Results, x.Unit.Code))
            .OrderBy(r => r.Name, Shared.VietnameseText.Comparer)
            .ToList();

        var total = new UnitResults(groups.Count);
        foreach (var row in rows)
        {
            total.AddCounts(row.Results);
        }

        total.Adults = rows.Count > 0 && rows.All(r => r.Results.Adults is not null) ? rows.Sum(r => r.Results.Adults!.Value) : null;
        return new ResultsRollUp(groups, rows, total, consecutive, cutOffs);
    }
}
