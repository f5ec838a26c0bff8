using LearningSociety.Domain.Scorecards;
using static LearningSociety.Domain.Tests.Scorecards.TestScorecards;

namespace LearningSociety.Domain.Tests.Scorecards;

public class RecognitionRuleChanges
{
    [Theory]
    [InlineData(10, 1, 1)]
    [InlineData(100, 10, 20)]
    [InlineData(70, 5, 5)]
    public void ValuesAtTheEdgesOfTheirRangesAreAccepted(int threshold, int min, int years)
    {
        var rule = Ordinary();

        rule.Change(threshold, min, years);

        Assert.Equal((threshold, min, years), (rule.Threshold, rule.MinPerIndicator, rule.ConsecutiveYearsForOutstanding));
    }

    [Theory]
    [InlineData(9)]
    [InlineData(101)]
    [InlineData(0)]
    public void AThresholdOutsideTenToOneHundredIsRefused(int threshold)
    {
        var refused = Assert.Throws<DomainException>(() => Ordinary().Change(threshold, 5, 5));

        Assert.Equal("Ngưỡng tổng điểm phải từ 10 đến 100.", refused.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void AMinimumPerIndicatorOutsideOneToTenIsRefused(int min)
    {
        var refused = Assert.Throws<DomainException>(() => Ordinary().Change(80, min, 5));

        Assert.Equal("Điểm tối thiểu mỗi chỉ số phải từ 1 đến 10.", refused.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void ConsecutiveYearsOutsideOneToTwentyAreRefused(int years)
    {
        var refused = Assert.Throws<DomainException>(() => Ordinary().Change(80, 5, years));

        Assert.Equal("Số năm liên tục để đạt tiêu biểu xuất sắc phải từ 1 đến 20.", refused.Message);
    }

    [Fact]
    public void ARefusedChangeLeavesTheRuleAsItWas()
    {
        var rule = Ordinary();

        Assert.Throws<DomainException>(() => rule.Change(70, 0, 3));

        Assert.Equal((80, 5, 5), (rule.Threshold, rule.MinPerIndicator, rule.ConsecutiveYearsForOutstanding));
    }

    [Fact]
    public void TheConstructorAppliesTheSameChecks()
    {
        Assert.Throws<DomainException>(() => new RecognitionRule("sai", 2025, null, false, 101, 5, 5));
    }
}
