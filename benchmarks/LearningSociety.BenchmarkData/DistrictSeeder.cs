using System.Globalization;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.BenchmarkData;

/// <summary>
/// How big to grow the demo district: at least <paramref name="Communes"/> communes of at least
/// <paramref name="VillagesPerCommune"/> villages (the demo's own units are kept, more are added), and
/// <paramref name="Citizens"/> new citizens, of whom each village of Xã Quảng Phú (the largest commune) holds
/// <paramref name="LargestVillageCitizens"/> and the other villages share the rest evenly.
/// </summary>
public sealed record DistrictSize(int Communes, int VillagesPerCommune, int Citizens, int LargestVillageCitizens)
{
    /// <summary>A district at full size: 50 communes × 10 villages, 200,000 citizens, Xã Quảng Phú 8,000, Thôn Bác Vọng Đông 800.</summary>
    public static DistrictSize Full { get; } = new(50, 10, 200_000, 800);

    /// <summary>The full district's shape with another number of citizens: Xã Quảng Phú keeps 4 % of them.</summary>
    public static DistrictSize WithCitizens(int citizens) => Full with { Citizens = citizens, LargestVillageCitizens = Math.Max(1, citizens / 250) };
}

/// <summary>What the seeder added this year and before, counted from the objects it built (not from the database).</summary>
/// <param name="CardsThisYear">One per new citizen.</param>
/// <param name="RegisteredOnly">Cards neither self-assessed nor appraised.</param>
/// <param name="SelfAssessedOnly">Self-assessed, not appraised.</param>
/// <param name="Appraised">Appraised (passed or not).</param>
/// <param name="Passed">Appraised and passing.</param>
/// <param name="EarlierCards">Passing cards of the four years before, without a candidate (history from paper).</param>
/// <param name="Candidates">Passing cards proposed on the active route.</param>
/// <param name="Proposed">Candidates whose proposal stands (<see cref="CandidateProgress.HasBeenProposed"/>).</param>
/// <param name="LockedByDecision">Recognised candidates listed in one of the <paramref name="Decisions"/>.</param>
public sealed record SeededStages(int CardsThisYear, int RegisteredOnly, int SelfAssessedOnly, int Appraised, int Passed, int EarlierCards,
    int Candidates, int Proposed, IReadOnlyDictionary<CandidateState, int> CandidatesByState, int LockedByDecision, int Decisions)
{
    public int Recognised => CandidatesByState.GetValueOrDefault(CandidateState.Recognised);
}

/// <summary>What was seeded, where the largest commune and village are, and the largest commune's plan.</summary>
public sealed record SeededDistrict(int DistrictId, int LargestCommuneId, int LargestVillageId, int LargestCommunePlanId, int Citizens, int Rows,
    int PlanRows, SeededStages Stages, TimeSpan Took);

/// <summary>
/// Grows the demo district (Huyện Quảng Điền, as <see cref="LearningSociety.Web.Data.Seeding.DemoDataSeeder"/> seeds it, with its accounts)
/// to <see cref="DistrictSize"/>: communes and villages added beside the demo's, and for every new citizen one card this
/// year (registered, self-assessed or appraised through the domain's own methods), candidates walked along the active
/// route (most recognised and listed in a recognition decision of the recognising level, some waiting at each level,
/// some returned or refused), and for one citizen in ten four earlier recognised years, so "tiêu biểu xuất sắc" has
/// people to find; then plans, results and PCGD-XMC surveys (<see cref="PlanSeeder"/>). Units, profiles and decisions go
/// in through EF; the bulk goes in through <see cref="BulkInsert{T}"/>, 10,000 citizens at a time.
/// Derived tables the portal keeps (CardTallies) are not written here: <see cref="DistrictDatabase.FinishAsync"/> rebuilds them.
/// </summary>
public sealed class DistrictSeeder(AppDbContext db, int year, DistrictSize size)
{
    /// <summary>Huyện Quảng Điền, the demo district.</summary>
    public const string DistrictCode = "481";

    /// <summary>Xã Quảng Phú, the demo commune that becomes the largest.</summary>
    public const string LargestCommuneCode = "19909";

    /// <summary>Thôn Bác Vọng Đông, its first village (the demo branch account's).</summary>
    public const string LargestVillageCode = "19909-01";

    /// <summary>Who the seeded rows name as their author (cards' RegisteredBy, transitions' actor).</summary>
    public const string Author = "seed";

    private const int Chunk = 10_000;
    private readonly Random random = new(20261130);

    public DistrictSeeder(AppDbContext db, int year)
        : this(db, year, DistrictSize.Full)
    {
    }

    public async Task<SeededDistrict> SeedAsync()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var levels = await db.AdministrativeLevels.ToDictionaryAsync(l => l.Code);
        var start = new DateOnly(2008, 1, 1);
        var district = await db.AdministrativeUnits.SingleOrDefaultAsync(u => u.Code == DistrictCode)
            ?? throw new InvalidOperationException($"No unit {DistrictCode} (Huyện Quảng Điền): seed the demo district first (Database:SeedDemoData=true).");

        // The demo's communes first, the largest (Xã Quảng Phú) at the head; then new ones up to the size.
        var communes = (await db.AdministrativeUnits.Where(u => u.ParentId == district.Id).ToListAsync())
            .OrderBy(u => u.Code == LargestCommuneCode ? 0 : 1).ThenBy(u => u.Code, StringComparer.Ordinal).ToList();
        var added = new List<AdministrativeUnit>();
        for (var c = communes.Count; c < size.Communes; c++)
        {
            added.Add(new AdministrativeUnit(string.Create(CultureInfo.InvariantCulture, $"{DistrictCode}{c:00}"), $"Xã Quảng {Name(c)}",
                levels[AdministrativeLevel.Commune], district, start));
        }

        await AddWithPathsAsync(added);
        communes.AddRange(added);

        var existingVillages = (await db.AdministrativeUnits.Where(u => u.Parent!.ParentId == district.Id).ToListAsync())
            .ToLookup(u => u.ParentId!.Value);
        var villagesOf = new List<List<AdministrativeUnit>>();
        var newVillages = new List<AdministrativeUnit>();
        foreach (var (commune, c) in communes.Select((x, i) => (x, i)))
        {
            var own = existingVillages[commune.Id].OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
            for (var v = own.Count; v < size.VillagesPerCommune; v++)
            {
                var village = new AdministrativeUnit(string.Create(CultureInfo.InvariantCulture, $"{commune.Code}-{v + 1:00}"),
                    string.Create(CultureInfo.InvariantCulture, $"Thôn {Name(v)} {c + 1}"), levels[AdministrativeLevel.Village], commune, start);
                own.Add(village);
                newVillages.Add(village);
            }

            villagesOf.Add(own);
        }

        await AddWithPathsAsync(newVillages);
        var villages = villagesOf.SelectMany((own, c) => own.Select(v => (Village: v, Commune: c))).ToList();

        // Citizens per village: Xã Quảng Phú's villages hold the largest size each, the rest share what is left evenly.
        var largest = villagesOf[0].Count;
        var large = Math.Min(size.Citizens, largest * size.LargestVillageCitizens);
        var others = villages.Count - largest;
        var sizes = villages.Select((_, i) => i < largest ? Math.Min(size.LargestVillageCitizens, Math.Max(0, size.Citizens - (i * size.LargestVillageCitizens)))
            : others == 0 ? 0 : ((size.Citizens - large) / others) + (i - largest < (size.Citizens - large) % others ? 1 : 0)).ToArray();

        // Adult populations (the denominator of the recognised share) where the demo has none for the year.
        var profiled = (await db.UnitYearProfiles.Where(p => p.Year == year).Select(p => p.UnitId).ToListAsync()).ToHashSet();
        foreach (var (village, i) in villages.Select((x, i) => (x.Village, i)).Where(x => !profiled.Contains(x.Village.Id)))
        {
            db.UnitYearProfiles.Add(new UnitYearProfile(village.Id, year, (int)(sizes[i] * 2.4)));
        }

        var communeCitizens = communes.Select((_, c) => villages.Select((v, i) => (v.Commune, Size: sizes[i])).Where(v => v.Commune == c).Sum(v => v.Size)).ToList();
        foreach (var (commune, c) in communes.Select((x, i) => (x, i)).Where(x => !profiled.Contains(x.x.Id)))
        {
            db.UnitYearProfiles.Add(new UnitYearProfile(commune.Id, year, (int)(communeCitizens[c] * 2.4)));
        }

        await db.SaveChangesAsync();

        var route = (await db.ApprovalRoutes.AsNoTracking().Include(r => r.Steps).SingleAsync(r => r.IsActive)).ToDomain();
        var decisions = await DecisionsAsync(route, district, communes);
        db.ChangeTracker.Clear();

        var (rows, stages) = await BulkAsync(route, villages.Select((v, i) => (v.Village.Id, sizes[i], decisions[v.Commune])).ToList());
        var seeded = communes.Select((commune, c) =>
            new SeededCommune(commune.Id, commune.Name, (int)(communeCitizens[c] * 2.4), communeCitizens[c], villagesOf[c].Count)).ToList();
        var (plans, planRows) = await new PlanSeeder(db, year).SeedAsync(district.Id, district.Name, seeded);
        return new SeededDistrict(district.Id, communes[0].Id, villages[0].Village.Id, plans[communes[0].Id], sizes.Sum(), rows, planRows,
            stages with { Decisions = decisions.Count }, started.Elapsed);
    }

    /// <summary>
    /// One recognition decision per commune, issued by the unit of the route's recognising level (the district on the
    /// three-tier route, the commune on the two-tier one), as the decision page records it.
    /// </summary>
    private async Task<List<RecognitionDecision>> DecisionsAsync(ApprovalRoute route, AdministrativeUnit district, IReadOnlyList<AdministrativeUnit> communes)
    {
        var byDistrict = route.FinalStep.LevelCode == AdministrativeLevel.District;
        var numbers = (await db.RecognitionDecisions.Select(d => new { d.UnitId, d.Number }).ToListAsync()).Select(d => (d.UnitId, d.Number)).ToHashSet();
        var decisions = new List<RecognitionDecision>();
        foreach (var (commune, c) in communes.Select((x, i) => (x, i)))
        {
            var issuer = byDistrict ? district : commune;
            var number = 100 + c;
            while (numbers.Contains((issuer.Id, Number(number))))
            {
                number += communes.Count;
            }

            decisions.Add(new RecognitionDecision
            {
                Number = Number(number), Date = new DateOnly(year, 11, 20 + (c % 8)), Year = year, UnitId = issuer.Id,
                IssuingBody = "UBND " + issuer.Name.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), SignerName = "Lê Văn Tâm",
                SignerPosition = "Phó Chủ tịch", CreatedBy = Author, CreatedAt = new DateTimeOffset(year, 11, 20, 2, 0, 0, TimeSpan.Zero),
            });
        }

        db.RecognitionDecisions.AddRange(decisions);
        await db.SaveChangesAsync();
        return decisions;

        static string Number(int n) => n.ToString(CultureInfo.InvariantCulture) + "/QĐ-UBND";
    }

    private async Task<(int Rows, SeededStages Stages)> BulkAsync(ApprovalRoute route, IReadOnlyList<(int VillageId, int Size, RecognitionDecision Decision)> villages)
    {
        var groups = await db.CitizenGroups.AsNoTracking().OrderBy(g => g.Code).Select(g => g.Id).ToListAsync();
        var rules = await db.RecognitionRules.AsNoTracking().SingleAsync(r => !r.ForDisadvantagedCommunes && r.ScopeUnitId == null);

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        using (var pragma = connection.CreateCommand())
        {
            // While seeding only (neither survives the connection): a crash leaves a file to throw away, not a slow seed.
            pragma.CommandText = "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY;";
            await pragma.ExecuteNonQueryAsync();
        }

        // Keys continue after the demo's rows.
        var citizenIds = Keys.After<Citizen>(db, connection);
        var registrationIds = Keys.After<CdhtRegistration>(db, connection);
        var entryIds = Keys.After<ScorecardEntry>(db, connection);
        var candidateIds = Keys.After<Candidate>(db, connection);
        var transitionIds = Keys.After<CandidateTransition>(db, connection);

        var people = villages.SelectMany(v => Enumerable.Repeat((v.VillageId, v.Decision), v.Size)).ToList();
        var rows = 0;
        var n = 0;
        int registeredOnly = 0, selfAssessedOnly = 0, appraised = 0, passed = 0, earlier = 0, proposed = 0, locked = 0;
        var byState = new Dictionary<CandidateState, int>();
        var at = new DateTimeOffset(year, 10, 15, 2, 0, 0, TimeSpan.Zero);
        for (var offset = 0; offset < people.Count; offset += Chunk)
        {
            using var transaction = connection.BeginTransaction();
            using var citizens = new BulkInsert<Citizen>(db, connection, transaction);
            using var registrations = new BulkInsert<CdhtRegistration>(db, connection, transaction);
            using var entries = new BulkInsert<ScorecardEntry>(db, connection, transaction);
            using var candidates = new BulkInsert<Candidate>(db, connection, transaction);
            using var transitions = new BulkInsert<CandidateTransition>(db, connection, transaction);
            foreach (var (villageId, decision) in people.Skip(offset).Take(Chunk))
            {
                n++;
                var group = groups[Pick(0.6, 0.85)];
                var citizen = new Citizen(PersonName(n), null, 1950 + (n % 55), n % 2 == 0 ? Gender.Female : Gender.Male, group, villageId, null, null);
                citizen.RecordConsent(new DateOnly(2022, 3, 1), Author);
                Keys.Set(citizen, nameof(Citizen.Id), citizenIds.Next());
                citizens.Add(citizen);

                // One in ten has been recognised in each of the four previous years (history entered from paper).
                if (n % 10 == 0)
                {
                    for (var y = Math.Max(2022, year - 4); y < year; y++)
                    {
                        Insert(Card(citizen, y, Scores(passing: true), appraise: true));
                        earlier++;
                    }
                }

                var stage = random.NextDouble();
                var card = Card(citizen, year, Scores(passing: random.NextDouble() < 0.8), appraise: stage >= 0.2, selfAssess: stage >= 0.1);
                registeredOnly += card.Status == ScorecardStatus.Registered ? 1 : 0;
                selfAssessedOnly += stage is >= 0.1 and < 0.2 ? 1 : 0;
                appraised += stage >= 0.2 ? 1 : 0;
                passed += card.Passed == true ? 1 : 0;
                Candidate? candidate = null;
                if (card.Passed == true && random.NextDouble() < 0.9)
                {
                    var approval = new CandidateApproval(route, year);
                    var listed = Walk(approval, random.NextDouble(), decision.Number, at);
                    candidate = Candidate.For(card, route.Code);
                    candidate.CopyFrom(approval, listed ? decision.Id : null);
                    Keys.Set(candidate, nameof(Candidate.Id), candidateIds.Next());
                    byState[candidate.State] = byState.GetValueOrDefault(candidate.State) + 1;
                    proposed += CandidateProgress.HasBeenProposed(candidate.State, candidate.CurrentStepOrder, route.FirstStep.Order) ? 1 : 0;
                    locked += listed ? 1 : 0;
                }

                // The card after its candidate is walked (proposing locks the card), before the candidate (its foreign key).
                Insert(card);
                if (candidate is not null)
                {
                    candidates.Add(candidate);
                    foreach (var move in candidate.Transitions)
                    {
                        Keys.Set(move, nameof(CandidateTransition.Id), (long)transitionIds.Next());
                        Keys.Set(move, nameof(CandidateTransition.CandidateId), candidate.Id);
                        transitions.Add(move);
                    }
                }
            }

            transaction.Commit();
            rows += citizens.Rows + registrations.Rows + entries.Rows + candidates.Rows + transitions.Rows;

            CdhtRegistration Card(Citizen citizen, int cardYear, IReadOnlyList<IndicatorInput> scores, bool appraise, bool selfAssess = true)
            {
                var registration = new CdhtRegistration(citizen, cardYear, RegistrationChannel.Branch, Author, at);
                Keys.Set(registration, nameof(CdhtRegistration.Id), registrationIds.Next());
                Keys.Set(registration, nameof(CdhtRegistration.CitizenId), citizen.Id);
                if (selfAssess)
                {
                    registration.RecordSelfAssessment(scores, true, Author, true, at);
                }

                if (selfAssess && appraise)
                {
                    registration.Appraise(scores, rules, true, Author, at);
                }

                return registration;
            }

            void Insert(CdhtRegistration registration)
            {
                registrations.Add(registration);
                foreach (var entry in registration.Entries)
                {
                    Keys.Set(entry, nameof(ScorecardEntry.Id), entryIds.Next());
                    Keys.Set(entry, nameof(ScorecardEntry.RegistrationId), registration.Id);
                    entries.Add(entry);
                }
            }
        }

        return (rows, new SeededStages(people.Count, registeredOnly, selfAssessedOnly, appraised, passed, earlier, byState.Values.Sum(), proposed,
            byState, locked, 0));
    }

    /// <summary>
    /// Of the proposed: most recognised, most of those listed in the decision (true); some still at the commune or the
    /// district, some returned by either, a few refused.
    /// </summary>
    private static bool Walk(CandidateApproval approval, double roll, string decisionNumber, DateTimeOffset at)
    {
        var route = approval.Route;
        approval.Propose(Author, route.FirstStep.LevelCode, passesRule: true, at);
        if (roll < 0.08)
        {
            return false;
        }

        if (roll < 0.10)
        {
            approval.Return(Author, approval.CurrentStep.LevelCode, at, "Bổ sung minh chứng");
            return false;
        }

        if (roll < 0.12)
        {
            approval.Reject(Author, approval.CurrentStep.LevelCode, at, "Không đủ điều kiện");
            return false;
        }

        while (!approval.CurrentStep.IsFinal)
        {
            approval.Forward(Author, approval.CurrentStep.LevelCode, at);
        }

        if (roll < 0.16)
        {
            return false;
        }

        if (roll < 0.17)
        {
            approval.Return(Author, route.FinalStep.LevelCode, at, "Đề nghị xã rà soát lại điểm đánh giá");
            return false;
        }

        approval.Approve(Author, route.FinalStep.LevelCode, at);
        if (roll < 0.25)
        {
            return false;
        }

        approval.LockByDecision(Author, route.FinalStep.LevelCode, at, decisionNumber);
        return true;
    }

    private List<IndicatorInput> Scores(bool passing)
        => IndicatorDefinition.Codes.Select(code => new IndicatorInput(code, passing ? random.Next(7, 11) : random.Next(4, 9), null)).ToList();

    private int Pick(double first, double second)
    {
        var roll = random.NextDouble();
        return roll < first ? 0 : roll < second ? 1 : 2;
    }

    private async Task AddWithPathsAsync(IReadOnlyList<AdministrativeUnit> units)
    {
        if (units.Count == 0)
        {
            return;
        }

        db.AdministrativeUnits.AddRange(units);
        await db.SaveChangesAsync();
        foreach (var unit in units)
        {
            unit.AssignPath();
        }

        await db.SaveChangesAsync();
    }

    private static readonly string[] Syllables = ["An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Khánh", "Lộc", "Minh", "Ngọc", "Phúc", "Quang", "Sơn", "Thảo", "Uyên", "Việt", "Xuân", "Yến", "Ánh"];
    private static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"];

    private static string Name(int i) => Syllables[i % Syllables.Length] + (i >= Syllables.Length ? " " + Syllables[i / Syllables.Length % Syllables.Length] : string.Empty);

    private static string PersonName(int n)
        => string.Create(CultureInfo.InvariantCulture, $"{Families[n % Families.Length]} {(n % 2 == 0 ? "Thị" : "Văn")} {Syllables[n / 7 % Syllables.Length]} {Syllables[n % Syllables.Length]}");
}
