using System.Net;
using AngleSharp.Html.Dom;
using LearningSociety.Web.Features.Citizens;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Integrity;

/// <summary>
/// Two officers with the same record open at once: the second save is refused with what the first changed beside what
/// the second typed, the first officer's change is kept and merged into the form, and saving that form loses nothing.
/// </summary>
public class ConcurrentEdits : IDisposable
{
    private readonly PortalFactory _factory;

    public ConcurrentEdits()
        : this(TestDatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another database (see PostgreSql/OnPostgreSql.cs).</summary>
    protected ConcurrentEdits(TestDatabaseProvider provider) => _factory = new PortalFactory(provider);

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task<int> CitizenIdAsync(string name) => _factory.WithDbAsync(db => db.Citizens.Where(c => c.FullName == name).Select(c => c.Id).SingleAsync());

    private Task<Domain.Citizens.Citizen> CitizenAsync(int id) => _factory.WithDbAsync(db => db.Citizens.AsNoTracking().SingleAsync(c => c.Id == id));

    private Task<int> UnitIdAsync(string name) => _factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    private static string ChangedByOthers(IHtmlDocument page) => page.QuerySelector("[data-testid=changed-by-others]")?.TextContent ?? string.Empty;

    private static string Field(IHtmlDocument page, string name) => (page.QuerySelector($"main form [name='{name}']") as IHtmlInputElement)?.Value ?? string.Empty;

    [PortalFact]
    public async Task OfTwoOfficersEditingACitizenTheSecondIsRefusedShownTheFirstsChangeAndLosesNothing()
    {
        var id = await CitizenIdAsync("Lê Văn Cường");
        using var branch = await _factory.SignInAsync("chihoi");
        using var admin = await _factory.SignInAsync("admin");
        var branchForm = await branch.GetPageAsync($"/Citizens/Edit/{id}");
        var adminForm = await admin.GetPageAsync($"/Citizens/Edit/{id}");

        var phoneAdded = await branch.PostFormAsync(branchForm, "main form", new Dictionary<string, string> { ["Phone"] = "0912345678" });
        var nameFixed = await admin.PostFormAsync(adminForm, "main form", new Dictionary<string, string> { ["FullName"] = "Lê Văn Cương" });

        Assert.Equal(HttpStatusCode.Redirect, phoneAdded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, nameFixed.StatusCode);
        var refused = await PortalClient.ParseAsync(nameFixed);
        Assert.Contains(CitizensController.ChangedMeanwhile, refused.Body!.TextContent);
        Assert.Contains("Điện thoại: (trống) → 0912345678", ChangedByOthers(refused));
        Assert.Equal("0912345678", Field(refused, "Phone")); // their change, in the form
        Assert.Equal("Lê Văn Cương", Field(refused, "FullName")); // what this officer typed, kept
        var meanwhile = await CitizenAsync(id);
        Assert.Equal(("Lê Văn Cường", "0912345678"), (meanwhile.FullName, meanwhile.Phone));

        var savedAgain = await admin.PostFormAsync(refused, "main form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, savedAgain.StatusCode);
        var after = await CitizenAsync(id);
        Assert.Equal(("Lê Văn Cương", "0912345678"), (after.FullName, after.Phone));
    }

    [PortalFact]
    public async Task AFieldBothOfficersChangedKeepsTheSecondOfficersValueAndShowsBoth()
    {
        var id = await CitizenIdAsync("Lê Văn Cường");
        using var branch = await _factory.SignInAsync("chihoi");
        using var admin = await _factory.SignInAsync("admin");
        var branchForm = await branch.GetPageAsync($"/Citizens/Edit/{id}");
        var adminForm = await admin.GetPageAsync($"/Citizens/Edit/{id}");

        await branch.PostFormAsync(branchForm, "main form", new Dictionary<string, string> { ["Phone"] = "0912345678" });
        var second = await admin.PostFormAsync(adminForm, "main form", new Dictionary<string, string> { ["Phone"] = "0987654321" });

        var refused = await PortalClient.ParseAsync(second);
        Assert.Contains("Điện thoại: (trống) → 0912345678 (bạn nhập: 0987654321", ChangedByOthers(refused));
        Assert.Equal("0987654321", Field(refused, "Phone"));
        Assert.Equal("0912345678", (await CitizenAsync(id)).Phone);
    }

    [PortalFact]
    public async Task ASaveWithoutTheFormsStampIsRefusedNotApplied()
    {
        var id = await CitizenIdAsync("Lê Văn Cường");
        using var admin = await _factory.SignInAsync("admin");
        var form = await admin.GetPageAsync($"/Citizens/Edit/{id}");
        var before = await CitizenAsync(id);

        var response = await admin.PostFormAsync(form, "main form", new Dictionary<string, string>
        {
            ["ConcurrencyStamp"] = string.Empty, ["Loaded"] = string.Empty, ["FullName"] = "Lê Văn Cương",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(CitizensController.ChangedMeanwhile, (await PortalClient.ParseAsync(response)).Body!.TextContent);
        Assert.Equal(before.FullName, (await CitizenAsync(id)).FullName);
    }

    [PortalFact]
    public async Task OfTwoOfficersEditingAUnitsFactsTheSecondIsRefusedShownTheFirstsChangeAndLosesNothing()
    {
        var commune = await UnitIdAsync("Xã Quảng Phú");
        using var officer = await _factory.SignInAsync("ubndxa");
        using var admin = await _factory.SignInAsync("admin");
        var officerForm = await officer.GetPageAsync($"/Units/Profile/{commune}?year=2026");
        var adminForm = await admin.GetPageAsync($"/Units/Profile/{commune}?year=2026");

        var population = await officer.PostFormAsync(officerForm, "main form", new Dictionary<string, string> { ["AdultPopulation"] = "8000" });
        var second = await admin.PostFormAsync(adminForm, "main form", new Dictionary<string, string> { ["AdultPopulation"] = "8100" });

        Assert.Equal(HttpStatusCode.Redirect, population.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var refused = await PortalClient.ParseAsync(second);
        Assert.Contains("vừa được người khác thay đổi", refused.Body!.TextContent);
        Assert.Contains("Dân số trong độ tuổi lao động: 7.850 → 8.000", ChangedByOthers(refused));
        Assert.Equal("8100", Field(refused, "AdultPopulation"));
        var untouched = await _factory.WithDbAsync(db => db.UnitYearProfiles.AsNoTracking().SingleAsync(p => p.UnitId == commune && p.Year == 2026));
        Assert.Equal(8000, untouched.AdultPopulation);

        var savedAgain = await admin.PostFormAsync(refused, "main form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, savedAgain.StatusCode);
        var profile = await _factory.WithDbAsync(db => db.UnitYearProfiles.AsNoTracking().SingleAsync(p => p.UnitId == commune && p.Year == 2026));
        Assert.Equal(8100, profile.AdultPopulation);
    }

    [PortalFact]
    public async Task OfTwoFirstSavesOfAUnitsYearTheSecondIsRefusedWithTheFirstsValues()
    {
        var commune = await UnitIdAsync("Xã Quảng Phú");
        using var officer = await _factory.SignInAsync("ubndxa");
        using var admin = await _factory.SignInAsync("admin");
        var officerForm = await officer.GetPageAsync($"/Units/Profile/{commune}?year=2029");
        var adminForm = await admin.GetPageAsync($"/Units/Profile/{commune}?year=2029");

        var first = await officer.PostFormAsync(officerForm, "main form", new Dictionary<string, string> { ["AdultPopulation"] = "8100" });
        var second = await admin.PostFormAsync(adminForm, "main form", new Dictionary<string, string> { ["AdultPopulation"] = "8200" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Dân số trong độ tuổi lao động: (trống) → 8.100 (bạn nhập: 8.200", ChangedByOthers(await PortalClient.ParseAsync(second)));
        Assert.Equal(8100, await _factory.WithDbAsync(db => db.UnitYearProfiles.Where(p => p.UnitId == commune && p.Year == 2029).Select(p => p.AdultPopulation).SingleAsync()));
    }
}
