namespace LearningSociety.Domain.Scorecards;

/// <summary>
/// The CDHT recognition rule in force for a year and scope. The numbers are data because they differ
/// by locality (70 points in disadvantaged communes in some provinces) and may change by year.
/// </summary>
public sealed class RecognitionRule
{
    public const int IndicatorCount = 10;
    public const int MinScore = 1;
    public const int MaxScore = 10;

    private RecognitionRule()
    {
        Name = string.Empty;
    }

    public RecognitionRule(string name, int validFromYear, int? scopeUnitId, bool forDisadvantagedCommunes,
        int threshold, int minPerIndicator, int consecutiveYearsForOutstanding)
    {
        Name = name;
        ValidFromYear = validFromYear;
        ScopeUnitId = scopeUnitId;
        ForDisadvantagedCommunes = forDisadvantagedCommunes;
        Change(threshold, minPerIndicator, consecutiveYearsForOutstanding);
    }

    public int Id { get; private set; }

    /// <summary>Where the rule comes from, e.g. "KH 196/KH-KHVN (mặc định toàn quốc)".</summary>
    public string Name { get; private set; }

    public int ValidFromYear { get; private set; }

    /// <summary>The unit (and everything below it) the rule applies to; null for the whole country.</summary>
    public int? ScopeUnitId { get; private set; }

    /// <summary>True for the variant applied to communes flagged ĐBKK / vùng DTTS for the year.</summary>
    public bool ForDisadvantagedCommunes { get; private set; }

    /// <summary>Minimum total (80 by default, 70 in disadvantaged areas where so decided).</summary>
    public int Threshold { get; private set; }

    /// <summary>No indicator may score below this (5).</summary>
    public int MinPerIndicator { get; private set; }

    /// <summary>Recognised years in a row that make a citizen "tiêu biểu xuất sắc" (5).</summary>
    public int ConsecutiveYearsForOutstanding { get; private set; }

    public void Change(int threshold, int minPerIndicator, int consecutiveYearsForOutstanding)
    {
        if (threshold is < IndicatorCount * MinScore or > IndicatorCount * MaxScore)
        {
            throw new DomainException($"Ngưỡng tổng điểm phải từ {IndicatorCount * MinScore} đến {IndicatorCount * MaxScore}.", nameof(Threshold));
        }

        if (minPerIndicator is < MinScore or > MaxScore)
        {
            throw new DomainException($"Điểm tối thiểu mỗi chỉ số phải từ {MinScore} đến {MaxScore}.", nameof(MinPerIndicator));
        }

        if (consecutiveYearsForOutstanding is < 1 or > 20)
        {
            throw new DomainException("Số năm liên tục để đạt tiêu biểu xuất sắc phải từ 1 đến 20.", nameof(ConsecutiveYearsForOutstanding));
        }

        Threshold = threshold;
        MinPerIndicator = minPerIndicator;
        ConsecutiveYearsForOutstanding = consecutiveYearsForOutstanding;
    }

    /// <summary>
    /// Picks the rule for a commune and year: the newest year not after <paramref name="year"/>, the
    /// disadvantaged variant when the commune is flagged, and the most specific scope on the path.
    /// </summary>
    public static RecognitionRule? Resolve(IEnumerable<RecognitionRule> rules, int year, bool disadvantaged,
        IReadOnlyList<int> unitPathIds)
    {
        int ScopeDepth(RecognitionRule r) => r.ScopeUnitId is null ? 0 : IndexOf(unitPathIds, r.ScopeUnitId.Value) + 1;

        var candidates = rules
            .Where(r => r.ValidFromYear <= year)
            .Where(r => r.ScopeUnitId is null || unitPathIds.Contains(r.ScopeUnitId.Value))
            .ToList();
        var matching = candidates.Where(r => r.ForDisadvantagedCommunes == disadvantaged).ToList();
        if (matching.Count == 0)
        {
            // A disadvantaged commune with no special rule falls back to the ordinary one.
            matching = candidates.Where(r => !r.ForDisadvantagedCommunes).ToList();
        }

        return matching
            .OrderByDescending(ScopeDepth)
            .ThenByDescending(r => r.ValidFromYear)
            .FirstOrDefault();
    }

    private static int IndexOf(IReadOnlyList<int> ids, int id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }

        return -1;
    }
}
