using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Tests.Infrastructure;
using static LearningSociety.Web.Tests.Universalization.SurveyData;

namespace LearningSociety.Web.Tests.Universalization;

/// <summary>/Universalization: the communes' levels for everyone who sees them, the district standards for district users.</summary>
public sealed class UniversalizationOverview : IDisposable
{
    private const int Year = 2025;

    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheDistrictSeesTheShareOfItsCommunesMeetingEachLevel()
    {
        await StoreAsync(_factory, QuangPhu, AllReached(Year));
        await StoreAsync(_factory, QuangVinh, AllReached(Year).With((SurveyCount.Age6EnteringGrade1, 96)));
        using var district = await _factory.SignInAsync("phonggd");

        var page = await district.GetPageAsync($"/Universalization?year={Year}");

        var standards = page.QuerySelector("[data-testid=district-standards][data-district='Huyện Quảng Điền']")!;
        string Cell(UniversalizationStandard standard, int level, string testId)
            => standards.QuerySelector($"tr[data-standard={standard}][data-level='{level}'] [data-testid={testId}]")!.TextContent.Trim();
        string Row(UniversalizationStandard standard, int level)
            => standards.QuerySelector($"tr[data-standard={standard}][data-level='{level}']")!.TextContent;

        Assert.Equal("2/2", Cell(UniversalizationStandard.Preschool5, 1, "share-count"));
        Assert.Equal("Đạt chuẩn", Cell(UniversalizationStandard.Preschool5, 1, "district-level"));
        Assert.Equal("2/2", Cell(UniversalizationStandard.Primary, 2, "share-count"));
        Assert.Equal("1/2", Cell(UniversalizationStandard.Primary, 3, "share-count"));
        Assert.Contains("50,0%", Row(UniversalizationStandard.Primary, 3));
        Assert.Contains("Chưa đạt", Row(UniversalizationStandard.Primary, 3));
        Assert.Equal("Mức độ 2", Cell(UniversalizationStandard.Primary, 1, "district-level"));

        var communes = page.QuerySelector("[data-testid=commune-levels]")!;
        Assert.Equal("Mức độ 3", communes.QuerySelector($"tr[data-commune='{QuangPhu}'] td[data-standard=Primary]")!.TextContent.Trim());
        Assert.Equal("Mức độ 2", communes.QuerySelector($"tr[data-commune='{QuangVinh}'] td[data-standard=Primary]")!.TextContent.Trim());
        Assert.Equal("Mức độ 2", communes.QuerySelector($"tr[data-commune='{QuangVinh}'] td[data-standard=Literacy]")!.TextContent.Trim());
    }

    [Fact]
    public async Task ACommuneWithoutASurveyCountsAsNotMeetingAndSaysSo()
    {
        await StoreAsync(_factory, QuangPhu, AllReached(Year));
        await SetDisadvantagedAsync(_factory, QuangVinh, Year);
        using var district = await _factory.SignInAsync("phonggd");

        var page = await district.GetPageAsync($"/Universalization?year={Year}");

        Assert.Equal("1/2", page.QuerySelector("tr[data-standard=Preschool5][data-level='1'] [data-testid=share-count]")!.TextContent.Trim());
        var vinh = page.QuerySelector($"tr[data-commune='{QuangVinh}']")!;
        Assert.Equal("Chưa nhập số liệu", vinh.QuerySelector("td[data-standard=Preschool5]")!.TextContent.Trim());
        Assert.NotNull(vinh.QuerySelector("[data-testid=dbkk]"));
        Assert.Null(page.QuerySelector($"tr[data-commune='{QuangPhu}'] [data-testid=dbkk]"));
    }

    [Fact]
    public async Task ACommuneOfficerSeesOnlyTheirCommuneAndNoDistrictStandards()
    {
        await StoreAsync(_factory, QuangPhu, AllReached(Year));
        using var officer = await _factory.SignInAsync("ubndxa");

        var page = await officer.GetPageAsync($"/Universalization?year={Year}");

        Assert.Empty(page.QuerySelectorAll("[data-testid=district-standards]"));
        var rows = page.QuerySelectorAll("[data-testid=commune-levels] tbody tr");
        Assert.Single(rows);
        Assert.Equal(QuangPhu, rows[0].GetAttribute("data-commune"));
        Assert.Equal("Đạt chuẩn", rows[0].QuerySelector("td[data-standard=Preschool5]")!.TextContent.Trim());
    }

    [Fact]
    public async Task TheYearDefaultsToTheCurrentVietnameseYear()
    {
        using var factory = new PortalFactory { Clock = new FixedClock(new DateTimeOffset(2027, 12, 31, 18, 0, 0, TimeSpan.Zero)) };
        using var admin = await factory.SignInAsync("admin");

        var page = await admin.GetPageAsync("/Universalization");

        // 18:00 UTC on 31/12/2027 is already 1/1/2028 in Vietnam.
        Assert.Contains("năm 2028", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("2028", page.QuerySelector("[data-testid=year-form] option[selected]")!.GetAttribute("value"));
        Assert.Single(page.QuerySelectorAll("[data-testid=district-standards]"));
    }
}
