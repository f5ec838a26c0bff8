using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Results;

/// <summary>
/// How many of a unit's cards of the year stand in one place of the process (summed from <see cref="CardTally"/>), with the
/// questions every page asks of them answered in one place.
/// </summary>
/// <param name="UnitId">The village, or the unit above the villages the counts were summed to.</param>
/// <param name="DigitalSkills">Recognised, and the appraised TC2.1 reaches the cut-off of the village's rule.</param>
/// <param name="Outstanding">Recognised, and the run of recognised years reaches the "năm liền" of the village's rule.</param>
public sealed record CardCount(int UnitId, int GroupId, ScorecardStatus Status, Verdict Verdict, bool HasCandidate, CandidateState State,
    string RouteCode, int StepOrder, bool DigitalSkills, bool Outstanding, int Count)
{
    public bool SelfAssessed => Status != ScorecardStatus.Registered;

    public bool Appraised => Status == ScorecardStatus.Appraised;

    public bool Passed => Verdict == Verdict.Passed;

    public bool Recognised => HasCandidate && State == CandidateState.Recognised;

    /// <summary>Counted as proposed by the year's reports (<see cref="CandidateProgress.HasBeenProposed"/>).</summary>
    public bool IsProposed(IReadOnlyDictionary<string, ApprovalRoute> routes)
        => HasCandidate && CandidateProgress.HasBeenProposed(State, StepOrder, routes[RouteCode].FirstStep.Order);

    /// <summary>The level the cards wait for (a passing card never proposed waits for the first step of the active route); null when nobody has to act.</summary>
    public string? WaitingAt(IReadOnlyDictionary<string, ApprovalRoute> routes, ApprovalRoute activeRoute)
        => !HasCandidate ? (Passed ? activeRoute.FirstStep.LevelCode : null)
            : State is CandidateState.Draft or CandidateState.Returned or CandidateState.InReview ? routes[RouteCode].Step(StepOrder).LevelCode
            : null;
}

/// <summary>A village whose cards are counted.</summary>
public readonly record struct TalliedVillage(int Id, string Path, int? ParentId);

/// <summary>
/// Reads the card tallies of a set of villages for a year, summed in the database to the villages or to their parents
/// (a district's year is a few hundred rows per commune whatever its number of citizens), digital skills and "tiêu biểu
/// xuất sắc" judged by the rule in force for each village.
/// </summary>
public sealed class CardCounts(AppDbContext db, RecognitionRuleLookup rules)
{
    public async Task<IReadOnlyList<CardCount>> OfAsync(int year, IReadOnlyCollection<TalliedVillage> villages, bool sumToParents,
        CancellationToken cancellationToken)
    {
        if (villages.Count == 0)
        {
            return [];
        }

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
        var rows = await (
                from t in db.CardTallies.AsNoTracking()
                where t.Year == year && ids.Contains(t.VillageId) && t.Count != 0
                select new
                {
                    Village = shared && sumToParents ? 0 : t.VillageId,
                    Parent = shared && sumToParents ? db.AdministrativeUnits.Where(u => u.Id == t.VillageId).Select(u => u.ParentId ?? 0).First() : 0,
                    t.GroupId, t.Status, t.Verdict, t.HasCandidate, t.State, t.RouteCode, t.StepOrder,
                    Digital = shared ? (t.DigitalScore >= cutOff ? 1 : 0) : t.DigitalScore,
                    Run = shared ? (t.Run >= run ? 1 : 0) : t.Run,
                    t.Count,
                }
                into x
                group x by new { x.Village, x.Parent, x.GroupId, x.Status, x.Verdict, x.HasCandidate, x.State, x.RouteCode, x.StepOrder, x.Digital, x.Run }
                into g
                select new { g.Key, Count = g.Sum(x => x.Count) })
            .ToListAsync(cancellationToken);

        return rows
            .Select(r =>
            {
                var rule = shared ? null : villageRules[r.Key.Village];
                var recognised = r.Key.HasCandidate && r.Key.State == CandidateState.Recognised;
                var digital = recognised && (shared ? r.Key.Digital == 1 : rule is not null && r.Key.Digital > 0 && rule.ShowsDigitalSkills(r.Key.Digital));
                var outstanding = recognised && (shared ? r.Key.Run == 1 : rule is not null && r.Key.Run >= rule.ConsecutiveYearsForOutstanding);
                var unit = !sumToParents ? r.Key.Village : shared ? r.Key.Parent : parents[r.Key.Village];
                return new CardCount(unit, r.Key.GroupId, r.Key.Status, r.Key.Verdict, r.Key.HasCandidate, r.Key.State, r.Key.RouteCode,
                    r.Key.StepOrder, digital, outstanding, r.Count);
            })
            .GroupBy(c => c with { Count = 0 })
            .Select(g => g.Key with { Count = g.Sum(c => c.Count) })
            .ToList();
    }
}
