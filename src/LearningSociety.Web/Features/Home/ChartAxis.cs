namespace LearningSociety.Web.Features.Home;

/// <summary>
/// The value axis of the dashboard chart: from 0 to a round maximum in whole steps of 1, 2 or 5 × 10ⁿ (about five ticks), so
/// every tick is a whole number and no label repeats. Left to Chart.js, a small maximum (0,25%) gets steps of 0,05 that a
/// one-decimal label writes "0,1%" twice.
/// </summary>
public sealed record ChartAxis(int Max, int Step)
{
    private const int Ticks = 5;

    /// <param name="largest">The largest value drawn (null or below zero counts as nothing drawn: an axis of 0 and 1).</param>
    public static ChartAxis For(decimal? largest)
    {
        // Steps 1, 2, 5, 10, 20 all divide 100, so a percentage's axis never passes 100%.
        var top = Math.Max(0m, largest ?? 0m);
        var step = Magnitudes().First(magnitude => magnitude * Ticks >= top);
        return new ChartAxis((int)Math.Max(step, Math.Ceiling(top / step) * step), step);
    }

    /// <summary>The tick values from 0 to <see cref="Max"/>.</summary>
    public IEnumerable<int> TickValues() => Enumerable.Range(0, (Max / Step) + 1).Select(i => i * Step);

    /// <summary>1, 2, 5, 10, 20, 50, …</summary>
    private static IEnumerable<int> Magnitudes()
    {
        for (var power = 1; power <= 100_000_000; power *= 10)
        {
            yield return power;
            yield return 2 * power;
            yield return 5 * power;
        }
    }
}
