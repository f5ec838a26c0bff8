using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LearningSociety.Web.Data;

/// <summary>The bucket one card falls in: the key of a <see cref="CardTally"/> row.</summary>
public readonly record struct TallyKey(int Year, int VillageId, int GroupId, ScorecardStatus Status, Verdict Verdict, bool HasCandidate,
    CandidateState State, string RouteCode, int StepOrder, int DigitalScore, int Run)
{
    public static TallyKey Of(CardTally row)
        => new(row.Year, row.VillageId, row.GroupId, row.Status, row.Verdict, row.HasCandidate, row.State, row.RouteCode, row.StepOrder,
            row.DigitalScore, row.Run);
}

/// <summary>
/// Keeps <see cref="CardTally"/> equal to a recount of the cards. A save that touches cards (a registration, its candidate,
/// its scores, or a citizen removed with their cards) is bracketed by <see cref="AuditInterceptor"/>: the buckets of the
/// citizens concerned are read before the save and again after it, inside the save's transaction, and the difference is
/// added with one atomic upsert per bucket — never a read-modify-write, so two web instances saving at once both count.
/// Work done outside EF (bulk inserts) calls <see cref="CaptureAsync(AppDbContext, IReadOnlyCollection{int}, CancellationToken)"/>
/// and <see cref="ApplyAsync"/> itself. Buckets are computed by one function for the increments and the rebuild.
/// </summary>
public sealed class CardTallyKeeper(DataVersionInterceptor version)
{
    /// <summary>Runs of consecutive recognised years are counted up to the longest any rule may ask for.</summary>
    public const int LongestRun = RecognitionRule.MaxConsecutiveYears;

    private const int Chunk = 500;

    private List<EntityEntry>? _entries;
    private HashSet<int>? _citizens;
    private Dictionary<TallyKey, int>? _before;

    /// <summary>True when a save about to run changes a card: a registration, its candidate or scores, or removes a citizen.</summary>
    internal static bool Touches(AppDbContext db) => Changed(db).Any();

    /// <summary>
    /// Inside the save's transaction, before it: locks the citizens whose cards it changes (on a server database, so two
    /// saves about one citizen take turns; SQLite's write transaction already excludes every other writer) and reads
    /// their buckets.
    /// </summary>
    internal async Task CaptureAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var entries = Changed(db).ToList();
        _entries = entries;
        _citizens = await CitizensOfAsync(db, entries, cancellationToken);
        _before = await LockAndReadAsync(db, _citizens, cancellationToken);
    }

    private static IEnumerable<EntityEntry> Changed(AppDbContext db)
        => db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is CdhtRegistration or Candidate or ScorecardEntry || (e.Entity is Citizen && e.State == EntityState.Deleted));

    /// <summary>The same, for work done without the change tracker: the citizens it will touch.</summary>
    public async Task CaptureAsync(AppDbContext db, IReadOnlyCollection<int> citizenIds, CancellationToken cancellationToken)
    {
        // Work outside EF is not seen by the audit interceptor; its transaction changes data all the same.
        version.MarkChanged();
        _entries = [];
        _citizens = [.. citizenIds];
        _before = await LockAndReadAsync(db, _citizens, cancellationToken);
    }

    /// <summary>The buckets of the citizens before a change, read after locking them so that two changes about one citizen take turns.</summary>
    private static async Task<Dictionary<TallyKey, int>> LockAndReadAsync(AppDbContext db, IReadOnlyCollection<int> citizens,
        CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            foreach (var chunk in citizens.Chunk(Chunk))
            {
                await db.Citizens.Where(c => chunk.Contains(c.Id)).ExecuteUpdateAsync(u => u.SetProperty(c => c.BirthYear, c => c.BirthYear), cancellationToken);
            }
        }

        return await BucketsAsync(db, citizens, cancellationToken);
    }

    /// <summary>After the save, in its transaction: adds the difference between the buckets now and before.</summary>
    public async Task ApplyAsync(AppDbContext db, IReadOnlyCollection<int>? moreCitizens, CancellationToken cancellationToken)
    {
        if (_before is null || _citizens is null)
        {
            return;
        }

        var before = _before;
        var citizens = _citizens;
        citizens.UnionWith(await CitizensOfAsync(db, _entries!.Where(e => e.State != EntityState.Detached).ToList(), cancellationToken));
        if (moreCitizens is not null)
        {
            citizens.UnionWith(moreCitizens);
        }

        Discard();
        var after = await BucketsAsync(db, citizens, cancellationToken);
        foreach (var (key, count) in before)
        {
            after[key] = after.GetValueOrDefault(key) - count;
        }

        foreach (var (key, delta) in after.Where(x => x.Value != 0))
        {
            await AddAsync(db, key, delta, cancellationToken);
        }
    }

    internal void Discard()
    {
        _entries = null;
        _citizens = null;
        _before = null;
    }

    /// <summary>Empties the tallies and counts every card again (the <c>rebuild-counts</c> command; after bulk loads).</summary>
    public static async Task<int> RebuildAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var counts = await RecountAsync(db, cancellationToken);
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.CardTallies.ExecuteDeleteAsync(cancellationToken);
        // 150 rows of 12 parameters stay under SQL Server's 2,100 parameters per command.
        foreach (var chunk in counts.Chunk(150))
        {
            // Only placeholders are composed here; every value goes in as a parameter.
            var sql = "INSERT INTO \"CardTallies\" (\"Year\", \"VillageId\", \"GroupId\", \"Status\", \"Verdict\", \"HasCandidate\", \"State\", \"RouteCode\", \"StepOrder\", \"DigitalScore\", \"Run\", \"Count\") VALUES "
                + string.Join(", ", chunk.Select((_, i) => "(" + string.Join(", ", Enumerable.Range(i * 12, 12).Select(p => $"{{{p}}}")) + ")"));
            await db.Database.ExecuteSqlRawAsync(sql, chunk.SelectMany(x => Parameters(x.Key, x.Value)).ToArray(), cancellationToken);
        }

        // Results cached under the old version were counted from the old tallies.
        await db.DataVersions.ExecuteUpdateAsync(u => u.SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return counts.Count;
    }

    /// <summary>Every card counted from the raw rows, by bucket (what the tallies must equal, without the empty buckets).</summary>
    public static async Task<Dictionary<TallyKey, int>> RecountAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<TallyKey, int>();
        var citizens = await db.Registrations.AsNoTracking().Select(r => r.CitizenId).Distinct().ToListAsync(cancellationToken);
        foreach (var chunk in citizens.Chunk(Chunk * 10))
        {
            foreach (var (key, count) in await BucketsAsync(db, [.. chunk], cancellationToken))
            {
                counts[key] = counts.GetValueOrDefault(key) + count;
            }
        }

        return counts;
    }

    /// <summary>The tallies as stored, without the empty buckets an increment and a decrement leave behind.</summary>
    public static async Task<Dictionary<TallyKey, int>> StoredAsync(AppDbContext db, CancellationToken cancellationToken)
        => (await db.CardTallies.AsNoTracking().Where(t => t.Count != 0).ToListAsync(cancellationToken))
            .ToDictionary(TallyKey.Of, t => t.Count);

    private static async Task<HashSet<int>> CitizensOfAsync(AppDbContext db, List<EntityEntry> entries, CancellationToken cancellationToken)
    {
        var citizens = new HashSet<int>();
        var registrations = new HashSet<int>();
        foreach (var entry in entries)
        {
            switch (entry.Entity)
            {
                case Citizen citizen when !entry.Property(nameof(Citizen.Id)).IsTemporary:
                    citizens.Add(citizen.Id);
                    break;
                case CdhtRegistration registration when !entry.Property(nameof(CdhtRegistration.CitizenId)).IsTemporary:
                    citizens.Add(registration.CitizenId);
                    break;
                case Candidate candidate when !entry.Property(nameof(Candidate.RegistrationId)).IsTemporary:
                    registrations.Add(candidate.RegistrationId);
                    break;
                case ScorecardEntry scores when !entry.Property(nameof(ScorecardEntry.RegistrationId)).IsTemporary:
                    registrations.Add(scores.RegistrationId);
                    break;
            }
        }

        foreach (var tracked in db.ChangeTracker.Entries<CdhtRegistration>().Where(e => registrations.Contains(e.Entity.Id)))
        {
            registrations.Remove(tracked.Entity.Id);
            citizens.Add(tracked.Entity.CitizenId);
        }

        foreach (var chunk in registrations.Chunk(Chunk))
        {
            citizens.UnionWith(await db.Registrations.AsNoTracking().Where(r => chunk.Contains(r.Id)).Select(r => r.CitizenId)
                .ToListAsync(cancellationToken));
        }

        return citizens;
    }

    /// <summary>The one definition of a card's bucket, for every card of the given citizens (all their years, for the runs).</summary>
    private static async Task<Dictionary<TallyKey, int>> BucketsAsync(AppDbContext db, IReadOnlyCollection<int> citizenIds,
        CancellationToken cancellationToken)
    {
        var counts = new Dictionary<TallyKey, int>();
        const string digital = RecognitionRule.DigitalSkillsIndicator;
        foreach (var chunk in citizenIds.Chunk(Chunk))
        {
            var cards = await (
                    from r in db.Registrations.AsNoTracking()
                    where chunk.Contains(r.CitizenId)
                    join c in db.Candidates on r.Id equals c.RegistrationId into candidates
                    from c in candidates.DefaultIfEmpty()
                    select new
                    {
                        r.CitizenId, r.Year, r.VillageId, r.GroupId, r.Status, r.Passed,
                        PastConfirmed = r.PastConfirmedAt != null,
                        State = (CandidateState?)c!.State,
                        RouteCode = (string?)c.RouteCode,
                        Step = (int?)c.CurrentStepOrder,
                        Digital = r.Entries.Where(e => e.Code == digital).Select(e => e.AppraisedScore).FirstOrDefault(),
                    })
                .ToListAsync(cancellationToken);
            foreach (var citizen in cards.GroupBy(c => c.CitizenId))
            {
                // A year counts as RecognisedYears says: recognised on the route, or an earlier year that passed, never travelled
                // the route and was confirmed by the commune (entered from the paper decisions of earlier years). A confirmed
                // earlier year is counted as recognised in its own year's bucket too, so its year's reports agree with the title.
                var recognised = citizen
                    .Where(c => c.State == CandidateState.Recognised || (c.State is null && c.Passed == true && c.PastConfirmed))
                    .Select(c => c.Year).ToHashSet();
                foreach (var card in citizen)
                {
                    var confirmedPast = card.State is null && card.Passed == true && card.PastConfirmed;
                    var isRecognised = card.State == CandidateState.Recognised || confirmedPast;
                    var run = 0;
                    if (isRecognised)
                    {
                        run = 1;
                        while (run < LongestRun && recognised.Contains(card.Year - run))
                        {
                            run++;
                        }
                    }

                    var key = new TallyKey(card.Year, card.VillageId, card.GroupId, card.Status,
                        card.Passed switch { null => Verdict.NotAppraised, true => Verdict.Passed, false => Verdict.Failed },
                        card.State is not null, confirmedPast ? CandidateState.Recognised : card.State ?? CandidateState.Draft,
                        card.RouteCode ?? string.Empty, card.Step ?? 0,
                        isRecognised ? card.Digital ?? 0 : 0, run);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts;
    }

    private static Task AddAsync(AppDbContext db, TallyKey key, int delta, CancellationToken cancellationToken)
    {
        const string columns = "\"Year\", \"VillageId\", \"GroupId\", \"Status\", \"Verdict\", \"HasCandidate\", \"State\", \"RouteCode\", \"StepOrder\", \"DigitalScore\", \"Run\"";
        var values = string.Join(", ", Enumerable.Range(0, 12).Select(p => $"{{{p}}}"));
        var sql = db.Database.IsSqlServer()
            ? "MERGE \"CardTallies\" WITH (HOLDLOCK) AS t USING (SELECT {0} AS \"Year\", {1} AS \"VillageId\", {2} AS \"GroupId\", {3} AS \"Status\", "
              + "{4} AS \"Verdict\", {5} AS \"HasCandidate\", {6} AS \"State\", {7} AS \"RouteCode\", {8} AS \"StepOrder\", {9} AS \"DigitalScore\", "
              + "{10} AS \"Run\", {11} AS \"Count\") AS s ON t.\"Year\" = s.\"Year\" AND t.\"VillageId\" = s.\"VillageId\" AND t.\"GroupId\" = s.\"GroupId\" "
              + "AND t.\"Status\" = s.\"Status\" AND t.\"Verdict\" = s.\"Verdict\" AND t.\"HasCandidate\" = s.\"HasCandidate\" AND t.\"State\" = s.\"State\" "
              + "AND t.\"RouteCode\" = s.\"RouteCode\" AND t.\"StepOrder\" = s.\"StepOrder\" AND t.\"DigitalScore\" = s.\"DigitalScore\" AND t.\"Run\" = s.\"Run\" "
              + $"WHEN MATCHED THEN UPDATE SET \"Count\" = t.\"Count\" + s.\"Count\" WHEN NOT MATCHED THEN INSERT ({columns}, \"Count\") VALUES ({values});"
            : $"INSERT INTO \"CardTallies\" ({columns}, \"Count\") VALUES ({values}) "
              + $"ON CONFLICT ({columns}) DO UPDATE SET \"Count\" = \"CardTallies\".\"Count\" + excluded.\"Count\"";
        return db.Database.ExecuteSqlRawAsync(sql, Parameters(key, delta), cancellationToken);
    }

    private static object[] Parameters(TallyKey key, int count)
        => [key.Year, key.VillageId, key.GroupId, (int)key.Status, (int)key.Verdict, key.HasCandidate, (int)key.State, key.RouteCode,
            key.StepOrder, key.DigitalScore, key.Run, count];
}
