using LearningSociety.Web.Tests.Infrastructure;

namespace LearningSociety.Web.Tests.Targets;

/// <summary>The dashboard tells each commune and district officer where the year's plan stands.</summary>
public sealed class DashboardPlans : IDisposable
{
    // 23/11/2024 09:00 in Vietnam: the dashboard year is 2024.
    private readonly PortalFactory _factory = new() { Clock = new FixedClock(new DateTimeOffset(2024, 11, 23, 2, 0, 0, TimeSpan.Zero)) };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheCommuneOfficerSeesTheIssuedPlanAndHowManyTargetsAreMet()
    {
        var data = new TargetData(_factory);
        await data.PlanAsync("Xã Quảng Phú", 2024, "45/KH-UBND", ("CAP_IT", 0.5m), ("INST_DIGITAL", 0.7m), ("CAP_LIFE_SKILLS", 0.6m));
        await data.AchievedAsync("Xã Quảng Phú", 2024, "CAP_IT", 3_550, 7_850); // 45,2% < 50%
        await data.AchievedAsync("Xã Quảng Phú", 2024, "INST_DIGITAL", 3, 4); // 75% > 70%
        using var commune = await _factory.SignInAsync("ubndxa");

        var plans = (await commune.GetPageAsync("/")).QuerySelector("[data-testid=dashboard-plans]")!;

        var line = plans.QuerySelector("li")!;
        Assert.Contains("Xã Quảng Phú", line.TextContent);
        Assert.Contains("Kế hoạch số 45/KH-UBND", line.TextContent);
        Assert.Contains("1/3", line.TextContent);
        Assert.NotNull(line.QuerySelector("a[href^='/Targets/Results?']"));
    }

    [Fact]
    public async Task ADistrictWithoutItsOwnPlanIsToldSoAndLedToTheRollUp()
    {
        using var district = await _factory.SignInAsync("phonggd");

        var line = (await district.GetPageAsync("/")).QuerySelector("[data-testid=dashboard-plans] li")!;

        Assert.Contains("Huyện Quảng Điền chưa có kế hoạch năm 2024", line.TextContent);
        Assert.NotNull(line.QuerySelector("a[href^='/Targets/District?']"));
    }

    [Fact]
    public async Task AVillageBranchHasNoPlanSection()
    {
        using var branch = await _factory.SignInAsync("chihoi");

        Assert.Null((await branch.GetPageAsync("/")).QuerySelector("[data-testid=dashboard-plans]"));
    }
}
