using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Data.Seeding;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.Web.Tests.Demo;

/// <summary>A portal whose demo district has its year in motion, on a day of another year than today's.</summary>
public sealed class DemoYearPortal : IDisposable
{
    /// <summary>10/3/2031 10:00 in Vietnam: the demo must follow the portal's clock, not a year written in the code.</summary>
    public static readonly DateTimeOffset Now = new(2031, 3, 10, 3, 0, 0, TimeSpan.Zero);

    public const int Year = 2031;

    public PortalFactory Factory { get; } = new(new Dictionary<string, string?> { ["Database:SeedDemoYear"] = "true" })
    {
        Clock = new FixedClock(Now),
    };

    public void Dispose() => Factory.Dispose();
}

/// <summary>
/// The demo district seeded on a new database (issue 17): the current year in motion in both communes and all eight
/// villages, dated from the portal's clock, every card made by the domain's rules and every count equal to a recount.
/// </summary>
public sealed class DemoYearTests(DemoYearPortal portal) : IClassFixture<DemoYearPortal>
{
    private const int Year = DemoYearPortal.Year;

    private PortalFactory Factory => portal.Factory;

    [Fact]
    public async Task EveryVillageHasAboutTwentyFiveCitizensWithCardsOfTheClocksYearAtEveryStage()
    {
        var villages = await Factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Level.Code == AdministrativeLevel.Village)
            .Select(u => new
            {
                u.Name,
                Citizens = db.Citizens.Count(c => c.VillageId == u.Id),
                Cards = db.Registrations.Where(r => r.VillageId == u.Id && r.Year == Year).Select(r => new
                {
                    r.Status, r.Passed, r.GroupId,
                    State = db.Candidates.Where(c => c.RegistrationId == r.Id).Select(c => (CandidateState?)c.State).FirstOrDefault(),
                    Step = db.Candidates.Where(c => c.RegistrationId == r.Id).Select(c => (int?)c.CurrentStepOrder).FirstOrDefault(),
                }).ToList(),
            }).ToListAsync());

        Assert.Equal(8, villages.Count);
        foreach (var village in villages)
        {
            Assert.InRange(village.Citizens, 22, 28);
            Assert.Equal(village.Citizens, village.Cards.Count);
            Assert.Equal(3, village.Cards.Select(c => c.GroupId).Distinct().Count());
            Assert.Contains(village.Cards, c => c.Status == ScorecardStatus.Registered);
            Assert.Contains(village.Cards, c => c.Status == ScorecardStatus.SelfAssessed);
            Assert.Contains(village.Cards, c => c.Passed == false);
            Assert.Contains(village.Cards, c => c.Passed == true && c.State is null);
            Assert.Contains(village.Cards, c => c.State == CandidateState.InReview && c.Step == 2);
            Assert.Contains(village.Cards, c => c.State == CandidateState.InReview && c.Step == 3);
            Assert.Contains(village.Cards, c => c.State == CandidateState.Recognised);
        }

        Assert.Equal(0, await Factory.WithDbAsync(db => db.Registrations.CountAsync(r => r.Year > Year)));
    }

    [Fact]
    public async Task TheCardTalliesEqualARecountOfTheCards()
    {
        var (stored, recount) = await Factory.WithDbAsync(async db =>
            (await CardTallyKeeper.StoredAsync(db, CancellationToken.None), await CardTallyKeeper.RecountAsync(db, CancellationToken.None)));

        Assert.NotEmpty(recount);
        Assert.Equal(recount.OrderBy(x => x.Key.ToString()), stored.OrderBy(x => x.Key.ToString()));
    }

    [Fact]
    public async Task EveryAppraisedCardIsJudgedByTheRuleOfItsVillageAndYearAndEveryChangedScoreHasAReason()
    {
        var failures = new List<string>();
        var reasons = new HashSet<string>();
        await Factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var rules = services.GetRequiredService<RecognitionRuleLookup>();
            var cards = await db.Registrations.AsNoTracking().Include(r => r.Entries).Include(r => r.Citizen)
                .Where(r => r.Status == ScorecardStatus.Appraised).ToListAsync();
            Assert.True(cards.Count > 100, $"{cards.Count} appraised cards");
            foreach (var card in cards)
            {
                var rule = await rules.ForVillageAsync(card.VillageId, card.Year);
                var result = card.Evaluate(rule)!;
                if (result.Passed != card.Passed || result.Total != card.AppraisedTotal || rule.Threshold != card.AppraisalThreshold)
                {
                    failures.Add($"{card.Citizen.FullName} {card.Year}: stored {card.Passed}/{card.AppraisedTotal}, rule says {result.Passed}/{result.Total}");
                }

                if (card.Entries.Any(e => e.AppraisedScore != e.SelfScore && string.IsNullOrWhiteSpace(e.AppraisalReason)))
                {
                    failures.Add($"{card.Citizen.FullName} {card.Year}: a changed score without a reason");
                }

                if (!result.Passed && card.Year == Year)
                {
                    var total = result.Total < result.Threshold;
                    var minimum = card.Entries.Any(e => e.AppraisedScore < result.MinPerIndicator);
                    reasons.Add(total && minimum ? "both" : total ? "total" : "minimum");
                }
            }

            // Self-assessments carry evidence; a few changed scores and small evidence files are there to look at.
            Assert.True(await db.Set<ScorecardEntry>().CountAsync(e => e.SelfScore != null && e.EvidenceNote == null) == 0);
            Assert.True(await db.Set<ScorecardEntry>().CountAsync(e => e.AppraisalReason != null) >= 10);
            var files = await db.EvidenceFiles.AsNoTracking().ToListAsync();
            Assert.NotEmpty(files);
            Assert.All(files, f => Assert.Equal("application/pdf", EvidenceFile.DetectContentType(f.Content)));
            Assert.All(files, f => Assert.InRange(f.Length, 1, 5 * 1024));
        });

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(["both", "minimum", "total"], reasons.Order());
    }

    [Fact]
    public async Task TheRouteHoldsAReturnAndARefusalWithReasonsLastYearsDecisionAndOneOutstandingCitizen()
    {
        await Factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var routes = await db.ApprovalRoutesAsync();
            var candidates = await db.Candidates.AsNoTracking().Include(c => c.Transitions).Include(c => c.Registration).ToListAsync();

            // Every candidate's history replays on its route, every proposed card passed, every move dated in its year.
            foreach (var candidate in candidates)
            {
                var approval = candidate.ToDomain(routes[candidate.RouteCode]);
                Assert.Equal(candidate.State, approval.State);
                Assert.True(candidate.Registration.Passed);
                Assert.All(candidate.Transitions, t => Assert.Equal(candidate.Year, t.At.ToOffset(TimeSpan.FromHours(7)).Year));
                Assert.All(candidate.Transitions, t => Assert.True(t.At <= DemoYearPortal.Now));
            }

            var returned = Assert.Single(candidates, c => c.Year == Year && c.State == CandidateState.Returned);
            Assert.False(string.IsNullOrWhiteSpace(returned.Reason));
            Assert.Equal(1, returned.CurrentStepOrder);
            var refused = Assert.Single(candidates, c => c.Year == Year && c.State == CandidateState.Rejected);
            Assert.False(string.IsNullOrWhiteSpace(refused.Reason));

            var decision = Assert.Single(await db.RecognitionDecisions.AsNoTracking().ToListAsync());
            Assert.Equal(Year - 1, decision.Year);
            var district = await db.AdministrativeUnits.SingleAsync(u => u.Code == DemoDataSeeder.DistrictCode);
            Assert.Equal(district.Id, decision.UnitId);
            var lastYear = candidates.Where(c => c.Year == Year - 1).ToList();
            Assert.NotEmpty(lastYear);
            Assert.All(lastYear, c => Assert.Equal((CandidateState.Recognised, decision.Id), (c.State, c.DecisionId)));
            Assert.All(candidates.Where(c => c.Year == Year), c => Assert.Null(c.DecisionId));

            // Four earlier recognised years for a few people: one is "tiêu biểu xuất sắc" this year.
            var villages = await db.AdministrativeUnits.Where(u => u.Level.Code == AdministrativeLevel.Village)
                .Select(u => new TalliedVillage(u.Id, u.Path, u.ParentId)).ToListAsync();
            var counts = await services.GetRequiredService<CardCounts>().OfAsync(Year, villages, sumToParents: false, CancellationToken.None);
            Assert.Equal(1, counts.Sum(c => c.Outstanding));
            var longHistories = await db.Citizens.CountAsync(c => db.Registrations.Count(r => r.CitizenId == c.Id && r.Year < Year && r.Passed == true) >= 4);
            Assert.InRange(longHistories, 3, 6);
        });
    }

    [Fact]
    public async Task BothCommunesHavePlansResultsAndSurveysForThisYearAndLastAndOneIsDesignatedDisadvantagedWithItsLegalBasis()
    {
        await Factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var communes = await db.AdministrativeUnits.Where(u => u.Level.Code == AdministrativeLevel.Commune).ToListAsync();
            Assert.Equal(2, communes.Count);
            foreach (var commune in communes)
            {
                foreach (var year in new[] { Year - 1, Year })
                {
                    Assert.True(await db.Plans.AnyAsync(p => p.UnitId == commune.Id && p.StartYear == year && p.Status == Domain.Plans.PlanStatus.Issued),
                        $"{commune.Name}: no issued plan of {year}");
                    Assert.True(await db.TargetAchievements.AnyAsync(a => a.UnitId == commune.Id && a.Year == year), $"{commune.Name}: no results of {year}");
                    Assert.True(await db.UniversalizationSurveys.AnyAsync(s => s.UnitId == commune.Id && s.Year == year), $"{commune.Name}: no survey of {year}");
                }
            }

            var designated = await LearningSociety.Web.Data.DesignatedCommunes.In(db, Year).Select(c => c.Commune.Name).ToListAsync();
            Assert.Equal(["Xã Quảng Vinh"], designated);
            var quangVinh = communes.Single(c => c.Name == "Xã Quảng Vinh").Id;
            var basis = await db.Plans.Where(p => p.UnitId == quangVinh && p.StartYear == Year)
                .SelectMany(p => p.LegalBases.Select(b => b.LegalBasis.Title)).ToListAsync();
            Assert.Contains(basis, t => t.Contains("đặc biệt khó khăn", StringComparison.Ordinal));

            // Its cards are judged by the ĐBKK rule (70 points): some pass below 80.
            Assert.True(await db.Registrations.AnyAsync(r => r.Year == Year && r.Village.Parent!.Name == "Xã Quảng Vinh" && r.Passed == true
                && r.AppraisedTotal < 80 && r.AppraisalThreshold == 70));
        });
    }

    [Fact]
    public async Task ThisYearsDeadlinesLieAheadOfTheClocksDayWithinTheYear()
    {
        var deadlines = await Factory.WithDbAsync(db => db.Deadlines.AsNoTracking().Where(d => d.Year == Year).ToListAsync());

        Assert.NotEmpty(deadlines);
        Assert.All(deadlines, d => Assert.InRange(d.DueDate, new DateOnly(2031, 3, 11), new DateOnly(2031, 12, 31)));
    }
}
