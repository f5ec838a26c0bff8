using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.TestSupport;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Approvals;
using LearningSociety.Web.Features.Citizens;
using LearningSociety.Web.Security;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.Web.Tests.Results;

/// <summary>
/// The card tallies every count reads stay equal to a recount of the cards, whatever sequence of the year's operations
/// runs: cards made at every stage (with earlier recognised years), self-assessment and appraisal, every approval
/// action along the route, decisions, registrations for earlier years, carry-over and removal on request.
/// </summary>
public class CardTallies : IDisposable
{
    private readonly PortalFactory _factory;
    private readonly int _year = new VietnamClock(TimeProvider.System).Today().Year;

    public CardTallies()
        : this(TestDatabaseProvider.Sqlite)
    {
    }

    protected CardTallies(TestDatabaseProvider provider) => _factory = new PortalFactory(provider);

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    [PortalFact]
    public async Task RandomSequencesOfTheYearsOperationsLeaveTheTalliesEqualToARecount()
    {
        foreach (var seed in new[] { 20261201, 7, 424242 })
        {
            await SequenceAsync(seed);
        }
    }

    private async Task SequenceAsync(int seed)
    {
        var random = new Random(seed);
        var villages = await _factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Level.Code == "village").Select(u => u.Name).ToListAsync());
        var names = new[] { "Nguyễn Thị Lan", "Trần Văn Bình", "Lê Thị Hoa", "Phạm Văn Dũng", "Võ Thị Giang", "Đặng Văn Hùng" };
        var operations = new List<(string Name, Func<Task> Run)>
        {
            ("cards", () => CardsAsync(random, villages, names, _year)),
            ("last year's cards", () => CardsAsync(random, villages, names, _year - 1)),
            ("self-assess", () => ScoreAsync(random, appraise: false)),
            ("appraise", () => ScoreAsync(random, appraise: true)),
            ("approval action", () => ActAsync(random)),
            ("approval action", () => ActAsync(random)),
            ("decision", () => DecisionAsync(random)),
            ("register an earlier year", () => RegisterEarlierAsync(random)),
            ("confirm or withdraw an earlier year", () => ConfirmEarlierAsync(random)),
            ("change the ĐBKK list", () => DesignateAsync(random)),
            ("carry over", CarryOverAsync),
            ("remove", () => RemoveAsync(random)),
        };

        await CardsAsync(random, villages, names, _year);
        await AssertTalliesEqualRecountAsync("start");
        for (var step = 0; step < 40; step++)
        {
            var (name, run) = operations[random.Next(operations.Count)];
            await run();
            await AssertTalliesEqualRecountAsync($"seed {seed}, step {step}: {name}");
        }

        // The rebuild gives the same rows the increments kept.
        var kept = await _factory.WithDbAsync(db => CardTallyKeeper.StoredAsync(db, CancellationToken.None));
        await _factory.WithDbAsync(db => CardTallyKeeper.RebuildAsync(db, CancellationToken.None));
        Assert.Equal(kept.OrderBy(x => x.Key.ToString()), (await _factory.WithDbAsync(db => CardTallyKeeper.StoredAsync(db, CancellationToken.None))).OrderBy(x => x.Key.ToString()));
        Assert.True(kept.Values.Sum() > 10, "the sequence made cards");
    }

    [PortalFact]
    public async Task TheRebuildRepairsTalliesThatDrifted()
    {
        await new CardData(_factory.Services, _year).CardsAsync(
            new CardSpec("Nguyễn Thị Lan", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised, RecognisedYearsBefore: 4),
            new CardSpec("Trần Văn Bình", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(8), CardStage.Proposed));
        await _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"CardTallies\" SET \"Count\" = \"Count\" + 5"));
        Assert.NotEqual(await Recount(), await Stored());

        await _factory.WithDbAsync(db => CardTallyKeeper.RebuildAsync(db, CancellationToken.None));

        Assert.Equal(Sorted(await Recount()), Sorted(await Stored()));
        // Lan's run: this year and four earlier recognised years.
        Assert.Contains((await Stored()).Keys, k => k.Year == _year && k.State == CandidateState.Recognised && k.Run == 5 && k.DigitalScore == 9);
    }

    private Task<Dictionary<TallyKey, int>> Recount() => _factory.WithDbAsync(db => CardTallyKeeper.RecountAsync(db, CancellationToken.None));

    private Task<Dictionary<TallyKey, int>> Stored() => _factory.WithDbAsync(db => CardTallyKeeper.StoredAsync(db, CancellationToken.None));

    private static List<KeyValuePair<TallyKey, int>> Sorted(Dictionary<TallyKey, int> counts) => [.. counts.OrderBy(x => x.Key.ToString())];

    private async Task AssertTalliesEqualRecountAsync(string after)
    {
        var recount = Sorted(await Recount());
        var stored = Sorted(await Stored());
        Assert.True(recount.SequenceEqual(stored),
            $"After {after}: stored {string.Join("; ", stored.Except(recount))} ≠ recount {string.Join("; ", recount.Except(stored))}");
    }

    private Task CardsAsync(Random random, List<string> villages, string[] names, int year)
    {
        var specs = Enumerable.Range(0, random.Next(1, 5)).Select(_ => new CardSpec(
            names[random.Next(names.Length)], villages[random.Next(villages.Count)], $"N{random.Next(1, 4)}",
            Enumerable.Range(0, 10).Select(_ => random.Next(4, 11)).ToArray(),
            (CardStage)random.Next(Enum.GetValues<CardStage>().Length), RecognisedYearsBefore: random.Next(3) == 0 ? random.Next(1, Math.Min(5, year - RecognitionRule.FirstYear + 1)) : 0));
        return new CardData(_factory.Services, year).CardsAsync(specs);
    }

    private async Task<T?> PickAsync<T>(Random random, Func<AppDbContext, IQueryable<T>> query)
    {
        var all = await _factory.WithDbAsync(db => query(db).ToListAsync());
        return all.Count == 0 ? default : all[random.Next(all.Count)];
    }

    private async Task ScoreAsync(Random random, bool appraise)
    {
        var id = await PickAsync(random, db => db.Registrations.Where(r => !r.IsLocked).OrderBy(r => r.Id).Select(r => r.Id));
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var card = await db.Registrations.Include(r => r.Entries).SingleOrDefaultAsync(r => r.Id == id);
        if (card is null)
        {
            return;
        }

        var scores = IndicatorDefinition.Codes.Select(c => new IndicatorInput(c, random.Next(4, 11), "Có minh chứng")).ToList();
        try
        {
            if (appraise)
            {
                card.Appraise(scores, await db.RecognitionRules.SingleAsync(r => !r.ForDisadvantagedCommunes), true, "chihoi", DateTimeOffset.UtcNow);
            }
            else
            {
                card.RecordSelfAssessment(scores, true, "chihoi", true, DateTimeOffset.UtcNow);
            }
        }
        catch (LearningSociety.Domain.DomainException)
        {
            return; // the domain refused (not self-assessed yet): nothing to save
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A user acting at every level of the demo district, so any action the domain accepts can happen.</summary>
    private async Task<UnitScope> EveryLevelAsync()
    {
        var district = await _factory.WithDbAsync(db => db.AdministrativeUnits.SingleAsync(u => u.Name == "Huyện Quảng Điền"));
        return new UnitScope([
            new ScopeGrant(PortalRole.VillageBranch, district.Id, district.Path, district.Name, "village"),
            new ScopeGrant(PortalRole.CommuneOfficer, district.Id, district.Path, district.Name, "commune"),
            new ScopeGrant(PortalRole.DistrictOffice, district.Id, district.Path, district.Name, "district"),
        ]);
    }

    private async Task ActAsync(Random random)
    {
        var card = await PickAsync(random, db => db.Registrations.Where(r => r.Year == _year && r.Passed != null).OrderBy(r => r.Id)
            .Select(r => new { r.Id, Version = db.Candidates.Where(c => c.RegistrationId == r.Id).Select(c => (int?)c.Version).FirstOrDefault() ?? 0 }));
        if (card is null)
        {
            return;
        }

        var actions = Enum.GetValues<ApprovalAction>().Where(a => a != ApprovalAction.LockByDecision).ToArray();
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApprovalService>().ApplyAsync(await EveryLevelAsync(), "phonggd",
            actions[random.Next(actions.Length)], [(card.Id, card.Version)], "Lý do thử", CancellationToken.None);
    }

    private async Task DecisionAsync(Random random)
    {
        var recognised = await _factory.WithDbAsync(db => db.Candidates.Where(c => c.Year == _year && c.State == CandidateState.Recognised && c.DecisionId == null)
            .Select(c => c.RegistrationId).ToListAsync());
        if (recognised.Count > 0)
        {
            await new CardData(_factory.Services, _year).DecisionAsync($"{random.Next(1, 100000)}/QĐ-UBND", new DateOnly(_year, 11, 20),
                recognised.Where(_ => random.Next(2) == 0).DefaultIfEmpty(recognised[0]));
        }
    }

    private async Task RegisterEarlierAsync(Random random)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ids = await db.Citizens.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        if (ids.Count > 0)
        {
            var id = ids[random.Next(ids.Count)];
            var citizen = await db.Citizens.SingleAsync(c => c.Id == id);
            await scope.ServiceProvider.GetRequiredService<CitizenRegister>().RegisterAsync(citizen, _year - random.Next(1, 4), "chihoi", CancellationToken.None);
        }
    }

    /// <summary>The branch enters an earlier year's decision and the commune confirms it, or takes the confirmation back.</summary>
    private async Task ConfirmEarlierAsync(Random random)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ids = await db.Registrations.Where(r => r.Year < _year && r.Passed == true && !db.Candidates.Any(c => c.RegistrationId == r.Id))
            .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
        if (ids.Count == 0)
        {
            return;
        }

        var card = await db.Registrations.Include(r => r.Entries).SingleAsync(r => r.Id == ids[random.Next(ids.Count)]);
        if (card.IsPastConfirmed)
        {
            card.WithdrawPastConfirmation();
        }
        else
        {
            if (!card.HasPastRecognition)
            {
                card.RecordPastRecognition(null, null, withoutDecision: true, _year);
            }

            card.ConfirmPast("ubndxa", DateTimeOffset.UtcNow, _year);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The province puts Xã Quảng Phú on this year's ĐBKK list, or takes it off: its open cards are judged again.</summary>
    private async Task DesignateAsync(Random random)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var keeping = scope.ServiceProvider.GetRequiredService<LearningSociety.Web.Features.Designations.DesignationKeeping>();
        var existing = await db.DisadvantagedDesignations.Include(d => d.Communes).FirstOrDefaultAsync();
        if (existing is not null && random.Next(2) == 0)
        {
            await keeping.DeleteAsync(existing, "admin", CancellationToken.None);
            return;
        }

        if (existing is null)
        {
            var commune = await db.AdministrativeUnits.Where(u => u.Name == "Xã Quảng Phú").Select(u => u.Id).SingleAsync();
            await keeping.SaveAsync(LearningSociety.Domain.Units.DisadvantagedDesignation.Create("Quyết định", "861/QĐ-TTg", new DateOnly(_year, 1, 4),
                "Thủ tướng Chính phủ", _year - 1, _year, [commune]), LearningSociety.Web.Features.Designations.Coverage.None, "admin", CancellationToken.None);
        }
    }

    private async Task CarryOverAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CitizenRegister>().CarryOverAsync(await EveryLevelAsync(), _year, "chihoi", CancellationToken.None);
    }

    private async Task RemoveAsync(Random random)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ids = await db.Citizens.Where(c => !db.Registrations.Any(r => r.CitizenId == c.Id && r.IsLocked)).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        if (ids.Count > 0)
        {
            var id = ids[random.Next(ids.Count)];
            var citizen = await db.Citizens.SingleAsync(c => c.Id == id);
            Assert.Null(await scope.ServiceProvider.GetRequiredService<CitizenRegister>().RemoveAsync(citizen, CancellationToken.None));
        }
    }
}
