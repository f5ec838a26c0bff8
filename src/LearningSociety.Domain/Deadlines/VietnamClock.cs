namespace LearningSociety.Domain.Deadlines;

/// <summary>
/// Today's date as Vietnamese users see it. Servers run on UTC, and between 17:00 and 24:00 UTC the
/// Vietnamese calendar is already on the next day, which matters for "hôm nay là hạn cuối".
/// </summary>
public sealed class VietnamClock(TimeProvider timeProvider)
{
    /// <summary>Vietnam's zone from the OS, or a fixed UTC+7 where tzdata is missing (slim containers).</summary>
    public static TimeZoneInfo TimeZone { get; } = FindVietnamTimeZone();

    public DateTimeOffset Now() => TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), TimeZone);

    public DateOnly Today() => DateOnly.FromDateTime(Now().DateTime);

    private static TimeZoneInfo FindVietnamTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Vietnam has had no daylight saving since 1975, so a fixed offset is exact for our dates.
            return TimeZoneInfo.CreateCustomTimeZone("UTC+07", TimeSpan.FromHours(7), "Giờ Việt Nam (UTC+7)", "Giờ Việt Nam (UTC+7)");
        }
    }
}
