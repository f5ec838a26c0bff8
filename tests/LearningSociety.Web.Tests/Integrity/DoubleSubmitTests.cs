using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Units;
using LearningSociety.TestSupport;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Tests.Infrastructure;
using LearningSociety.Web.Tests.Targets;
using LearningSociety.Web.Tests.Universalization;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Integrity;

/// <summary>
/// Every action that saves a new record, posted twice at the same moment from the same rendered form (a double click, a
/// retry on a slow connection): one record, and both posts land on the page of that record — no error page, no 500.
/// </summary>
public class DoubleSubmits : IDisposable
{
    private readonly PortalFactory _factory;
    private readonly int _year = new VietnamClock(TimeProvider.System).Today().Year;

    public DoubleSubmits()
        : this(TestDatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another database (see PostgreSql/OnPostgreSql.cs).</summary>
    protected DoubleSubmits(TestDatabaseProvider provider)
    {
        _factory = new PortalFactory(provider);
        Data = new TargetData(_factory);
    }

    private TargetData Data { get; }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private string Year => _year.ToString(CultureInfo.InvariantCulture);

    private Task<int> CountAsync<T>(Func<IQueryable<T>, IQueryable<T>>? filter = null)
        where T : class
        => _factory.WithDbAsync(db => (filter ?? (q => q))(db.Set<T>()).CountAsync());

    private Task<int> GroupIdAsync(string code) => _factory.WithDbAsync(db => db.CitizenGroups.Where(g => g.Code == code).Select(g => g.Id).SingleAsync());

    /// <summary>Both posts end in a redirect to the same page, and the page they lead to opens.</summary>
    private static async Task AssertBothLandOnTheSamePageAsync(PortalClient client, HttpResponseMessage[] responses)
    {
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var location = responses[0].Headers.Location!.OriginalString;
        Assert.Equal(location, responses[1].Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(location)).StatusCode);
    }

    private static string FormKeyOf(IHtmlDocument page, string formSelector)
        => (page.QuerySelector($"{formSelector} input[name={OncePerFormFilter.FieldName}]") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException($"No form key in {formSelector}.");

    [PortalFact]
    public async Task EveryPostFormCarriesAKeyOfItsOwnRendering()
    {
        using var branch = await _factory.SignInAsync("chihoi");

        var first = FormKeyOf(await branch.GetPageAsync("/Citizens/Create"), "main form");
        var second = FormKeyOf(await branch.GetPageAsync("/Citizens/Create"), "main form");

        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.NotEqual(first, second);
    }

    [PortalFact]
    public async Task ACitizenWithoutANationalIdIsRegisteredOnce()
    {
        using var branch = await _factory.SignInAsync("chihoi");
        var before = await CountAsync<Domain.Citizens.Citizen>();
        var page = await branch.GetPageAsync("/Citizens/Create");

        var responses = await branch.PostFormTwiceAtOnceAsync(page, "main form", new Dictionary<string, string>
        {
            ["FullName"] = "Hồ Thị Mai", ["BirthYear"] = "1975", ["Gender"] = "Female", ["GroupId"] = (await GroupIdAsync("N3")).ToString(CultureInfo.InvariantCulture),
            ["Consent"] = "true", ["ConsentDate"] = "01/02/" + Year,
        });

        await AssertBothLandOnTheSamePageAsync(branch, responses);
        Assert.Equal(before + 1, await CountAsync<Domain.Citizens.Citizen>());
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Registrations.CountAsync(r => r.Citizen.FullName == "Hồ Thị Mai")));
    }

    [PortalFact]
    public async Task TheSecondPostReadsThatTheFormWasAlreadySaved()
    {
        using var branch = await _factory.SignInAsync("chihoi");
        var page = await branch.GetPageAsync("/Citizens/Create");
        var fields = new Dictionary<string, string>
        {
            ["FullName"] = "Hồ Văn Nam", ["BirthYear"] = "1975", ["Gender"] = "Male", ["GroupId"] = (await GroupIdAsync("N3")).ToString(CultureInfo.InvariantCulture),
        };

        var first = await branch.PostFormAsync(page, "main form", fields);
        await branch.GetAsync(first.Headers.Location!.OriginalString); // the first post's page, read
        var again = await branch.PostFormAsync(page, "main form", fields);

        Assert.Equal(first.Headers.Location, again.Headers.Location);
        var shown = await branch.GetPageAsync(again.Headers.Location!.OriginalString);
        Assert.Contains(OncePerFormFilter.AlreadySaved, shown.Body!.TextContent);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Citizens.CountAsync(c => c.FullName == "Hồ Văn Nam")));
    }

    [PortalFact]
    public async Task TheSameFormSentAgainWithOtherValuesIsANewRecord()
    {
        using var branch = await _factory.SignInAsync("chihoi");
        var page = await branch.GetPageAsync("/Citizens/Create");
        var group = (await GroupIdAsync("N3")).ToString(CultureInfo.InvariantCulture);

        var first = await branch.PostFormAsync(page, "main form", new Dictionary<string, string>
        {
            ["FullName"] = "Hồ Văn Bảy", ["BirthYear"] = "1975", ["Gender"] = "Male", ["GroupId"] = group,
        });
        var second = await branch.PostFormAsync(page, "main form", new Dictionary<string, string>
        {
            ["FullName"] = "Hồ Văn Tám", ["BirthYear"] = "1976", ["Gender"] = "Male", ["GroupId"] = group,
        });

        Assert.NotEqual(first.Headers.Location, second.Headers.Location);
        Assert.Equal(2, await _factory.WithDbAsync(db => db.Citizens.CountAsync(c => c.FullName.StartsWith("Hồ Văn "))));
    }

    [PortalFact]
    public async Task AFormThatCameBackWithErrorsIsNotRemembered()
    {
        using var branch = await _factory.SignInAsync("chihoi");
        var page = await branch.GetPageAsync("/Citizens/Create");
        var fields = new Dictionary<string, string> { ["FullName"] = "", ["BirthYear"] = "1975", ["Gender"] = "Male" };

        var responses = await branch.PostFormTwiceAtOnceAsync(page, "main form", fields);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.SubmittedForms.CountAsync()));
    }

    [PortalFact]
    public async Task ACitizenIsRegisteredForAYearOnce()
    {
        using var branch = await _factory.SignInAsync("chihoi");
        var id = await _factory.WithDbAsync(db => db.Citizens.Where(c => c.FullName == "Lê Văn Cường").Select(c => c.Id).SingleAsync());
        var details = await branch.GetPageAsync($"/Citizens/Details/{id}");
        var earlier = (_year - 1).ToString(CultureInfo.InvariantCulture);

        var responses = await branch.PostFormTwiceAtOnceAsync(details, $"details form[action='/Citizens/Register/{id}']",
            new Dictionary<string, string> { ["year"] = earlier });

        await AssertBothLandOnTheSamePageAsync(branch, responses);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Registrations.CountAsync(r => r.CitizenId == id && r.Year == _year - 1)));
    }

    [PortalFact]
    public async Task LastYearsCitizensAreCarriedOverOnce()
    {
        using var branch = await _factory.SignInAsync("chihoi");
        var list = await branch.GetPageAsync($"/Citizens?year={_year + 1}");

        var responses = await branch.PostFormTwiceAtOnceAsync(list, "form[action='/Citizens/CarryOver']", new Dictionary<string, string>());

        await AssertBothLandOnTheSamePageAsync(branch, responses);
        Assert.Equal(5, await _factory.WithDbAsync(db => db.Registrations.CountAsync(r => r.Year == _year + 1)));
    }

    [PortalFact]
    public async Task ACitizenRemovedWithADoubleClickIsRemovedWithoutAnErrorPage()
    {
        using var branch = await _factory.SignInAsync("chihoi");
        var id = await _factory.WithDbAsync(db => db.Citizens.Where(c => c.FullName == "Lê Văn Cường").Select(c => c.Id).SingleAsync());
        var details = await branch.GetPageAsync($"/Citizens/Details/{id}");

        var responses = await branch.PostFormTwiceAtOnceAsync(details, $"form[action='/Citizens/Delete/{id}']", new Dictionary<string, string>());

        await AssertBothLandOnTheSamePageAsync(branch, responses);
        Assert.False(await _factory.WithDbAsync(db => db.Citizens.AnyAsync(c => c.Id == id)));
    }

    [PortalFact]
    public async Task APlanDraftIsCreatedOnce()
    {
        using var commune = await _factory.SignInAsync("ubndxa");
        var page = await commune.GetPageAsync($"/Plans/Create?unitId={await Data.UnitIdAsync("Xã Quảng Phú")}&year=2027");

        var responses = await commune.PostFormTwiceAtOnceAsync(page, "main form[data-testid=plan-form]", new Dictionary<string, string>
        {
            ["Preamble"] = "Thực hiện Kế hoạch số 162/KH-UBND của UBND huyện.", ["Purposes"] = "- Nâng cao nhận thức.",
            ["Requirements"] = "- Thiết thực, hiệu quả.", ["TasksAndSolutions"] = "1. Tuyên truyền", ["Funding"] = "- Ngân sách xã.",
            ["SignerName"] = "Nguyễn Quốc Việt",
        });

        await AssertBothLandOnTheSamePageAsync(commune, responses);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Plans.CountAsync(p => p.StartYear == 2027)));
    }

    [PortalFact]
    public async Task NextYearsPlanIsCopiedOnce()
    {
        var id = await Data.PlanAsync("Xã Quảng Phú", 2024, "45/KH-UBND", ("CAP_IT", 0.5m));
        using var commune = await _factory.SignInAsync("ubndxa");
        var list = await commune.GetPageAsync("/Plans");

        var responses = await commune.PostFormTwiceAtOnceAsync(list, $"tr[data-plan-id='{id}'] form[data-testid=copy-plan]", new Dictionary<string, string>());

        await AssertBothLandOnTheSamePageAsync(commune, responses);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Plans.CountAsync(p => p.StartYear == 2025)));
    }

    [PortalFact]
    public async Task AnIssuedPlanIsRevisedOnce()
    {
        var id = await Data.PlanAsync("Xã Quảng Phú", 2024, "45/KH-UBND", ("CAP_IT", 0.5m));
        using var commune = await _factory.SignInAsync("ubndxa");
        var details = await commune.GetPageAsync($"/Plans/Details/{id}");

        var responses = await commune.PostFormTwiceAtOnceAsync(details, "[data-testid=revise-form]", new Dictionary<string, string>());

        await AssertBothLandOnTheSamePageAsync(commune, responses);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Plans.CountAsync(p => p.PreviousVersionId == id)));
    }

    [PortalFact]
    public async Task ADeadlineIsAddedOnce()
    {
        using var admin = await _factory.SignInAsync("admin");
        var page = await admin.GetPageAsync("/Deadlines?year=2030");

        var responses = await admin.PostFormTwiceAtOnceAsync(page, "form[data-testid=deadline-form]", new Dictionary<string, string>
        {
            ["levelCode"] = "commune", ["description"] = "Nộp báo cáo sơ kết", ["dueDate"] = "15/06/2030",
        });

        await AssertBothLandOnTheSamePageAsync(admin, responses);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Deadlines.CountAsync(d => d.Year == 2030)));
    }

    [PortalFact]
    public async Task ADecisionIsRecordedOnce()
    {
        var card = (await new CardData(_factory.Services, _year).CardsAsync(
            new CardSpec("Trần Văn Hải", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised)))[0];
        using var district = await _factory.SignInAsync("phonggd");
        var form = await district.GetPageAsync("/Decisions/Create");

        var responses = await district.PostFormTwiceAtOnceAsync(form, "main form", new Dictionary<string, string>
        {
            ["Number"] = "126/QĐ-UBND", ["Date"] = "05/12/" + Year, ["SignerName"] = "Lê Văn Tâm",
            ["Selected"] = card.ToString(CultureInfo.InvariantCulture),
        });

        await AssertBothLandOnTheSamePageAsync(district, responses);
        Assert.Equal(1, await CountAsync<Data.RecognitionDecision>());
    }

    [PortalFact]
    public async Task AUnitIsAddedOnce()
    {
        using var admin = await _factory.SignInAsync("admin");
        var page = await admin.GetPageAsync($"/Units/Create?parentId={await Data.UnitIdAsync("Xã Quảng Phú")}");

        var responses = await admin.PostFormTwiceAtOnceAsync(page, "main form", new Dictionary<string, string>
        {
            ["Code"] = "19999-07", ["Name"] = "Thôn Phú Lương B", ["ValidFrom"] = "01/01/" + Year,
        });

        await AssertBothLandOnTheSamePageAsync(admin, responses);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AdministrativeUnits.CountAsync(u => u.Name == "Thôn Phú Lương B")));
    }

    [PortalFact]
    public async Task AUnitsFirstFactsOfAYearAreSavedOnce()
    {
        var unit = await Data.UnitIdAsync("Xã Quảng Phú");
        using var commune = await _factory.SignInAsync("ubndxa");
        var page = await commune.GetPageAsync($"/Units/Profile/{unit}?year=2029");

        var responses = await commune.PostFormTwiceAtOnceAsync(page, "main form", new Dictionary<string, string> { ["AdultPopulation"] = "7850" });

        await AssertBothLandOnTheSamePageAsync(commune, responses);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.UnitYearProfiles.CountAsync(p => p.UnitId == unit && p.Year == 2029)));
    }

    [PortalFact]
    public async Task AnAccountIsCreatedOnce()
    {
        using var admin = await _factory.SignInAsync("admin");
        var page = await admin.GetPageAsync("/Users/Create");

        var responses = await admin.PostFormTwiceAtOnceAsync(page, "main form", new Dictionary<string, string>
        {
            ["UserName"] = "chihoiphuluong", ["FullName"] = "Trương Thị Hạnh", ["Password"] = "Mưa rơi trên mái ngói 17",
            ["Role"] = "VillageBranch", ["UnitId"] = (await Data.UnitIdAsync("Thôn Phú Lương A")).ToString(CultureInfo.InvariantCulture),
        });

        await AssertBothLandOnTheSamePageAsync(admin, responses);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Users.CountAsync(u => u.UserName == "chihoiphuluong")));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.RoleAssignments.CountAsync(a => db.Users.Any(u => u.Id == a.UserId && u.UserName == "chihoiphuluong"))));
    }

    [PortalFact]
    public async Task ARoleAssignmentIsAddedOnce()
    {
        var user = await _factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "chihoi2").Select(u => u.Id).SingleAsync());
        var before = await _factory.WithDbAsync(db => db.RoleAssignments.CountAsync(a => a.UserId == user));
        using var admin = await _factory.SignInAsync("admin");
        var page = await admin.GetPageAsync($"/Users/Edit/{user}");

        var responses = await admin.PostFormTwiceAtOnceAsync(page, $"form[action='/Users/AddAssignment/{user}']", new Dictionary<string, string>
        {
            ["Role"] = "VillageBranch", ["UnitId"] = (await Data.UnitIdAsync("Thôn Phú Lương A")).ToString(CultureInfo.InvariantCulture),
            ["ValidFrom"] = "01/01/" + Year,
        });

        await AssertBothLandOnTheSamePageAsync(admin, responses);
        Assert.Equal(before + 1, await _factory.WithDbAsync(db => db.RoleAssignments.CountAsync(a => a.UserId == user)));
    }

    [PortalFact]
    public async Task ALocalTargetIndicatorIsAddedOnce()
    {
        using var admin = await _factory.SignInAsync("admin");
        var page = await admin.GetPageAsync("/Targets/Catalogue");

        var responses = await admin.PostFormTwiceAtOnceAsync(page, "[data-testid=add-indicator]", new Dictionary<string, string>
        {
            ["UnitId"] = (await Data.UnitIdAsync("Huyện Quảng Điền")).ToString(CultureInfo.InvariantCulture), ["Category"] = "Capacity",
            ["IndicatorCode"] = "SWIM_SKILLS", ["Text"] = "Trẻ em từ 6 đến 15 tuổi biết bơi", ["Kind"] = "Count",
            ["Source"] = "162/KH-UBND huyện Quảng Điền",
        });

        await AssertBothLandOnTheSamePageAsync(admin, responses);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.TargetIndicators.CountAsync(i => i.Code == "SWIM_SKILLS")));
    }

    [PortalFact]
    public async Task AYearsFirstResultsAreSavedOnce()
    {
        await Data.PlanAsync("Xã Quảng Phú", 2024, "45/KH-UBND", ("CAP_IT", 0.5m), ("COMMUNE_LEARNING_COMMUNITY", 1m));
        using var commune = await _factory.SignInAsync("ubndxa");
        var page = await commune.GetPageAsync("/Targets/Results?year=2024");

        var responses = await commune.PostFormTwiceAtOnceAsync(page, "#results-form", new Dictionary<string, string>
        {
            [TargetData.Field(page, "CAP_IT", "Numerator")] = "3.550", [TargetData.Field(page, "CAP_IT", "Denominator")] = "7.850",
            [TargetData.Field(page, "COMMUNE_LEARNING_COMMUNITY", "Value")] = "1",
        });

        await AssertBothLandOnTheSamePageAsync(commune, responses);
        Assert.Equal(2, (await Data.AchievementsAsync("Xã Quảng Phú")).Count);
    }

    [PortalFact]
    public async Task AnIndicatorTextsNewYearVersionIsCreatedOnce()
    {
        var id = await _factory.WithDbAsync(db => db.IndicatorDefinitions.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        using var admin = await _factory.SignInAsync("admin");
        var page = await admin.GetPageAsync($"/Catalogue/EditIndicator/{id}?year=2027");

        var responses = await admin.PostFormTwiceAtOnceAsync(page, "main form", new Dictionary<string, string>
        {
            ["Text"] = "Dùng điện thoại thông minh để làm dịch vụ công trực tuyến", ["IsDraft"] = "false",
        });

        await AssertBothLandOnTheSamePageAsync(admin, responses);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.IndicatorDefinitions.CountAsync(d => d.ValidFromYear == 2027)));
    }

    [PortalFact]
    public async Task ARecognitionRuleIsAddedOnce()
    {
        var before = await CountAsync<Domain.Scorecards.RecognitionRule>();
        using var admin = await _factory.SignInAsync("admin");
        var page = await admin.GetPageAsync("/Catalogue/Rule");

        var responses = await admin.PostFormTwiceAtOnceAsync(page, "main form", new Dictionary<string, string>
        {
            ["Name"] = "Quy định riêng của huyện", ["ValidFromYear"] = "2027",
        });

        await AssertBothLandOnTheSamePageAsync(admin, responses);
        Assert.Equal(before + 1, await CountAsync<Domain.Scorecards.RecognitionRule>());
    }

    [PortalFact]
    public async Task ACommunesSurveyCountsAreSavedOnce()
    {
        var commune = await Data.UnitIdAsync(SurveyData.QuangPhu);
        using var officer = await _factory.SignInAsync("ubndxa");
        var page = await officer.GetPageAsync($"/Universalization/Commune/{commune}?year=2025");

        var responses = await officer.PostFormTwiceAtOnceAsync(page, "#survey-form", SurveyData.Form(SurveyData.AllReached(2025)));

        await AssertBothLandOnTheSamePageAsync(officer, responses);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.UniversalizationSurveys.CountAsync(s => s.UnitId == commune)));
    }

    [PortalFact]
    public async Task AThresholdCorrectionIsAddedOnce()
    {
        var before = await CountAsync<Domain.Universalization.UniversalizationRule>();
        using var admin = await _factory.SignInAsync("admin");
        var page = await admin.GetPageAsync("/Universalization/Rules");

        var responses = await admin.PostFormTwiceAtOnceAsync(page, "#condition-form", new Dictionary<string, string>
        {
            ["ConditionCode"] = "TH3_COMPLETED11", ["ConditionFromYear"] = "2026", ["MinRatePercent"] = "90",
            ["DisadvantagedMinRatePercent"] = "86", ["ConditionSource"] = "NĐ 20/2014/NĐ-CP",
        });

        await AssertBothLandOnTheSamePageAsync(admin, responses);
        Assert.Equal(before + 1, await CountAsync<Domain.Universalization.UniversalizationRule>());
    }

    [PortalFact]
    public async Task ADistrictShareCorrectionIsAddedOnce()
    {
        var before = await CountAsync<Domain.Universalization.DistrictUniversalizationRule>();
        using var admin = await _factory.SignInAsync("admin");
        var page = await admin.GetPageAsync("/Universalization/Rules?year=2026");

        var responses = await admin.PostFormTwiceAtOnceAsync(page, "#share-form", new Dictionary<string, string>
        {
            ["ShareLevel"] = "Preschool5-1", ["ShareFromYear"] = "2026", ["MinSharePercent"] = "50", ["ShareSource"] = "Thử nghiệm",
        });

        await AssertBothLandOnTheSamePageAsync(admin, responses);
        Assert.Equal(before + 1, await CountAsync<Domain.Universalization.DistrictUniversalizationRule>());
    }

    [PortalFact]
    public async Task EvidenceSentWithASelfAssessmentIsStoredOnce()
    {
        var card = (await new CardData(_factory.Services, _year).CardsAsync(
            new CardSpec("Ngô Thị Lan", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(8), CardStage.Registered)))[0];
        using var branch = await _factory.SignInAsync("chihoi");
        var page = await branch.GetPageAsync($"/Scorecards/SelfAssessment/{card}");

        var responses = await Task.WhenAll(
            branch.Http.PostAsync($"/Scorecards/SelfAssessment/{card}", ScorecardWithEvidence(page)),
            branch.Http.PostAsync($"/Scorecards/SelfAssessment/{card}", ScorecardWithEvidence(page)));

        await AssertBothLandOnTheSamePageAsync(branch, responses);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.EvidenceFiles.CountAsync(f => f.RegistrationId == card)));
    }

    [PortalFact]
    public async Task AnAppraisalSentTwiceLandsOnTheCardBothTimes()
    {
        var card = (await new CardData(_factory.Services, _year).CardsAsync(
            new CardSpec("Ngô Văn Lâm", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(8), CardStage.SelfAssessed)))[0];
        using var branch = await _factory.SignInAsync("chihoi");
        var page = await branch.GetPageAsync($"/Scorecards/Appraisal/{card}");

        var responses = await branch.PostFormTwiceAtOnceAsync(page, "#scorecard-form", new Dictionary<string, string>());

        await AssertBothLandOnTheSamePageAsync(branch, responses);
        Assert.Equal(80, await _factory.WithDbAsync(db => db.Registrations.Where(r => r.Id == card).Select(r => r.AppraisedTotal).SingleAsync()));
    }

    [PortalFact]
    public async Task ABulkProposalSentTwiceMovesTheCardOnceAndBothPostsLandOnTheInbox()
    {
        var card = (await new CardData(_factory.Services, _year).CardsAsync(
            new CardSpec("Ngô Thị Nga", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Appraised)))[0];
        using var branch = await _factory.SignInAsync("chihoi");
        var inbox = await branch.GetPageAsync("/Approvals");
        var ticked = (inbox.QuerySelector($"#bulk-form input[name=selected][value^='{card}:']") as IHtmlInputElement)!.Value;

        var responses = await branch.PostFormTwiceAtOnceAsync(inbox, "#bulk-form", new Dictionary<string, string>
        {
            ["selected"] = ticked, ["action"] = "Propose",
        });

        await AssertBothLandOnTheSamePageAsync(branch, responses);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Candidates.Where(c => c.RegistrationId == card).SelectMany(c => c.Transitions).CountAsync()));
        // The second post was answered from the first one's row, not run again (it would have found the card moved).
        Assert.Equal(1, await _factory.WithDbAsync(db => db.SubmittedForms.CountAsync(f => f.UserName == "chihoi" && f.ResultUrl != null)));
    }

    [PortalFact]
    public async Task AProposalFromTheCardsPageSentTwiceMovesTheCardOnceAndBothPostsLandOnTheCard()
    {
        var card = (await new CardData(_factory.Services, _year).CardsAsync(
            new CardSpec("Ngô Thị Nga", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Appraised)))[0];
        using var branch = await _factory.SignInAsync("chihoi");
        var page = await branch.GetPageAsync($"/Approvals/Candidate/{card}");
        page.QuerySelectorAll($"form[action='/Approvals/Act/{card}']").Single(f => f.QuerySelector("input[name=action][value=Propose]") is not null)
            .SetAttribute("data-test", "propose");

        var responses = await branch.PostFormTwiceAtOnceAsync(page, "form[data-test=propose]", new Dictionary<string, string>());

        await AssertBothLandOnTheSamePageAsync(branch, responses);
        Assert.Equal($"/Approvals/Candidate/{card}", responses[0].Headers.Location!.OriginalString);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Candidates.Where(c => c.RegistrationId == card).SelectMany(c => c.Transitions).CountAsync()));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.SubmittedForms.CountAsync(f => f.UserName == "chihoi" && f.ResultUrl != null)));
    }

    /// <summary>The self-assessment form as the browser sends it: its hidden fields, ten scores of 8 and one photo.</summary>
    private static MultipartFormDataContent ScorecardWithEvidence(IHtmlDocument page)
    {
        var form = (IHtmlFormElement)page.QuerySelector("#scorecard-form")!;
        var multipart = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>())
        {
            multipart.Add(new StringContent(input.Value), input.Name!);
        }

        for (var i = 0; i < 10; i++)
        {
            multipart.Add(new StringContent("8"), $"Indicators[{i}].Score");
        }

        multipart.Add(new StringContent("true"), "OnBehalf");
        multipart.Add(new StringContent("TC1.3"), "FileIndicator");
        var png = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        png.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        multipart.Add(png, "Files", "sinh-hoat-clb.png");
        return multipart;
    }
}
