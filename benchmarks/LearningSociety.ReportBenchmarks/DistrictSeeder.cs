using System.Globalization;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Approvals;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.ReportBenchmarks;

/// <summary>What was seeded, where the largest commune and village are, and the largest commune's plan.</summary>
public sealed record SeededDistrict(int DistrictId, int LargestCommuneId, int LargestVillageId, int LargestCommunePlanId, int Citizens, int Rows,
    int PlanRows, TimeSpan Took);

/// <summary>
/// A district of 50 communes and 500 villages with 200,000 citizens: one card each this year (registered,
/// self-assessed or appraised through the domain's own methods), candidates walked along the active route, and for
/// one citizen in ten four earlier recognised years, so "tiêu biểu xuất sắc" has people to find; then plans, results
/// and PCGD-XMC surveys (<see cref="PlanSeeder"/>). Units go in through EF; the bulk goes in through
/// <see cref="BulkInsert{T}"/>, 10,000 citizens at a time.
/// </summary>
public sealed class DistrictSeeder(AppDbContext db, int year)
{
    public const int Communes = 50;
    public const int VillagesPerCommune = 10;
    public const int CitizensInDistrict = 200_000;

    // The first commune is twice as populous as the others, so "the largest commune" is one definite unit.
    public const int CitizensPerLargeVillage = 800;

    private const int Chunk = 10_000;
    private readonly Random random = new(20261130);

    public async Task<SeededDistrict> SeedAsync()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var levels = await db.AdministrativeLevels.ToDictionaryAsync(l => l.Code);
        var start = new DateOnly(2008, 1, 1);
        var province = await UnitAsync("99", "Tỉnh Thử Nghiệm", levels[AdministrativeLevel.Province], null, start);
        var district = await UnitAsync("999", "Huyện Đồng Bằng", levels[AdministrativeLevel.District], province, start);
        var communes = new List<AdministrativeUnit>();
        for (var c = 0; c < Communes; c++)
        {
            communes.Add(new AdministrativeUnit($"999{c:00}", $"Xã Phước {Name(c)}", levels[AdministrativeLevel.Commune], district, start));
        }

        await AddWithPathsAsync(communes);
        var villages = new List<AdministrativeUnit>();
        foreach (var (commune, c) in communes.Select((x, i) => (x, i)))
        {
            for (var v = 0; v < VillagesPerCommune; v++)
            {
                villages.Add(new AdministrativeUnit($"999{c:00}-{v:00}", $"Thôn {Name(v)} {c + 1}", levels[AdministrativeLevel.Village], commune, start));
            }
        }

        await AddWithPathsAsync(villages);

        // Citizens per village: the first commune's villages hold 800, the rest share what is left evenly.
        var large = VillagesPerCommune * CitizensPerLargeVillage;
        var others = villages.Count - VillagesPerCommune;
        var sizes = villages.Select((_, i) => i < VillagesPerCommune ? CitizensPerLargeVillage
            : ((CitizensInDistrict - large) / others) + (i - VillagesPerCommune < (CitizensInDistrict - large) % others ? 1 : 0)).ToArray();

        foreach (var (village, i) in villages.Select((x, i) => (x, i)))
        {
            db.UnitYearProfiles.Add(new UnitYearProfile(village.Id, year, false, (int)(sizes[i] * 2.4)));
        }

        foreach (var (commune, c) in communes.Select((x, i) => (x, i)))
        {
            db.UnitYearProfiles.Add(new UnitYearProfile(commune.Id, year, false, sizes.Skip(c * VillagesPerCommune).Take(VillagesPerCommune).Sum(s => (int)(s * 2.4))));
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var rows = await BulkAsync(villages.Select((v, i) => (v.Id, sizes[i])).ToList());
        var seeded = communes.Select((commune, c) =>
        {
            var own = sizes.Skip(c * VillagesPerCommune).Take(VillagesPerCommune).ToList();
            return new SeededCommune(commune.Id, commune.Name, own.Sum(s => (int)(s * 2.4)), own.Sum());
        }).ToList();
        var (plans, planRows) = await new PlanSeeder(db, year).SeedAsync(district.Id, district.Name, seeded);
        return new SeededDistrict(district.Id, communes[0].Id, villages[0].Id, plans[communes[0].Id], sizes.Sum(), rows, planRows, started.Elapsed);
    }

    private async Task<int> BulkAsync(IReadOnlyList<(int VillageId, int Size)> villages)
    {
        var groups = await db.CitizenGroups.AsNoTracking().OrderBy(g => g.Code).Select(g => g.Id).ToListAsync();
        var rules = await db.RecognitionRules.AsNoTracking().SingleAsync(r => !r.ForDisadvantagedCommunes && r.ScopeUnitId == null);
        var routeDefinition = await db.ApprovalRoutes.AsNoTracking().Include(r => r.Steps).SingleAsync(r => r.IsActive);
        var route = routeDefinition.ToDomain();

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        using (var pragma = connection.CreateCommand())
        {
            // Seeding only: the benchmark database is thrown away afterwards.
            pragma.CommandText = "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY;";
            await pragma.ExecuteNonQueryAsync();
        }

        var ids = new Dictionary<string, int> { ["Citizen"] = 0, ["Registration"] = 0, ["Entry"] = 0, ["Candidate"] = 0, ["Transition"] = 0 };
        int Next(string table) => ++ids[table];
        var people = villages.SelectMany(v => Enumerable.Repeat(v.VillageId, v.Size)).ToList();
        var rows = 0;
        var at = new DateTimeOffset(year, 10, 15, 2, 0, 0, TimeSpan.Zero);
        for (var offset = 0; offset < people.Count; offset += Chunk)
        {
            using var transaction = connection.BeginTransaction();
            using var citizens = new BulkInsert<Citizen>(db, connection, transaction);
            using var registrations = new BulkInsert<CdhtRegistration>(db, connection, transaction);
            using var entries = new BulkInsert<ScorecardEntry>(db, connection, transaction);
            using var candidates = new BulkInsert<Candidate>(db, connection, transaction);
            using var transitions = new BulkInsert<CandidateTransition>(db, connection, transaction);
            foreach (var villageId in people.Skip(offset).Take(Chunk))
            {
                var n = ids["Citizen"] + 1;
                var group = groups[Pick(0.6, 0.85)];
                var citizen = new Citizen(PersonName(n), null, 1950 + (n % 55), n % 2 == 0 ? Gender.Female : Gender.Male, group, villageId, null, null);
                citizen.RecordConsent(new DateOnly(2022, 3, 1), "seed");
                Keys.Set(citizen, nameof(Citizen.Id), Next("Citizen"));
                citizens.Add(citizen);

                // One in ten has been recognised in each of the four previous years (history entered from paper).
                if (n % 10 == 0)
                {
                    for (var y = year - 4; y < year; y++)
                    {
                        Insert(Card(citizen, y, Scores(passing: true), appraise: true));
                    }
                }

                var stage = random.NextDouble();
                var card = Card(citizen, year, Scores(passing: random.NextDouble() < 0.8), appraise: stage >= 0.2, selfAssess: stage >= 0.1);
                Candidate? candidate = null;
                if (card.Passed == true && random.NextDouble() < 0.9)
                {
                    var approval = new CandidateApproval(route, year);
                    Walk(approval, random.NextDouble(), at);
                    candidate = Candidate.For(card, route.Code);
                    candidate.CopyFrom(approval);
                    Keys.Set(candidate, nameof(Candidate.Id), Next("Candidate"));
                }

                // The card after its candidate is walked (proposing locks the card), before the candidate (its foreign key).
                Insert(card);
                if (candidate is not null)
                {
                    candidates.Add(candidate);
                    foreach (var move in candidate.Transitions)
                    {
                        Keys.Set(move, nameof(CandidateTransition.Id), (long)Next("Transition"));
                        Keys.Set(move, nameof(CandidateTransition.CandidateId), candidate.Id);
                        transitions.Add(move);
                    }
                }
            }

            transaction.Commit();
            rows += citizens.Rows + registrations.Rows + entries.Rows + candidates.Rows + transitions.Rows;

            CdhtRegistration Card(Citizen citizen, int cardYear, IReadOnlyList<IndicatorInput> scores, bool appraise, bool selfAssess = true)
            {
                var registration = new CdhtRegistration(citizen, cardYear, RegistrationChannel.Branch, "seed", at);
                Keys.Set(registration, nameof(CdhtRegistration.Id), Next("Registration"));
                Keys.Set(registration, nameof(CdhtRegistration.CitizenId), citizen.Id);
                if (selfAssess)
                {
                    registration.RecordSelfAssessment(scores, true, "seed", true, at);
                }

                if (selfAssess && appraise)
                {
                    registration.Appraise(scores, rules, true, "seed", at);
                }

                return registration;
            }

            void Insert(CdhtRegistration registration)
            {
                registrations.Add(registration);
                foreach (var entry in registration.Entries)
                {
                    Keys.Set(entry, nameof(ScorecardEntry.Id), Next("Entry"));
                    Keys.Set(entry, nameof(ScorecardEntry.RegistrationId), registration.Id);
                    entries.Add(entry);
                }
            }
        }

        return rows;
    }

    // Of the proposed: most recognised, some still at the commune or the district, a few returned or refused.
    private static void Walk(CandidateApproval approval, double roll, DateTimeOffset at)
    {
        approval.Propose("seed", "village", passesRule: true, at);
        if (roll < 0.08)
        {
            return;
        }

        if (roll < 0.10)
        {
            approval.Return("seed", "commune", at, "Bổ sung minh chứng");
            return;
        }

        if (roll < 0.12)
        {
            approval.Reject("seed", "commune", at, "Không đủ điều kiện");
            return;
        }

        while (!approval.CurrentStep.IsFinal)
        {
            approval.Forward("seed", approval.CurrentStep.LevelCode, at);
        }

        if (roll < 0.17)
        {
            return;
        }

        approval.Approve("seed", approval.Route.FinalStep.LevelCode, at);
    }

    private List<IndicatorInput> Scores(bool passing)
        => IndicatorDefinition.Codes.Select(code => new IndicatorInput(code, passing ? random.Next(7, 11) : random.Next(4, 9), null)).ToList();

    private int Pick(double first, double second)
    {
        var roll = random.NextDouble();
        return roll < first ? 0 : roll < second ? 1 : 2;
    }

    private async Task<AdministrativeUnit> UnitAsync(string code, string name, AdministrativeLevel level, AdministrativeUnit? parent, DateOnly from)
    {
        var unit = new AdministrativeUnit(code, name, level, parent, from);
        await AddWithPathsAsync([unit]);
        return unit;
    }

    private async Task AddWithPathsAsync(IReadOnlyList<AdministrativeUnit> units)
    {
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
