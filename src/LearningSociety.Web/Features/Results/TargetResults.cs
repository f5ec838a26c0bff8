using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Universalization;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Results;

/// <summary>
/// What a unit achieved on one indicator in a year. Achieved is null when nothing is known yet; Detail says where
/// the value comes from ("Số công dân được công nhận / số người lớn", "Cộng từ 2/2 xã") or why it is missing, in words fit
/// for a printed report (whether it was computed is <see cref="IndicatorOutcome.IsComputed"/>, shown on pages only).
/// </summary>
public sealed record IndicatorOutcome(TargetIndicator Indicator, Achievement? Achieved, bool IsComputed, string? Detail);

/// <summary>A target of the plan for the year with its outcome and, when both are known, the judgement.</summary>
public sealed record TargetRow(TargetIndicator Indicator, PlanTarget? Target, IndicatorOutcome Outcome, TargetResult? Result);

/// <summary>A commune of a district roll-up: its plan in force, its judged targets, its CDHT counts and its survey.</summary>
public sealed record CommuneJudgement(UnitRef Unit, Plan? Plan, IReadOnlyList<TargetRow> Rows, UnitResults? Scorecards,
    CommuneUniversalization Universalization)
{
    public int Met => Rows.Count(r => r.Result?.IsMet == true);
}

/// <summary>
/// The one place that knows what a unit achieved: entered values for what only the unit knows, the scorecard data
/// for CDHT shares, the PCGD-XMC survey for levels. A district adds its communes' numerators and denominators
/// (never averages rates) and counts communes reaching a level.
/// </summary>
public sealed class TargetResults(AppDbContext db, CdhtResultsRollUp cdht, UniversalizationResults universalization, ResultsCache cache)
{
    // A district page judges the district and then its communes from the same pass over the scorecards; the service is
    // scoped, so this lives for one request.
    private readonly Dictionary<(int UnitId, int Year), ResultsRollUp> _scorecards = [];

    public async Task<UnitRef?> UnitAsync(int unitId, CancellationToken cancellationToken = default)
        => await db.AdministrativeUnits.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new UnitRef(u.Id, u.Name, u.Path, u.Level.Code)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The plan in force for the year (<see cref="PlanInForce"/>).</summary>
    public async Task<Plan?> CurrentPlanAsync(int unitId, int year, CancellationToken cancellationToken = default)
        => (await PlansCoveringAsync([unitId], year, cancellationToken)).GetValueOrDefault(unitId);

    /// <summary>Indicators the unit can use: national ones and local ones of the unit or a unit above it.</summary>
    public async Task<List<TargetIndicator>> IndicatorsForAsync(string unitPath, CancellationToken cancellationToken = default)
    {
        var owners = unitPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        return await db.TargetIndicators.AsNoTracking()
            .Where(i => i.IsActive && (i.OwnerUnitId == null || owners.Contains(i.OwnerUnitId.Value)))
            .OrderBy(i => i.Category).ThenBy(i => i.SortOrder).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The plan's targets for the year, each judged against what the unit achieved.</summary>
    public async Task<(Plan? Plan, IReadOnlyList<TargetRow> Rows)> JudgeAsync(UnitRef unit, int year, CancellationToken cancellationToken = default)
    {
        var plan = await CurrentPlanAsync(unit.Id, year, cancellationToken);
        var targets = plan?.Targets.Where(t => t.Year == year).ToList() ?? [];
        var outcomes = await OutcomesAsync(unit, year, targets.Select(t => t.Indicator).ToList(), cancellationToken);
        return (plan, Judge(targets, outcomes));
    }

    /// <summary>
    /// Every commune below a district judged at once, for the district roll-up: one query each for the plans, the
    /// entered results, the scorecards and the surveys, whatever the number of communes.
    /// </summary>
    /// <param name="levels">The district's PCGD-XMC result when the caller has it already.</param>
    public async Task<IReadOnlyList<CommuneJudgement>> JudgeCommunesAsync(UnitRef district, int year, DistrictUniversalizationResult? levels = null,
        CancellationToken cancellationToken = default)
    {
        levels ??= await universalization.ForDistrictAsync(district.Path, year, cancellationToken);
        var ids = levels.Communes.Select(c => c.UnitId).ToList();
        var units = await db.AdministrativeUnits.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new UnitRef(u.Id, u.Name, u.Path, u.Level.Code)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var plans = await PlansCoveringAsync(ids, year, cancellationToken);
        var entered = (await db.TargetAchievements.AsNoTracking().Where(a => ids.Contains(a.UnitId) && a.Year == year).ToListAsync(cancellationToken))
            .ToLookup(a => a.UnitId);
        var scorecards = (await ScorecardsAsync(district, year, cancellationToken)).Rows.ToDictionary(r => r.UnitId, r => r.Results);

        return
        [
            .. levels.Communes.Select(commune =>
            {
                var unit = units[commune.UnitId];
                var cards = scorecards.GetValueOrDefault(unit.Id);
                var facts = new UnitFacts(unit, year, entered[unit.Id].ToDictionary(a => a.IndicatorId), cards, cards?.Adults, commune, null, 0,
                    new Dictionary<int, IReadOnlyList<TargetAchievementRecord>>());
                var plan = plans.GetValueOrDefault(unit.Id);
                var targets = plan?.Targets.Where(t => t.Year == year).ToList() ?? [];
                var outcomes = targets.Select(t => t.Indicator).DistinctBy(i => i.Id).ToDictionary(i => i.Id, i => Outcome(i, facts));
                return new CommuneJudgement(unit, plan, Judge(targets, outcomes), cards, commune);
            }),
        ];
    }

    /// <summary>What the unit achieved on each indicator in the year.</summary>
    public async Task<IReadOnlyDictionary<int, IndicatorOutcome>> OutcomesAsync(UnitRef unit, int year, IReadOnlyCollection<TargetIndicator> indicators,
        CancellationToken cancellationToken = default)
    {
        var ids = indicators.Select(i => i.Id).ToList();
        var own = await db.TargetAchievements.AsNoTracking()
            .Where(a => a.UnitId == unit.Id && a.Year == year && ids.Contains(a.IndicatorId))
            .ToDictionaryAsync(a => a.IndicatorId, cancellationToken);

        UnitResults? scorecards = null;
        int? adults = null;
        if (indicators.Any(i => i.Computation is TargetComputation.CdhtRecognisedShare or TargetComputation.CdhtDigitalSkillsShare
            or TargetComputation.CdhtRegistered))
        {
            scorecards = (await ScorecardsAsync(unit, year, cancellationToken)).Total;
            adults = await db.UnitYearProfiles.AsNoTracking().Where(p => p.UnitId == unit.Id && p.Year == year)
                .Select(p => p.AdultPopulation).FirstOrDefaultAsync(cancellationToken) ?? scorecards.Adults;
        }

        CommuneUniversalization? commune = null;
        DistrictUniversalizationResult? district = null;
        if (indicators.Any(i => i.Computation == TargetComputation.UniversalizationLevel))
        {
            if (unit.IsCommune)
            {
                commune = await universalization.ForCommuneAsync(unit.Id, year, cancellationToken);
            }
            else
            {
                district = await universalization.ForDistrictAsync(unit.Path, year, cancellationToken);
            }
        }

        // Entered values of the communes below a district, for the roll-up of what it did not enter itself.
        var (communeCount, below) = unit.IsCommune ? (0, []) : await CommuneAchievementsAsync(unit.Path, year, ids, cancellationToken);

        var facts = new UnitFacts(unit, year, own, scorecards, adults, commune, district, communeCount, below);
        return indicators.ToDictionary(i => i.Id, i => Outcome(i, facts));
    }

    private static List<TargetRow> Judge(IEnumerable<PlanTarget> targets, IReadOnlyDictionary<int, IndicatorOutcome> outcomes)
        => [.. targets
            .OrderBy(t => t.Indicator.Category).ThenBy(t => t.Indicator.SortOrder).ThenBy(t => t.Indicator.Id)
            .Select(t =>
            {
                var outcome = outcomes[t.IndicatorId];
                var result = outcome.Achieved is { } achieved ? TargetEvaluation.Judge(t.Indicator.Kind, t.Value, achieved) : null;
                return new TargetRow(t.Indicator, t, outcome, result);
            })];

    /// <summary>The facts a unit's outcomes are computed from, gathered once per unit (or once for all communes).</summary>
    private sealed record UnitFacts(
        UnitRef Unit,
        int Year,
        IReadOnlyDictionary<int, TargetAchievementRecord> Own,
        UnitResults? Scorecards,
        int? Adults,
        CommuneUniversalization? Commune,
        DistrictUniversalizationResult? District,
        int CommuneCount,
        IReadOnlyDictionary<int, IReadOnlyList<TargetAchievementRecord>> Below);

    private static IndicatorOutcome Outcome(TargetIndicator i, UnitFacts f) => i.Computation switch
    {
        TargetComputation.CdhtRecognisedShare or TargetComputation.CdhtDigitalSkillsShare or TargetComputation.CdhtRegistered
            when f.Scorecards is null => new IndicatorOutcome(i, null, true, "Chưa có dữ liệu chấm điểm"),
        TargetComputation.CdhtRecognisedShare => CdhtShare(i, f.Scorecards!, f.Adults, f.Year),
        TargetComputation.CdhtDigitalSkillsShare => new IndicatorOutcome(i,
            Achievement.Rate(f.Scorecards!.DigitalSkills, f.Scorecards.RecognisedTotal), true,
            "Công dân học tập có điểm thẩm định TC2.1 từ 7 trở lên / số được công nhận"),
        TargetComputation.CdhtRegistered => new IndicatorOutcome(i,
            Achievement.Count(f.Scorecards!.Registered.Sum()), true, "Số phiếu đăng ký trong năm"),
        TargetComputation.UniversalizationLevel when f.Commune is { } commune => commune.Evaluation is { } evaluation
            ? new IndicatorOutcome(i, Achievement.Level(evaluation.LevelOf(i.Standard!.Value)), true, "Tính từ số liệu điều tra phổ cập")
            : new IndicatorOutcome(i, null, true, $"Chưa nhập số liệu điều tra phổ cập năm {f.Year}"),
        TargetComputation.UniversalizationLevel when f.District is { } district => DistrictLevel(i, district),
        TargetComputation.UniversalizationLevel => new IndicatorOutcome(i, null, true, "Chưa có số liệu"),
        _ when f.Own.TryGetValue(i.Id, out var record) => new IndicatorOutcome(i, record.ToAchievement(), false, record.Note),
        _ => RollUp(i, f.Below.GetValueOrDefault(i.Id) ?? [], f.CommuneCount, f.Unit),
    };

    private async Task<ResultsRollUp> ScorecardsAsync(UnitRef unit, int year, CancellationToken cancellationToken)
    {
        if (!_scorecards.TryGetValue((unit.Id, year), out var rollUp))
        {
            rollUp = await cdht.ForChildrenOfAsync(unit.Id, unit.Path, year, countOutstanding: false, cancellationToken);
            _scorecards[(unit.Id, year)] = rollUp;
        }

        return rollUp;
    }

    /// <summary>
    /// The plan in force per unit (<see cref="PlanInForce"/>), in one query for the candidates covering the year.
    /// Units without one are absent.
    /// </summary>
    public async Task<Dictionary<int, Plan>> PlansCoveringAsync(IReadOnlyCollection<int> unitIds, int year, CancellationToken cancellationToken = default)
    {
        // Read once per data version on this instance (ResultsCache); the plans are only read by the judgements and pages.
        var inForce = await cache.GetOrComputeAsync(db, $"plans-in-force:{year}:{string.Join(',', unitIds.Order())}",
            () => ReadPlansCoveringAsync(unitIds, year, cancellationToken), p => p.Values.Sum(plan => plan.Targets.Count) + 1, cancellationToken);
        return new Dictionary<int, Plan>(inForce);
    }

    private async Task<Dictionary<int, Plan>> ReadPlansCoveringAsync(IReadOnlyCollection<int> unitIds, int year, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking()
            .Include(p => p.Targets).ThenInclude(t => t.Indicator)
            .Where(p => unitIds.Contains(p.UnitId) && p.StartYear <= year && p.EndYear >= year && p.Status != PlanStatus.Superseded)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return PlanInForce.ByUnit(plans, p => p.Summary, year);
    }

    private static IndicatorOutcome CdhtShare(TargetIndicator indicator, UnitResults scorecards, int? adults, int year)
        => adults is int population
            ? new IndicatorOutcome(indicator, Achievement.Rate(scorecards.RecognisedTotal, population), true,
                "Số công dân được công nhận / số người lớn")
            : new IndicatorOutcome(indicator, null, true, $"Chưa có số người lớn năm {year} (nhập ở trang Đơn vị hành chính)");

    private static IndicatorOutcome DistrictLevel(TargetIndicator indicator, DistrictUniversalizationResult district)
    {
        var standard = district.Standards.FirstOrDefault(s => s.Standard == indicator.Standard);
        if (standard is null || district.Communes.Count == 0)
        {
            return new IndicatorOutcome(indicator, null, true, "Chưa có xã nào");
        }

        var shares = string.Join("; ", standard.Levels.Select(l => $"mức {l.Level}: {l.CommunesMeeting}/{l.Communes} xã"));
        return new IndicatorOutcome(indicator, Achievement.Level(standard.Level), true, "Số xã đạt chuẩn: " + shares);
    }

    // What a district did not enter itself is its communes' results rolled up by the domain's policy (TargetRollUp.Of).
    private static IndicatorOutcome RollUp(TargetIndicator indicator, IReadOnlyList<TargetAchievementRecord> communes, int communeCount, UnitRef unit)
        => (unit.IsCommune ? null : TargetRollUp.Of(indicator.Kind, [.. communes.Select(c => c.ToAchievement())])) is { } total
            ? new IndicatorOutcome(indicator, total, true, $"Cộng từ {communes.Count}/{communeCount} xã đã nhập")
            : new IndicatorOutcome(indicator, null, false, unit.IsCommune ? "Chưa nhập kết quả" : "Chưa có số liệu");

    /// <summary>The number of communes below and, per indicator, the values they entered.</summary>
    private async Task<(int Communes, Dictionary<int, IReadOnlyList<TargetAchievementRecord>> Values)> CommuneAchievementsAsync(string path, int year, List<int> ids,
        CancellationToken cancellationToken)
    {
        var entered = await cache.GetOrComputeAsync(db, $"commune-achievements:{path}:{year}:{string.Join(',', ids.Order())}",
            async () => new CommuneAchievements(await ReadCommuneAchievementsAsync(path, year, ids, cancellationToken)),
            a => a.Value.Values.Values.Sum(v => v.Count) + 1, cancellationToken);
        return entered.Value;
    }

    private sealed record CommuneAchievements((int Communes, Dictionary<int, IReadOnlyList<TargetAchievementRecord>> Values) Value);

    private async Task<(int Communes, Dictionary<int, IReadOnlyList<TargetAchievementRecord>> Values)> ReadCommuneAchievementsAsync(string path, int year,
        List<int> ids, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var communeIds = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Path.StartsWith(path) && u.Level.Code == AdministrativeLevel.Commune
                && u.ValidFrom <= last && (u.ValidTo == null || u.ValidTo >= first))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        var records = await db.TargetAchievements.AsNoTracking()
            .Where(a => communeIds.Contains(a.UnitId) && a.Year == year && ids.Contains(a.IndicatorId)).ToListAsync(cancellationToken);
        return (communeIds.Count, records.GroupBy(r => r.IndicatorId).ToDictionary(g => g.Key, g => (IReadOnlyList<TargetAchievementRecord>)g.ToList()));
    }
}
