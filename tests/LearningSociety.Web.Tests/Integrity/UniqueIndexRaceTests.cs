using System.Globalization;
using System.Net;
using LearningSociety.Domain.Deadlines;
using LearningSociety.TestSupport;
using LearningSociety.Web.Features.Citizens;
using LearningSociety.Web.Features.Decisions;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Integrity;

/// <summary>
/// The same row written by several requests at the same moment — not one form posted twice, but separate posts (two
/// tabs, two officers, a hand-made retry): the checks before the save cannot see each other's rows, the unique index can.
/// One row is saved and every other request gets the form with the Vietnamese message, or the record's page; never a 500.
/// </summary>
public class UniqueIndexRaces : IDisposable
{
    private const int AtOnce = 6;
    private readonly PortalFactory _factory;
    private readonly int _year = new VietnamClock(TimeProvider.System).Today().Year;

    public UniqueIndexRaces()
        : this(TestDatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another database (see PostgreSql/OnPostgreSql.cs).</summary>
    protected UniqueIndexRaces(TestDatabaseProvider provider) => _factory = new PortalFactory(provider);

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private static void AssertNoServerError(IEnumerable<HttpResponseMessage> responses)
        => Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"answered {(int)r.StatusCode}"));

    /// <summary>Posts made by hand at the same moment, each with the page's antiforgery token and no form key.</summary>
    private static Task<HttpResponseMessage[]> PostAtOnceAsync(PortalClient client, string url, string token, Func<int, Dictionary<string, string>> fields)
        => Task.WhenAll(Enumerable.Range(0, AtOnce).Select(i => client.PostAsync(url, token, fields(i))));

    [PortalFact]
    public async Task RegisteringACitizenForAYearFromSeveralRequestsAtOnceMakesOneCard()
    {
        var id = await _factory.WithDbAsync(db => db.Citizens.Where(c => c.FullName == "Lê Văn Cường").Select(c => c.Id).SingleAsync());
        using var branch = await _factory.SignInAsync("chihoi");
        var token = await branch.TokenFromAsync($"/Citizens/Details/{id}", "details form");
        var year = (_year - 2).ToString(CultureInfo.InvariantCulture);

        var responses = await PostAtOnceAsync(branch, $"/Citizens/Register/{id}", token, _ => new() { ["year"] = year });

        Assert.All(responses, r => Assert.Equal($"/Citizens/Details/{id}", r.Headers.Location?.OriginalString));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Registrations.CountAsync(r => r.CitizenId == id && r.Year == _year - 2)));
    }

    [PortalFact]
    public async Task TheSameNationalIdRegisteredFromSeveralFormsAtOnceIsSavedOnceAndRefusedAtTheFieldForTheRest()
    {
        var group = await _factory.WithDbAsync(db => db.CitizenGroups.Where(g => g.Code == "N3").Select(g => g.Id).SingleAsync());
        var village = await _factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Name == "Thôn Bác Vọng Đông").Select(u => u.Id).SingleAsync());
        using var branch = await _factory.SignInAsync("chihoi");
        var token = await branch.TokenFromAsync("/Citizens/Create", "main form");

        var responses = await PostAtOnceAsync(branch, "/Citizens/Create", token, i => new()
        {
            ["FullName"] = $"Phan Thị Hằng {(char)('A' + i)}", ["BirthYear"] = "1990", ["Gender"] = "Female", ["NationalId"] = "046190001234",
            ["GroupId"] = group.ToString(CultureInfo.InvariantCulture), ["VillageId"] = village.ToString(CultureInfo.InvariantCulture),
        });

        AssertNoServerError(responses);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.OK))
        {
            var page = await PortalClient.ParseAsync(refused);
            Assert.Equal(NationalIdMessages.AlreadyRegistered, page.QuerySelector("[data-valmsg-for=NationalId]")!.TextContent.Trim());
        }

        Assert.Equal(1, await _factory.WithDbAsync(db => db.Citizens.CountAsync(c => c.NationalId == "046190001234")));
    }

    [PortalFact]
    public async Task CarryingOverFromSeveralRequestsAtOnceRegistersEachCitizenOnce()
    {
        using var branch = await _factory.SignInAsync("chihoi");
        var token = await branch.TokenFromAsync($"/Citizens?year={_year + 1}", "form[action='/Citizens/CarryOver']");
        var next = (_year + 1).ToString(CultureInfo.InvariantCulture);

        var responses = await PostAtOnceAsync(branch, "/Citizens/CarryOver", token, _ => new() { ["year"] = next });

        Assert.All(responses, r => Assert.Equal($"/Citizens?year={next}", r.Headers.Location?.OriginalString));
        Assert.Equal(5, await _factory.WithDbAsync(db => db.Registrations.CountAsync(r => r.Year == _year + 1)));
    }

    [PortalFact]
    public async Task TwoDecisionsWithTheSameNumberAtOnceAreOneDecisionAndAMessageAtTheNumber()
    {
        var cards = await new CardData(_factory.Services, _year).CardsAsync(
            new CardSpec("Trần Văn Hải", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised),
            new CardSpec("Trần Thị Hoa", "Thôn Bác Vọng Tây", "N1", CardSpec.Uniform(9), CardStage.Recognised));
        using var district = await _factory.SignInAsync("phonggd");
        var first = await district.GetPageAsync("/Decisions/Create");
        var second = await district.GetPageAsync("/Decisions/Create");
        Dictionary<string, string> Decision(int card) => new()
        {
            ["Number"] = "127/QĐ-UBND", ["Date"] = "05/12/" + _year, ["SignerName"] = "Lê Văn Tâm", ["Selected"] = card.ToString(CultureInfo.InvariantCulture),
        };

        var responses = await Task.WhenAll(
            district.PostFormAsync(first, "main form", Decision(cards[0])), district.PostFormAsync(second, "main form", Decision(cards[1])));

        AssertNoServerError(responses);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var refused = await PortalClient.ParseAsync(responses.Single(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(DecisionsController.NumberTaken, refused.QuerySelector("[data-valmsg-for=Number]")!.TextContent.Trim());
        Assert.Equal(1, await _factory.WithDbAsync(db => db.RecognitionDecisions.CountAsync()));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Candidates.CountAsync(c => c.DecisionId != null)));
    }

    [PortalFact]
    public async Task TheFirstFactsOfAUnitsYearFromSeveralRequestsAtOnceAreOneRow()
    {
        var commune = await _factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Name == "Xã Quảng Phú").Select(u => u.Id).SingleAsync());
        using var officer = await _factory.SignInAsync("ubndxa");
        var token = await officer.TokenFromAsync($"/Units/Profile/{commune}?year=2029", "main form");

        var responses = await PostAtOnceAsync(officer, "/Units/Profile", token, i => new()
        {
            ["UnitId"] = commune.ToString(CultureInfo.InvariantCulture), ["Year"] = "2029", ["AdultPopulation"] = (8000 + i).ToString(CultureInfo.InvariantCulture),
        });

        AssertNoServerError(responses);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.OK))
        {
            Assert.Contains("vừa được người khác thay đổi", (await PortalClient.ParseAsync(refused)).Body!.TextContent);
        }

        Assert.Equal(1, await _factory.WithDbAsync(db => db.UnitYearProfiles.CountAsync(p => p.UnitId == commune && p.Year == 2029)));
    }
}
