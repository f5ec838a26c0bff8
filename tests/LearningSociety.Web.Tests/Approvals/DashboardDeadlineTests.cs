using LearningSociety.TestSupport;
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
        // A village of the commune still has a passing card it has not proposed.
        await new CardData(factory.Services, 2026).CardsAsync(new CardSpec("Lê Thị Muộn", "Thôn Bác Vọng Tây", "N1", CardSpec.Uniform(9), CardStage.Appraised));
        using var commune = await factory.SignInAsync("ubndxa");

        var deadlines = (await commune.GetPageAsync("/")).QuerySelector("[data-testid=dashboard-deadlines]")!;

        var village = deadlines.QuerySelectorAll("li").Single(li => li.TextContent.Contains("Thôn, đơn vị gửi kết quả về UBND xã"));
        Assert.Contains("Quá hạn 1 ngày", village.TextContent);
        Assert.Contains("còn 1 hồ sơ chưa xử lý", village.TextContent);
        Assert.Contains("list-group-item-danger", village.ClassName);
    }

    [Fact]
    public async Task OnlyTheBranchThatStillHasWorkIsToldItsDeadlineIsOverdue()
    {
        // 1/12/2026 in Vietnam: the villages' deadline of 30/11 has passed.
        using var factory = new PortalFactory { Clock = new FixedClock(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero)) };
        await new CardData(factory.Services, 2026).CardsAsync(
            new CardSpec("Nguyễn Văn Kịp", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Proposed),
            new CardSpec("Trần Thị Chậm", "Thôn Bác Vọng Tây", "N1", CardSpec.Uniform(9), CardStage.SelfAssessed));

        using var done = await factory.SignInAsync("chihoi");
        var donePage = await done.GetPageAsync("/");
        var doneDeadline = VillageDeadline(donePage);
        Assert.DoesNotContain("list-group-item-danger", doneDeadline.ClassName);
        Assert.DoesNotContain("Quá hạn", doneDeadline.TextContent);
        Assert.Contains("Đã qua hạn, không còn hồ sơ chờ xử lý", doneDeadline.TextContent);
        Assert.DoesNotContain("alert-danger", donePage.QuerySelector("[data-testid=waiting-line]")!.ClassName);

        using var late = await factory.SignInAsync("chihoi2");
        var latePage = await late.GetPageAsync("/");
        var lateDeadline = VillageDeadline(latePage);
        Assert.Contains("list-group-item-danger", lateDeadline.ClassName);
        Assert.Contains("Quá hạn 1 ngày · còn 1 hồ sơ chưa xử lý", lateDeadline.TextContent);
        Assert.Contains("alert-danger", latePage.QuerySelector("[data-testid=waiting-line]")!.ClassName);
    }

    [Fact]
    public async Task ACommuneThatForwardedEverythingIsNotToldItIsLate()
    {
        using var factory = new PortalFactory { Clock = new FixedClock(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero)) };
        var cards = new CardData(factory.Services, 2026);
        await cards.CardsAsync(
            new CardSpec("Phan Văn Chuyển", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Forwarded),
            new CardSpec("Hồ Thị Xong", "Thôn Bác Vọng Tây", "N1", CardSpec.Uniform(9), CardStage.Recognised));
        using var commune = await factory.SignInAsync("ubndxa");

        var page = await commune.GetPageAsync("/");

        Assert.DoesNotContain("alert-danger", page.QuerySelector("[data-testid=waiting-line]")!.ClassName);
        Assert.DoesNotContain("list-group-item-danger", VillageDeadline(page).ClassName);

        // One card waiting at the commune after the deadline makes it late again.
        await cards.CardsAsync(new CardSpec("Võ Văn Chờ", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Proposed));
        Assert.Contains("alert-danger", (await commune.GetPageAsync("/")).QuerySelector("[data-testid=waiting-line]")!.ClassName);
    }

    private static AngleSharp.Dom.IElement VillageDeadline(AngleSharp.Html.Dom.IHtmlDocument page)
        => page.QuerySelector("[data-testid=dashboard-deadlines]")!.QuerySelectorAll("li")
            .Single(li => li.TextContent.Contains("Thôn, đơn vị gửi kết quả về UBND xã", StringComparison.Ordinal));
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
