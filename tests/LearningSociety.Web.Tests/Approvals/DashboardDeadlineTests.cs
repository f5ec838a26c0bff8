using LearningSociety.Web.Tests.Infrastructure;

namespace LearningSociety.Web.Tests.Approvals;

public sealed class DashboardDeadlines
{
    [Fact]
    public async Task TheBranchSeesDaysLeftBeforeThe30NovemberDeadline()
    {
        // 23/11/2026 09:00 in Vietnam.
        using var factory = new PortalFactory { Clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero)) };
        using var branch = await factory.SignInAsync("chihoi");

        var deadlines = (await branch.GetPageAsync("/")).QuerySelector("[data-testid=dashboard-deadlines]")!;

        var village = deadlines.QuerySelectorAll("li").Single(li => li.TextContent.Contains("Thôn, đơn vị gửi kết quả về UBND xã"));
        Assert.Contains("30/11/2026", village.TextContent);
        Assert.Contains("Còn 7 ngày", village.TextContent);
        Assert.Contains("list-group-item-warning", village.ClassName);
    }

    [Fact]
    public async Task AfterTheDueDateInVietnamTheDeadlineShowsOverdueInRed()
    {
        // 30/11/2026 17:30 UTC is already 1/12 in Vietnam.
        using var factory = new PortalFactory { Clock = new FixedClock(new DateTimeOffset(2026, 11, 30, 17, 30, 0, TimeSpan.Zero)) };
        using var commune = await factory.SignInAsync("ubndxa");

        var deadlines = (await commune.GetPageAsync("/")).QuerySelector("[data-testid=dashboard-deadlines]")!;

        var village = deadlines.QuerySelectorAll("li").Single(li => li.TextContent.Contains("Thôn, đơn vị gửi kết quả về UBND xã"));
        Assert.Contains("Quá hạn 1 ngày", village.TextContent);
        Assert.Contains("list-group-item-danger", village.ClassName);
    }
}

public sealed class RouteSwitching : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task AfterSwitchingToTheTwoTierRouteTheCommuneRecognises()
    {
        using var admin = await _factory.SignInAsync("admin");
        var routes = await admin.GetPageAsync("/Routes");
        var switched = await admin.PostFormAsync(routes, "[data-testid=route-CDHT-2-CAP] form", new Dictionary<string, string>());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, switched.StatusCode);

        using var commune = await _factory.SignInAsync("ubndxa");
        var decisions = await commune.GetPageAsync("/Decisions");

        // The commune now holds the recognising step, so it may record decisions; the district no longer does.
        Assert.NotNull(decisions.QuerySelector("a[href='/Decisions/Create']"));
        using var district = await _factory.SignInAsync("phonggd");
        Assert.Null((await district.GetPageAsync("/Decisions")).QuerySelector("a[href='/Decisions/Create']"));
    }

    public void Dispose() => _factory.Dispose();
}

public sealed class DeadlineAdministration : IDisposable
{
    private readonly PortalFactory _factory = new() { Clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero)) };

    [Fact]
    public async Task AnAdministratorMovesTheVillageDeadlineAndTheBranchSeesIt()
    {
        using var admin = await _factory.SignInAsync("admin");
        var page = await admin.GetPageAsync("/Deadlines?year=2026");
        var villageForm = page.QuerySelectorAll("[data-testid=deadline-form]")
            .Single(f => f.QuerySelector("input[name=description]")!.GetAttribute("value")?.StartsWith("Thôn", StringComparison.Ordinal) == true);

        var response = await admin.PostFormAsync(page, $"[data-testid=deadline-form]:has(input[name=id][value='{villageForm.QuerySelector("input[name=id]")!.GetAttribute("value")}'])",
            new Dictionary<string, string> { ["dueDate"] = "25/11/2026" });

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        using var branch = await _factory.SignInAsync("chihoi");
        var deadlines = (await branch.GetPageAsync("/")).QuerySelector("[data-testid=dashboard-deadlines]")!.TextContent;
        Assert.Contains("25/11/2026", deadlines);
        Assert.Contains("Còn 2 ngày", deadlines);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await branch.GetAsync("/Deadlines")).StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
