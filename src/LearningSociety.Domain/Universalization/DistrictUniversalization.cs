namespace LearningSociety.Domain.Universalization;

/// <summary>How many of a district's communes meet one level, and whether that share is enough.</summary>
public sealed record DistrictLevelResult(
    int Level,
    int CommunesMeeting,
    int Communes,
    decimal? ShareOfCommunes,
    decimal MinShareOfCommunes,
    bool IsMet,
    string? Reason);

/// <summary>A standard for a district: Level is the highest level whose share of communes suffices.</summary>
public sealed record DistrictStandardResult(UniversalizationStandard Standard, int Level, IReadOnlyList<DistrictLevelResult> Levels);

/// <summary>
/// District (huyện) standards of NĐ 20 §5.3: a share of communes meeting the same level. A commune
/// meets a level when its own level is at least that level (a TH mức 3 commune counts for mức 1 and 2).
/// </summary>
public static class DistrictUniversalization
{
    public static IReadOnlyList<DistrictStandardResult> Evaluate(
        IReadOnlyCollection<UniversalizationEvaluation> communes, UniversalizationRuleSet ruleSet, int surveyYear)
    {
        ArgumentNullException.ThrowIfNull(communes);
        ArgumentNullException.ThrowIfNull(ruleSet);
        if (communes.Any(c => c.SurveyYear != surveyYear))
        {
            throw new ArgumentException($"All commune evaluations must be for survey year {surveyYear}.", nameof(communes));
        }

        var rules = ruleSet.InForce(surveyYear);
        return
        [
            .. rules.DistrictRules
                .GroupBy(r => r.Standard)
                .OrderBy(g => g.Key)
                .Select(g =>
                {
                    var levels = g.OrderBy(r => r.Level).Select(r => EvaluateLevel(r, communes, rules)).ToList();
                    var reached = levels.Where(l => l.IsMet).Select(l => l.Level).DefaultIfEmpty(0).Max();
                    return new DistrictStandardResult(g.Key, reached, levels);
                }),
        ];
    }

    private static DistrictLevelResult EvaluateLevel(
        DistrictUniversalizationRule rule, IReadOnlyCollection<UniversalizationEvaluation> communes, UniversalizationRuleSet rules)
    {
        var meeting = communes.Count(c => c.LevelOf(rule.Standard) >= rule.Level);
        var total = communes.Count;
        decimal? share = total == 0 ? null : (decimal)meeting / total;
        var met = total > 0 && meeting >= rule.MinShareOfCommunes * total;

        var levelName = UniversalizationEvaluator.LevelName(rules, rule.Standard, rule.Level);
        string? reason = met ? null
            : share is { } s
                ? $"Chưa đạt {levelName}: tỷ lệ xã đạt {levelName} là {VietnameseFormat.TruncatedPercent(s)} " +
                  $"({meeting}/{total}) < {VietnameseFormat.Threshold(rule.MinShareOfCommunes)}"
                : $"Chưa đạt {levelName}: chưa có xã nào được đánh giá";
        return new DistrictLevelResult(rule.Level, meeting, total, share, rule.MinShareOfCommunes, met, reason);
    }
}
