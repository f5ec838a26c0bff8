namespace LearningSociety.Domain.Plans;

/// <summary>What decides which of a unit's plans is in force: its period, status and version.</summary>
public sealed record PlanSummary(int Id, int UnitId, int StartYear, int EndYear, PlanStatus Status, int Version)
{
    public bool Covers(int year) => year >= StartYear && year <= EndYear;
}

/// <summary>
/// The plan in force for a year, the one every result, report and dashboard judges against: among the unit's plans
/// covering the year that are not superseded, an issued one before a draft, then the latest start year, the latest
/// version and the latest id. A unit without an issued plan is judged against its draft.
/// </summary>
public static class PlanInForce
{
    public static T? For<T>(IEnumerable<T> unitPlans, Func<T, PlanSummary> summary, int year)
        where T : class
        => unitPlans
            .Select(p => (Plan: p, Summary: summary(p)))
            .Where(p => p.Summary.Covers(year) && p.Summary.Status != PlanStatus.Superseded)
            .OrderByDescending(p => p.Summary.Status == PlanStatus.Issued)
            .ThenByDescending(p => p.Summary.StartYear)
            .ThenByDescending(p => p.Summary.Version)
            .ThenByDescending(p => p.Summary.Id)
            .Select(p => p.Plan)
            .FirstOrDefault();

    /// <summary>The plan in force of each unit; units without one are absent.</summary>
    public static Dictionary<int, T> ByUnit<T>(IEnumerable<T> plans, Func<T, PlanSummary> summary, int year)
        where T : class
        => plans.GroupBy(p => summary(p).UnitId)
            .Select(g => (g.Key, Plan: For(g, summary, year)))
            .Where(p => p.Plan is not null)
            .ToDictionary(p => p.Key, p => p.Plan!);
}
