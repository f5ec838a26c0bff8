namespace LearningSociety.Domain.Universalization;

/// <summary>Computes the PCGD-XMC level of a commune for each standard from its survey counts.</summary>
public static class UniversalizationEvaluator
{
    /// <summary>
    /// Uses the rows in force for the survey year; a ĐBKK commune is measured with the ĐBKK thresholds
    /// and age bands. A level is reached when all its conditions and prerequisites hold.
    /// </summary>
    /// <exception cref="DomainException">The survey is invalid (negative counts, part above whole).</exception>
    public static UniversalizationEvaluation Evaluate(UniversalizationSurvey survey, UniversalizationRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(ruleSet);

        var errors = survey.Validate();
        if (errors.Count > 0)
        {
            throw new DomainException(string.Join("; ", errors));
        }

        var rules = ruleSet.InForce(survey.SurveyYear);
        var run = new Run(survey, rules);
        var standards = Enum.GetValues<UniversalizationStandard>()
            .Where(s => rules.LevelsOf(s).Count > 0)
            .Select(run.Evaluate)
            .ToList();
        return new UniversalizationEvaluation(survey.SurveyYear, survey.IsDisadvantaged, standards);
    }

    /// <summary>"mức độ 2", or "chuẩn" for a standard with one level, inside a sentence.</summary>
    internal static string LevelName(UniversalizationRuleSet rules, UniversalizationStandard standard, int level) =>
        VietnameseFormat.LevelName(level, rules.LevelsOf(standard).Count == 1).ToLowerInvariant();

    private sealed class Run(UniversalizationSurvey survey, UniversalizationRuleSet rules)
    {
        private readonly Dictionary<UniversalizationStandard, StandardResult> done = [];
        private readonly HashSet<UniversalizationStandard> inProgress = [];

        public StandardResult Evaluate(UniversalizationStandard standard)
        {
            if (done.TryGetValue(standard, out var known))
            {
                return known;
            }

            if (!inProgress.Add(standard))
            {
                throw new InvalidOperationException($"Prerequisites of {standard} form a cycle.");
            }

            var levels = new List<LevelResult>();
            foreach (var level in rules.LevelsOf(standard))
            {
                levels.Add(EvaluateLevel(standard, level, levels));
            }

            var reached = levels.Where(l => l.IsReached).Select(l => l.Level).DefaultIfEmpty(0).Max();
            var result = new StandardResult(standard, reached, levels);
            inProgress.Remove(standard);
            done[standard] = result;
            return result;
        }

        private LevelResult EvaluateLevel(UniversalizationStandard standard, int level, IReadOnlyList<LevelResult> lower)
        {
            var conditions = rules.Conditions
                .Where(r => r.Standard == standard && r.Level == level)
                .OrderBy(r => r.ConditionCode, StringComparer.Ordinal)
                .Select(Measure)
                .ToList();

            // A prerequisite holds when the required standard has reached at least that level: a commune
            // at XMC mức 2 has what THCS mức 1 asks of literacy even though XMC 2 does not require XMC 1.
            var prerequisites = rules.Prerequisites
                .Where(p => p.Standard == standard && p.Level == level)
                .OrderBy(p => p.RequiredStandard).ThenBy(p => p.RequiredLevel)
                .Select(p => new PrerequisiteResult(p.RequiredStandard, p.RequiredLevel,
                    p.RequiredStandard == standard
                        ? lower.Any(l => l.IsReached && l.Level >= p.RequiredLevel)
                        : Evaluate(p.RequiredStandard).Level >= p.RequiredLevel))
                .ToList();

            var prefix = $"Chưa đạt {LevelName(rules, standard, level)}: ";
            var reasons = conditions.Where(c => !c.IsMet).Select(c => prefix + Explain(c))
                .Concat(prerequisites.Where(p => !p.IsMet).Select(p =>
                    $"{prefix}chưa đạt chuẩn {p.RequiredStandard.Label()}" +
                    (rules.LevelsOf(p.RequiredStandard).Count == 1 ? "" : $" mức độ {p.RequiredLevel}")))
                .ToList();

            return new LevelResult(level, reasons.Count == 0, conditions, prerequisites, reasons);
        }

        private ConditionResult Measure(UniversalizationRule rule)
        {
            var numerator = rule.NumeratorFor(survey.IsDisadvantaged);
            var denominator = rule.DenominatorFor(survey.IsDisadvantaged);
            var n = survey.Count(numerator);
            var d = survey.Count(denominator);
            var required = rule.MinRateFor(survey.IsDisadvantaged);

            // Compared on counts, not on the divided rate, so 95/100 against 0.95 can never lose to
            // decimal rounding; the decree says "ít nhất", hence ≥.
            var met = d > 0 && n >= required * d;
            return new ConditionResult(rule.ConditionCode, numerator, denominator, n, d,
                d == 0 ? null : (decimal)n / d, required, met);
        }

        private static string Explain(ConditionResult c) => c.ActualRate is { } rate
            ? $"tỷ lệ {c.Numerator.Label()} đạt {VietnameseFormat.TruncatedPercent(rate)} " +
              $"< {VietnameseFormat.Threshold(c.RequiredRate)}"
            : $"không tính được tỷ lệ {c.Numerator.Label()} vì số {c.Denominator.Label()} bằng 0";
    }
}
