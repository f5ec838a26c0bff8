using System.Net;
using LearningSociety.BenchmarkData;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.Web.Tests.Benchmarks;

/// <summary>
/// The seeder of the load test and the report benchmark (benchmarks/LearningSociety.BenchmarkData) keeps working as the
/// schema changes: a small district written by the same code as <c>LoadTest seed</c> is served as it is by the portal,
/// the demo accounts sign in, and the portal's own counts agree with what the seeder says it wrote.
/// </summary>
public sealed class DistrictSeedTests
{
    // Three communes of five villages: one commune and two villages per demo commune are added to the demo's.
    private static readonly DistrictSize Small = new(Communes: 3, VillagesPerCommune: 5, Citizens: 300, LargestVillageCitizens: 20);

    [Fact]
    public async Task ASmallDistrictSeededByTheLoadTestSeederIsServedAsItIsAndItsCountsAgree()
    {
        var path = Path.Combine(Path.GetTempPath(), "learningsociety-tests", $"{Guid.NewGuid():N}-district.db");
        try
        {
            var seeded = await DistrictDatabase.CreateAsync(path, Small);
            var stages = seeded.District.Stages;
            Assert.Equal(Small.Citizens, seeded.District.Citizens);
            Assert.Equal(Small.Citizens, stages.CardsThisYear);
            Assert.True(stages.Recognised > 0 && stages.LockedByDecision > 0 && stages.CandidatesByState.Count >= 3, string.Join(", ", stages.CandidatesByState));

            using var portal = new PortalFactory(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Sqlite"] = $"Data Source={path}",
                ["Database:SeedDemoData"] = "false",
            });
            foreach (var account in new[] { "phonggd", "ubndxa", "chihoi" })
            {
                using var client = await portal.SignInAsync(account);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            }

            await portal.WithScopeAsync(async services =>
            {
                var db = services.GetRequiredService<AppDbContext>();
                var year = seeded.Year;

                // A recount of what the seeder wrote, by stage, against what it says it wrote.
                var cards = db.Registrations.Where(r => r.RegisteredBy == DistrictSeeder.Author);
                var thisYear = await cards.Where(r => r.Year == year).GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() })
                    .ToDictionaryAsync(g => g.Key, g => g.Count);
                Assert.Equal(stages.RegisteredOnly, thisYear.GetValueOrDefault(ScorecardStatus.Registered));
                Assert.Equal(stages.SelfAssessedOnly, thisYear.GetValueOrDefault(ScorecardStatus.SelfAssessed));
                Assert.Equal(stages.Appraised, thisYear.GetValueOrDefault(ScorecardStatus.Appraised));
                Assert.Equal(stages.Passed, await cards.CountAsync(r => r.Year == year && r.Passed == true));
                Assert.Equal(stages.EarlierCards, await cards.CountAsync(r => r.Year < year));
                var candidates = await db.Candidates.Where(c => c.Year == year).GroupBy(c => c.State).Select(g => new { g.Key, Count = g.Count() })
                    .ToDictionaryAsync(g => g.Key, g => g.Count);
                Assert.Equal(stages.CandidatesByState.OrderBy(s => s.Key), candidates.OrderBy(s => s.Key));
                Assert.Equal(stages.LockedByDecision, await db.Candidates.CountAsync(c => c.DecisionId != null && c.DecisionNumber != null));

                // The portal's own roll-up of the district (what the dashboard, the targets and report 3 show).
                var district = await db.AdministrativeUnits.SingleAsync(u => u.Code == DistrictSeeder.DistrictCode);
                var rollUp = await services.GetRequiredService<CdhtResultsRollUp>().ForChildrenOfAsync(district.Id, district.Path, year);
                Assert.Equal(Small.Communes, rollUp.Rows.Count);
                Assert.Equal(await db.Registrations.CountAsync(r => r.Year == year), rollUp.Total.Registered.Sum());
                Assert.Equal(await db.Registrations.CountAsync(r => r.Year == year && r.Status != ScorecardStatus.Registered), rollUp.Total.SelfAssessed.Sum());
                Assert.Equal(stages.Proposed, rollUp.Total.Proposed.Sum());
                Assert.Equal(stages.Recognised, rollUp.Total.RecognisedTotal);
                Assert.Equal(stages.Recognised, stages.CandidatesByState[CandidateState.Recognised]);

                // The tallies the bulk insert bypassed were rebuilt: they count every card of every year.
                foreach (var y in Enumerable.Range(year - 4, 5))
                {
                    Assert.Equal(await db.Registrations.CountAsync(r => r.Year == y), await db.CardTallies.Where(t => t.Year == y).SumAsync(t => t.Count));
                }

                // Xã Quảng Phú is the largest commune, Thôn Bác Vọng Đông holds the largest village's citizens and the demo's.
                var village = await db.AdministrativeUnits.SingleAsync(u => u.Code == DistrictSeeder.LargestVillageCode);
                Assert.Equal("Thôn Bác Vọng Đông", village.Name);
                Assert.True(await db.Citizens.CountAsync(c => c.VillageId == village.Id) >= Small.LargestVillageCitizens);
                Assert.Equal(Small.Communes * Small.VillagesPerCommune,
                    await db.AdministrativeUnits.CountAsync(u => u.Parent!.ParentId == district.Id));
                Assert.DoesNotContain(await db.Citizens.Select(c => c.SortKey).Distinct().ToListAsync(), string.IsNullOrEmpty);
            });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
