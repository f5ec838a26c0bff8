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

    [Fact]
    public void ANewRuleCountsDigitalSkillsFromSevenOnTc21()
    {
        var rule = Ordinary();

        Assert.Equal(7, rule.DigitalSkillsCutOff);
        Assert.False(rule.ShowsDigitalSkills(6));
        Assert.True(rule.ShowsDigitalSkills(7));
        Assert.False(rule.ShowsDigitalSkills(null));
    }

    [Fact]
    public void TheDigitalSkillsCutOffIsRuleDataThatAChangeMayMove()
    {
        var rule = Ordinary();

        rule.Change(80, 5, 5, digitalSkillsCutOff: 9);

        Assert.False(rule.ShowsDigitalSkills(8));
        Assert.True(rule.ShowsDigitalSkills(9));
    }

    [Fact]
    public void AChangeWithoutACutOffKeepsTheOneTheRuleHas()
    {
        var rule = Ordinary();
        rule.Change(80, 5, 5, digitalSkillsCutOff: 6);

        rule.Change(75, 5, 5);

        Assert.Equal(6, rule.DigitalSkillsCutOff);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void ADigitalSkillsCutOffOutsideOneToTenIsRefused(int cutOff)
    {
        var rule = Ordinary();

        var refused = Assert.Throws<DomainException>(() => rule.Change(80, 5, 5, cutOff));

        Assert.Equal("Điểm chỉ số TC2.1 để tính đạt kỹ năng số phải từ 1 đến 10.", refused.Message);
        Assert.Equal(7, rule.DigitalSkillsCutOff);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(null, false)]
    public void AnIndicatorIsBelowTheMinimumOnlyUnderTheRulesMinimum(int? score, bool below)
        => Assert.Equal(below, Ordinary().IsBelowMinimum(score));

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void ARuleCannotApplyFromAYearOutsideTheProgramme(int year)
    {
        var refused = Assert.Throws<DomainException>(() => new RecognitionRule("sai", year, null, false, 80, 5, 5));

        Assert.Equal("Năm áp dụng phải từ 2000 đến 2100.", refused.Message);
    }
}
