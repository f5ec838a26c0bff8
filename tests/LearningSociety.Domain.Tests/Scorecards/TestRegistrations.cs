using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;

namespace LearningSociety.Domain.Tests.Scorecards;

/// <summary>Builds a citizen's registration for a year and walks it through self-assessment and appraisal.</summary>
internal sealed class TestRegistrations
{
    public static readonly DateTimeOffset At = new(2025, 3, 10, 8, 0, 0, TimeSpan.FromHours(7));
    public const string Branch = "chi-hoi-thon-3";
    public const int GroupId = 1;
    public const int VillageId = 40;

    private int year = 2025;
    private IReadOnlyList<IndicatorInput>? selfAssessment;
    private IReadOnlyList<IndicatorInput>? appraisal;
    private bool locked;

    public static TestRegistrations ARegistration() => new();

    public static Citizen ACitizen() =>
        new("Nguyễn Văn An", new DateOnly(1980, 5, 17), 1980, Gender.Male, GroupId, VillageId, "001080012345", null);

    /// <summary>Inputs in code order without notes.</summary>
    public static IReadOnlyList<IndicatorInput> Inputs(params int[] scores)
        => [.. TestScorecards.Of(scores).Select(s => new IndicatorInput(s.Code, s.Score, null))];

    public static IReadOnlyList<IndicatorInput> InputsAllAt(int score) => Inputs([.. Enumerable.Repeat(score, RecognitionRule.IndicatorCount)]);

    public TestRegistrations ForYear(int value)
    {
        year = value;
        return this;
    }

    public TestRegistrations SelfAssessed(IReadOnlyList<IndicatorInput> inputs)
    {
        selfAssessment = inputs;
        return this;
    }

    public TestRegistrations SelfAssessedAllAt(int score) => SelfAssessed(InputsAllAt(score));

    /// <summary>Appraised with the same scores as the self-assessment, so no reasons are needed.</summary>
    public TestRegistrations AppraisedAsSelfAssessed()
    {
        appraisal = selfAssessment ?? throw new InvalidOperationException("Self-assess first.");
        return this;
    }

    public TestRegistrations Locked()
    {
        locked = true;
        return this;
    }

    public CdhtRegistration Build()
    {
        var registration = new CdhtRegistration(ACitizen(), year, RegistrationChannel.Branch, Branch, At);
        if (selfAssessment is not null)
        {
            registration.RecordSelfAssessment(selfAssessment, hasConsent: true, "cong-dan", onBehalf: false, At);
        }

        if (appraisal is not null)
        {
            registration.Appraise(appraisal, TestScorecards.Ordinary(), hasConsent: true, Branch, At);
        }

        if (locked)
        {
            registration.Lock();
        }

        return registration;
    }
}

internal static class IndicatorInputs
{
    public static IReadOnlyList<IndicatorInput> With(this IReadOnlyList<IndicatorInput> inputs, string code, int score, string? note = null)
        => [.. inputs.Select(i => i.Code == code ? new IndicatorInput(code, score, note) : i)];
}
