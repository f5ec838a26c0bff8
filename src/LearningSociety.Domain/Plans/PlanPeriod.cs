namespace LearningSociety.Domain.Plans;

/// <summary>
/// The years a plan may cover: a yearly plan or a period of at most <see cref="MaxYears"/> years (2021–2030 is ten;
/// one more leaves room for a plan issued for the period and its following year), starting between
/// <see cref="MinYear"/> and <see cref="MaxYear"/>. Every page, form and report asks here.
/// </summary>
public static class PlanPeriod
{
    public const int MinYear = 2000;

    public const int MaxYear = 2100;

    /// <summary>The longest period, counting both ends.</summary>
    public const int MaxYears = 11;

    /// <summary>A year a plan may start in (and a year the plan pages accept).</summary>
    public static bool IsYear(int year) => year is >= MinYear and <= MaxYear;

    /// <summary>The last end year a plan starting in <paramref name="startYear"/> may have.</summary>
    public static int LastEndYear(int startYear) => startYear + MaxYears - 1;

    public static bool IsValid(int startYear, int endYear) => IsYear(startYear) && endYear >= startYear && endYear <= LastEndYear(startYear);

    /// <summary>The years of a period as posted, forced into bounds, for drawing a grid that cannot grow without limit.</summary>
    public static IEnumerable<int> BoundedYears(int startYear, int endYear)
    {
        var start = Math.Clamp(startYear, MinYear, MaxYear);
        var end = Math.Clamp(endYear, start, Math.Min(LastEndYear(start), MaxYear));
        return Enumerable.Range(start, end - start + 1);
    }

    /// <summary>"năm 2024" or "giai đoạn 2021-2030", as plan titles and messages say it.</summary>
    public static string Text(int startYear, int endYear) => startYear == endYear ? $"năm {startYear}" : $"giai đoạn {startYear}-{endYear}";
}
