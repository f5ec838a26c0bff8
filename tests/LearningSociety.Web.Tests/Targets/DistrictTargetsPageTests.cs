using System.Net;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Tests.Infrastructure;

namespace LearningSociety.Web.Tests.Targets;

/// <summary>"Tổng hợp toàn huyện": the district adds its communes' counts and lists each commune's plan, targets and levels.</summary>
public sealed class DistrictTargetsPage : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly TargetData _data;

    public DistrictTargetsPage() => _data = new TargetData(_factory);

    public void Dispose() => _factory.Dispose();

    private async Task SeedAsync()
    {
        await _data.PlanAsync("Huyện Quảng Điền", 2024, "162/KH-UBND", ("CAP_IT", 0.15m));
        await _data.PlanAsync("Xã Quảng Phú", 2024, "45/KH-UBND", ("CAP_IT", 0.3m), ("COMMUNE_LEARNING_COMMUNITY", 1m));
        await _data.PlanAsync("Xã Quảng Vinh", 2024, null, ("CAP_IT", 0.05m));
        await _data.AchievedAsync("Xã Quảng Phú", 2024, "CAP_IT", 30, 100);
        await _data.AchievedAsync("Xã Quảng Vinh", 2024, "CAP_IT", 10, 300);

        // Quảng Phú: MN 5 tuổi met, 96% of 6-year-olds in grade 1 (TH mức 2, not 3), THCS mức 3, XMC mức 2.
        await _data.SurveyAsync("Xã Quảng Phú", new UniversalizationSurvey
        {
            SurveyYear = 2024,
            Age5Population = 100, Age5Attending = 100, Age5Completed = 100,
            Age6Population = 100, Age6EnteringGrade1 = 96,
            Age11Population = 100, Age11CompletedPrimary = 95, Age11StillInPrimary = 5,
            Youth15To18Population = 100, Youth15To18LowerSecondaryGraduates = 96, Youth15To18StudyingUpperSecondary = 85,
            Age15To25Population = 100, Age15To25LiterateLevel1 = 95,
            Age15To35Population = 100, Age15To35LiterateLevel1 = 95, Age15To35LiterateLevel2 = 95,
            Age15To60Population = 100, Age15To60LiterateLevel2 = 95,
        });
    }

    [Fact]
    public async Task TheDistrictRateAddsNumeratorsAndDenominatorsInsteadOfAveragingRates()
    {
        await SeedAsync();
        using var district = await _factory.SignInAsync("phonggd");

        var page = await district.GetPageAsync("/Targets/District?year=2024");

        Assert.Equal("Huyện Quảng Điền", page.QuerySelector("[data-testid=unit-name]")!.TextContent);
        var it = page.QuerySelector("[data-testid=district-indicators] tr[data-code=CAP_IT]")!;
        var achieved = TargetData.Text(it, "achieved");
        Assert.StartsWith("10,0% (40/400)", achieved);
        Assert.DoesNotContain("16,7%", it.TextContent);
        Assert.DoesNotContain("20,0%", it.TextContent);
        Assert.Equal("15%", TargetData.Text(it, "target"));
        Assert.Equal("Chưa đạt", TargetData.Text(it, "judgement"));
        Assert.Equal("1/2 xã", TargetData.Text(it, "communes-meeting"));

        // Targeted only by a commune plan: listed with the district's own outcome, no district judgement.
        var community = page.QuerySelector("[data-testid=district-indicators] tr[data-code=COMMUNE_LEARNING_COMMUNITY]")!;
        Assert.Equal("–", TargetData.Text(community, "target"));
        Assert.Equal("Huyện không đặt chỉ tiêu", TargetData.Text(community, "judgement"));
    }

    [Fact]
    public async Task TheCommuneTableShowsPlanStatusTargetsMetAndUniversalizationLevels()
    {
        await SeedAsync();
        using var district = await _factory.SignInAsync("phonggd");
        var quangPhu = await _data.UnitIdAsync("Xã Quảng Phú");
        var quangVinh = await _data.UnitIdAsync("Xã Quảng Vinh");

        var page = await district.GetPageAsync("/Targets/District?year=2024");

        var phu = page.QuerySelector($"[data-testid=district-communes] tr[data-unit='{quangPhu}']")!;
        Assert.Equal("Đã ban hành – Số 45/KH-UBND", TargetData.Text(phu, "plan-status"));
        Assert.Equal("1/2", TargetData.Text(phu, "targets-met"));
        Assert.Equal("Đạt chuẩn", TargetData.Text(phu, "level-Preschool5"));
        Assert.Equal("Mức độ 2", TargetData.Text(phu, "level-Primary"));
        Assert.Equal("Mức độ 3", TargetData.Text(phu, "level-LowerSecondary"));
        Assert.Equal("Mức độ 2", TargetData.Text(phu, "level-Literacy"));
        Assert.NotNull(phu.QuerySelector($"a[href='/Targets/Results?unitId={quangPhu}&year=2024']"));

        var vinh = page.QuerySelector($"[data-testid=district-communes] tr[data-unit='{quangVinh}']")!;
        Assert.Equal("Dự thảo", TargetData.Text(vinh, "plan-status"));
        Assert.Equal("0/1", TargetData.Text(vinh, "targets-met"));
        Assert.Equal("Chưa có số liệu", TargetData.Text(vinh, "level-Primary"));

        // One commune of two meets mức 1 of PCGD tiểu học: 50% is short of the district's 90%.
        var primary = page.QuerySelector("[data-testid=district-level-Primary]")!.TextContent;
        Assert.Contains("Chưa đạt", primary);
        Assert.Contains("Mức 1: 1/2 xã", primary);
        Assert.Contains("Mức 3: 0/2 xã", primary);

        var unitId = await _data.UnitIdAsync("Huyện Quảng Điền");
        Assert.NotNull(page.QuerySelector($"a[href='/Reports/Universalization?unitId={unitId}&year=2024&format=xlsx']"));
        Assert.NotNull(page.QuerySelector($"a[href='/Reports/Targets?unitId={unitId}&year=2024&format=pdf']"));

        var earlier = await district.GetPageAsync("/Targets/District?year=2023");
        Assert.All(earlier.QuerySelectorAll("[data-testid=plan-status]"), c => Assert.Equal("Chưa có kế hoạch", c.TextContent));
    }

    [Fact]
    public async Task ACommuneMeetingItsTargetCountsAsMet()
    {
        await SeedAsync();
        await _data.AchievedAsync("Xã Quảng Phú", 2024, "COMMUNE_LEARNING_COMMUNITY", 1);
        using var district = await _factory.SignInAsync("phonggd");
        var quangPhu = await _data.UnitIdAsync("Xã Quảng Phú");

        var page = await district.GetPageAsync("/Targets/District?year=2024");

        // 30/100 against 30% is Đạt; the yes/no is Đạt too.
        Assert.Equal("2/2", TargetData.Text(page.QuerySelector($"[data-testid=district-communes] tr[data-unit='{quangPhu}']")!, "targets-met"));
    }

    [Fact]
    public async Task OnlyDistrictLevelUsersWhoSeeTheDistrictOpenIt()
    {
        using var commune = await _factory.SignInAsync("ubndxa");
        using var admin = await _factory.SignInAsync("admin");
        var districtId = await _data.UnitIdAsync("Huyện Quảng Điền");

        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync("/Targets/District")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/Targets/District?unitId={districtId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Targets/District?unitId={await _data.UnitIdAsync("Xã Quảng Phú")}")).StatusCode);
        var page = await admin.GetPageAsync($"/Targets/District?unitId={districtId}&year=2024");
        Assert.Equal("Huyện Quảng Điền", page.QuerySelector("[data-testid=unit-name]")!.TextContent);
    }
}
