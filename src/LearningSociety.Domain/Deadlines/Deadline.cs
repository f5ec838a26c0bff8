using LearningSociety.Domain.Approvals;

namespace LearningSociety.Domain.Deadlines;

/// <summary>
/// A date by which a level must send something. Deadlines are data per year (and, later, per plan),
/// because each plan sets its own dates (domain §9.1).
/// </summary>
/// <param name="LevelCode">The level that must act: "village", "commune", "district".</param>
/// <param name="Description">Vietnamese, e.g. "Thôn, đơn vị gửi kết quả về UBND xã".</param>
/// <param name="DueDate">The last day on which sending is still on time (Vietnam calendar).</param>
public sealed record Deadline(int Year, string LevelCode, string Description, DateOnly DueDate)
{
    /// <summary>
    /// The CDHT deadlines seeded for a year. The sources say "trước 30/11" and "trước 10/12"; we take
    /// those days as the last day, which is how the seed plans are applied in practice but is not stated.
    /// The province report is the district's job before the reform and the commune's after it.
    /// </summary>
    public static IReadOnlyList<Deadline> SeedsFor(int year)
        => SeedsFor(year, ApprovalRoute.ReportsUnderTwoTiers(year) ? "commune" : "district");

    /// <summary>The same seeds when the route in force names the reporting level (the level of its final step).</summary>
    public static IReadOnlyList<Deadline> SeedsFor(int year, string reportingLevel)
    {
        var reportDue = new DateOnly(year, 12, 10);
        return
        [
            new Deadline(year, "village", "Thôn, đơn vị gửi kết quả về UBND xã", new DateOnly(year, 11, 30)),
            new Deadline(year, reportingLevel, "Báo cáo kết quả lên tỉnh", reportDue),
        ];
    }
}
