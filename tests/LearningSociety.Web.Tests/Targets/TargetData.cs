using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Data;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using LearningSociety.TestSupport;

namespace LearningSociety.Web.Tests.Targets;

/// <summary>Plans, achievements and surveys written straight into the portal's database, as a test's arrange step.</summary>
public sealed class TargetData(PortalFactory factory)
{
    private readonly PlanData _plans = new(factory.Services);

    /// <summary>A yearly plan of the unit with targets given as (indicator code, stored value: 0.5 for 50%).</summary>
    public Task<int> PlanAsync(string unitName, int year, string? issuedNumber, params (string Code, decimal Value)[] targets)
        => _plans.YearlyPlanAsync(unitName, year, issuedNumber, targets);

    public Task AchievedAsync(string unitName, int year, string code, decimal value, decimal? denominator = null)
        => _plans.AchievedAsync(unitName, year, code, value, denominator, by: "test");

    public Task<List<TargetAchievementRecord>> AchievementsAsync(string unitName)
        => factory.WithDbAsync(db => db.TargetAchievements.AsNoTracking()
            .Where(a => db.AdministrativeUnits.Any(u => u.Id == a.UnitId && u.Name == unitName)).ToListAsync());

    public Task<TargetAchievementRecord?> AchievementAsync(string unitName, int year, string code)
        => factory.WithDbAsync(async db =>
        {
            var unit = await db.AdministrativeUnits.SingleAsync(u => u.Name == unitName);
            var indicator = await db.TargetIndicators.SingleAsync(i => i.Code == code);
            return await db.TargetAchievements.AsNoTracking()
                .SingleOrDefaultAsync(a => a.UnitId == unit.Id && a.IndicatorId == indicator.Id && a.Year == year);
        });

    public Task SurveyAsync(string unitName, UniversalizationSurvey survey) => _plans.SurveyAsync(unitName, survey, "test");

    /// <summary>A unit under <paramref name="parentName"/>, made the way the seeder makes them (path assigned after the id).</summary>
    public Task UnitAsync(string code, string name, string levelCode, string parentName)
        => factory.WithDbAsync(async db =>
        {
            var parent = await db.AdministrativeUnits.SingleAsync(u => u.Name == parentName);
            var level = await db.AdministrativeLevels.SingleAsync(l => l.Code == levelCode);
            var unit = new AdministrativeUnit(code, name, level, parent, new DateOnly(2008, 1, 1));
            db.AdministrativeUnits.Add(unit);
            await db.SaveChangesAsync();
            unit.AssignPath();
            return await db.SaveChangesAsync();
        });

    public Task<int> UnitIdAsync(string name) => factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    public Task<int> IndicatorIdAsync(string code) => factory.WithDbAsync(db => db.TargetIndicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync());

    public static IElement Row(IHtmlDocument page, string code)
        => page.QuerySelector($"[data-testid=target-row][data-code={code}]") ?? throw new InvalidOperationException($"No row {code} on the page.");

    /// <summary>The form field name of a row's input, e.g. "Rows[2].Numerator".</summary>
    public static string Field(IHtmlDocument page, string code, string field)
        => Row(page, code).QuerySelector($"[name$='.{field}']")?.GetAttribute("name")
            ?? throw new InvalidOperationException($"Row {code} has no {field} field.");

    public static string Text(IElement element, string testId) => element.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? string.Empty;
}
