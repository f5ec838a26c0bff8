using System.Net;
using AngleSharp.Html.Dom;
using LearningSociety.Domain.Citizens;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Citizens;

/// <summary>
/// The register list <c>/Citizens</c> read a page at a time in the database by the stored name key: the pages follow the
/// Vietnamese comparer from the first to the last (read from the end), the pager shows a window, not a link per page.
/// </summary>
public class CitizenListPaging : IDisposable
{
    private const string OtherVillage = "Thôn Bác Vọng Tây"; // chihoi2's, in Xã Quảng Phú with chihoi's Bác Vọng Đông

    private readonly PortalFactory _factory;

    public CitizenListPaging()
        : this(TestDatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another database (see PostgreSql/CitizenListOnPostgreSql.cs).</summary>
    protected CitizenListPaging(TestDatabaseProvider provider) => _factory = new PortalFactory(provider);

    [PortalFact]
    public async Task PagesFromFirstToLastFollowTheVietnameseOrderOfTheWholeList()
    {
        // 25,010 generated names and the 2 seeded ones: 1,001 pages, the last one of 12.
        await AddCitizensAsync(OtherVillage, VietnameseNames.Generate(new Random(42), 25_010));
        var expected = (await _factory.WithDbAsync(db => db.Citizens.Where(c => c.Village.Name == OtherVillage).Select(c => c.FullName).ToListAsync()))
            .Order(VietnameseText.PersonName).ToList();
        Assert.Equal(25_012, expected.Count);
        using var client = await _factory.SignInAsync("chihoi2");

        var first = await NamesAsync(client, "/Citizens?page=1");
        var second = await NamesAsync(client, "/Citizens?page=2");
        var beforeLast = await NamesAsync(client, "/Citizens?page=1000"); // read from the end, 12 rows skipped
        var last = await NamesAsync(client, "/Citizens?page=1001"); // read from the end, none skipped

        Assert.Equal(expected.Take(50), first.Concat(second));
        Assert.Equal(expected.Skip(999 * 25), beforeLast.Concat(last));
        Assert.Equal(12, last.Count);
    }

    [PortalFact]
    public async Task APagePastTheLastShowsTheLast()
    {
        using var client = await _factory.SignInAsync("chihoi");

        var page = await client.GetPageAsync("/Citizens?page=2147483647");

        Assert.Equal(["Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung", "Đặng Văn Em"], Names(page));
    }

    [PortalFact]
    public async Task ThePagerShowsAWindowWithFirstAndLastNotALinkPerPage()
    {
        await AddCitizensAsync(OtherVillage, Enumerable.Range(1, 25_010).Select(i => $"Công Dân Số {i}"));
        using var client = await _factory.SignInAsync("chihoi2");

        var middle = await client.GetPageAsync("/Citizens?page=500");
        var links = Pager(middle).QuerySelectorAll("a").Cast<IHtmlAnchorElement>().ToList();

        // « Đầu, ‹ Trước, 498 … 502, Sau ›, Cuối »: nine links for 1,001 pages.
        Assert.Equal(9, links.Count);
        Assert.Equal(["Trang đầu", "Trang trước", "Trang 498", "Trang 499", "Trang 500", "Trang 501", "Trang 502", "Trang sau", "Trang cuối"],
            links.Select(a => a.GetAttribute("aria-label")));
        Assert.Equal("500", Assert.Single(links, a => a.GetAttribute("aria-current") == "page").TextContent);
        Assert.EndsWith("page=1", links[0].Href);
        Assert.EndsWith("page=1001", links[^1].Href); // an address is written in invariant digits …
        Assert.Equal("Trang 500 / 1.001", middle.QuerySelector("[data-testid=page-of]")!.TextContent.Trim()); // … the screen in Vietnamese
        Assert.Equal("25.012 công dân", middle.QuerySelector("[data-testid=count]")!.TextContent.Trim());

        var first = Pager(await client.GetPageAsync("/Citizens"));
        Assert.Equal(["1", "2", "3", "4", "5", "Sau ›", "Cuối »"], first.QuerySelectorAll("a").Select(a => a.TextContent.Trim()));

        var last = Pager(await client.GetPageAsync("/Citizens?page=1001"));
        Assert.Equal(["« Đầu", "‹ Trước", "997", "998", "999", "1.000", "1.001"], last.QuerySelectorAll("a").Select(a => a.TextContent.Trim()));
        Assert.Contains("page=1000", ((IHtmlAnchorElement)last.QuerySelectorAll("a")[5]).Href);
    }

    [PortalFact]
    public async Task ARenamedCitizenMovesToTheirNewPlaceInTheList()
    {
        var id = await _factory.WithDbAsync(db => db.Citizens.Where(c => c.FullName == "Nguyễn Văn An").Select(c => c.Id).SingleAsync());
        using var client = await _factory.SignInAsync("chihoi");
        Assert.Equal("Nguyễn Văn An", Names(await client.GetPageAsync("/Citizens"))[0]);

        var saved = await client.PostFormAsync(await client.GetPageAsync($"/Citizens/Edit/{id}"), "main form",
            new Dictionary<string, string> { ["FullName"] = "Nguyễn Văn Yên" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung", "Đặng Văn Em", "Nguyễn Văn Yên"], Names(await client.GetPageAsync("/Citizens")));
        Assert.Equal(PersonNameKey.For("Nguyễn Văn Yên"), await _factory.WithDbAsync(db => db.Citizens.Where(c => c.Id == id).Select(c => c.SortKey).SingleAsync()));
    }

    [PortalFact]
    public async Task CommuneAndVillageUsersSeeOnlyTheirOwnVillages()
    {
        await AddCitizensAsync("Thôn Sơn Tùng", ["Hồ Văn Tâm", "Lý Thị Mai", "Ngô Văn Khoa"]); // Xã Quảng Vinh
        var sonTung = await _factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Name == "Thôn Sơn Tùng").Select(u => u.Id).SingleAsync());

        Assert.Equal(["Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung", "Đặng Văn Em"], await NamesAsync("chihoi", "/Citizens"));
        Assert.Empty(await NamesAsync("chihoi", $"/Citizens?VillageId={sonTung}")); // another commune's village asked for by id
        Assert.Equal(["Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung", "Đặng Văn Em", "Võ Thị Giang", "Huỳnh Văn Hải"],
            await NamesAsync("ubndxa", "/Citizens"));
        Assert.Empty(await NamesAsync("ubndxa", $"/Citizens?VillageId={sonTung}"));
        Assert.Equal(["Ngô Văn Khoa", "Lý Thị Mai", "Hồ Văn Tâm"], await NamesAsync("ubndvinh", "/Citizens"));
        Assert.Equal(["Ngô Văn Khoa", "Lý Thị Mai", "Hồ Văn Tâm"], await NamesAsync("chihoivinh", "/Citizens"));
        Assert.Equal(10, (await NamesAsync("phonggd", "/Citizens")).Count);
    }

    private static List<string> Names(IHtmlDocument page)
        => page.QuerySelectorAll("[data-testid=citizen-table] tbody td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    private static AngleSharp.Dom.IElement Pager(IHtmlDocument page) => page.QuerySelector("nav[data-testid=pager]")
        ?? throw new InvalidOperationException("The page has no pager.");

    private static async Task<List<string>> NamesAsync(PortalClient client, string url) => Names(await client.GetPageAsync(url));

    private async Task<List<string>> NamesAsync(string user, string url)
    {
        using var client = await _factory.SignInAsync(user);
        return await NamesAsync(client, url);
    }

    private Task AddCitizensAsync(string village, IEnumerable<string> names) => ManyCitizens.AddAsync(_factory, village, names);

    public void Dispose() => _factory.Dispose();
}
