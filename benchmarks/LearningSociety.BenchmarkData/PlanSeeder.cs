using System.Data;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.BenchmarkData;

/// <summary>A commune as the plan seeding needs it: its adults (the year profile), its registered citizens and its villages.</summary>
public sealed record SeededCommune(int Id, string Name, int Adults, int Citizens, int Villages);

/// <summary>
/// Plans, results and PCGD-XMC surveys for the seeded district: an issued yearly plan for the district and for every
/// commune with the text of seed 000 (12 legal bases, 6 responsibilities, a 5-task annex) and 16 targets from the
/// seeded catalogue (the four levels, the three CDHT computed ones, eight entered rates and one yes/no; the district
/// 15, without the yes/no); the communes' entered results (all but four communes, which have not entered yet); and a
/// survey of every commune for this year and last, with counts sized from its population. Objects are built and
/// checked by the domain (<see cref="Plan.SetTargets"/>, <see cref="Plan.Issue"/>, <see cref="TargetAchievementRecord.Create"/>,
/// <see cref="UniversalizationSurvey.Validate"/>, …) and go in through <see cref="BulkInsert{T}"/>.
/// </summary>
public sealed class PlanSeeder(AppDbContext db, int year)
{
    /// <summary>The entered indicators a commune records results for; the other targets are computed.</summary>
    private static readonly string[] Entered =
    [
        "CAP_IT", "CAP_LIFE_SKILLS", "CAP_TRAINED", "CAP_UNIVERSITY", "INST_DIGITAL", "INST_CLC_IT", "MODEL_FAMILY", "MODEL_COMMUNITY",
        "COMMUNE_LEARNING_COMMUNITY",
    ];

    // The legal bases of seed 000, in its order (all seeded by the catalogue).
    private static readonly string[] Bases =
    [
        "489/QĐ-TTg", "14/CT-TTg", "1373/QĐ-TTg", "387/QĐ-TTg", "677/QĐ-TTg", "1268/QĐ-TTg", "1520/QĐ-TTg", "1315/QĐ-TTg", "2430-CV/TU",
        "336/KH-UBND", "198/KH-UBND", "07/KH-UBND",
    ];

    private readonly Random random = new(20261123);

    /// <returns>The plan of each unit (district and communes) by unit id, and the rows inserted.</returns>
    public async Task<(IReadOnlyDictionary<int, int> PlanIds, int Rows)> SeedAsync(int districtId, string districtName, IReadOnlyList<SeededCommune> communes)
    {
        var indicators = await db.TargetIndicators.AsNoTracking().Where(i => i.OwnerUnitId == null).ToDictionaryAsync(i => i.Code);
        var bases = await db.LegalBases.AsNoTracking().ToDictionaryAsync(b => b.Number);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        using var transaction = connection.BeginTransaction();
        using var plans = new BulkInsert<Plan>(db, connection, transaction);
        using var targets = new BulkInsert<PlanTarget>(db, connection, transaction);
        using var legalBases = new BulkInsert<PlanLegalBasis>(db, connection, transaction);
        using var tasks = new BulkInsert<PlanTask>(db, connection, transaction);
        using var responsibilities = new BulkInsert<PlanResponsibility>(db, connection, transaction);
        using var achievements = new BulkInsert<TargetAchievementRecord>(db, connection, transaction);
        using var surveys = new BulkInsert<UniversalizationSurveyRecord>(db, connection, transaction);
        using var figures = new BulkInsert<SurveyFigure>(db, connection, transaction);

        // Keys continue after the demo's rows (Xã Quảng Vinh's plan, results and surveys); what the demo already has
        // for the year is kept and not seeded again.
        var ids = new Dictionary<string, KeySequence>
        {
            ["Plan"] = Keys.After<Plan>(db, connection, transaction), ["Target"] = Keys.After<PlanTarget>(db, connection, transaction),
            ["Basis"] = Keys.After<PlanLegalBasis>(db, connection, transaction), ["Task"] = Keys.After<PlanTask>(db, connection, transaction),
            ["Responsibility"] = Keys.After<PlanResponsibility>(db, connection, transaction),
            ["Achievement"] = Keys.After<TargetAchievementRecord>(db, connection, transaction),
            ["Survey"] = Keys.After<UniversalizationSurveyRecord>(db, connection, transaction),
            ["Figure"] = Keys.After<SurveyFigure>(db, connection, transaction),
        };
        int Next(string table) => ids[table].Next();
        var planned = await db.Plans.AsNoTracking().Where(p => p.StartYear <= year && p.EndYear >= year && p.Status != PlanStatus.Superseded)
            .Select(p => new { p.UnitId, p.Id }).ToListAsync();
        var surveyed = (await db.UniversalizationSurveys.AsNoTracking().Select(s => new { s.UnitId, s.Year }).ToListAsync())
            .Select(s => (s.UnitId, s.Year)).ToHashSet();
        var entered = (await db.TargetAchievements.AsNoTracking().Where(a => a.Year == year).Select(a => a.UnitId).Distinct().ToListAsync()).ToHashSet();
        var at = new DateTimeOffset(year, 3, 1, 2, 0, 0, TimeSpan.Zero);
        var planIds = new Dictionary<int, int>();

        // The district targets what its communes target (but the yes/no "Xã được công nhận"); it enters nothing itself,
        // so its rates and counts are the communes' numerators and denominators added up.
        var districtTargets = new List<(string Code, decimal Value, string? Note)>
        {
            ("PCGD_MN5", 1, null), ("PCGD_TH", 3, null), ("PCGD_THCS", 2, null), ("XMC", 2, null),
            ("CAP_IT", 0.5m, null), ("CAP_LIFE_SKILLS", 0.6m, null), ("CAP_TRAINED", 0.2m, null), ("CAP_UNIVERSITY", 0.08m, null),
            ("INST_DIGITAL", 0.7m, null), ("INST_CLC_IT", 0.8m, null),
            ("CDHT_CITIZENS", 0.2m, null), ("CDHT_DIGITAL", 0.5m, null), ("CDHT_REGISTERED", Hundreds(communes.Sum(c => c.Citizens) * 1.05), null),
            ("MODEL_FAMILY", 0.7m, null), ("MODEL_COMMUNITY", 0.6m, null),
        };
        Add(districtId, districtName, "huyện", districtTargets, 1);

        foreach (var (commune, c) in communes.Select((x, i) => (x, i)))
        {
            List<(string Code, decimal Value, string? Note)> communeTargets =
            [
                ("PCGD_MN5", 1, null), ("PCGD_TH", 3, null), ("PCGD_THCS", c % 3 == 0 ? 2 : 3, null), ("XMC", 2, null),
                ("CAP_IT", 0.5m, null), ("CAP_LIFE_SKILLS", 0.6m, null), ("CAP_TRAINED", 0.2m, "trong đó, 8% dân số có trình độ đại học trở lên"),
                ("CAP_UNIVERSITY", 0.08m, null), ("INST_DIGITAL", 0.7m, null), ("INST_CLC_IT", 0.8m, null),
                ("CDHT_CITIZENS", 0.15m + (0.05m * (c % 4)), null), ("CDHT_DIGITAL", 0.5m, null),
                ("CDHT_REGISTERED", Hundreds(commune.Citizens * (0.95 + (0.02 * (c % 6)))), null),
                ("MODEL_FAMILY", 0.7m, null), ("MODEL_COMMUNITY", 0.6m, null), ("COMMUNE_LEARNING_COMMUNITY", 1, null),
            ];
            Add(commune.Id, commune.Name, "xã", communeTargets, 10 + c);

            // Four communes have not entered their results yet, so the district rolls up from 46 of 50.
            if (c % 12 != 11 && !entered.Contains(commune.Id))
            {
                foreach (var code in Entered)
                {
                    var indicator = indicators[code];
                    var achieved = Achieved(code, commune);
                    var record = TargetAchievementRecord.Create(commune.Id, indicator, year, achieved.Value, achieved.Denominator, null, "seed",
                        at.AddMonths(9));
                    Keys.Set(record, "Id", Next("Achievement"));
                    achievements.Add(record);
                }
            }

            // Last year a little lower than this year, so "Mức năm trước" differs for some communes.
            foreach (var (surveyYear, drop) in new[] { (year - 1, 0.015), (year, 0.0) }.Where(s => !surveyed.Contains((commune.Id, s.Item1))))
            {
                var survey = Survey(commune, surveyYear, drop);
                if (survey.Validate() is { Count: > 0 } errors)
                {
                    throw new InvalidOperationException(string.Join("; ", errors));
                }

                // Keys are assigned here for the bulk insert; the entities keep their setters private.
                var record = new UniversalizationSurveyRecord(commune.Id, survey, "seed", at.AddMonths(surveyYear == year ? 8 : -4));
                Keys.Set(record, nameof(UniversalizationSurveyRecord.Id), Next("Survey"));
                surveys.Add(record);
                foreach (var figure in record.Figures)
                {
                    Keys.Set(figure, nameof(SurveyFigure.Id), Next("Figure"));
                    Keys.Set(figure, nameof(SurveyFigure.SurveyId), record.Id);
                    figures.Add(figure);
                }
            }
        }

        transaction.Commit();
        var rows = plans.Rows + targets.Rows + legalBases.Rows + tasks.Rows + responsibilities.Rows + achievements.Rows + surveys.Rows + figures.Rows;
        return (planIds, rows);

        void Add(int unitId, string unitName, string levelWord, IReadOnlyList<(string Code, decimal Value, string? Note)> planTargets, int number)
        {
            if (planned.FirstOrDefault(p => p.UnitId == unitId) is { } inForce)
            {
                planIds[unitId] = inForce.Id;
                return;
            }

            var place = unitName[(unitName.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            var plan = SeedPlan.Draft(unitId, year, place, levelWord, at);
            plan.SetTargets(planTargets.Select(t => new PlanTargetValue(indicators[t.Code], year, t.Value, t.Note)));
            plan.CiteLegalBases([.. Bases.Select(b => bases[b])]);
            plan.Issue($"{number:00}/KH-UBND", new DateOnly(year, 2, 1 + (number % 27)), "seed", previous: null);

            // Keys as the database would give them, since the rows go in by bulk insert rather than SaveChanges.
            Keys.Set(plan, "Id", Next("Plan"));
            plans.Add(plan);
            foreach (var target in plan.Targets)
            {
                Keys.Set(target, "Id", Next("Target"));
                Keys.Set(target, "PlanId", plan.Id);
                targets.Add(target);
            }

            foreach (var basis in plan.LegalBases)
            {
                Keys.Set(basis, "Id", Next("Basis"));
                Keys.Set(basis, "PlanId", plan.Id);
                legalBases.Add(basis);
            }

            foreach (var task in plan.Tasks)
            {
                Keys.Set(task, "Id", Next("Task"));
                Keys.Set(task, "PlanId", plan.Id);
                tasks.Add(task);
            }

            foreach (var responsibility in plan.Responsibilities)
            {
                Keys.Set(responsibility, "Id", Next("Responsibility"));
                Keys.Set(responsibility, "PlanId", plan.Id);
                responsibilities.Add(responsibility);
            }

            planIds[unitId] = plan.Id;
        }
    }

    /// <summary>What a commune records at year end on an entered indicator, around the plan's targets.</summary>
    private Achievement Achieved(string code, SeededCommune commune)
    {
        var adults = commune.Adults;
        var over15 = (int)(adults * 1.12);
        var households = (int)(adults * 1.45 / 3.8);
        return code switch
        {
            "CAP_IT" => Share(adults, 0.40, 0.62),
            "CAP_LIFE_SKILLS" => Share(adults, 0.50, 0.72),
            "CAP_TRAINED" => Share(over15, 0.15, 0.28),
            "CAP_UNIVERSITY" => Share(over15, 0.05, 0.11),
            "INST_DIGITAL" => Of(random.Next(4, 8)),
            "INST_CLC_IT" => Of(1),
            "MODEL_FAMILY" => Share(households, 0.60, 0.86),
            "MODEL_COMMUNITY" => Achievement.Rate(random.Next(Math.Min(4, commune.Villages), commune.Villages + 1), commune.Villages),
            "COMMUNE_LEARNING_COMMUNITY" => Achievement.Done(random.NextDouble() < 0.7),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
        };

        Achievement Of(int institutions) => Achievement.Rate(random.Next(institutions / 2, institutions + 1), institutions);
    }

    /// <summary>
    /// Counts of NĐ 20/2014 sized from the commune's population (adults × 1.45, about 1.4% of it per year of age), with
    /// rates drawn around the thresholds so that most communes reach the top levels and some do not.
    /// </summary>
    private UniversalizationSurvey Survey(SeededCommune commune, int surveyYear, double drop)
    {
        var population = commune.Adults * 1.45;
        int Cohort(double years) => (int)Math.Round(population * 0.014 * years * (0.9 + (0.2 * random.NextDouble())));
        int Part(int whole, double low, double high) => Math.Min(whole, (int)Math.Round(whole * (low - drop + ((high - low) * random.NextDouble()))));

        var age5 = Cohort(1);
        var attending = Part(age5, 0.952, 1.0);
        var age6 = Cohort(1);
        var age11 = Cohort(1);
        var completed11 = Part(age11, 0.87, 0.99);
        var youths = Cohort(4);
        var age15To25 = Cohort(11);
        var age15To35 = Cohort(21);
        var age15To35Level1 = Part(age15To35, 0.95, 0.995);
        return new UniversalizationSurvey
        {
            SurveyYear = surveyYear,
            Age5Population = age5,
            Age5Attending = attending,
            Age5Completed = Math.Min(attending, Part(age5, 0.88, 1.0)),
            Age6Population = age6,
            Age6EnteringGrade1 = Part(age6, 0.975, 1.0),
            Age11Population = age11,
            Age11CompletedPrimary = completed11,
            Age11StillInPrimary = Math.Max(0, age11 - completed11 - random.Next(0, 3)),
            Youth15To18Population = youths,
            Youth15To18LowerSecondaryGraduates = Part(youths, 0.86, 0.99),
            Youth15To18StudyingUpperSecondary = Part(youths, 0.75, 0.93),
            Age15To25Population = age15To25,
            Age15To25LiterateLevel1 = Part(age15To25, 0.97, 1.0),
            Age15To35Population = age15To35,
            Age15To35LiterateLevel1 = age15To35Level1,
            Age15To35LiterateLevel2 = Math.Min(age15To35Level1, Part(age15To35, 0.90, 0.98)),
            Age15To60Population = (int)(population * 0.62),
            Age15To60LiterateLevel2 = Part((int)(population * 0.62), 0.89, 0.98),
        };
    }

    private Achievement Share(int whole, double low, double high)
        => Achievement.Rate((int)Math.Round(whole * (low + ((high - low) * random.NextDouble()))), whole);

    private static decimal Hundreds(double value) => Math.Round((decimal)value / 100) * 100;
}
