using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Domain.Tests.Deadlines;

public class VietnamToday
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void HalfPastElevenUtcOnThe29thIsAlreadyThe30thInVietnam()
    {
        var clock = new VietnamClock(new ManualTimeProvider(Utc(2025, 11, 29, 23, 30)));

        Assert.Equal(new DateOnly(2025, 11, 30), clock.Today());
    }

    [Fact]
    public void TheVietnameseDayTurnsAtFivePmUtc()
    {
        var time = new ManualTimeProvider(Utc(2025, 11, 29, 16, 59));
        var clock = new VietnamClock(time);
        Assert.Equal(new DateOnly(2025, 11, 29), clock.Today());

        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(new DateOnly(2025, 11, 30), clock.Today());
    }

    [Fact]
    public void NowCarriesTheVietnameseOffset()
    {
        var clock = new VietnamClock(new ManualTimeProvider(Utc(2025, 11, 29, 23, 30)));

        Assert.Equal(TimeSpan.FromHours(7), clock.Now().Offset);
        Assert.Equal(6, clock.Now().Hour);
    }
}
