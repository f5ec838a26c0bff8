using LearningSociety.Domain.Scorecards;
using static LearningSociety.Domain.Tests.Scorecards.TestScorecards;

namespace LearningSociety.Domain.Tests.Scorecards;

public class ScorecardShapeValidation
{
    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(11)]
    public void ACardWithoutExactlyTenIndicatorsIsRefused(int count)
    {
        var card = Enumerable.Range(1, count).Select(i => new IndicatorScore($"X{i}", 8)).ToList();

        var refused = Assert.Throws<DomainException>(() => ScorecardEvaluation.Evaluate(card, Ordinary()));

        Assert.Equal($"Phiếu đánh giá phải có đủ 10 chỉ số (hiện có {count}).", refused.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(-1)]
    public void AScoreOutsideOneToTenIsRefusedNamingTheIndicator(int score)
    {
        var card = AllAt(8).With("TC1.3", score);

        var refused = Assert.Throws<DomainException>(() => ScorecardEvaluation.Evaluate(card, Ordinary()));

        Assert.Equal("Chỉ số 1.3: điểm phải là số nguyên từ 1 đến 10.", refused.Message);
    }

    [Fact]
    public void AScoreOutOfRangeIsRefusedEvenWhenNoThresholdApplies()
    {
        Assert.Throws<DomainException>(() => ScorecardEvaluation.Evaluate(AllAt(8).With("TC3.2", 0), threshold: 0, minPerIndicator: 0));
    }

    [Fact]
    public void ADuplicatedIndicatorIsRefused()
    {
        var card = AllAt(8).Select(s => s.Code == "TC3.2" ? s with { Code = "TC3.1" } : s).ToList();

        var refused = Assert.Throws<DomainException>(() => ScorecardEvaluation.Evaluate(card, Ordinary()));

        Assert.Equal("Phiếu đánh giá có chỉ số bị lặp.", refused.Message);
    }

    [Theory]
    [InlineData("TC3.3")]
    [InlineData("tc3.2")]
    [InlineData("3.2")]
    public void AnIndicatorCodeOutsideTheTenOfficialCodesIsRefused(string unknown)
    {
        // The official codes are a closed set (IndicatorDefinition.Codes); today only the web validator checks them.
        var card = AllAt(8).Select(s => s.Code == "TC3.2" ? s with { Code = unknown } : s).ToList();

        Assert.Throws<DomainException>(() => ScorecardEvaluation.Evaluate(card, Ordinary()));
    }
}
