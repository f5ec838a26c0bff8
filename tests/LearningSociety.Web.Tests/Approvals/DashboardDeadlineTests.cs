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
