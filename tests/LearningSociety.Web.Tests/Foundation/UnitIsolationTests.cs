using System.Net;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Foundation;

public class UnitIsolation(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> UnitIdAsync(string name) => factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    [PortalFact]
    public async Task AVillageBranchSeesOnlyItsOwnVillage()
    {
        using var client = await factory.SignInAsync("chihoi");

        var tree = (await client.GetPageAsync("/Units")).QuerySelector("[data-testid=unit-tree]")!.TextContent;

        Assert.Contains("Thôn Bác Vọng Đông", tree);
        Assert.DoesNotContain("Thôn Bác Vọng Tây", tree);
        Assert.DoesNotContain("Xã Quảng Vinh", tree);
    }

    [PortalFact]
    public async Task ACommuneOfficerSeesItsVillagesButNotTheOtherCommune()
    {
        using var client = await factory.SignInAsync("ubndxa");

        var tree = (await client.GetPageAsync("/Units")).QuerySelector("[data-testid=unit-tree]")!.TextContent;

        Assert.Contains("Thôn Bác Vọng Tây", tree);
        Assert.DoesNotContain("Thôn Sơn Tùng", tree);
    }

    [PortalFact]
    public async Task ACommuneOfficerCannotOpenAnotherCommunesProfileByEditingTheId()
    {
        var otherCommune = await UnitIdAsync("Xã Quảng Vinh");
        using var client = await factory.SignInAsync("ubndxa");

        var response = await client.GetAsync($"/Units/Profile/{otherCommune}?year=2026");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [PortalFact]
    public async Task ACommuneOfficerCannotPostToAnotherCommune()
    {
        var ownCommune = await UnitIdAsync("Xã Quảng Phú");
        var otherCommune = await UnitIdAsync("Xã Quảng Vinh");
        using var client = await factory.SignInAsync("ubndxa");
        var token = await client.TokenFromAsync($"/Units/Profile/{ownCommune}?year=2026");

        var response = await client.PostAsync("/Units/Profile", token, new Dictionary<string, string>
        {
            ["UnitId"] = otherCommune.ToString(), ["Year"] = "2026", ["IsDisadvantaged"] = "true", ["AdultPopulation"] = "1",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var population = await factory.WithDbAsync(db => db.UnitYearProfiles.Where(p => p.UnitId == otherCommune && p.Year == 2026).Select(p => p.AdultPopulation).SingleAsync());
        Assert.NotEqual(1, population);
    }

    [PortalFact]
    public async Task AVillageBranchCannotOpenTheAdministratorPages()
    {
        using var client = await factory.SignInAsync("chihoi");

        var response = await client.GetAsync("/Users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Không có quyền truy cập", await response.Content.ReadAsStringAsync());
    }

    [PortalFact]
    public async Task AProfileChangeIsSavedAndAuditedWithOldAndNewValues()
    {
        var commune = await UnitIdAsync("Xã Quảng Phú");
        using var client = await factory.SignInAsync("ubndxa");
        var page = await client.GetPageAsync($"/Units/Profile/{commune}?year=2026");

        var response = await client.PostFormAsync(page, "main form", new Dictionary<string, string> { ["AdultPopulation"] = "8000" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var audit = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Entity == "UnitYearProfile" && a.Actor == "ubndxa").OrderBy(a => a.Id).LastAsync());
        Assert.Equal("Modified", audit.Action);
        Assert.Contains("\"AdultPopulation\":[7850,8000]", audit.Details);
    }
}
