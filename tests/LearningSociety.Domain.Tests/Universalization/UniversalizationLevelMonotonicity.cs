using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LearningSociety.Domain.Universalization;

namespace LearningSociety.Domain.Tests.Universalization;

public class UniversalizationLevelMonotonicity
{
    [Property(Arbitrary = [typeof(RaisedCounts)], MaxTest = 500)]
    public bool RaisingAnyNumeratorNeverLowersALevel(RaisedCount change)
    {
        var rules = UniversalizationRuleSet.Decree20Of2014();
        var before = UniversalizationEvaluator.Evaluate(change.Before, rules);
        var after = UniversalizationEvaluator.Evaluate(change.After, rules);

        return Enum.GetValues<UniversalizationStandard>().All(s => after.LevelOf(s) >= before.LevelOf(s));
    }

    public sealed record RaisedCount(UniversalizationSurvey Before, UniversalizationSurvey After)
    {
        public override string ToString() => $"{Before} → {After}";
    }

    public static class RaisedCounts
    {
        // Most shares sit near the 70–98% thresholds; uniform shares would almost always reach level 0.
        private static readonly Gen<int> PerMille = Gen.Frequency(
            (1, Gen.Choose(0, 1000)), (4, Gen.Choose(650, 1000)), (1, Gen.Constant(1000)));

        public static Arbitrary<RaisedCount> Arbitrary() => Arb.From(
            from populations in Gen.ArrayOf(Gen.Choose(0, 300), 7)
            from shares in Gen.ArrayOf(PerMille, UniversalizationSurvey.SubsetPairs.Count)
            from isDisadvantaged in Gen.Elements(true, false)
            from pair in Gen.Choose(0, UniversalizationSurvey.SubsetPairs.Count - 1)
            from raise in PerMille
            let before = Survey(populations, shares, isDisadvantaged)
            select new RaisedCount(before, Raise(before, pair, raise)));

        private static UniversalizationSurvey Survey(int[] populations, int[] shares, bool isDisadvantaged)
        {
            var survey = new UniversalizationSurvey { SurveyYear = 2024, IsDisadvantaged = isDisadvantaged };
            var wholes = UniversalizationSurvey.SubsetPairs.Select(p => p.Whole).Distinct().ToList();
            foreach (var (whole, population) in wholes.Zip(populations))
            {
                survey = survey.WithCount(whole, population);
            }

            for (var i = 0; i < shares.Length; i++)
            {
                var (part, _) = UniversalizationSurvey.SubsetPairs[i];
                survey = survey.WithCount(part, Room(survey, part) * shares[i] / 1000);
            }

            return survey;
        }

        private static UniversalizationSurvey Raise(UniversalizationSurvey survey, int pair, int perMille)
        {
            var part = UniversalizationSurvey.SubsetPairs[pair].Part;
            var current = survey.Count(part);
            return survey.WithCount(part, current + (Room(survey, part) - current) * perMille / 1000);
        }

        // The largest value a part may take with the other counts fixed.
        private static int Room(UniversalizationSurvey survey, SurveyCount part) => part switch
        {
            SurveyCount.Age11CompletedPrimary => survey.Age11Population - survey.Age11StillInPrimary,
            SurveyCount.Age11StillInPrimary => survey.Age11Population - survey.Age11CompletedPrimary,
            _ => survey.Count(UniversalizationSurvey.SubsetPairs.First(p => p.Part == part).Whole),
        };
    }
}
