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
    public const int MinThreshold = IndicatorCount * MinScore;
    public const int MaxThreshold = IndicatorCount * MaxScore;
    /// <summary>No indicator below 5 (KH 196/KH-KHVN): the minimum of cards judged before the card kept its own.</summary>
    public const int DefaultMinPerIndicator = 5;
    public const int MinConsecutiveYears = 1;
    public const int MaxConsecutiveYears = 20;

    /// <summary>The first year of the CDHT scorecard of KH 196/KH-KHVN (2022): where pages start their year lists.</summary>
    public const int FirstYear = 2022;

    /// <summary>
    /// The bound of what may be stored at all. Which years can hold cards is data: a year needs a rule row in force
    /// (<see cref="ValidFromYear"/>), so a province that recognised citizens before 2022 adds a rule for those years.
    /// </summary>
    public const int EarliestYear = 2000;

    public const int LastYear = 2100;

    /// <summary>
    /// The indicator that measures digital skills: QĐ 677/QĐ-TTg (2021) targets the share of CDHT holders with digital
    /// skills meeting job requirements, and TC2.1 ("Sử dụng công nghệ thông tin / kỹ năng số") is what the card scores.
    /// </summary>
    public const string DigitalSkillsIndicator = "TC2.1";

    /// <summary>
    /// No official cut-off exists; 7 of 10 reads as "uses digital tools well". Each rule row carries its own, so a
    /// province can set another without a release.
    /// </summary>
    public const int DefaultDigitalSkillsCutOff = 7;

    private RecognitionRule()
    {
        Name = string.Empty;
    }

    public RecognitionRule(string name, int validFromYear, int? scopeUnitId, bool forDisadvantagedCommunes,
        int threshold, int minPerIndicator, int consecutiveYearsForOutstanding, int digitalSkillsCutOff = DefaultDigitalSkillsCutOff)
    {
        if (validFromYear is < EarliestYear or > LastYear)
        {
            throw new DomainException($"Năm áp dụng phải từ {EarliestYear} đến {LastYear}.", nameof(ValidFromYear));
        }

        Name = name;
        ValidFromYear = validFromYear;
        ScopeUnitId = scopeUnitId;
        ForDisadvantagedCommunes = forDisadvantagedCommunes;
        Change(threshold, minPerIndicator, consecutiveYearsForOutstanding, digitalSkillsCutOff);
    }

    public int Id { get; private set; }

    /// <summary>Renewed by every change: a save from a form opened before another administrator's save is refused.</summary>
    public Guid ConcurrencyStamp { get; private set; }

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

    /// <summary>Appraised <see cref="DigitalSkillsIndicator"/> score from which a recognised citizen counts as having digital skills.</summary>
    public int DigitalSkillsCutOff { get; private set; } = DefaultDigitalSkillsCutOff;

    /// <summary>Whether an appraised <see cref="DigitalSkillsIndicator"/> score shows digital skills under this rule.</summary>
    public bool ShowsDigitalSkills(int? appraisedScore) => appraisedScore >= DigitalSkillsCutOff;

    /// <summary>Whether one indicator's score falls below the minimum every indicator must reach.</summary>
    public bool IsBelowMinimum(int? score) => score < MinPerIndicator;

    /// <param name="digitalSkillsCutOff">Null keeps the current cut-off.</param>
    public void Change(int threshold, int minPerIndicator, int consecutiveYearsForOutstanding, int? digitalSkillsCutOff = null)
    {
        if (threshold is < MinThreshold or > MaxThreshold)
        {
            throw new DomainException($"Ngưỡng tổng điểm phải từ {MinThreshold} đến {MaxThreshold}.", nameof(Threshold));
        }

        if (minPerIndicator is < MinScore or > MaxScore)
        {
            throw new DomainException($"Điểm tối thiểu mỗi chỉ số phải từ {MinScore} đến {MaxScore}.", nameof(MinPerIndicator));
        }

        if (consecutiveYearsForOutstanding is < MinConsecutiveYears or > MaxConsecutiveYears)
        {
            throw new DomainException($"Số năm liên tục để đạt tiêu biểu xuất sắc phải từ {MinConsecutiveYears} đến {MaxConsecutiveYears}.",
                nameof(ConsecutiveYearsForOutstanding));
        }

        if (digitalSkillsCutOff is < MinScore or > MaxScore)
        {
            throw new DomainException($"Điểm chỉ số {DigitalSkillsIndicator} để tính đạt kỹ năng số phải từ {MinScore} đến {MaxScore}.",
                nameof(DigitalSkillsCutOff));
        }

        Threshold = threshold;
        MinPerIndicator = minPerIndicator;
        ConsecutiveYearsForOutstanding = consecutiveYearsForOutstanding;
        DigitalSkillsCutOff = digitalSkillsCutOff ?? DigitalSkillsCutOff;
        ConcurrencyStamp = Guid.NewGuid();
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
