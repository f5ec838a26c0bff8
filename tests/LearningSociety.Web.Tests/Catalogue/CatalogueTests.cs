using System.Net;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Catalogue;

public sealed class IndicatorCatalogueAdministration : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task EditingAnIndicatorForANewYearAddsAVersionAndKeepsLastYearsWording()
    {
        var (id, original) = await _factory.WithDbAsync(async db =>
        {
            var d = await db.IndicatorDefinitions.SingleAsync(x => x.Code == "TC2.1" && x.Group.Code == "N1");
            return (d.Id, d.Text);
        });
        using var admin = await _factory.SignInAsync("admin");
        var page = await admin.GetPageAsync($"/Catalogue/EditIndicator/{id}?year=2027");

        var response = await admin.PostFormAsync(page, "main form", new Dictionary<string, string>
        {
            ["Text"] = "Dùng điện thoại thông minh, VNeID để tra cứu, làm dịch vụ công trực tuyến", ["IsDraft"] = "false",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var versions = await _factory.WithDbAsync(db => db.IndicatorDefinitions
            .Where(d => d.Code == "TC2.1" && d.Group.Code == "N1").OrderBy(d => d.ValidFromYear).ToListAsync());
        Assert.Equal(2, versions.Count);
        Assert.Equal(original, versions[0].Text);
        Assert.Equal(2027, versions[1].ValidFromYear);
        var catalogue2026 = await admin.GetPageAsync($"/Catalogue?year=2026");
        Assert.Contains(original, catalogue2026.QuerySelector("[data-testid=indicators]")!.TextContent);
        var catalogue2027 = await admin.GetPageAsync($"/Catalogue?year=2027");
        Assert.Contains("VNeID", catalogue2027.QuerySelector("[data-testid=indicators]")!.TextContent);
    }

    [Fact]
    public async Task AnAdministratorChangesTheThresholdAndNewAppraisalsUseIt()
    {
        var ruleId = await _factory.WithDbAsync(db => db.RecognitionRules.Where(r => !r.ForDisadvantagedCommunes).Select(r => r.Id).SingleAsync());
        using var admin = await _factory.SignInAsync("admin");
        var page = await admin.GetPageAsync($"/Catalogue/Rule/{ruleId}");

        var bad = await admin.PostFormAsync(page, "main form", new Dictionary<string, string> { ["Threshold"] = "150" });
        Assert.Contains("Ngưỡng tổng điểm phải từ 10 đến 100.", (await PortalClient.ParseAsync(bad)).Body!.TextContent);

        var ok = await admin.PostFormAsync(page, "main form", new Dictionary<string, string> { ["Threshold"] = "85" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(85, await _factory.WithDbAsync(db => db.RecognitionRules.Where(r => r.Id == ruleId).Select(r => r.Threshold).SingleAsync()));
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Entity == "RecognitionRule" && a.Action == "Modified"));
        Assert.Contains("\"Threshold\":[80,85]", audit.Details);
    }

    [Fact]
    public async Task OfTwoAdministratorsEditingTheSameRuleOrIndicatorTheSecondIsRefusedAndShownTheFirstsChange()
    {
        var ruleId = await _factory.WithDbAsync(db => db.RecognitionRules.Where(r => !r.ForDisadvantagedCommunes).Select(r => r.Id).SingleAsync());
        using var first = await _factory.SignInAsync("admin");
        using var second = await _factory.SignInAsync("admin");
        var firstRule = await first.GetPageAsync($"/Catalogue/Rule/{ruleId}");
        var secondRule = await second.GetPageAsync($"/Catalogue/Rule/{ruleId}");

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(firstRule, "main form", new Dictionary<string, string> { ["Threshold"] = "85" })).StatusCode);
        var refused = await second.PostFormAsync(secondRule, "main form", new Dictionary<string, string> { ["ConsecutiveYears"] = "4" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var text = (await PortalClient.ParseAsync(refused)).Body!.TextContent;
        Assert.Contains("vừa được người khác thay đổi", text);
        Assert.Contains("từ 85 điểm", text);
        Assert.Equal((85, 5), await _factory.WithDbAsync(db => db.RecognitionRules.Where(r => r.Id == ruleId)
            .Select(r => new { r.Threshold, r.ConsecutiveYearsForOutstanding }).SingleAsync().ContinueWith(t => (t.Result.Threshold, t.Result.ConsecutiveYearsForOutstanding))));

        var (id, year) = await _factory.WithDbAsync(async db =>
        {
            var d = await db.IndicatorDefinitions.SingleAsync(x => x.Code == "TC1.1" && x.Group.Code == "N1");
            return (d.Id, d.ValidFromYear);
        });
        var firstText = await first.GetPageAsync($"/Catalogue/EditIndicator/{id}?year={year}");
        var secondText = await second.GetPageAsync($"/Catalogue/EditIndicator/{id}?year={year}");
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(firstText, "main form", new Dictionary<string, string> { ["Text"] = "Nội dung của người thứ nhất" })).StatusCode);
        var refusedText = await second.PostFormAsync(secondText, "main form", new Dictionary<string, string> { ["Text"] = "Nội dung của người thứ hai" });

        Assert.Equal(HttpStatusCode.OK, refusedText.StatusCode);
        Assert.Contains("Nội dung của người thứ nhất", (await PortalClient.ParseAsync(refusedText)).Body!.TextContent);
        Assert.Equal("Nội dung của người thứ nhất", await _factory.WithDbAsync(db => db.IndicatorDefinitions.Where(d => d.Id == id).Select(d => d.Text).SingleAsync()));
    }

    [Fact]
    public async Task OnlyAdministratorsReachTheCatalogueAndTheAuditTrail()
    {
        using var branch = await _factory.SignInAsync("chihoi");
        using var admin = await _factory.SignInAsync("admin");

        Assert.Equal(HttpStatusCode.Forbidden, (await branch.GetAsync("/Catalogue")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await branch.GetAsync("/Audit")).StatusCode);
        var trail = await admin.GetPageAsync("/Audit?actor=chihoi");
        Assert.Contains("Đăng nhập", trail.QuerySelector("[data-testid=audit]")!.TextContent);
    }

    public void Dispose() => _factory.Dispose();
}
