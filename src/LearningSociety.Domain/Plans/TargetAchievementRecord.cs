using LearningSociety.Domain.Targets;

namespace LearningSociety.Domain.Plans;

/// <summary>
/// What a unit achieved on an entered indicator in a year, recorded at year end. It belongs to the unit and
/// year, not to a plan version, so revising the plan never loses results. Percentages keep numerator and
/// denominator so that districts add counts instead of averaging rates.
/// </summary>
public sealed class TargetAchievementRecord
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public int IndicatorId { get; set; }

    public int Year { get; set; }

    /// <summary>The numerator of a percentage, the level, the count, or 1/0 for yes/no.</summary>
    public decimal Value { get; set; }

    /// <summary>The denominator of a percentage; null for other kinds.</summary>
    public decimal? Denominator { get; set; }

    public string? Note { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public Achievement ToAchievement() => new(Value, Denominator);
}
