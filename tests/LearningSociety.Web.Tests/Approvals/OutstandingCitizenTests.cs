using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Approvals;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.Web.Tests.Approvals;

public sealed class OutstandingCitizenStatus : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly int _year = new VietnamClock(TimeProvider.System).Today().Year;

    private async Task<int> CitizenWithHistoryAsync(string name, int firstYear, bool recogniseThisYear)
    {
        var citizenId = 0;
        await _factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var village = await db.AdministrativeUnits.SingleAsync(u => u.Name == "Thôn Bác Vọng Đông");
            var group = await db.CitizenGroups.SingleAsync(g => g.Code == "N1");
            var rule = await db.RecognitionRules.SingleAsync(r => !r.ForDisadvantagedCommunes);
            var citizen = new Citizen(name, null, 1970, Gender.Male, group.Id, village.Id, null, null);
            citizen.RecordConsent(new DateOnly(2022, 1, 5), "chihoi");
            db.Citizens.Add(citizen);
            var scores = IndicatorDefinition.Codes.Select(c => new IndicatorInput(c, 9, null)).ToList();
            for (var year = firstYear; year <= _year; year++)
            {
                var registration = new CdhtRegistration(citizen, year, RegistrationChannel.Branch, "chihoi", DateTimeOffset.UtcNow);
                registration.RecordSelfAssessment(scores, true, "chihoi", true, DateTimeOffset.UtcNow);
                registration.Appraise(scores, rule, true, "chihoi", DateTimeOffset.UtcNow);
                db.Registrations.Add(registration);
                await db.SaveChangesAsync();
                if (year == _year && recogniseThisYear)
                {
                    var route = (await db.ApprovalRoutes.Include(r => r.Steps).SingleAsync(r => r.IsActive)).ToDomain();
                    var approval = new CandidateApproval(route, year);
                    approval.Propose("chihoi", "village", true, DateTimeOffset.UtcNow);
                    approval.Forward("ubndxa", "commune", DateTimeOffset.UtcNow);
                    approval.Approve("phonggd", "district", DateTimeOffset.UtcNow);
                    var candidate = Candidate.For(registration, route.Code);
                    candidate.CopyFrom(approval);
                    db.Candidates.Add(candidate);
                    await db.SaveChangesAsync();
                }
            }

            citizenId = citizen.Id;
        });
        return citizenId;
    }

    [Fact]
    public async Task FiveRecognisedYearsInARowMakeACitizenOutstanding()
    {
        var id = await CitizenWithHistoryAsync("Trương Văn Đạt", _year - 4, recogniseThisYear: true);
        using var client = await _factory.SignInAsync("chihoi");

        var page = await client.GetPageAsync($"/Citizens/Details/{id}");

        Assert.Contains("tiêu biểu xuất sắc", page.QuerySelector("[data-testid=outstanding]")!.TextContent);
    }

    [Fact]
    public async Task APassedCardNotYetRecognisedThisYearDoesNotCount()
    {
        var id = await CitizenWithHistoryAsync("Trương Văn Bảo", _year - 4, recogniseThisYear: false);
        using var client = await _factory.SignInAsync("chihoi");

        var page = await client.GetPageAsync($"/Citizens/Details/{id}");

        Assert.Null(page.QuerySelector("[data-testid=outstanding]"));
    }

    public void Dispose() => _factory.Dispose();
}
