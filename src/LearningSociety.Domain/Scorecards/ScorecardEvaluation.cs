using System.Globalization;

namespace LearningSociety.Domain.Scorecards;

/// <summary>One indicator's score on a card (code such as "TC2.1", score 1–10).</summary>
public readonly record struct IndicatorScore(string Code, int Score);

/// <summary>The outcome of applying the recognition rule, with its reasons in Vietnamese.</summary>
public sealed record ScorecardResult(int Total, bool Passed, IReadOnlyList<string> Reasons, int Threshold, int MinPerIndicator)
{
    public string Label => Passed ? "Đạt" : "Không đạt";
}

/// <summary>
/// The one implementation of "recognised when the total reaches the threshold and no indicator is
/// below the minimum". Pages, imports and reports all call this.
/// </summary>
public static class ScorecardEvaluation
{
    public static ScorecardResult Evaluate(IReadOnlyList<IndicatorScore> scores, RecognitionRule rule)
        => Evaluate(scores, rule.Threshold, rule.MinPerIndicator);

    public static ScorecardResult Evaluate(IReadOnlyList<IndicatorScore> scores, int threshold, int minPerIndicator)
    {
        ValidateShape(scores);

        var total = scores.Sum(s => s.Score);
        var reasons = new List<string>();
        var lowIndicators = scores.Where(s => s.Score < minPerIndicator).ToList();

        if (total < threshold)
        {
            reasons.Add($"Tổng điểm {total} < {threshold}");
        }

        foreach (var low in lowIndicators)
        {
            reasons.Add($"Chỉ số {DisplayCode(low.Code)} được {low.Score} điểm (< {minPerIndicator})");
        }

        var passed = reasons.Count == 0;
        if (passed)
        {
            var lowest = scores.Min(s => s.Score);
            reasons.Add($"Tổng điểm {total} ≥ {threshold}");
            reasons.Add($"Không có chỉ số nào dưới {minPerIndicator} điểm (thấp nhất {lowest.ToString(CultureInfo.InvariantCulture)})");
        }

        return new ScorecardResult(total, passed, reasons, threshold, minPerIndicator);
    }

    /// <summary>"TC2.2" is shown to people as "2.2", the way the criteria sheets number them.</summary>
    public static string DisplayCode(string code) => code.StartsWith("TC", StringComparison.Ordinal) ? code[2..] : code;

    private static void ValidateShape(IReadOnlyList<IndicatorScore> scores)
    {
        if (scores.Count != RecognitionRule.IndicatorCount)
        {
            throw new DomainException($"Phiếu đánh giá phải có đủ {RecognitionRule.IndicatorCount} chỉ số (hiện có {scores.Count}).");
        }

        var unknown = scores.FirstOrDefault(s => !IndicatorDefinition.Codes.Contains(s.Code));
        if (unknown.Code is not null)
        {
            throw new DomainException($"Mã chỉ số không hợp lệ: {unknown.Code}.", unknown.Code);
        }

        var bad = scores.FirstOrDefault(s => s.Score is < RecognitionRule.MinScore or > RecognitionRule.MaxScore);
        if (bad.Code is not null)
        {
            throw new DomainException($"Chỉ số {DisplayCode(bad.Code)}: điểm phải là số nguyên từ {RecognitionRule.MinScore} đến {RecognitionRule.MaxScore}.",
                bad.Code);
        }

        if (scores.Select(s => s.Code).Distinct(StringComparer.Ordinal).Count() != scores.Count)
        {
            throw new DomainException("Phiếu đánh giá có chỉ số bị lặp.");
        }
    }
}
