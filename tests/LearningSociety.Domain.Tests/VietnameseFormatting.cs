namespace LearningSociety.Domain.Tests;

/// <summary>The one way numbers, rates, dates and levels read for a Vietnamese reader (dd/MM/yyyy, 1.234,5).</summary>
public sealed class VietnameseFormatting
{
    [Theory]
    [InlineData(7850, "7.850")]
    [InlineData(12.5, "12,5")]
    [InlineData(1234567.891, "1.234.567,89")]
    [InlineData(0, "0")]
    public void NumbersGroupThousandsWithDotsAndDecimalsWithACommaMark(decimal value, string text)
        => Assert.Equal(text, VietnameseFormat.Number(value));

    [Fact]
    public void ANumberWithFixedDecimalsKeepsItsTrailingZeros()
        => Assert.Equal(["1.234", "85,0", "3,14"], [VietnameseFormat.Number(1234m, 0), VietnameseFormat.Number(85m, 1), VietnameseFormat.Number(3.14159m, 2)]);

    [Theory]
    [InlineData(0.39962, "40,0%")]
    [InlineData(0.45249, "45,2%")]
    [InlineData(0.00005, "0,0%")]
    [InlineData(0.00055, "0,1%")]
    public void RoundedPercentsRoundHalfAwayFromZeroAtATenthOfAPoint(decimal rate, string text)
        => Assert.Equal(text, VietnameseFormat.RoundedPercent(rate));

    [Fact]
    public void TruncatedPercentsNeverReachTheThresholdTheyMiss()
        => Assert.Equal(["97,9%", "98%"], [VietnameseFormat.TruncatedPercent(0.97996m), VietnameseFormat.Threshold(0.98m)]);

    [Fact]
    public void ThresholdsReadAsTheLegalTextWritesThem()
        => Assert.Equal(["40%", "97,5%", "100%"], [VietnameseFormat.Threshold(0.4m), VietnameseFormat.Threshold(0.975m), VietnameseFormat.Threshold(1m)]);

    [Fact]
    public void DatesAreDayMonthYear()
    {
        Assert.Equal("05/01/2026", VietnameseFormat.Date(new DateOnly(2026, 1, 5)));
        Assert.Equal(string.Empty, VietnameseFormat.Date(null));
    }

    [Fact]
    public void TimesAreShownInVietnamWhateverTheServersZone()
        => Assert.Equal("01/12/2026 07:30", VietnameseFormat.DateTime(new DateTimeOffset(2026, 12, 1, 0, 30, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData(2, false, "Mức độ 2")]
    [InlineData(1, true, "Chuẩn")]
    public void LevelsAreNumberedUnlessTheStandardHasOnlyOne(int level, bool single, string text)
        => Assert.Equal(text, VietnameseFormat.LevelName(level, single));
}
