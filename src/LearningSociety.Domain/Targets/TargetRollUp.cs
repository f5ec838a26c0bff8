namespace LearningSociety.Domain.Targets;

/// <summary>A district's rate built from its communes' counts.</summary>
public sealed record RateRollUp(decimal Numerator, decimal Denominator)
{
    public decimal? Rate => Denominator == 0 ? null : Numerator / Denominator;

    public Achievement ToAchievement() => Achievement.Rate(Numerator, Denominator);
}

/// <summary>How many communes reach a level, out of how many.</summary>
public sealed record LevelRollUp(int Level, int CommunesReaching, int Communes)
{
    public decimal? Share => Communes == 0 ? null : (decimal)CommunesReaching / Communes;

    /// <summary>As a rate, to judge a target such as "90% số xã đạt mức độ 3".</summary>
    public Achievement ToAchievement() => Achievement.Rate(CommunesReaching, Communes);
}

/// <summary>Rolls commune results up to the district.</summary>
public static class TargetRollUp
{
    /// <summary>
    /// Whether a district's result on an indicator of this kind is its communes' results added up: counts and rates
    /// are; a yes/no ("xã được công nhận…") or a level of a district is its own, never a sum of its communes'.
    /// </summary>
    public static bool AddsUp(TargetKind kind) => kind is TargetKind.Percentage or TargetKind.Count;

    /// <summary>
    /// The district policy in one place: rates add numerators and denominators, counts add up, other kinds do not roll
    /// up. Null when the kind does not add up or no commune has a result.
    /// </summary>
    public static Achievement? Of(TargetKind kind, IReadOnlyCollection<Achievement> communes)
        => communes.Count == 0 || !AddsUp(kind) ? null
            : kind == TargetKind.Percentage ? Rates(communes).ToAchievement()
            : Achievement.Count(Counts(communes.Select(c => c.Value)));

    /// <summary>
    /// Adds numerators and denominators. Averaging the communes' percentages would give a commune of
    /// 50 people the weight of one of 5,000.
    /// </summary>
    public static RateRollUp Rates(IEnumerable<Achievement> communes)
    {
        decimal numerator = 0, denominator = 0;
        foreach (var commune in communes)
        {
            if (commune.Denominator is not { } d)
            {
                throw new ArgumentException("Every commune rate needs a denominator.", nameof(communes));
            }

            numerator += commune.Value;
            denominator += d;
        }

        return new RateRollUp(numerator, denominator);
    }

    /// <summary>Communes count as reaching a level when their own level is at least that level.</summary>
    public static LevelRollUp Levels(IEnumerable<int> communeLevels, int level)
    {
        var levels = communeLevels.ToList();
        return new LevelRollUp(level, levels.Count(l => l >= level), levels.Count);
    }

    public static decimal Counts(IEnumerable<decimal> communeCounts) => communeCounts.Sum();
}
