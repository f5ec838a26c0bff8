using System.Net;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Scorecards;

public sealed class CitizenRegister : IDisposable
{
    private readonly PortalFactory _factory = new();

    private Task<int> IdOfAsync(string citizen) => _factory.WithDbAsync(db => db.Citizens.Where(c => c.FullName == citizen).Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task TheListSortsNamesInVietnameseOrderByGivenName()
    {
        using var client = await _factory.SignInAsync("chihoi");

        var names = (await client.GetPageAsync("/Citizens")).QuerySelectorAll("[data-testid=citizen-table] tbody td:first-child a")
            .Select(a => a.TextContent.Trim()).ToList();

        // Seeded in Bác Vọng Đông: An, Bích, Cường, Dung, Em — "Đặng Văn Em" must not sort last as by code point.
        Assert.Equal(["Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung", "Đặng Văn Em"], names);
    }

    [Fact]
    public async Task ABranchCannotOpenOrChangeACitizenOfAnotherVillage()
    {
        var other = await IdOfAsync("Võ Thị Giang");
        using var client = await _factory.SignInAsync("chihoi");
        var token = await client.TokenFromAsync("/Citizens/Create");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Citizens/Details/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Citizens/Edit/{other}")).StatusCode);
        var delete = await client.PostAsync($"/Citizens/Delete/{other}", token, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(other, await IdOfAsync("Võ Thị Giang"));
        var registration = await _factory.WithDbAsync(db => db.Registrations.Where(r => r.CitizenId == other).Select(r => r.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Scorecards/Show/{registration}")).StatusCode);
        Assert.DoesNotContain("Võ Thị Giang", (await client.GetPageAsync("/Citizens")).Body!.TextContent);
    }

    [Fact]
    public async Task ANationalIdIsValidatedAtTheFieldAndShownMasked()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var page = await client.GetPageAsync("/Citizens/Create");
        var fields = new Dictionary<string, string>
        {
            ["FullName"] = "Bùi Thị Yến", ["BirthYear"] = "1990", ["Gender"] = "Female", ["NationalId"] = "04619",
            ["Consent"] = "true", ["ConsentDate"] = "01/02/2026",
            ["GroupId"] = (await _factory.WithDbAsync(db => db.CitizenGroups.Where(g => g.Code == "N3").Select(g => g.Id).SingleAsync())).ToString(),
        };

        var bad = await PortalClient.ParseAsync(await client.PostFormAsync(page, "main form", fields));
        Assert.Contains("Số CCCD phải gồm đúng 12 chữ số.", bad.QuerySelector("[data-valmsg-for=NationalId]")!.TextContent);

        fields["NationalId"] = "046190001234"; // 046 province, 1 = female born 19xx, 90 = 1990
        var good = await client.PostFormAsync(await client.GetPageAsync("/Citizens/Create"), "main form", fields);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var details = await client.GetPageAsync(good.Headers.Location!.OriginalString);
        Assert.Contains("••••••••1234", details.Body!.TextContent);
        Assert.DoesNotContain("046190001234", details.Body!.TextContent);
    }

    [Fact]
    public async Task RemovingACitizenOnRequestDeletesTheDataAndKeepsTheAudit()
    {
        var id = await IdOfAsync("Lê Văn Cường");
        using var client = await _factory.SignInAsync("chihoi");
        var details = await client.GetPageAsync($"/Citizens/Details/{id}");

        var response = await client.PostFormAsync(details, $"form[action='/Citizens/Delete/{id}']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.Citizens.AnyAsync(c => c.Id == id)));
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Entity == "Citizen" && a.EntityId == id.ToString() && a.Action == "Deleted"));
        Assert.Equal("chihoi", audit.Actor);
    }

    [Fact]
    public async Task CarryingOverRegistersLastYearsCitizensForTheNewYearOnce()
    {
        var year = new LearningSociety.Domain.Deadlines.VietnamClock(TimeProvider.System).Today().Year;
        using var client = await _factory.SignInAsync("chihoi");
        var list = await client.GetPageAsync($"/Citizens?year={year + 1}");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(list, "form[action='/Citizens/CarryOver']", new Dictionary<string, string>())).StatusCode);

        var count = await _factory.WithDbAsync(db => db.Registrations.CountAsync(r => r.Year == year + 1));
        Assert.Equal(5, count); // the five citizens of Bác Vọng Đông, not Bác Vọng Tây's

        var again = await client.GetPageAsync($"/Citizens?year={year + 1}");
        Assert.Null(again.QuerySelector("form[action='/Citizens/CarryOver']"));
    }

    [Fact]
    public async Task ACommuneOfficerReadsTheRegisterButCannotRegister()
    {
        using var client = await _factory.SignInAsync("ubndxa");

        var list = await client.GetPageAsync("/Citizens");

        Assert.Contains("Võ Thị Giang", list.Body!.TextContent); // Bác Vọng Tây is in the same commune
        Assert.Null(list.QuerySelector("a[href='/Citizens/Create']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Citizens/Create")).StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
