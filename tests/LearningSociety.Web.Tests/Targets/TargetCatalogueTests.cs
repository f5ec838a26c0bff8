using System.Net;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Features.Plans;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.Web.Tests.Targets;

/// <summary>The indicator catalogue: everyone who plans reads it; administrators add local indicators and switch them off.</summary>
public sealed class TargetCatalogue : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly TargetData _data;

    public TargetCatalogue() => _data = new TargetData(_factory);

    public void Dispose() => _factory.Dispose();

    private async Task<IReadOnlyList<string>> IndicatorCodesForAsync(string unitName)
    {
        IReadOnlyList<string> codes = [];
        await _factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LearningSociety.Web.Data.AppDbContext>();
            var path = await db.AdministrativeUnits.Where(u => u.Name == unitName).Select(u => u.Path).SingleAsync();
            codes = (await services.GetRequiredService<TargetResults>().IndicatorsForAsync(path)).Select(i => i.Code).ToList();
        });
        return codes;
    }

    [Fact]
    public async Task ALocalIndicatorOfADistrictIsOfferedToItsCommunesOnly()
    {
        await _data.UnitAsync("474", "Huyện Phong Điền", AdministrativeLevel.District, "Tỉnh Thừa Thiên Huế");
        await _data.UnitAsync("19840", "Xã Phong An", AdministrativeLevel.Commune, "Huyện Phong Điền");
        using var admin = await _factory.SignInAsync("admin");
        var page = await admin.GetPageAsync("/Targets/Catalogue");

        var response = await admin.PostFormAsync(page, "[data-testid=add-indicator]", new Dictionary<string, string>
        {
            ["UnitId"] = (await _data.UnitIdAsync("Huyện Quảng Điền")).ToString(),
            ["Category"] = "Capacity",
            ["IndicatorCode"] = "SWIM_SKILLS",
            ["Text"] = "Trẻ em từ 6 đến 15 tuổi biết bơi",
            ["Kind"] = "Percentage",
            ["NumeratorDefinition"] = "Số trẻ em từ 6 đến 15 tuổi biết bơi",
            ["DenominatorDefinition"] = "Số trẻ em từ 6 đến 15 tuổi",
            ["Source"] = "162/KH-UBND huyện Quảng Điền",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("SWIM_SKILLS", await IndicatorCodesForAsync("Xã Quảng Phú"));
        Assert.Contains("SWIM_SKILLS", await IndicatorCodesForAsync("Xã Quảng Vinh"));
        Assert.DoesNotContain("SWIM_SKILLS", await IndicatorCodesForAsync("Xã Phong An"));
        Assert.Contains("CAP_IT", await IndicatorCodesForAsync("Xã Phong An"));

        var saved = await _factory.WithDbAsync(db => db.TargetIndicators.SingleAsync(i => i.Code == "SWIM_SKILLS"));
        Assert.Equal(LearningSociety.Domain.Plans.TargetComputation.Entered, saved.Computation);
        Assert.Equal(await _data.UnitIdAsync("Huyện Quảng Điền"), saved.OwnerUnitId);

        using var commune = await _factory.SignInAsync("ubndxa");
        var catalogue = await commune.GetPageAsync("/Targets/Catalogue");
        var row = catalogue.QuerySelector("tr[data-code=SWIM_SKILLS]")!;
        Assert.Equal("Huyện Quảng Điền", TargetData.Text(row, "owner"));
        Assert.Equal("Toàn quốc", TargetData.Text(catalogue.QuerySelector("tr[data-code=CAP_IT]")!, "owner"));
        Assert.Null(catalogue.QuerySelector("[data-testid=add-indicator]"));
    }

    [Fact]
    public async Task AnAdministratorDeactivatesAnIndicatorAndItIsNoLongerOffered()
    {
        using var admin = await _factory.SignInAsync("admin");
        var page = await admin.GetPageAsync("/Targets/Catalogue");

        var response = await admin.PostFormAsync(page, "tr[data-code=MODEL_CLAN] form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("MODEL_CLAN", await IndicatorCodesForAsync("Xã Quảng Phú"));
        var after = await admin.GetPageAsync("/Targets/Catalogue");
        Assert.Equal("Ngừng dùng", TargetData.Text(after.QuerySelector("tr[data-code=MODEL_CLAN]")!, "active"));

        await admin.PostFormAsync(after, "tr[data-code=MODEL_CLAN] form", new Dictionary<string, string>());
        Assert.Contains("MODEL_CLAN", await IndicatorCodesForAsync("Xã Quảng Phú"));
    }

    [Fact]
    public async Task BadCodesAndAPercentageWithoutDenominatorAreRefusedInVietnamese()
    {
        using var admin = await _factory.SignInAsync("admin");
        var page = await admin.GetPageAsync("/Targets/Catalogue");
        var before = await _factory.WithDbAsync(db => db.TargetIndicators.CountAsync());

        var lowerCase = await admin.PostFormAsync(page, "[data-testid=add-indicator]", new Dictionary<string, string>
        {
            ["UnitId"] = (await _data.UnitIdAsync("Xã Quảng Phú")).ToString(), ["Category"] = "Capacity", ["IndicatorCode"] = "biết bơi",
            ["Text"] = "Trẻ em biết bơi", ["Kind"] = "Percentage", ["NumeratorDefinition"] = "Số trẻ biết bơi", ["Source"] = "KH xã",
        });
        var shown = (await PortalClient.ParseAsync(lowerCase)).QuerySelector("[data-testid=add-indicator]")!.TextContent;
        Assert.Contains("Mã chỉ gồm chữ in hoa không dấu", shown);
        Assert.Contains("Chỉ tiêu tỷ lệ cần định nghĩa mẫu số", shown);

        var duplicate = await admin.PostFormAsync(page, "[data-testid=add-indicator]", new Dictionary<string, string>
        {
            ["UnitId"] = (await _data.UnitIdAsync("Xã Quảng Phú")).ToString(), ["Category"] = "LearningModels", ["IndicatorCode"] = "CAP_IT",
            ["Text"] = "Trùng mã", ["Kind"] = "Count", ["Source"] = "KH xã",
        });
        Assert.Contains("Mã CAP_IT đã có trong danh mục", (await PortalClient.ParseAsync(duplicate)).QuerySelector("[data-testid=add-indicator]")!.TextContent);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.TargetIndicators.CountAsync()));
    }

    [Fact]
    public async Task OthersReadTheCatalogueButTheirPostsAreRefused()
    {
        using var district = await _factory.SignInAsync("phonggd");
        var page = await district.GetPageAsync("/Targets/Catalogue");
        Assert.NotNull(page.QuerySelector("tr[data-code=CDHT_CITIZENS]"));
        Assert.Null(page.QuerySelector("[data-testid=add-indicator]"));
        Assert.Null(page.QuerySelector("tr[data-code=CAP_IT] form"));
        var token = await district.TokenFromAsync("/Targets/Catalogue", "#logout-form");
        var before = await _factory.WithDbAsync(db => db.TargetIndicators.CountAsync(i => i.IsActive));

        var add = await district.PostAsync("/Targets/AddIndicator", token, new Dictionary<string, string>
        {
            ["UnitId"] = (await _data.UnitIdAsync("Huyện Quảng Điền")).ToString(), ["Category"] = "Capacity", ["IndicatorCode"] = "SWIM_SKILLS",
            ["Text"] = "Trẻ em biết bơi", ["Kind"] = "Count", ["Source"] = "KH huyện",
        });
        var toggle = await district.PostAsync($"/Targets/ToggleIndicator/{await _data.IndicatorIdAsync("CAP_IT")}", token, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, toggle.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.TargetIndicators.AnyAsync(i => i.Code == "SWIM_SKILLS")));
        Assert.Equal(before, await _factory.WithDbAsync(db => db.TargetIndicators.CountAsync(i => i.IsActive)));
    }
}

/// <summary>Who reaches the results pages at all: village branches do not; commune officers only their commune.</summary>
public sealed class TargetResultsAccess : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly TargetData _data;

    public TargetResultsAccess() => _data = new TargetData(_factory);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AVillageBranchHasNoAccessToResults()
    {
        await _data.PlanAsync("Xã Quảng Phú", 2024, "45/KH-UBND", ("CAP_IT", 0.5m));
        using var branch = await _factory.SignInAsync("chihoi");
        var communeId = await _data.UnitIdAsync("Xã Quảng Phú");

        Assert.Equal(HttpStatusCode.Forbidden, (await branch.GetAsync("/Targets/Results")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await branch.GetAsync($"/Targets/Results?unitId={communeId}&year=2024")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await branch.GetAsync("/Targets/District?year=2024")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await branch.GetAsync("/Targets/Catalogue")).StatusCode);
        var token = await branch.TokenFromAsync("/", "#logout-form");
        var post = await branch.PostAsync("/Targets/Results", token, new Dictionary<string, string>
        {
            ["UnitId"] = communeId.ToString(), ["Year"] = "2024",
            ["Rows[0].IndicatorId"] = (await _data.IndicatorIdAsync("CAP_IT")).ToString(), ["Rows[0].Numerator"] = "1", ["Rows[0].Denominator"] = "2",
        });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Empty(await _data.AchievementsAsync("Xã Quảng Phú"));
    }

    [Fact]
    public async Task ACommuneOfficerSeesOnlyItsCommuneAndTheDistrictReadsButDoesNotEditIt()
    {
        await _data.PlanAsync("Xã Quảng Phú", 2024, "45/KH-UBND", ("CAP_IT", 0.5m));
        using var commune = await _factory.SignInAsync("ubndxa");
        using var district = await _factory.SignInAsync("phonggd");
        var quangPhu = await _data.UnitIdAsync("Xã Quảng Phú");

        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/Targets/Results?unitId={await _data.UnitIdAsync("Xã Quảng Vinh")}&year=2024")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/Targets/Results?unitId={await _data.UnitIdAsync("Thôn Bác Vọng Đông")}&year=2024")).StatusCode);

        var page = await district.GetPageAsync($"/Targets/Results?unitId={quangPhu}&year=2024");
        Assert.NotNull(TargetData.Row(page, "CAP_IT"));
        Assert.Empty(page.QuerySelectorAll("[data-testid=target-row] input:not([type=hidden])"));
        var token = await district.TokenFromAsync("/Targets/Catalogue", "#logout-form");
        var post = await district.PostAsync("/Targets/Results", token, new Dictionary<string, string>
        {
            ["UnitId"] = quangPhu.ToString(), ["Year"] = "2024",
            ["Rows[0].IndicatorId"] = (await _data.IndicatorIdAsync("CAP_IT")).ToString(), ["Rows[0].Numerator"] = "1", ["Rows[0].Denominator"] = "2",
        });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Empty(await _data.AchievementsAsync("Xã Quảng Phú"));
    }
}
