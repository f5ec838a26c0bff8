using LearningSociety.Domain.Targets;

namespace LearningSociety.Domain.Plans;

/// <summary>
/// What a unit achieved on an entered indicator in a year, recorded at year end. It belongs to the unit and
/// year, not to a plan version, so revising the plan never loses results. Percentages keep numerator and
/// denominator so that districts add counts instead of averaging rates.
/// </summary>
public sealed class TargetAchievementRecord
{
    public const int MaxNoteLength = 500;

    private TargetAchievementRecord()
    {
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public int IndicatorId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The numerator of a percentage, the level, the count, or 1/0 for yes/no.</summary>
    public decimal Value { get; private set; }

    /// <summary>The denominator of a percentage; null for other kinds.</summary>
    public decimal? Denominator { get; private set; }

    public string? Note { get; private set; }

    public string UpdatedBy { get; private set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Changes whenever the values change, so two people entering the same result cannot overwrite each other.</summary>
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();

    public Achievement ToAchievement() => new(Value, Denominator);

    /// <summary>The first result of the unit on the indicator in the year.</summary>
    public static TargetAchievementRecord Create(int unitId, TargetIndicator indicator, int year, decimal value, decimal? denominator, string? note,
        string by, DateTimeOffset at)
    {
        if (!PlanPeriod.IsYear(year))
        {
            throw new DomainException($"Năm {year} không hợp lệ.");
        }

        var record = new TargetAchievementRecord { UnitId = unitId, IndicatorId = indicator.Id, Year = year };
        record.Apply(indicator, value, denominator, note, by, at);
        return record;
    }

    /// <summary>
    /// Records what was achieved, checked by the indicator (a computed indicator is never typed in; a percentage needs
    /// a whole numerator not above its whole denominator; …). Nothing changes, the stamp included, when the values are
    /// the same; returns whether something changed.
    /// </summary>
    public bool Record(TargetIndicator indicator, decimal value, decimal? denominator, string? note, string by, DateTimeOffset at)
    {
        if (indicator.Id != IndicatorId)
        {
            throw new ArgumentException("Not the indicator of this result.", nameof(indicator));
        }

        var (v, d, n) = Normalized(indicator, value, denominator, note);
        if (Value == v && Denominator == d && Note == n)
        {
            return false;
        }

        Apply(indicator, value, denominator, note, by, at);
        return true;
    }

    private void Apply(TargetIndicator indicator, decimal value, decimal? denominator, string? note, string by, DateTimeOffset at)
    {
        if (indicator.IsComputed)
        {
            throw new DomainException($"Chỉ tiêu “{indicator.Text}” được tính tự động, không nhập tay.");
        }

        var (v, d, n) = Normalized(indicator, value, denominator, note);
        if (indicator.ValidateAchievement(new Achievement(v, d)) is { } error)
        {
            throw new DomainException(error);
        }

        if (n?.Length > MaxNoteLength)
        {
            throw new DomainException("Ghi chú tối đa 500 ký tự.");
        }

        Value = v;
        Denominator = d;
        Note = n;
        UpdatedBy = by;
        UpdatedAt = at;
        ConcurrencyStamp = Guid.NewGuid();
    }

    // Only a percentage has a denominator; a blank note is no note.
    private static (decimal Value, decimal? Denominator, string? Note) Normalized(TargetIndicator indicator, decimal value, decimal? denominator, string? note)
        => (value, indicator.Kind == TargetKind.Percentage ? denominator : null, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
}
