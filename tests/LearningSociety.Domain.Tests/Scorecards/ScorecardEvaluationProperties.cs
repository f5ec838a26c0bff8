using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LearningSociety.Domain.Scorecards;

namespace LearningSociety.Domain.Tests.Scorecards;

public class ScorecardEvaluationProperties
{
    public sealed record Card(int[] Scores, int Threshold, int MinPerIndicator)
    {
        public IReadOnlyList<IndicatorScore> Indicators => TestScorecards.Of(Scores);

        public ScorecardResult Evaluate() => ScorecardEvaluation.Evaluate(Indicators, Threshold, MinPerIndicator);

        public override string ToString() => $"[{string.Join(", ", Scores)}] threshold {Threshold}, min {MinPerIndicator}";
    }

    public sealed record RaisedCard(Card Before, int Index, int RaisedTo)
    {
        public Card After => Before with { Scores = [.. Before.Scores.Select((s, i) => i == Index ? RaisedTo : s)] };

        public override string ToString() => $"{Before}; {IndicatorDefinition.Codes[Index]} raised to {RaisedTo}";
    }

    // Uniform scores sum to about 55, so thresholds over the whole 10–100 range give passes and failures
    // of both kinds; a weight on 80/70 and 5 keeps the seeded rules well covered.
    private static readonly Gen<Card> Cards =
        from scores in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(1, 10)), (2, Gen.Choose(5, 10))), RecognitionRule.IndicatorCount)
        from threshold in Gen.Frequency((3, Gen.Choose(10, 100)), (1, Gen.Elements(70, 80)))
        from min in Gen.Frequency((3, Gen.Choose(1, 10)), (1, Gen.Constant(5)))
        select new Card(scores, threshold, min);

    private static readonly Gen<RaisedCard> RaisedCards =
        from card in Cards
        from index in Gen.Choose(0, RecognitionRule.IndicatorCount - 1)
        from raisedTo in Gen.Choose(card.Scores[index], RecognitionRule.MaxScore)
        select new RaisedCard(card, index, raisedTo);

    [Property(MaxTest = 1000)]
    public Property PassesExactlyWhenTheSumReachesTheThresholdAndNoScoreIsBelowTheMinimum() =>
        Prop.ForAll(Cards.ToArbitrary(), card =>
        {
            var result = card.Evaluate();
            var expected = card.Scores.Sum() >= card.Threshold && card.Scores.Min() >= card.MinPerIndicator;

            return result.Passed == expected && result.Total == card.Scores.Sum();
        });

    [Property(MaxTest = 1000)]
    public Property RaisingOneScoreNeverTurnsAPassIntoAFail() =>
        Prop.ForAll(RaisedCards.ToArbitrary(), change =>
            !change.Before.Evaluate().Passed || change.After.Evaluate().Passed);

    [Property(MaxTest = 500)]
    public Property TheReasonsAreNeverEmpty() =>
        Prop.ForAll(Cards.ToArbitrary(), card => card.Evaluate().Reasons.Count > 0);

    [Property(MaxTest = 1000)]
    public Property AFailingCardHasOneReasonPerLowIndicatorPlusOneForAShortTotal() =>
        Prop.ForAll(Cards.ToArbitrary(), card =>
        {
            var result = card.Evaluate();
            var low = card.Scores.Count(s => s < card.MinPerIndicator);
            var shortTotal = card.Scores.Sum() < card.Threshold ? 1 : 0;

            return result.Passed || result.Reasons.Count == low + shortTotal;
        });

    [Property(MaxTest = 500)]
    public Property APassingCardGivesTheTotalAndTheLowestScoreAsItsTwoReasons() =>
        Prop.ForAll(Cards.ToArbitrary(), card =>
        {
            var result = card.Evaluate();

            return !result.Passed || result.Reasons.SequenceEqual(
            [
                $"Tổng điểm {card.Scores.Sum()} ≥ {card.Threshold}",
                $"Không có chỉ số nào dưới {card.MinPerIndicator} điểm (thấp nhất {card.Scores.Min()})",
            ]);
        });

    [Property(MaxTest = 300)]
    public Property TheOrderOfTheIndicatorsDoesNotChangeTheVerdict() =>
        Prop.ForAll(Cards.ToArbitrary(), card =>
        {
            var forward = card.Evaluate();
            var backward = ScorecardEvaluation.Evaluate([.. card.Indicators.Reverse()], card.Threshold, card.MinPerIndicator);

            return forward.Passed == backward.Passed && forward.Total == backward.Total
                && forward.Reasons.Count == backward.Reasons.Count;
        });
}
