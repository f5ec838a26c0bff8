using System.Net;
using LearningSociety.Web.Tests.Infrastructure;

namespace LearningSociety.Web.Tests.Targets;

/// <summary>
/// The year-end results page of a commune: ubndxa types what only the commune knows through the real form, the
/// portal judges every target of the plan, computed rows cannot be typed over, and nothing is half-saved.
/// </summary>
public sealed class TargetResultsEntry : IDisposable
{
    private const string Commune = "Xã Quảng Phú";

    // 20/12/2024 in Vietnam: the page opens on 2024 by itself.
    private readonly PortalFactory _factory = new() { Clock = new FixedClock(new DateTimeOffset(2024, 12, 20, 2, 0, 0, TimeSpan.Zero)) };
    private readonly TargetData _data;

    public TargetResultsEntry() => _data = new TargetData(_factory);

    public void Dispose() => _factory.Dispose();

    private Task<int> SeedPlanAsync() => _data.PlanAsync(Commune, 2024, "45/KH-UBND",
        ("CAP_IT", 0.5m), ("CAP_LIFE_SKILLS", 0.4m), ("COMMUNE_LEARNING_COMMUNITY", 1m), ("CDHT_CITIZENS", 0.4m));

    [Fact]
    public async Task TheCommuneEntersItsResultsThroughTheFormAndSeesEachTargetJudged()
    {
        var planId = await SeedPlanAsync();
        using var commune = await _factory.SignInAsync("ubndxa");
        var page = await commune.GetPageAsync("/Targets/Results");
        Assert.Contains("Kết quả thực hiện chỉ tiêu năm 2024", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(Commune, page.QuerySelector("[data-testid=unit-name]")!.TextContent);
        Assert.Equal("50%", TargetData.Text(TargetData.Row(page, "CAP_IT"), "target"));
        Assert.Equal("Có", TargetData.Text(TargetData.Row(page, "COMMUNE_LEARNING_COMMUNITY"), "target"));
        Assert.Contains("Số người trong độ tuổi lao động", TargetData.Row(page, "CAP_IT").QuerySelector("label[for$='Denominator']")!.TextContent);

        var response = await commune.PostFormAsync(page, "#results-form", new Dictionary<string, string>
        {
            [TargetData.Field(page, "CAP_IT", "Numerator")] = "3.550",
            [TargetData.Field(page, "CAP_IT", "Denominator")] = "7.850",
            [TargetData.Field(page, "CAP_LIFE_SKILLS", "Numerator")] = "400",
            [TargetData.Field(page, "CAP_LIFE_SKILLS", "Denominator")] = "1.000",
            [TargetData.Field(page, "COMMUNE_LEARNING_COMMUNITY", "Value")] = "1",
            [TargetData.Field(page, "COMMUNE_LEARNING_COMMUNITY", "Note")] = "Quyết định công nhận số 12/QĐ-UBND",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await _data.AchievementAsync(Commune, 2024, "CAP_IT");
        Assert.Equal((3550m, 7850m), (saved!.Value, saved.Denominator!.Value));
        Assert.Equal("ubndxa", saved.UpdatedBy);

        var results = await commune.GetPageAsync(response.Headers.Location!.OriginalString);
        var it = TargetData.Row(results, "CAP_IT");
        Assert.Equal("Chưa đạt", TargetData.Text(it, "judgement"));
        Assert.Contains("text-bg-danger", it.QuerySelector("[data-testid=judgement]")!.ClassName);
        Assert.StartsWith("45,2%", TargetData.Text(it, "achieved"));
        Assert.Contains("(3.550/7.850)", TargetData.Text(it, "achieved"));
        Assert.Equal("90,4%", TargetData.Text(it, "completion"));
        Assert.Equal("3.550", it.QuerySelector("input[name$='.Numerator']")!.GetAttribute("value"));

        var lifeSkills = TargetData.Row(results, "CAP_LIFE_SKILLS");
        Assert.Equal("Đạt", TargetData.Text(lifeSkills, "judgement"));
        Assert.StartsWith("40,0%", TargetData.Text(lifeSkills, "achieved"));
        var community = TargetData.Row(results, "COMMUNE_LEARNING_COMMUNITY");
        Assert.Equal("Đạt", TargetData.Text(community, "judgement"));
        Assert.Contains("Quyết định công nhận số 12/QĐ-UBND", TargetData.Text(community, "detail"));

        var summary = results.QuerySelector("[data-testid=summary]")!;
        Assert.Contains("2/4 chỉ tiêu đạt hoặc vượt", summary.TextContent.Replace("\n", " ").Replace("  ", " "));
        Assert.NotNull(summary.QuerySelector($"a[href='/Plans/Details/{planId}']"));
        var unitId = await _data.UnitIdAsync(Commune);
        Assert.NotNull(summary.QuerySelector($"a[href='/Reports/Targets?unitId={unitId}&year=2024&format=xlsx']"));
        Assert.NotNull(summary.QuerySelector($"a[href='/Reports/Targets?unitId={unitId}&year=2024&format=pdf']"));
    }

    [Fact]
    public async Task ClearingARowDeletesItsResultAndABlankRowStaysUnrecorded()
    {
        await SeedPlanAsync();
        await _data.AchievedAsync(Commune, 2024, "CAP_IT", 3000, 7850);
        using var commune = await _factory.SignInAsync("ubndxa");
        var page = await commune.GetPageAsync("/Targets/Results?year=2024");
        Assert.Equal("3.000", TargetData.Row(page, "CAP_IT").QuerySelector("input[name$='.Numerator']")!.GetAttribute("value"));

        var response = await commune.PostFormAsync(page, "#results-form", new Dictionary<string, string>
        {
            [TargetData.Field(page, "CAP_IT", "Numerator")] = "",
            [TargetData.Field(page, "CAP_IT", "Denominator")] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await _data.AchievementsAsync(Commune));
        var results = await commune.GetPageAsync("/Targets/Results?year=2024");
        Assert.Equal("Chưa có số liệu", TargetData.Text(TargetData.Row(results, "CAP_IT"), "judgement"));
    }

    [Fact]
    public async Task ANumeratorAboveItsDenominatorIsShownAtTheFieldAndNoRowOfThePostIsSaved()
    {
        await SeedPlanAsync();
        using var commune = await _factory.SignInAsync("ubndxa");
        var page = await commune.GetPageAsync("/Targets/Results?year=2024");
        var numerator = TargetData.Field(page, "CAP_IT", "Numerator");

        var response = await commune.PostFormAsync(page, "#results-form", new Dictionary<string, string>
        {
            [numerator] = "8.000",
            [TargetData.Field(page, "CAP_IT", "Denominator")] = "7.850",
            [TargetData.Field(page, "CAP_LIFE_SKILLS", "Numerator")] = "400",
            [TargetData.Field(page, "CAP_LIFE_SKILLS", "Denominator")] = "1.000",
            [TargetData.Field(page, "COMMUNE_LEARNING_COMMUNITY", "Value")] = "1",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await PortalClient.ParseAsync(response);
        var message = shown.QuerySelector($"[data-valmsg-for='{numerator}']")!.TextContent;
        Assert.Contains("không được lớn hơn mẫu số", message);
        Assert.Contains("is-invalid", TargetData.Row(shown, "CAP_IT").QuerySelector("input[name$='.Numerator']")!.ClassName);
        Assert.Equal("8.000", TargetData.Row(shown, "CAP_IT").QuerySelector("input[name$='.Numerator']")!.GetAttribute("value"));
        Assert.Equal("400", TargetData.Row(shown, "CAP_LIFE_SKILLS").QuerySelector("input[name$='.Numerator']")!.GetAttribute("value"));
        Assert.Empty(await _data.AchievementsAsync(Commune));
    }

    [Fact]
    public async Task ADenominatorWithoutNumeratorAndTextForANumberAreRefusedAtTheirFields()
    {
        await SeedPlanAsync();
        using var commune = await _factory.SignInAsync("ubndxa");
        var page = await commune.GetPageAsync("/Targets/Results?year=2024");
        var itNumerator = TargetData.Field(page, "CAP_IT", "Numerator");
        var skillsDenominator = TargetData.Field(page, "CAP_LIFE_SKILLS", "Denominator");

        var response = await commune.PostFormAsync(page, "#results-form", new Dictionary<string, string>
        {
            [TargetData.Field(page, "CAP_IT", "Denominator")] = "7.850",
            [TargetData.Field(page, "CAP_LIFE_SKILLS", "Numerator")] = "400",
            [skillsDenominator] = "một nghìn",
        });

        var shown = await PortalClient.ParseAsync(response);
        Assert.Contains("Cần nhập tử số", shown.QuerySelector($"[data-valmsg-for='{itNumerator}']")!.TextContent);
        Assert.Contains("không hợp lệ", shown.QuerySelector($"[data-valmsg-for='{skillsDenominator}']")!.TextContent);
        Assert.Equal("một nghìn", TargetData.Row(shown, "CAP_LIFE_SKILLS").QuerySelector("input[name$='.Denominator']")!.GetAttribute("value"));
        Assert.Empty(await _data.AchievementsAsync(Commune));
    }

    [Fact]
    public async Task WhenSomeoneElseSavedFirstTheLaterPostSavesNothingAndSaysSo()
    {
        await SeedPlanAsync();
        await _data.AchievedAsync(Commune, 2024, "CAP_IT", 3000, 7850);
        using var commune = await _factory.SignInAsync("ubndxa");
        using var admin = await _factory.SignInAsync("admin");
        var unitId = await _data.UnitIdAsync(Commune);
        var communePage = await commune.GetPageAsync("/Targets/Results?year=2024");
        var adminPage = await admin.GetPageAsync($"/Targets/Results?unitId={unitId}&year=2024");

        var first = await admin.PostFormAsync(adminPage, "#results-form", new Dictionary<string, string>
        {
            [TargetData.Field(adminPage, "CAP_IT", "Numerator")] = "3.100",
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var second = await commune.PostFormAsync(communePage, "#results-form", new Dictionary<string, string>
        {
            [TargetData.Field(communePage, "CAP_IT", "Numerator")] = "3.550",
            [TargetData.Field(communePage, "CAP_LIFE_SKILLS", "Numerator")] = "400",
            [TargetData.Field(communePage, "CAP_LIFE_SKILLS", "Denominator")] = "1.000",
        });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var shown = await PortalClient.ParseAsync(second);
        Assert.Contains("vừa được người khác cập nhật", shown.QuerySelector("main")!.TextContent);
        Assert.Equal("3.100", TargetData.Row(shown, "CAP_IT").QuerySelector("input[name$='.Numerator']")!.GetAttribute("value"));
        Assert.Equal(3100m, (await _data.AchievementAsync(Commune, 2024, "CAP_IT"))!.Value);
        Assert.Null(await _data.AchievementAsync(Commune, 2024, "CAP_LIFE_SKILLS"));

        // Posting again from the reloaded page goes through.
        var retry = await commune.PostFormAsync(shown, "#results-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal(400m, (await _data.AchievementAsync(Commune, 2024, "CAP_LIFE_SKILLS"))!.Value);
        Assert.Equal(3100m, (await _data.AchievementAsync(Commune, 2024, "CAP_IT"))!.Value);
    }

    [Fact]
    public async Task TheCdhtShareIsComputedAndCannotBePostedOver()
    {
        await SeedPlanAsync();
        using var commune = await _factory.SignInAsync("ubndxa");
        var page = await commune.GetPageAsync("/Targets/Results?year=2024");
        var cdht = TargetData.Row(page, "CDHT_CITIZENS");
        Assert.Equal("Tự động", TargetData.Text(cdht, "computed"));
        Assert.Contains("Số công dân được công nhận / số người lớn", TargetData.Text(cdht, "detail"));
        Assert.Empty(cdht.QuerySelectorAll("input:not([type=hidden]), select"));
        Assert.StartsWith("0,0% (0/7.850)", TargetData.Text(cdht, "achieved"));

        var index = page.QuerySelectorAll("[name$='.IndicatorId']").Length;
        var response = await commune.PostFormAsync(page, "#results-form", new Dictionary<string, string>
        {
            [TargetData.Field(page, "CAP_IT", "Numerator")] = "3.550",
            [TargetData.Field(page, "CAP_IT", "Denominator")] = "7.850",
            [$"Rows[{index}].IndicatorId"] = (await _data.IndicatorIdAsync("CDHT_CITIZENS")).ToString(),
            [$"Rows[{index}].Numerator"] = "7.000",
            [$"Rows[{index}].Denominator"] = "7.850",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("được tính tự động", (await PortalClient.ParseAsync(response)).QuerySelector("main")!.TextContent);
        Assert.Empty(await _data.AchievementsAsync(Commune));
    }

    [Fact]
    public async Task WithoutAPlanForTheYearThePageSaysSoAndLinksToPlans()
    {
        using var commune = await _factory.SignInAsync("ubndxa");
        var page = await commune.GetPageAsync("/Targets/Results?year=2024");

        var message = page.QuerySelector("[data-testid=no-plan]")!;
        Assert.Contains("chưa có kế hoạch", message.TextContent);
        Assert.NotNull(message.QuerySelector("a[href='/Plans']"));
        Assert.Null(page.QuerySelector("#results-form"));
    }
}
