namespace LearningSociety.Domain.Approvals;

/// <summary>"Công dân học tập tiêu biểu xuất sắc": recognised every year of an unbroken run.</summary>
public static class OutstandingCitizen
{
    /// <summary>The run length the reports use ("5 năm liền").</summary>
    public const int DefaultConsecutiveYears = 5;

    /// <summary>
    /// True when the citizen was recognised in each of the <paramref name="consecutiveYears"/> years ending
    /// with <paramref name="year"/>. A missing year breaks the run (domain §11 q.12 leaves this open; we
    /// read "liền" as strict).
    /// </summary>
    public static bool IsOutstanding(IEnumerable<int> recognisedYears, int year, int consecutiveYears)
    {
        ArgumentNullException.ThrowIfNull(recognisedYears);
        ArgumentOutOfRangeException.ThrowIfLessThan(consecutiveYears, 1);
        var recognised = recognisedYears.ToHashSet();
        return Enumerable.Range(year - consecutiveYears + 1, consecutiveYears).All(recognised.Contains);
    }
}
