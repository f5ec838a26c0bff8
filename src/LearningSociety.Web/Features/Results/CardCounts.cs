using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Results;

/// <summary>
/// How many of a unit's cards of the year stand in one place of the process (summed from <see cref="CardTally"/>), with the
/// questions every page asks of them answered in one place.
/// </summary>
/// <param name="UnitId">The village, or the unit above the villages the counts were summed to.</param>
/// <param name="DigitalSkills">Of those, recognised with an appraised TC2.1 that reaches the cut-off of the village's rule.</param>
/// <param name="Outstanding">Of those, recognised with a run of recognised years that reaches the "năm liền" of the village's rule.</param>
public sealed record CardCount(int UnitId, int GroupId, ScorecardStatus Status, Verdict Verdict, bool HasCandidate, CandidateState State,
    string RouteCode, int StepOrder, int Count, int DigitalSkills, int Outstanding)
{
    public bool SelfAssessed => Status != ScorecardStatus.Registered;

    public bool Appraised => Status == ScorecardStatus.Appraised;

    public bool Passed => Verdict == Verdict.Passed;

    /// <summary>Recognised on the route, or an earlier year entered from paper and confirmed by the commune (<see cref="RecognisedYears"/>).</summary>
    public bool Recognised => State == CandidateState.Recognised;

    /// <summary>An earlier year entered from paper and confirmed: recognised without travelling the route in the portal.</summary>
    public bool IsConfirmedPast => !HasCandidate && State == CandidateState.Recognised;

    /// <summary>Counted as proposed by the year's reports (<see cref="CandidateProgress.HasBeenProposed"/>); a confirmed earlier year was proposed on paper.</summary>
    public bool IsProposed(IReadOnlyDictionary<string, ApprovalRoute> routes)
        => HasCandidate ? CandidateProgress.HasBeenProposed(State, StepOrder, routes[RouteCode].FirstStep.Order) : IsConfirmedPast;

    /// <summary>The level the cards wait for (a passing card never proposed waits for the first step of the active route); null when nobody has to act.</summary>
    public string? WaitingAt(IReadOnlyDictionary<string, ApprovalRoute> routes, ApprovalRoute activeRoute)
        => !HasCandidate ? (Passed && !IsConfirmedPast ? activeRoute.FirstStep.LevelCode : null)
            : State is CandidateState.Draft or CandidateState.Returned or CandidateState.InReview ? routes[RouteCode].Step(StepOrder).LevelCode
            : null;

    /// <summary>
    /// Whether the cards are work still to do at a level: waiting for its step, or, at the first step's level (the branch),
    /// self-assessed and waiting to be appraised. A deadline of the level is overdue for a user only while such cards remain.
    /// </summary>
    public bool IsWorkAt(string levelCode, IReadOnlyDictionary<string, ApprovalRoute> routes, ApprovalRoute activeRoute)
        => WaitingAt(routes, activeRoute) == levelCode
            || (levelCode == activeRoute.FirstStep.LevelCode && !HasCandidate && Status == ScorecardStatus.SelfAssessed);
}

/// <summary>A unit one level below the user and its cards of the year (<see cref="CardCounts.BelowAsync"/>).</summary>
public sealed record UnitCards(int UnitId, string Name, string Path, string LevelCode, IReadOnlyList<CardCount> Cards)
{
    public int Sum(Func<CardCount, bool> which) => Cards.Where(which).Sum(c => c.Count);
}

/// <summary>A village whose cards are counted.</summary>
public readonly record struct TalliedVillage(int Id, string Path, int? ParentId);

/// <summary>
/// Reads the card tallies of a set of villages for a year, summed in the database to the villages or to their parents
/// (a district's year is a few hundred rows per commune whatever its number of citizens), digital skills and "tiêu biểu
/// xuất sắc" judged by the rule in force for each village.
/// </summary>
public sealed class CardCounts(AppDbContext db, RecognitionRuleLookup rules, ResultsCache cache)
{
    /// <summary>
    /// The units one level below each of the user's units (villages for a commune, communes for a district; the user's own
    /// unit when nothing lies below it), each with its cards of the year: the rows of the dashboard and the inbox summary.
    /// </summary>
    public async Task<IReadOnlyList<UnitCards>> BelowAsync(UnitScope scope, int year, CancellationToken cancellationToken)
    {
        var units = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Select(u => new { u.Id, u.Name, u.Path, u.ParentId, Level = u.Level.Code })
            .ToListAsync(cancellationToken);
        var grantUnitIds = scope.Grants.Select(g => g.UnitId).ToHashSet();
        var rowUnits = units.Where(u => u.ParentId is int p && grantUnitIds.Contains(p)).ToList();
        if (rowUnits.Count == 0)
        {
            rowUnits = units.Where(u => grantUnitIds.Contains(u.Id)).ToList();
        }

        // Summed in the database to the rows when those are the villages' parents; otherwise per village, added up by path.
        var villages = units.Where(u => u.Level == AdministrativeLevel.Village).ToList();
        var rowIds = rowUnits.Select(u => u.Id).ToHashSet();
        var sumToParents = villages.All(v => v.ParentId is int p && rowIds.Contains(p)) && !villages.Any(v => rowIds.Contains(v.Id));
        var cards = await OfAsync(year, villages.Select(v => new TalliedVillage(v.Id, v.Path, v.ParentId)).ToList(), sumToParents, cancellationToken);
        var villagePaths = villages.ToDictionary(v => v.Id, v => v.Path);
        return rowUnits
            .Select(unit => new UnitCards(unit.Id, unit.Name, unit.Path, unit.Level, cards
                .Where(c => sumToParents ? c.UnitId == unit.Id
                    : villagePaths.TryGetValue(c.UnitId, out var path) && path.StartsWith(unit.Path, StringComparison.Ordinal))
                .ToList()))
            .OrderBy(u => u.Name, Shared.VietnameseText.Comparer)
            .ToList();
    }

    // Scoped: lives for one request, which never counts after changing cards (a change redirects).
    private readonly Dictionary<(int, bool, string), IReadOnlyList<CardCount>> memo = [];

    public async Task<IReadOnlyList<CardCount>> OfAsync(int year, IReadOnlyCollection<TalliedVillage> villages, bool sumToParents,
        CancellationToken cancellationToken)
    {
        if (villages.Count == 0)
        {
            return [];
        }

        // One request often asks twice (the dashboard's rows and its plan's targets): the second answer is the first.
        var memoKey = (year, sumToParents, string.Join(',', villages.Select(v => v.Id).Order()));
        if (memo.TryGetValue(memoKey, out var known))
        {
            return known;
        }

        // Other requests of the same data version (on this instance) counted these villages already.
        var counts = await cache.GetOrComputeAsync(db, $"card-counts:{memoKey.year}:{memoKey.sumToParents}:{memoKey.Item3}",
            () => CountAsync(year, villages, sumToParents, cancellationToken), c => c.Count, cancellationToken);
        memo[memoKey] = counts;
        return counts;
    }

    private async Task<IReadOnlyList<CardCount>> CountAsync(int year, IReadOnlyCollection<TalliedVillage> villages, bool sumToParents,
        CancellationToken cancellationToken)
    {
        // With one digital-skills cut-off and one "năm liền" for every village (the usual case) the database judges both
        // and sums straight to the units shown; otherwise it sums per village and each village's rule judges here.
        var ruleFor = await rules.ForYearOrNoneAsync(year, cancellationToken);
        var villageRules = villages.ToDictionary(v => v.Id, v => ruleFor(v.Path));
        var cutOffs = villageRules.Values.Select(r => r?.DigitalSkillsCutOff ?? RecognitionRule.MaxScore + 1).Distinct().ToList();
        var runs = villageRules.Values.Select(r => r?.ConsecutiveYearsForOutstanding ?? CardTallyKeeper.LongestRun + 1).Distinct().ToList();
        var shared = cutOffs.Count == 1 && runs.Count == 1;
        var cutOff = cutOffs[0];
        var run = runs[0];

        var ids = villages.Select(v => v.Id).ToList();
        var parents = villages.ToDictionary(v => v.Id, v => v.ParentId ?? 0);
        var tallies = db.CardTallies.AsNoTracking().Where(t => t.Year == year && ids.Contains(t.VillageId) && t.Count != 0);
        List<CardCount> counts;
        if (shared)
        {
            // Grouped on the tallies' key order, digital skills and runs judged by the shared rule as sums: a few rows per unit.
            var rows = await (sumToParents
                    ? from t in tallies
                      join u in db.AdministrativeUnits on t.VillageId equals u.Id
                      group t by new { Unit = u.ParentId ?? 0, t.GroupId, t.Status, t.Verdict, t.HasCandidate, t.State, t.RouteCode, t.StepOrder } into g
                      select new { g.Key.Unit, g.Key.GroupId, g.Key.Status, g.Key.Verdict, g.Key.HasCandidate, g.Key.State, g.Key.RouteCode, g.Key.StepOrder,
                          Count = g.Sum(t => t.Count),
                          Digital = g.Sum(t => t.DigitalScore >= cutOff ? t.Count : 0),
                          Outstanding = g.Sum(t => t.Run >= run ? t.Count : 0) }
                    : from t in tallies
                      group t by new { Unit = t.VillageId, t.GroupId, t.Status, t.Verdict, t.HasCandidate, t.State, t.RouteCode, t.StepOrder } into g
                      select new { g.Key.Unit, g.Key.GroupId, g.Key.Status, g.Key.Verdict, g.Key.HasCandidate, g.Key.State, g.Key.RouteCode, g.Key.StepOrder,
                          Count = g.Sum(t => t.Count),
                          Digital = g.Sum(t => t.DigitalScore >= cutOff ? t.Count : 0),
                          Outstanding = g.Sum(t => t.Run >= run ? t.Count : 0) })
                .ToListAsync(cancellationToken);
            counts = rows.Select(r =>
            {
                var recognised = r.State == CandidateState.Recognised;
                return new CardCount(r.Unit, r.GroupId, r.Status, r.Verdict, r.HasCandidate, r.State, r.RouteCode, r.StepOrder, r.Count,
                    recognised ? r.Digital : 0, recognised ? r.Outstanding : 0);
            }).ToList();
        }
        else
        {
            // Rules differ between villages: per village, each judged by its own rule here.
            var rows = await tallies
                .GroupBy(t => new { t.VillageId, t.GroupId, t.Status, t.Verdict, t.HasCandidate, t.State, t.RouteCode, t.StepOrder, t.DigitalScore, t.Run })
                .Select(g => new { g.Key, Count = g.Sum(t => t.Count) })
                .ToListAsync(cancellationToken);
            counts = rows
                .Select(r =>
                {
                    var rule = villageRules[r.Key.VillageId];
                    var recognised = r.Key.State == CandidateState.Recognised && rule is not null;
                    return new CardCount(sumToParents ? parents[r.Key.VillageId] : r.Key.VillageId, r.Key.GroupId, r.Key.Status, r.Key.Verdict,
                        r.Key.HasCandidate, r.Key.State, r.Key.RouteCode, r.Key.StepOrder, r.Count,
                        recognised && r.Key.DigitalScore > 0 && rule!.ShowsDigitalSkills(r.Key.DigitalScore) ? r.Count : 0,
                        recognised && r.Key.Run >= rule!.ConsecutiveYearsForOutstanding ? r.Count : 0);
                })
                .GroupBy(c => c with { Count = 0, DigitalSkills = 0, Outstanding = 0 })
                .Select(g => g.Key with { Count = g.Sum(c => c.Count), DigitalSkills = g.Sum(c => c.DigitalSkills), Outstanding = g.Sum(c => c.Outstanding) })
                .ToList();
        }

        return counts;
    }
}
