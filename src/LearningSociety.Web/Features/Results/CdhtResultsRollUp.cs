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

public sealed record ResultsRow(int UnitId, string Name, UnitResults Results);

/// <summary>The rows of a roll-up (the units one level below the reporting unit) and their totals.</summary>
/// <param name="ConsecutiveYears">The "năm liền" counts of the rules in force (one value almost always).</param>
/// <param name="DigitalSkillsCutOffs">The TC2.1 cut-offs of the rules in force (one value almost always).</param>
public sealed record ResultsRollUp(IReadOnlyList<CitizenGroup> Groups, IReadOnlyList<ResultsRow> Rows, UnitResults Total,
    IReadOnlyList<int> ConsecutiveYears, IReadOnlyList<int> DigitalSkillsCutOffs);

/// <summary>
/// Counts a year's CDHT results for every village under a unit with a handful of grouped queries (none per village
/// or per citizen), then adds them up to the unit's children: villages for a commune, communes for a district.
/// Shares are always computed from summed numerators and denominators, never by averaging percentages.
/// </summary>
public sealed class CdhtResultsRollUp(AppDbContext db, RecognitionRuleLookup rules)
{
    /// <param name="countOutstanding">False skips the "tiêu biểu xuất sắc" count (its history query is a third of the
    /// cost), for callers such as plan targets that never show it.</param>
    public async Task<ResultsRollUp> ForChildrenOfAsync(int unitId, string unitPath, int year, bool countOutstanding = true, CancellationToken cancellationToken = default)
    {
        var groups = await db.CitizenGroups.AsNoTracking().OrderBy(g => g.Code).ToListAsync(cancellationToken);
        var groupIndex = groups.Select((g, i) => (g.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);

        var units = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Path.StartsWith(unitPath) && u.Id != unitId)
            .Select(u => new { u.Id, u.Name, u.Path, u.ParentId, Level = u.Level.Code, Active = u.ValidFrom <= last && (u.ValidTo == null || u.ValidTo >= first) })
            .ToListAsync(cancellationToken);
        var villages = units.Where(u => u.Level == AdministrativeLevel.Village).ToDictionary(u => u.Id);
        var perVillage = villages.Keys.ToDictionary(id => id, _ => new UnitResults(groups.Count));

        // Filtering cards by village ids (not by path) lets every query start from the cards' (VillageId, Year) index.
        var villageIds = villages.Keys.ToList();

        // The rule in force for each village gives its "năm liền" count and its digital-skills cut-off. With one cut-off
        // for every village (the usual case) the card pass compares in SQL; otherwise a second grouped query does.
        var ruleFor = await rules.ForYearOrNoneAsync(year, cancellationToken);
        var villageRules = villages.Values.Select(v => (v.Id, Rule: ruleFor(v.Path))).Where(v => v.Rule is not null)
            .ToDictionary(v => v.Id, v => v.Rule!);
        var cutOffs = villageRules.Values.Select(r => r.DigitalSkillsCutOff).Distinct().Order().ToList();
        var sharedCutOff = cutOffs.Count == 1 ? cutOffs[0] : RecognitionRule.MaxScore + 1;
        const string digitalIndicator = RecognitionRule.DigitalSkillsIndicator;

        // One pass over the year's cards, each with its candidate if it has one, grouped down to a few hundred rows.
        var routes = await db.ApprovalRoutesAsync(cancellationToken);
        var cards = await (
                from r in db.Registrations.AsNoTracking()
                where villageIds.Contains(r.VillageId) && r.Year == year
                join c in db.Candidates on r.Id equals c.RegistrationId into candidates
                from c in candidates.DefaultIfEmpty()
                group r by new
                {
                    r.VillageId,
                    r.GroupId,
                    SelfAssessed = r.Status != ScorecardStatus.Registered,
                    State = (CandidateState?)c!.State,
                    RouteCode = (string?)c.RouteCode,
                    Step = (int?)c.CurrentStepOrder,
                    Digital = c.State == CandidateState.Recognised
                        && r.Entries.Any(e => e.Code == digitalIndicator && e.AppraisedScore >= sharedCutOff),
                }
                into g
                select new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var (key, count) in cards.Where(x => perVillage.ContainsKey(x.Key.VillageId)).Select(x => (x.Key, x.Count)))
        {
            var results = perVillage[key.VillageId];
            var group = groupIndex[key.GroupId];
            results.Registered[group] += count;
            results.SelfAssessed[group] += key.SelfAssessed ? count : 0;
            if (key.State is { } state && CandidateProgress.HasBeenProposed(state, key.Step!.Value, routes[key.RouteCode!].FirstStep.Order))
            {
                results.Proposed[group] += count;
            }

            results.Recognised[group] += key.State == CandidateState.Recognised ? count : 0;
            results.DigitalSkills += key.Digital ? count : 0;
        }

        var recognised = db.Candidates.AsNoTracking()
            .Where(c => villageIds.Contains(c.Registration.VillageId) && c.Registration.Year == year && c.State == CandidateState.Recognised);
        if (cutOffs.Count > 1)
        {
            var scores = await (
                    from c in recognised
                    group c by new
                    {
                        c.Registration.VillageId,
                        Score = c.Registration.Entries.Where(e => e.Code == digitalIndicator).Select(e => e.AppraisedScore).FirstOrDefault(),
                    }
                    into g
                    select new { g.Key.VillageId, g.Key.Score, Count = g.Count() })
                .ToListAsync(cancellationToken);
            foreach (var x in scores.Where(x => villageRules.TryGetValue(x.VillageId, out var rule) && rule.ShowsDigitalSkills(x.Score)))
            {
                perVillage[x.VillageId].DigitalSkills += x.Count;
            }
        }

        IReadOnlyList<int> consecutive = countOutstanding
            ? await CountOutstandingAsync(recognised, villageRules, perVillage, year, cancellationToken)
            : [];

        // A unit's own profile gives its adults; without one, its villages' profiles add up when all are entered.
        var adults = await db.UnitYearProfiles.AsNoTracking()
            .Where(p => p.Year == year && p.Unit.Path.StartsWith(unitPath) && p.AdultPopulation != null)
            .ToDictionaryAsync(p => p.UnitId, p => p.AdultPopulation!.Value, cancellationToken);

        var rows = units
            .Where(u => u.ParentId == unitId)
            .Select(u =>
            {
                var below = villages.Values.Where(v => v.Path.StartsWith(u.Path, StringComparison.Ordinal)).ToList();
                var results = new UnitResults(groups.Count);
                foreach (var village in below)
                {
                    results.AddCounts(perVillage[village.Id]);
                }

                results.Adults = adults.TryGetValue(u.Id, out var own) ? own
                    : below.Count > 0 && below.All(v => adults.ContainsKey(v.Id)) ? below.Sum(v => adults[v.Id]) : null;
                return (Unit: u, Results: results);
            })
            .Where(x => x.Unit.Active || x.Results.Registered.Sum() > 0)
            .Select(x => new ResultsRow(x.Unit.Id, x.Unit.Name, x.Results))
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

    /// <summary>
    /// "Tiêu biểu xuất sắc" through the domain rule, <see cref="OutstandingCitizen"/>, with the run length of the rule in
    /// force for each village. One query fetches the earlier recognised years (within the longest run any rule asks for)
    /// of this year's recognised citizens; a citizen with none is judged on this year alone.
    /// </summary>
    private async Task<IReadOnlyList<int>> CountOutstandingAsync(IQueryable<Candidate> recognised,
        IReadOnlyDictionary<int, RecognitionRule> villageRules, Dictionary<int, UnitResults> perVillage, int year,
        CancellationToken cancellationToken)
    {
        var runLength = villageRules.ToDictionary(v => v.Key, v => v.Value.ConsecutiveYearsForOutstanding);
        if (runLength.Count == 0)
        {
            return [];
        }

        var longest = runLength.Values.Max();
        var cards = RecognisedYears.Cards(db, year);
        var earlier = await (
                from c in recognised
                join r in cards on c.Registration.CitizenId equals r.CitizenId
                where r.Year > year - longest && r.Year < year
                select new { c.Registration.VillageId, r.CitizenId, r.Year })
            .ToListAsync(cancellationToken);
        var histories = earlier.GroupBy(x => x.VillageId).ToDictionary(g => g.Key, g => g.GroupBy(x => x.CitizenId, x => x.Year).ToList());
        foreach (var (villageId, run) in runLength)
        {
            var results = perVillage[villageId];
            var citizens = histories.GetValueOrDefault(villageId) ?? [];
            results.Outstanding = citizens.Count(years => OutstandingCitizen.IsOutstanding(years.Append(year), year, run));
            if (OutstandingCitizen.IsOutstanding([year], year, run))
            {
                results.Outstanding += results.RecognisedTotal - citizens.Count;
            }
        }

        return [.. runLength.Values.Distinct().Order()];
    }
}
