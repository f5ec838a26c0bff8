using LearningSociety.Domain.Scorecards;

namespace LearningSociety.Domain.Tests.Scorecards;

/// <summary>Test data: cards in the official indicator order (TC1.1 … TC3.2) and the seeded rules.</summary>
internal static class TestScorecards
{
    public static IReadOnlyList<IndicatorScore> AllAt(int score) => Of([.. Enumerable.Repeat(score, RecognitionRule.IndicatorCount)]);

    /// <summary>Scores in code order; the number of scores must be the number of indicators.</summary>
    public static IReadOnlyList<IndicatorScore> Of(params int[] scores)
    {
        if (scores.Length != RecognitionRule.IndicatorCount)
        {
            throw new ArgumentException("A test card needs exactly ten scores.", nameof(scores));
        }

        return IndicatorDefinition.Codes.Zip(scores, (code, score) => new IndicatorScore(code, score)).ToList();
    }

    public static IReadOnlyList<IndicatorScore> With(this IReadOnlyList<IndicatorScore> card, string code, int score)
        => card.Select(s => s.Code == code ? s with { Score = score } : s).ToList();

    /// <summary>The national default of KH 196/KH-KHVN: 80 points, none below 5.</summary>
    public static RecognitionRule Ordinary(int validFromYear = 2022, int? scopeUnitId = null, int threshold = 80)
        => new($"Thông thường {threshold} ({validFromYear}, phạm vi {scopeUnitId?.ToString() ?? "toàn quốc"})",
            validFromYear, scopeUnitId, forDisadvantagedCommunes: false, threshold, minPerIndicator: 5, consecutiveYearsForOutstanding: 5);

    /// <summary>The variant for ĐBKK / DTTS communes: 70 points, none below 5.</summary>
    public static RecognitionRule Disadvantaged(int validFromYear = 2022, int? scopeUnitId = null, int threshold = 70)
        => new($"ĐBKK {threshold} ({validFromYear}, phạm vi {scopeUnitId?.ToString() ?? "toàn quốc"})",
            validFromYear, scopeUnitId, forDisadvantagedCommunes: true, threshold, minPerIndicator: 5, consecutiveYearsForOutstanding: 5);
}
