using System.Globalization;
using AngleSharp.Html.Dom;
using LearningSociety.Domain.Units;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using LearningSociety.TestSupport;

namespace LearningSociety.Web.Tests.Universalization;

/// <summary>
/// Survey counts for tests: <see cref="AllReached"/> meets every level of every standard (100 of 100 everywhere),
/// and a test changes only the counts it is about.
/// </summary>
public static class SurveyData
{
    public const string QuangPhu = "Xã Quảng Phú";
    public const string QuangVinh = "Xã Quảng Vinh";

    public static UniversalizationSurvey AllReached(int year) => Enum.GetValues<SurveyCount>()
        .Aggregate(new UniversalizationSurvey { SurveyYear = year }, (s, c) => s.WithCount(c, c == SurveyCount.Age11StillInPrimary ? 0 : 100));

    public static UniversalizationSurvey With(this UniversalizationSurvey survey, params (SurveyCount Count, int Value)[] counts)
        => counts.Aggregate(survey, (s, c) => s.WithCount(c.Count, c.Value));

    /// <summary>The survey as the commune form posts it: Counts[Age5Population] = "100" …</summary>
    public static Dictionary<string, string> Form(UniversalizationSurvey survey)
        => Enum.GetValues<SurveyCount>().ToDictionary(c => $"Counts[{c}]", c => survey.Count(c).ToString(CultureInfo.InvariantCulture));

    public static Task<int> UnitIdAsync(PortalFactory factory, string name)
        => factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    /// <summary>Puts the commune on (or off) the ĐBKK list for the year.</summary>
    public static Task SetDisadvantagedAsync(PortalFactory factory, string commune, int year, bool isDisadvantaged = true)
        => factory.WithDbAsync(db => DesignationData.SetAsync(db, commune, year, isDisadvantaged));

    /// <summary>Stores a survey directly, as an earlier entry would have.</summary>
    public static Task StoreAsync(PortalFactory factory, string commune, UniversalizationSurvey survey)
        => new PlanData(factory.Services).SurveyAsync(commune, survey, "test");

    /// <summary>The stored counts of a commune's survey for the year, or null when none was saved.</summary>
    public static Task<UniversalizationSurvey?> StoredAsync(PortalFactory factory, string commune, int year)
        => factory.WithDbAsync(async db =>
        {
            var unitId = await db.AdministrativeUnits.Where(u => u.Name == commune).Select(u => u.Id).SingleAsync();
            var record = await db.UniversalizationSurveys.AsNoTracking().Include(s => s.Figures)
                .FirstOrDefaultAsync(s => s.UnitId == unitId && s.Year == year);
            return record?.ToSurvey(false);
        });

    /// <summary>The level shown on the commune page for a standard ("Mức độ 3", "Đạt chuẩn", "Chưa đạt", "Chưa nhập số liệu").</summary>
    public static string Level(IHtmlDocument page, UniversalizationStandard standard)
        => page.QuerySelector($"[data-testid=levels] tr[data-standard={standard}] [data-testid=level]")!.TextContent.Trim();

    public static string LastYearLevel(IHtmlDocument page, UniversalizationStandard standard)
        => page.QuerySelector($"[data-testid=levels] tr[data-standard={standard}] [data-testid=last-year-level]")!.TextContent.Trim();

    public static string Reasons(IHtmlDocument page, UniversalizationStandard standard)
        => page.QuerySelector($"[data-testid=standard-result][data-standard={standard}] [data-testid=reasons]")?.TextContent ?? string.Empty;

    /// <summary>The message shown under a count's field.</summary>
    public static string? FieldError(IHtmlDocument page, SurveyCount count)
        => page.QuerySelector($"[data-valmsg-for='Counts[{count}]']")?.TextContent.Trim();
}
