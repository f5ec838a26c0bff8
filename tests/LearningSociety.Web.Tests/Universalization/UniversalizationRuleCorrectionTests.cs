using System.Net;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LearningSociety.Web.Tests.Universalization.SurveyData;

namespace LearningSociety.Web.Tests.Universalization;

/// <summary>Administrators correct a threshold from a year on by adding a row; earlier years keep the old value.</summary>
public sealed class UniversalizationRuleCorrection : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> Correction(string code, string year, string min, string disadvantagedMin, string source = "NĐ 20/2014/NĐ-CP, Điều 9 (đối chiếu văn bản)")
        => new()
        {
            ["ConditionCode"] = code, ["ConditionFromYear"] = year, ["MinRatePercent"] = min,
            ["DisadvantagedMinRatePercent"] = disadvantagedMin, ["ConditionSource"] = source,
        };

    [Fact]
    public async Task ACorrectedDisadvantagedThresholdChangesTheLevelFromItsYearOnOnly()
    {
        foreach (var year in new[] { 2025, 2026 })
        {
            await SetDisadvantagedAsync(_factory, QuangPhu, year);
            await StoreAsync(_factory, QuangPhu, AllReached(year).With((SurveyCount.Age11CompletedPrimary, 85)));
        }

        var commune = await UnitIdAsync(_factory, QuangPhu);
        using var admin = await _factory.SignInAsync("admin");
        Assert.Equal("Mức độ 3", Level(await admin.GetPageAsync($"/Universalization/Commune/{commune}?year=2026"), UniversalizationStandard.Primary));

        var rules = await admin.GetPageAsync("/Universalization/Rules?year=2026");
        Assert.Equal("80%", rules.QuerySelector("[data-testid=conditions] tr[data-code=TH3_COMPLETED11] [data-testid=dbkk-min-rate]")!.TextContent);
        var response = await admin.PostFormAsync(rules, "#condition-form", Correction("TH3_COMPLETED11", "2026", "90", "86"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page2026 = await admin.GetPageAsync($"/Universalization/Commune/{commune}?year=2026");
        var page2025 = await admin.GetPageAsync($"/Universalization/Commune/{commune}?year=2025");
        Assert.Equal("Mức độ 2", Level(page2026, UniversalizationStandard.Primary));
        Assert.Contains("85,0%", Reasons(page2026, UniversalizationStandard.Primary));
        Assert.Contains("86%", Reasons(page2026, UniversalizationStandard.Primary));
        Assert.Equal("Mức độ 3", Level(page2025, UniversalizationStandard.Primary));
        Assert.Equal("Mức độ 3", LastYearLevel(page2026, UniversalizationStandard.Primary));

        var rows = await _factory.WithDbAsync(db => db.UniversalizationRules.AsNoTracking()
            .Where(r => r.ConditionCode == "TH3_COMPLETED11").OrderBy(r => r.ValidFromYear).ToListAsync());
        Assert.Equal([2014, 2026], rows.Select(r => r.ValidFromYear));
        Assert.Equal(0.80m, rows[0].DisadvantagedMinRate);
        Assert.Equal((0.90m, 0.86m, UniversalizationStandard.Primary, 3, SurveyCount.Age11CompletedPrimary),
            (rows[1].MinRate, rows[1].DisadvantagedMinRate, rows[1].Standard, rows[1].Level, rows[1].Numerator));

        var shown2026 = await admin.GetPageAsync("/Universalization/Rules?year=2026");
        var shown2025 = await admin.GetPageAsync("/Universalization/Rules?year=2025");
        string InForce(AngleSharp.Html.Dom.IHtmlDocument page)
            => page.QuerySelector("[data-testid=conditions] tr[data-code=TH3_COMPLETED11] [data-testid=dbkk-min-rate]")!.TextContent;
        Assert.Equal("86%", InForce(shown2026));
        Assert.Equal("80%", InForce(shown2025));
    }

    [Theory]
    [InlineData("TH3_COMPLETED11", "2014", "90", "86", "ConditionFromYear", "đã có giá trị áp dụng từ năm 2014")]
    [InlineData("TH3_COMPLETED11", "2013", "90", "86", "ConditionFromYear", "Năm áp dụng phải từ 2014 đến 2100.")]
    [InlineData("TH3_COMPLETED11", "2026", "101", "86", "MinRatePercent", "Tỷ lệ tối thiểu phải từ 0 đến 100%.")]
    [InlineData("TH3_COMPLETED11", "2026", "90", "-1", "DisadvantagedMinRatePercent", "Tỷ lệ tối thiểu cho xã ĐBKK phải từ 0 đến 100%.")]
    [InlineData("KHONG_CO", "2026", "90", "86", "ConditionCode", "Không có điều kiện này")]
    public async Task AnInvalidCorrectionIsRefusedAtItsField(string code, string year, string min, string disadvantagedMin, string field, string message)
    {
        using var admin = await _factory.SignInAsync("admin");
        var before = await _factory.WithDbAsync(db => db.UniversalizationRules.CountAsync());

        var response = await admin.PostFormAsync(await admin.GetPageAsync("/Universalization/Rules"), "#condition-form",
            Correction(code, year, min, disadvantagedMin));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("is-invalid", page.QuerySelector($"#{field}")!.ClassName);
        Assert.Contains(message, page.QuerySelector("#condition-form")!.TextContent);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.UniversalizationRules.CountAsync()));
    }

    [Fact]
    public async Task ACorrectedDistrictShareAppliesFromItsYear()
    {
        foreach (var year in new[] { 2025, 2026 })
        {
            await StoreAsync(_factory, QuangPhu, AllReached(year));
            await StoreAsync(_factory, QuangVinh, AllReached(year).With((SurveyCount.Age5Attending, 10)));
        }

        using var admin = await _factory.SignInAsync("admin");
        var response = await admin.PostFormAsync(await admin.GetPageAsync("/Universalization/Rules?year=2026"), "#share-form", new Dictionary<string, string>
        {
            ["ShareLevel"] = "Preschool5-1", ["ShareFromYear"] = "2026", ["MinSharePercent"] = "50", ["ShareSource"] = "Thử nghiệm",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        string DistrictLevel(AngleSharp.Html.Dom.IHtmlDocument page)
            => page.QuerySelector("tr[data-standard=Preschool5][data-level='1'] [data-testid=district-level]")!.TextContent.Trim();
        Assert.Equal("Đạt chuẩn", DistrictLevel(await admin.GetPageAsync("/Universalization?year=2026")));
        Assert.Equal("Chưa đạt", DistrictLevel(await admin.GetPageAsync("/Universalization?year=2025")));
    }

    [Fact]
    public async Task OnlyAdministratorsReachTheRules()
    {
        using var district = await _factory.SignInAsync("phonggd");
        using var officer = await _factory.SignInAsync("ubndxa");
        var token = await district.TokenFromAsync("/Universalization/Import");

        Assert.Equal(HttpStatusCode.Forbidden, (await district.GetAsync("/Universalization/Rules")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/Universalization/Rules")).StatusCode);
        var post = await district.PostAsync("/Universalization/AddCondition", token, Correction("TH3_COMPLETED11", "2026", "90", "86"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.UniversalizationRules.CountAsync(r => r.ConditionCode == "TH3_COMPLETED11")));
    }
}
