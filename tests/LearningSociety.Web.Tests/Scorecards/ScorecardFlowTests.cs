using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Headers;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Scorecards;

/// <summary>The branch's whole path through the real pages: register, self-assess with evidence, appraise.</summary>
public class ScorecardFlow : IDisposable
{
    private static readonly int[] PassingScores = [9, 8, 8, 8, 9, 7, 8, 8, 9, 8]; // 82
    private readonly PortalFactory _factory;

    public ScorecardFlow()
        : this(TestDatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another database (see PostgreSql/OnPostgreSql.cs).</summary>
    protected ScorecardFlow(TestDatabaseProvider provider) => _factory = new PortalFactory(provider);

    private Task<int> VillageIdAsync(string name) => _factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    private async Task<int> RegisterCitizenAsync(PortalClient client, string name, string? nationalId = null)
    {
        var village = await VillageIdAsync("Thôn Bác Vọng Đông");
        var page = await client.GetPageAsync("/Citizens/Create");
        var response = await client.PostFormAsync(page, "main form", new Dictionary<string, string>
        {
            ["FullName"] = name, ["BirthYear"] = "1980", ["Gender"] = "Male", ["GroupId"] = (await GroupIdAsync("N1")).ToString(),
            ["VillageId"] = village.ToString(), ["NationalId"] = nationalId ?? string.Empty, ["Consent"] = "true",
            ["ConsentDate"] = "15/03/2026", ["RegisterThisYear"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await _factory.WithDbAsync(db => db.Registrations.Where(r => r.Citizen.FullName == name).Select(r => r.Id).SingleAsync());
    }

    private Task<int> GroupIdAsync(string code) => _factory.WithDbAsync(db => db.CitizenGroups.Where(g => g.Code == code).Select(g => g.Id).SingleAsync());

    private static Dictionary<string, string> Scores(int[] scores, Func<int, string?>? note = null)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < scores.Length; i++)
        {
            values[$"Indicators[{i}].Score"] = scores[i].ToString();
            values[$"Indicators[{i}].Note"] = note?.Invoke(i) ?? string.Empty;
        }

        return values;
    }

    [PortalFact]
    public async Task ABranchRegistersSelfAssessesWithAPhotoAndAppraisesToAPass()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var registrationId = await RegisterCitizenAsync(client, "Ngô Thị Lan", "046080001234");

        var selfPage = await client.GetPageAsync($"/Scorecards/SelfAssessment/{registrationId}");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)selfPage.QuerySelector("#scorecard-form")!;
        using var multipart = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]").Cast<AngleSharp.Html.Dom.IHtmlInputElement>())
        {
            multipart.Add(new StringContent(input.Value), input.Name!);
        }

        foreach (var (key, value) in Scores(PassingScores, i => i == 0 ? "Đọc báo Nhân Dân hằng ngày" : null))
        {
            multipart.Add(new StringContent(value), key);
        }

        multipart.Add(new StringContent("true"), "OnBehalf");
        multipart.Add(new StringContent("TC1.3"), "FileIndicator");
        var png = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        png.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        multipart.Add(png, "Files", "sinh-hoat-clb.png");
        var saved = await client.Http.PostAsync($"/Scorecards/SelfAssessment/{registrationId}", multipart);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var appraisalPage = await client.GetPageAsync($"/Scorecards/Appraisal/{registrationId}");
        var appraised = await client.PostFormAsync(appraisalPage, "#scorecard-form", Scores(PassingScores));
        Assert.Equal(HttpStatusCode.Redirect, appraised.StatusCode);

        var card = await client.GetPageAsync($"/Scorecards/Show/{registrationId}");
        var result = card.QuerySelector("[data-testid=result]")!.TextContent;
        Assert.Contains("Đạt – 82 điểm", result);
        Assert.Contains("Tổng điểm 82 ≥ 80", result);
        Assert.Contains("sinh-hoat-clb.png", card.QuerySelector("[data-testid=evidence]")!.TextContent);
        var stored = await _factory.WithDbAsync(db => db.Registrations.SingleAsync(r => r.Id == registrationId));
        Assert.True(stored.Passed);
        Assert.Equal("chihoi", stored.SelfAssessedBy);
        Assert.True(stored.SelfAssessedOnBehalf);
    }

    [PortalFact]
    public async Task AnAppraisalBelowTheRuleShowsNotPassedWithItsReasons()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var registrationId = await RegisterCitizenAsync(client, "Đoàn Văn Phúc");
        int[] self = [8, 8, 8, 8, 8, 8, 8, 8, 8, 8];
        int[] appraised = [8, 8, 8, 8, 8, 4, 8, 8, 8, 8];
        await client.PostFormAsync(await client.GetPageAsync($"/Scorecards/SelfAssessment/{registrationId}"), "#scorecard-form", Scores(self));

        var response = await client.PostFormAsync(await client.GetPageAsync($"/Scorecards/Appraisal/{registrationId}"), "#scorecard-form",
            Scores(appraised, i => i == 5 ? "Chưa có minh chứng sử dụng ngoại ngữ" : null));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var result = (await client.GetPageAsync($"/Scorecards/Show/{registrationId}")).QuerySelector("[data-testid=result]")!.TextContent;
        Assert.Contains("Không đạt – 76 điểm", result);
        Assert.Contains("Tổng điểm 76 < 80", result);
        Assert.Contains("Chỉ số 2.2 được 4 điểm (< 5)", result);
    }

    [PortalFact]
    public async Task AnEditedSelfAssessmentNamesTheAppraiserOnlyWhileThatAppraisalStands()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var registrationId = await RegisterCitizenAsync(client, "Trương Thị Huệ");
        await client.PostFormAsync(await client.GetPageAsync($"/Scorecards/SelfAssessment/{registrationId}"), "#scorecard-form", Scores(PassingScores));
        await client.PostFormAsync(await client.GetPageAsync($"/Scorecards/Appraisal/{registrationId}"), "#scorecard-form", Scores(PassingScores));
        var appraised = await client.GetPageAsync($"/Scorecards/Show/{registrationId}");
        Assert.Contains("Thẩm định: chihoi", appraised.QuerySelector("[data-testid=appraised-by]")?.TextContent);

        int[] edited = [9, 9, 8, 8, 9, 7, 8, 8, 9, 8];
        var saved = await client.PostFormAsync(await client.GetPageAsync($"/Scorecards/SelfAssessment/{registrationId}"), "#scorecard-form", Scores(edited));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var card = await client.GetPageAsync($"/Scorecards/Show/{registrationId}");
        Assert.Null(card.QuerySelector("[data-testid=appraised-by]"));
        Assert.DoesNotContain("Thẩm định: chihoi", card.Body!.TextContent);
        var stored = await _factory.WithDbAsync(db => db.Registrations.SingleAsync(r => r.Id == registrationId));
        Assert.Equal((ScorecardStatus.SelfAssessed, null, null), (stored.Status, stored.AppraisedBy, stored.AppraisedAt));

        // The withdrawn appraisal is still in the audit trail: who appraised, and that the new self-assessment cleared it.
        var id = registrationId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var trail = await _factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(CdhtRegistration) && a.EntityId == id)
            .OrderBy(a => a.Id).Select(a => a.Details ?? string.Empty).ToListAsync());
        Assert.Contains(trail, d => d.Contains("\"AppraisedBy\":[\"chihoi\",null]", StringComparison.Ordinal));
    }

    [PortalFact]
    public async Task AChangedScoreWithoutAReasonIsRefusedAndNothingIsSaved()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var registrationId = await RegisterCitizenAsync(client, "Mai Văn Quang");
        await client.PostFormAsync(await client.GetPageAsync($"/Scorecards/SelfAssessment/{registrationId}"), "#scorecard-form", Scores(PassingScores));
        var changed = (int[])PassingScores.Clone();
        changed[1] = 6;

        var response = await client.PostFormAsync(await client.GetPageAsync($"/Scorecards/Appraisal/{registrationId}"), "#scorecard-form", Scores(changed));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cần ghi lý do ở chỉ số 1.2", (await PortalClient.ParseAsync(response)).Body!.TextContent);
        var stored = await _factory.WithDbAsync(db => db.Registrations.SingleAsync(r => r.Id == registrationId));
        Assert.Equal(ScorecardStatus.SelfAssessed, stored.Status);
    }

    [PortalFact]
    public async Task AScoreOutsideOneToTenIsShownAtItsField()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var registrationId = await RegisterCitizenAsync(client, "Lý Thị Sen");
        var scores = Scores(PassingScores);
        scores["Indicators[4].Score"] = "11";

        var response = await client.PostFormAsync(await client.GetPageAsync($"/Scorecards/SelfAssessment/{registrationId}"), "#scorecard-form", scores);

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Chỉ số 2.1: điểm phải là số nguyên từ 1 đến 10.", page.QuerySelector("[data-valmsg-for='Indicators[4].Score']")!.TextContent);
    }

    [PortalFact]
    public async Task AFileThatIsNotAnImageOrPdfIsRefusedByItsContent()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var registrationId = await RegisterCitizenAsync(client, "Tạ Văn Tâm");
        var page = await client.GetPageAsync($"/Scorecards/SelfAssessment/{registrationId}");
        var stamp = page.QuerySelector("input[name=ConcurrencyStamp]")!.GetAttribute("value")!;
        var token = page.QuerySelector("#scorecard-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(stamp), "ConcurrencyStamp" },
        };
        for (var i = 0; i < 10; i++)
        {
            multipart.Add(new StringContent(IndicatorDefinition.Codes[i]), $"Indicators[{i}].Code");
            multipart.Add(new StringContent("8"), $"Indicators[{i}].Score");
        }

        var fake = new ByteArrayContent("MZ this is an exe"u8.ToArray());
        fake.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        multipart.Add(fake, "Files", "anh.jpg");

        var response = await client.Http.PostAsync($"/Scorecards/SelfAssessment/{registrationId}", multipart);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("không phải PDF, JPG hoặc PNG", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.EvidenceFiles.CountAsync()));
        Assert.Equal(ScorecardStatus.Registered, (await _factory.WithDbAsync(db => db.Registrations.SingleAsync(r => r.Id == registrationId))).Status);
    }

    [PortalFact]
    public async Task TwoBranchOfficersSavingTheSameCardAtOnceDoNotOverwriteEachOther()
    {
        using var first = await _factory.SignInAsync("chihoi");
        using var second = await _factory.SignInAsync("chihoi");
        var registrationId = await RegisterCitizenAsync(first, "Vũ Thị Uyên");
        var pageOfFirst = await first.GetPageAsync($"/Scorecards/SelfAssessment/{registrationId}");
        var pageOfSecond = await second.GetPageAsync($"/Scorecards/SelfAssessment/{registrationId}");

        var firstSave = await first.PostFormAsync(pageOfFirst, "#scorecard-form", Scores(PassingScores));
        var secondSave = await second.PostFormAsync(pageOfSecond, "#scorecard-form", Scores([5, 5, 5, 5, 5, 5, 5, 5, 5, 5]));

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        Assert.Contains("vừa được người khác cập nhật", await secondSave.Content.ReadAsStringAsync());
        var stored = await _factory.WithDbAsync(db => db.Registrations.Include(r => r.Entries).SingleAsync(r => r.Id == registrationId));
        Assert.Equal(82, stored.Entries.Sum(e => e.SelfScore));
    }

    [PortalFact]
    public async Task ACardCannotBeScoredBeforeTheCitizensConsentIsRecorded()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var village = await VillageIdAsync("Thôn Bác Vọng Đông");
        var create = await client.PostFormAsync(await client.GetPageAsync("/Citizens/Create"), "main form", new Dictionary<string, string>
        {
            ["FullName"] = "Kiều Văn Vinh", ["BirthYear"] = "1975", ["Gender"] = "Male", ["GroupId"] = (await GroupIdAsync("N2")).ToString(),
            ["VillageId"] = village.ToString(), ["Consent"] = "false", ["RegisterThisYear"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        var registrationId = await _factory.WithDbAsync(db => db.Registrations.Where(r => r.Citizen.FullName == "Kiều Văn Vinh").Select(r => r.Id).SingleAsync());

        var response = await client.PostFormAsync(await client.GetPageAsync($"/Scorecards/SelfAssessment/{registrationId}"), "#scorecard-form", Scores(PassingScores));

        Assert.Contains("Chưa ghi nhận sự đồng ý của công dân", await response.Content.ReadAsStringAsync());
    }

    [PortalFact]
    public async Task ADisadvantagedCommuneIsJudgedAgainstSeventyPoints()
    {
        await _factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LearningSociety.Web.Data.AppDbContext>();
            var year = new LearningSociety.Domain.Deadlines.VietnamClock(TimeProvider.System).Today().Year;
            await LearningSociety.TestSupport.DesignationData.SetAsync(db, "Xã Quảng Phú", year);
        });
        using var client = await _factory.SignInAsync("chihoi");
        var registrationId = await RegisterCitizenAsync(client, "Hà Thị Xuân");
        int[] scores = [7, 7, 7, 7, 7, 7, 7, 7, 7, 7];
        await client.PostFormAsync(await client.GetPageAsync($"/Scorecards/SelfAssessment/{registrationId}"), "#scorecard-form", Scores(scores));

        await client.PostFormAsync(await client.GetPageAsync($"/Scorecards/Appraisal/{registrationId}"), "#scorecard-form", Scores(scores));

        var result = (await client.GetPageAsync($"/Scorecards/Show/{registrationId}")).QuerySelector("[data-testid=result]")!.TextContent;
        Assert.Contains("Đạt – 70 điểm", result);
        Assert.Contains("Tổng điểm 70 ≥ 70", result);
    }

    public void Dispose() => _factory.Dispose();
}
