using System.Net;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Features.Universalization;
using LearningSociety.Web.Tests.Infrastructure;
using static LearningSociety.Web.Tests.Universalization.SurveyData;

namespace LearningSociety.Web.Tests.Universalization;

/// <summary>A commune officer enters the PCGD-XMC counts on the commune page and sees the levels they reach.</summary>
public sealed class CommuneSurveyPage : IDisposable
{
    private const int Year = 2025;
    private const string Form = "#survey-form";

    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<(PortalClient Client, string Url)> OfficerOnQuangPhuAsync(int year = Year)
    {
        var client = await _factory.SignInAsync("ubndxa");
        return (client, $"/Universalization/Commune/{await UnitIdAsync(_factory, QuangPhu)}?year={year}");
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> SaveAsync(PortalClient client, string url, UniversalizationSurvey survey)
    {
        var response = await client.PostFormAsync(await client.GetPageAsync(url), Form, SurveyData.Form(survey));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetPageAsync(url);
    }

    [Fact]
    public async Task CountsExactlyAtTheMn5ThresholdsReachTheStandardAndAreStored()
    {
        var (client, url) = await OfficerOnQuangPhuAsync();
        using var _ = client;
        Assert.Equal(SurveyLayout.NoSurvey, Level(await client.GetPageAsync(url), UniversalizationStandard.Preschool5));

        var page = await SaveAsync(client, url, AllReached(Year).With((SurveyCount.Age5Attending, 95), (SurveyCount.Age5Completed, 85)));

        Assert.Equal("Đạt chuẩn", Level(page, UniversalizationStandard.Preschool5));
        Assert.Contains("95,0%", page.QuerySelector("[data-standard=Preschool5] tr[data-condition=MN5_ATTENDING] [data-testid=rate]")!.TextContent);
        var stored = await StoredAsync(_factory, QuangPhu, Year);
        Assert.NotNull(stored);
        Assert.Equal(95, stored.Age5Attending);
        Assert.Equal(85, stored.Age5Completed);
        Assert.Equal(100, stored.Age15To60LiterateLevel2);
    }

    [Fact]
    public async Task NinetyFourOfAHundredAttendingMissesMn5AndTheReasonSaysNinetyFourPercent()
    {
        var (client, url) = await OfficerOnQuangPhuAsync();
        using var _ = client;

        var page = await SaveAsync(client, url, AllReached(Year).With((SurveyCount.Age5Attending, 94), (SurveyCount.Age5Completed, 85)));

        Assert.Equal("Chưa đạt", Level(page, UniversalizationStandard.Preschool5));
        var reasons = Reasons(page, UniversalizationStandard.Preschool5);
        Assert.Contains("94,0%", reasons);
        Assert.Contains("95%", reasons);
        Assert.Contains("Chưa đạt", page.QuerySelector("[data-standard=Preschool5] tr[data-condition=MN5_ATTENDING]")!.TextContent);
    }

    [Theory]
    [InlineData(98, 90, "Mức độ 3")]
    [InlineData(97, 90, "Mức độ 2")]
    [InlineData(98, 89, "Mức độ 2")]
    [InlineData(95, 85, "Mức độ 2")]
    [InlineData(94, 85, "Mức độ 1")]
    [InlineData(90, 80, "Mức độ 1")]
    [InlineData(89, 80, "Chưa đạt")]
    public async Task PrimaryLevelsChangeExactlyAtTheirBoundaries(int enteringGrade1, int completedPrimary, string expected)
    {
        var (client, url) = await OfficerOnQuangPhuAsync();
        using var _ = client;

        var page = await SaveAsync(client, url,
            AllReached(Year).With((SurveyCount.Age6EnteringGrade1, enteringGrade1), (SurveyCount.Age11CompletedPrimary, completedPrimary)));

        Assert.Equal(expected, Level(page, UniversalizationStandard.Primary));
        if (expected != "Mức độ 3")
        {
            Assert.Contains("Chưa đạt mức độ", Reasons(page, UniversalizationStandard.Primary));
        }
    }

    [Fact]
    public async Task ADisadvantagedCommuneIsMeasuredWithTheDisadvantagedThresholds()
    {
        await SetDisadvantagedAsync(_factory, QuangPhu, Year);
        var (officer, url) = await OfficerOnQuangPhuAsync();
        using var _ = officer;
        using var admin = await _factory.SignInAsync("admin");
        var counts = AllReached(Year).With(
            (SurveyCount.Age5Attending, 90), (SurveyCount.Age5Completed, 80), (SurveyCount.Age11CompletedPrimary, 80));

        var disadvantaged = await SaveAsync(officer, url, counts);
        var ordinary = await SaveAsync(admin, $"/Universalization/Commune/{await UnitIdAsync(_factory, QuangVinh)}?year={Year}", counts);

        Assert.Contains("ĐBKK", disadvantaged.QuerySelector("[data-testid=dbkk-notice]")!.TextContent);
        Assert.Equal("Đạt chuẩn", Level(disadvantaged, UniversalizationStandard.Preschool5));
        Assert.Equal("Mức độ 3", Level(disadvantaged, UniversalizationStandard.Primary));
        Assert.Equal("Chưa đạt", Level(ordinary, UniversalizationStandard.Preschool5));
        Assert.Equal("Mức độ 1", Level(ordinary, UniversalizationStandard.Primary));
    }

    [Fact]
    public async Task APartAboveItsWholeSavesNothingAndIsShownAtTheField()
    {
        var (client, url) = await OfficerOnQuangPhuAsync();
        using var _ = client;
        var form = SurveyData.Form(AllReached(Year).With((SurveyCount.Age5Attending, 120)));
        form["Counts[Age6Population]"] = "12,5";
        form["Counts[Age11Population]"] = "";

        var response = await client.PostFormAsync(await client.GetPageAsync(url), Form, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(SurveyLayout.NotWholeNumber(SurveyCount.Age6Population), FieldError(page, SurveyCount.Age6Population));
        Assert.Equal("Vui lòng nhập số trẻ 11 tuổi.", FieldError(page, SurveyCount.Age11Population));
        Assert.Null(await StoredAsync(_factory, QuangPhu, Year));

        form["Counts[Age6Population]"] = "100";
        form["Counts[Age11Population]"] = "100";
        response = await client.PostFormAsync(await client.GetPageAsync(url), Form, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        page = await PortalClient.ParseAsync(response);
        Assert.Equal("Số trẻ 5 tuổi đến trường (120) không được lớn hơn số trẻ 5 tuổi (100).", FieldError(page, SurveyCount.Age5Attending));
        Assert.Equal("120", (page.QuerySelector("#Counts_Age5Attending_") as AngleSharp.Html.Dom.IHtmlInputElement)!.Value);
        Assert.Null(await StoredAsync(_factory, QuangPhu, Year));

        form = SurveyData.Form(AllReached(Year).With((SurveyCount.Age11CompletedPrimary, 90), (SurveyCount.Age11StillInPrimary, 20)));
        form["Counts[Age5Completed]"] = "-3";
        page = await PortalClient.ParseAsync(await client.PostFormAsync(await client.GetPageAsync(url), Form, form));

        Assert.Equal("Số trẻ 5 tuổi hoàn thành chương trình (-3) không được âm.", FieldError(page, SurveyCount.Age5Completed));
        Assert.StartsWith("Tổng số trẻ 11 tuổi hoàn thành chương trình tiểu học và số trẻ 11 tuổi còn đang học tiểu học (110)",
            FieldError(page, SurveyCount.Age11CompletedPrimary));
        Assert.Null(await StoredAsync(_factory, QuangPhu, Year));
    }

    [Fact]
    public async Task ASecondEditorWorkingOnAStaleFormIsToldAndChangesNothing()
    {
        var (first, url) = await OfficerOnQuangPhuAsync();
        using var _ = first;
        using var second = await _factory.SignInAsync("admin");
        await SaveAsync(first, url, AllReached(Year));
        var firstForm = await first.GetPageAsync(url);
        var secondForm = await second.GetPageAsync(url);

        var saved = await first.PostFormAsync(firstForm, Form, SurveyData.Form(AllReached(Year).With((SurveyCount.Age5Attending, 96))));
        var stale = await second.PostFormAsync(secondForm, Form, SurveyData.Form(AllReached(Year).With((SurveyCount.Age5Attending, 97))));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await PortalClient.ParseAsync(stale);
        Assert.Contains(UniversalizationController.StaleSurvey, page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("96", (page.QuerySelector("#Counts_Age5Attending_") as AngleSharp.Html.Dom.IHtmlInputElement)!.Value);
        Assert.Equal(96, (await StoredAsync(_factory, QuangPhu, Year))!.Age5Attending);

        // Reloaded with the latest stamp, the second editor can now save deliberately.
        var retry = await second.PostFormAsync(page, Form, SurveyData.Form(AllReached(Year).With((SurveyCount.Age5Attending, 97))));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal(97, (await StoredAsync(_factory, QuangPhu, Year))!.Age5Attending);
    }

    [Fact]
    public async Task TwoFirstEntriesOfTheSameYearDoNotBothSave()
    {
        var (first, url) = await OfficerOnQuangPhuAsync();
        using var _ = first;
        using var second = await _factory.SignInAsync("admin");
        var firstForm = await first.GetPageAsync(url);
        var secondForm = await second.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(firstForm, Form, SurveyData.Form(AllReached(Year)))).StatusCode);
        var stale = await second.PostFormAsync(secondForm, Form, SurveyData.Form(AllReached(Year).With((SurveyCount.Age5Attending, 50))));

        Assert.Contains(UniversalizationController.StaleSurvey, (await PortalClient.ParseAsync(stale)).Body!.TextContent);
        Assert.Equal(100, (await StoredAsync(_factory, QuangPhu, Year))!.Age5Attending);
    }

    [Fact]
    public async Task LastYearsLevelsAreShownForComparison()
    {
        await StoreAsync(_factory, QuangPhu, AllReached(Year - 1).With((SurveyCount.Age6EnteringGrade1, 96)));
        var (client, url) = await OfficerOnQuangPhuAsync();
        using var _ = client;

        var page = await SaveAsync(client, url, AllReached(Year));

        Assert.Equal("Mức độ 3", Level(page, UniversalizationStandard.Primary));
        Assert.Equal("Mức độ 2", LastYearLevel(page, UniversalizationStandard.Primary));
        Assert.Equal("Đạt chuẩn", LastYearLevel(page, UniversalizationStandard.Preschool5));
    }

    [Fact]
    public async Task OthersWhoSeeTheCommuneReadItButCannotSaveAndVillageBranchesAreKeptOut()
    {
        await StoreAsync(_factory, QuangPhu, AllReached(Year));
        var url = $"/Universalization/Commune/{await UnitIdAsync(_factory, QuangPhu)}?year={Year}";
        var otherCommune = $"/Universalization/Commune/{await UnitIdAsync(_factory, QuangVinh)}?year={Year}";
        using var district = await _factory.SignInAsync("phonggd");
        using var officer = await _factory.SignInAsync("ubndxa");
        using var branch = await _factory.SignInAsync("chihoi");

        var readOnly = await district.GetPageAsync(url);
        Assert.NotNull(readOnly.QuerySelector("[data-testid=read-only]"));
        Assert.Null(readOnly.QuerySelector($"{Form} button[type=submit]"));
        Assert.Equal("Mức độ 3", Level(readOnly, UniversalizationStandard.Primary));
        var refused = await district.PostFormAsync(readOnly, Form, SurveyData.Form(AllReached(Year).With((SurveyCount.Age5Attending, 1))));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(100, (await StoredAsync(_factory, QuangPhu, Year))!.Age5Attending);

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(otherCommune)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await branch.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await branch.GetAsync("/Universalization")).StatusCode);
    }
}
