using LearningSociety.Domain.Plans;

namespace LearningSociety.Domain.Tests.Plans;

public class PlanPeriods
{
    [Theory]
    [InlineData(2024, 2024)]
    [InlineData(2021, 2030)]
    [InlineData(2020, 2030)]
    [InlineData(2000, 2000)]
    [InlineData(2100, 2100)]
    public void AYearOrAPeriodOfAtMostElevenYearsIsValid(int start, int end) => Assert.True(PlanPeriod.IsValid(start, end));

    [Theory]
    [InlineData(2024, 2023)]
    [InlineData(2020, 2031)]
    [InlineData(1999, 1999)]
    [InlineData(2101, 2101)]
    public void AnEndBeforeTheStartALongerPeriodOrAStartOutOfBoundsIsNot(int start, int end) => Assert.False(PlanPeriod.IsValid(start, end));

    [Fact]
    public void PostedGridYearsAreKeptWithinBounds()
    {
        Assert.Equal([2024], PlanPeriod.BoundedYears(2024, 2024));
        Assert.Equal(Enumerable.Range(2020, 11), PlanPeriod.BoundedYears(2020, 9999));
        Assert.Equal([2000], PlanPeriod.BoundedYears(-5, -5));
        Assert.Equal([2100], PlanPeriod.BoundedYears(2100, 2105));
    }

    [Fact]
    public void APeriodReadsAsTheTitlesWriteIt()
    {
        Assert.Equal("năm 2024", PlanPeriod.Text(2024, 2024));
        Assert.Equal("giai đoạn 2021-2030", PlanPeriod.Text(2021, 2030));
    }
}
