using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Architecture;

/// <summary>
/// Every drop-down of units lists them as /Units draws the tree: each unit followed by its own units, depth first, siblings in
/// Vietnamese order, each option indented by its depth below the first units of the list.
/// </summary>
public sealed partial class UnitDropDownsFollowTheTree(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EveryUnitDropDownFollowsTheOrderOfTheUnitTree()
    {
        using var admin = await factory.SignInAsync("admin");
        var tree = (await admin.GetPageAsync("/Units")).QuerySelectorAll("[data-testid=unit-tree] tbody tr td:first-child span")
            .Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal(12, tree.Count);
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "chihoi").Select(u => u.Id).SingleAsync());
        using var office = await factory.SignInAsync("phonggd");

        (PortalClient Client, string Url, string Select)[] dropDowns =
        [
            (admin, "/Users/Create", "select#UnitId"),
            (admin, $"/Users/Edit/{userId}", "select#UnitId"),
            (admin, "/Catalogue/Rule", "select#ScopeUnitId"),
            (admin, "/Targets/Catalogue", "select#UnitId"),
            (admin, "/Targets/Results", "select#unitId"),
            (admin, "/Plans", "select#new-unit"),
            (admin, "/Reports", "select#communeId"),
            (admin, "/Citizens", "select#VillageId"),
            (office, "/Citizens", "select#VillageId"),
            (office, "/Targets/Results", "select#unitId"),
        ];
        foreach (var (client, url, selector) in dropDowns)
        {
            var select = (await client.GetPageAsync(url)).QuerySelector(selector);
            Assert.True(select is not null, $"{url}: no {selector}");
            var names = select!.QuerySelectorAll("option").Cast<IHtmlOptionElement>().Where(o => o.Value.Length > 0)
                .Select(o => Commune().Replace(o.Text.Trim('\u00A0', ' '), string.Empty)).ToList();
            Assert.True(names.Count > 1, $"{url}: {names.Count} units");
            var positions = names.Select(n => tree.IndexOf(n)).ToList();
            Assert.True(positions.All(p => p >= 0) && positions.Zip(positions.Skip(1)).All(p => p.First < p.Second),
                $"{url} lists {string.Join(", ", names)}; the tree is {string.Join(", ", tree)}");
        }
    }

    [Fact]
    public async Task AUnitIsIndentedByItsDepthInTheList()
    {
        using var admin = await factory.SignInAsync("admin");

        var options = (await admin.GetPageAsync("/Users/Create")).QuerySelectorAll("select#UnitId option").Cast<IHtmlOptionElement>()
            .Where(o => o.Value.Length > 0).ToDictionary(o => o.Text.TrimStart('\u00A0'), o => o.Text.TakeWhile(c => c == '\u00A0').Count());

        Assert.Equal(0, options["Tỉnh Thừa Thiên Huế"]);
        Assert.Equal(3, options["Huyện Quảng Điền"]);
        Assert.Equal(6, options["Xã Quảng Phú"]);
        Assert.Equal(9, options["Thôn Đức Nhuận"]);
    }

    /// <summary>The commune a village option names after it: "Thôn Sơn Tùng (Xã Quảng Vinh)".</summary>
    [GeneratedRegex(@"\s*\([^)]*\)$")]
    private static partial Regex Commune();
}
