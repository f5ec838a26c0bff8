using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Domain.Tests.Deadlines;

public class DeadlineCountdown
{
    private static readonly Deadline VillagesToCommune =
        new(2025, "village", "Thôn, đơn vị gửi kết quả về UBND xã", new DateOnly(2025, 11, 30));

    [Theory]
    [InlineData(22, 8, "Còn 8 ngày", false, false)]
    [InlineData(23, 7, "Còn 7 ngày", true, false)]
    [InlineData(29, 1, "Còn 1 ngày", true, false)]
    [InlineData(30, 0, "Hôm nay là hạn cuối", true, false)]
    public void CountsDownInNovember(int day, int daysLeft, string text, bool dueSoon, bool overdue)
    {
        var status = DeadlineStatus.Of(VillagesToCommune, new DateOnly(2025, 11, day));

        Assert.Equal((daysLeft, text, dueSoon, overdue), (status.DaysLeft, status.Text, status.IsDueSoon, status.IsOverdue));
    }

    [Fact]
    public void ThreeDaysAfterTheDueDateIsOverdueByThreeDays()
    {
        var status = DeadlineStatus.Of(VillagesToCommune, new DateOnly(2025, 12, 3));

        Assert.Equal("Quá hạn 3 ngày", status.Text);
        Assert.True(status.IsOverdue);
        Assert.False(status.IsDueSoon);
    }

    [Fact]
    public void LateEveningUtcBeforeTheDueDateIsAlreadyTheLastDayInVietnam()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2025, 11, 29, 23, 30, 0, TimeSpan.Zero));
        var clock = new VietnamClock(time);

        Assert.Equal("Hôm nay là hạn cuối", DeadlineStatus.Of(VillagesToCommune, clock.Today()).Text);

        time.Advance(TimeSpan.FromDays(1));

        Assert.Equal("Quá hạn 1 ngày", DeadlineStatus.Of(VillagesToCommune, clock.Today()).Text);
    }

    [Fact]
    public void SameInstantReadInUtcWouldStillShowOneDayLeft()
    {
        // Guards the reason VietnamClock exists: the UTC date lags a day behind in the evening.
        var instant = new DateTimeOffset(2025, 11, 29, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal("Còn 1 ngày", DeadlineStatus.Of(VillagesToCommune, DateOnly.FromDateTime(instant.UtcDateTime)).Text);
    }
}
