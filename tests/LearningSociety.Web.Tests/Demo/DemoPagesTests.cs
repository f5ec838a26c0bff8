using System.Net;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Demo;

/// <summary>
/// The pages the issue found empty open on the demo's year for the accounts that read them — the dashboard, the inboxes,
/// the register, the decisions, plans, results, PCGD-XMC and the five CDHT reports in both formats — and show its numbers.
/// </summary>
public sealed class DemoPagesTests(DemoYearPortal portal) : IClassFixture<DemoYearPortal>
{
    private const int Year = DemoYearPortal.Year;

    [Fact]
    public async Task TheDistrictsPagesAndReportsOpenWithTheYearsNumbers()
    {
        var ids = await portal.Factory.WithDbAsync(async db => await db.AdministrativeUnits
            .Where(u => u.Level.Code != AdministrativeLevel.Province).ToDictionaryAsync(u => u.Name, u => u.Id));
        var (decision, registration, plan) = await portal.Factory.WithDbAsync(async db => (
            await db.RecognitionDecisions.Select(d => d.Id).SingleAsync(),
            await db.Candidates.Where(c => c.Year == Year && c.Reason != null).Select(c => c.RegistrationId).FirstAsync(),
            await db.Plans.Where(p => p.StartYear == Year).Select(p => p.Id).FirstAsync()));
        var district = ids["Huyện Quảng Điền"];
        var vinh = ids["Xã Quảng Vinh"];
        var village = ids["Thôn Bác Vọng Đông"];

        using var office = await portal.Factory.SignInAsync("phonggd");
        var dashboard = await office.GetPageAsync("/");
        Assert.Equal("200", dashboard.QuerySelector("[data-testid=kpi-registered]")!.TextContent.Trim());
        Assert.NotEqual("0", dashboard.QuerySelector("[data-testid=kpi-recognised]")!.TextContent.Trim());

        string[] pages =
        [
            $"/Approvals?year={Year}", $"/Approvals?year={Year}&unitId={vinh}", $"/Approvals/Candidate/{registration}", "/Decisions",
            $"/Decisions/Details/{decision}", $"/Citizens?year={Year}", $"/Plans?year={Year}", $"/Plans/Details/{plan}",
            $"/Targets/Results?unitId={vinh}&year={Year}", $"/Targets/District?unitId={district}&year={Year}",
            $"/Universalization?year={Year}", $"/Universalization/Commune/{vinh}?year={Year}", $"/Reports?year={Year}",
            $"/Units?year={Year}",
        ];
        foreach (var url in pages)
        {
            Assert.True((await office.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
        }

        string[] reports =
        [
            $"/Reports/Proposals?villageId={village}&year={Year}", $"/Reports/Commune?communeId={vinh}&year={Year}",
            $"/Reports/District?districtId={district}&year={Year}", $"/Reports/Decision/{decision}", $"/Reports/Scorecard/{registration}",
            $"/Reports/Plan/{plan}", $"/Reports/Universalization?unitId={district}&year={Year}", $"/Reports/Targets?unitId={district}&year={Year}",
        ];
        foreach (var url in reports)
        {
            foreach (var format in new[] { "xlsx", "pdf" })
            {
                var response = await office.GetAsync($"{url}{(url.Contains('?', StringComparison.Ordinal) ? "&" : "?")}format={format}");
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} ({format}): {(int)response.StatusCode}");
                Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1_000, $"{url} ({format}) is almost empty");
            }
        }
    }
}
