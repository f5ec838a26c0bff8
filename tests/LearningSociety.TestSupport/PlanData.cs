using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.TestSupport;

/// <summary>A target of a test plan: indicator code, year and stored value (0.5 for 50%), with the plan's note.</summary>
public readonly record struct TestTarget(string Code, int Year, decimal Value, string? Note = null);

/// <summary>
/// The one way tests write plans, results and PCGD-XMC surveys straight into the portal's database, as an arrange
/// step: through the domain's intent methods (<see cref="Plan.Create"/>, <see cref="Plan.SetTargets"/>,
/// <see cref="Plan.Issue"/>, <see cref="TargetAchievementRecord.Create"/>, <see cref="UniversalizationSurveyRecord"/>),
/// so test data is data the portal could have made. <paramref name="portalServices"/>: the running portal's services.
/// </summary>
public sealed class PlanData(IServiceProvider portalServices)
{
    public const string By = "ubndxa";

    /// <summary>The wording of seed 000 for the unit and period, as a new plan starts.</summary>
    public static PlanContent Content(string unitName, int startYear, int endYear) => new(
        startYear, endYear, "…/KH-UBND", UnitPlace(unitName),
        $"Thực hiện Đề án “Xây dựng xã hội học tập” {PlanPeriod.Text(startYear, endYear)} trên địa bàn {char.ToLowerInvariant(unitName[0])}{unitName[1..]}");

    /// <summary>
    /// A draft of the unit with the targets; <paramref name="content"/> changes the default wording, <paramref name="shape"/>
    /// adds tasks or responsibilities, <paramref name="legalBases"/> cites documents of the shared list by number, and
    /// <paramref name="issue"/> issues it with that number and date.
    /// </summary>
    public Task<int> PlanAsync(
        string unitName,
        int startYear,
        int endYear,
        IEnumerable<TestTarget> targets,
        Func<PlanContent, PlanContent>? content = null,
        Action<Plan>? shape = null,
        IReadOnlyList<string>? legalBases = null,
        (string Number, DateOnly On)? issue = null)
        => WithDbAsync(async db =>
        {
            var unitId = await db.AdministrativeUnits.Where(u => u.Name == unitName).Select(u => u.Id).SingleAsync();
            var indicators = await db.TargetIndicators.AsNoTracking().ToDictionaryAsync(i => i.Code);
            var numbers = legalBases ?? [];
            var bases = await db.LegalBases.AsNoTracking().Where(b => numbers.Contains(b.Number)).ToDictionaryAsync(b => b.Number);

            var written = Content(unitName, startYear, endYear);
            var plan = Plan.Create(unitId, content?.Invoke(written) ?? written, By, DateTimeOffset.UtcNow);
            plan.SetTargets(targets.Select(t => new PlanTargetValue(indicators[t.Code], t.Year, t.Value, t.Note)));
            shape?.Invoke(plan);
            plan.CiteLegalBases([.. numbers.Select(n => bases[n])]);
            if (issue is { } issued)
            {
                plan.Issue(issued.Number, issued.On, By, previous: null);
            }

            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });

    /// <summary>A yearly plan with targets of that year; issued on 1 March when <paramref name="issuedNumber"/> is given.</summary>
    public Task<int> YearlyPlanAsync(string unitName, int year, string? issuedNumber, params (string Code, decimal Value)[] targets)
        => PlanAsync(unitName, year, year, targets.Select(t => new TestTarget(t.Code, year, t.Value)),
            issue: issuedNumber is null ? null : (issuedNumber, new DateOnly(year, 3, 1)));

    /// <summary>What the unit achieved on an entered indicator: a numerator and denominator for a rate, else a value.</summary>
    public Task AchievedAsync(string unitName, int year, string code, decimal value, decimal? denominator = null, string by = By)
        => WithDbAsync(async db =>
        {
            var unitId = await db.AdministrativeUnits.Where(u => u.Name == unitName).Select(u => u.Id).SingleAsync();
            var indicator = await db.TargetIndicators.AsNoTracking().SingleAsync(i => i.Code == code);
            db.TargetAchievements.Add(TargetAchievementRecord.Create(unitId, indicator, year, value, denominator, null, by, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });

    /// <summary>Stores a commune's survey counts, as an earlier entry would have.</summary>
    public Task SurveyAsync(string unitName, UniversalizationSurvey survey, string by = By)
        => WithDbAsync(async db =>
        {
            var unitId = await db.AdministrativeUnits.Where(u => u.Name == unitName).Select(u => u.Id).SingleAsync();
            db.UniversalizationSurveys.Add(new UniversalizationSurveyRecord(unitId, survey, by, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = portalServices.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    // "Xã Quảng Phú" → "Quảng Phú".
    private static string UnitPlace(string unitName) => unitName[(unitName.IndexOf(' ', StringComparison.Ordinal) + 1)..];
}
