namespace LearningSociety.Domain.Universalization;

/// <summary>
/// The counts a commune enters (or imports) for one survey year (NĐ 20/2014/NĐ-CP; the counts the MOET PCGD-XMC system keeps under TT 35/2017/TT-BGDĐT). Rates are always
/// computed from these counts, never stored, so a corrected rule needs no re-entry.
/// </summary>
public sealed record UniversalizationSurvey
{
    /// <summary>Pairs whose first count is a subset of the second; the rules divide along them.</summary>
    public static readonly IReadOnlyList<(SurveyCount Part, SurveyCount Whole)> SubsetPairs =
    [
        (SurveyCount.Age5Attending, SurveyCount.Age5Population),
        (SurveyCount.Age5Completed, SurveyCount.Age5Population),
        (SurveyCount.Age6EnteringGrade1, SurveyCount.Age6Population),
        (SurveyCount.Age11CompletedPrimary, SurveyCount.Age11Population),
        (SurveyCount.Age11StillInPrimary, SurveyCount.Age11Population),
        (SurveyCount.Youth15To18LowerSecondaryGraduates, SurveyCount.Youth15To18Population),
        (SurveyCount.Youth15To18StudyingUpperSecondary, SurveyCount.Youth15To18Population),
        (SurveyCount.Age15To25LiterateLevel1, SurveyCount.Age15To25Population),
        (SurveyCount.Age15To35LiterateLevel1, SurveyCount.Age15To35Population),
        (SurveyCount.Age15To35LiterateLevel2, SurveyCount.Age15To35Population),
        (SurveyCount.Age15To60LiterateLevel2, SurveyCount.Age15To60Population),
    ];

    public required int SurveyYear { get; init; }

    /// <summary>The commune is on the official ĐBKK list for the survey year.</summary>
    public bool IsDisadvantaged { get; init; }

    public int Age5Population { get; init; }
    public int Age5Attending { get; init; }
    public int Age5Completed { get; init; }
    public int Age6Population { get; init; }
    public int Age6EnteringGrade1 { get; init; }
    public int Age11Population { get; init; }
    public int Age11CompletedPrimary { get; init; }

    /// <summary>
    /// Stored and validated but not part of any rate: NĐ 20 asks that the remaining 11-year-olds be
    /// "đang học các lớp tiểu học", and how TT 07/2016 counts that was not retrieved (TT 07/2016/TT-BGDĐT).
    /// </summary>
    public int Age11StillInPrimary { get; init; }

    public int Youth15To18Population { get; init; }
    public int Youth15To18LowerSecondaryGraduates { get; init; }
    public int Youth15To18StudyingUpperSecondary { get; init; }
    public int Age15To25Population { get; init; }
    public int Age15To25LiterateLevel1 { get; init; }
    public int Age15To35Population { get; init; }
    public int Age15To35LiterateLevel1 { get; init; }
    public int Age15To35LiterateLevel2 { get; init; }
    public int Age15To60Population { get; init; }
    public int Age15To60LiterateLevel2 { get; init; }

    public int Count(SurveyCount count) => count switch
    {
        SurveyCount.Age5Population => Age5Population,
        SurveyCount.Age5Attending => Age5Attending,
        SurveyCount.Age5Completed => Age5Completed,
        SurveyCount.Age6Population => Age6Population,
        SurveyCount.Age6EnteringGrade1 => Age6EnteringGrade1,
        SurveyCount.Age11Population => Age11Population,
        SurveyCount.Age11CompletedPrimary => Age11CompletedPrimary,
        SurveyCount.Age11StillInPrimary => Age11StillInPrimary,
        SurveyCount.Youth15To18Population => Youth15To18Population,
        SurveyCount.Youth15To18LowerSecondaryGraduates => Youth15To18LowerSecondaryGraduates,
        SurveyCount.Youth15To18StudyingUpperSecondary => Youth15To18StudyingUpperSecondary,
        SurveyCount.Age15To25Population => Age15To25Population,
        SurveyCount.Age15To25LiterateLevel1 => Age15To25LiterateLevel1,
        SurveyCount.Age15To35Population => Age15To35Population,
        SurveyCount.Age15To35LiterateLevel1 => Age15To35LiterateLevel1,
        SurveyCount.Age15To35LiterateLevel2 => Age15To35LiterateLevel2,
        SurveyCount.Age15To60Population => Age15To60Population,
        SurveyCount.Age15To60LiterateLevel2 => Age15To60LiterateLevel2,
        _ => throw new ArgumentOutOfRangeException(nameof(count), count, null),
    };

    /// <summary>A copy with one count replaced; lets imports and tests address counts by name.</summary>
    public UniversalizationSurvey WithCount(SurveyCount count, int value) => count switch
    {
        SurveyCount.Age5Population => this with { Age5Population = value },
        SurveyCount.Age5Attending => this with { Age5Attending = value },
        SurveyCount.Age5Completed => this with { Age5Completed = value },
        SurveyCount.Age6Population => this with { Age6Population = value },
        SurveyCount.Age6EnteringGrade1 => this with { Age6EnteringGrade1 = value },
        SurveyCount.Age11Population => this with { Age11Population = value },
        SurveyCount.Age11CompletedPrimary => this with { Age11CompletedPrimary = value },
        SurveyCount.Age11StillInPrimary => this with { Age11StillInPrimary = value },
        SurveyCount.Youth15To18Population => this with { Youth15To18Population = value },
        SurveyCount.Youth15To18LowerSecondaryGraduates => this with { Youth15To18LowerSecondaryGraduates = value },
        SurveyCount.Youth15To18StudyingUpperSecondary => this with { Youth15To18StudyingUpperSecondary = value },
        SurveyCount.Age15To25Population => this with { Age15To25Population = value },
        SurveyCount.Age15To25LiterateLevel1 => this with { Age15To25LiterateLevel1 = value },
        SurveyCount.Age15To35Population => this with { Age15To35Population = value },
        SurveyCount.Age15To35LiterateLevel1 => this with { Age15To35LiterateLevel1 = value },
        SurveyCount.Age15To35LiterateLevel2 => this with { Age15To35LiterateLevel2 = value },
        SurveyCount.Age15To60Population => this with { Age15To60Population = value },
        SurveyCount.Age15To60LiterateLevel2 => this with { Age15To60LiterateLevel2 = value },
        _ => throw new ArgumentOutOfRangeException(nameof(count), count, null),
    };

    /// <summary>Vietnamese messages, one per problem, naming the counts involved; empty when valid.</summary>
    public IReadOnlyList<string> Validate() => [.. Problems().Select(p => p.Message)];

    /// <summary>Each problem with the count it is about (the part above its whole), so a form shows it at that field.</summary>
    public IReadOnlyList<SurveyProblem> Problems()
    {
        var problems = new List<SurveyProblem>();
        foreach (var count in Enum.GetValues<SurveyCount>())
        {
            if (Count(count) < 0)
            {
                problems.Add(new(count, $"{Capitalized(count)} ({Count(count)}) không được âm"));
            }
        }

        foreach (var (part, whole) in SubsetPairs)
        {
            if (Count(part) > Count(whole))
            {
                problems.Add(new(part, $"{Capitalized(part)} ({Count(part)}) không được lớn hơn số {whole.Label()} ({Count(whole)})"));
            }
        }

        // Each 11-year-old has either completed primary or is still in it, never both.
        var age11Accounted = Age11CompletedPrimary + Age11StillInPrimary;
        if (Age11CompletedPrimary <= Age11Population && Age11StillInPrimary <= Age11Population
            && age11Accounted > Age11Population)
        {
            problems.Add(new(SurveyCount.Age11CompletedPrimary,
                $"Tổng số {SurveyCount.Age11CompletedPrimary.Label()} và số {SurveyCount.Age11StillInPrimary.Label()} " +
                $"({age11Accounted}) không được lớn hơn số {SurveyCount.Age11Population.Label()} ({Age11Population})"));
        }

        return problems;
    }

    private static string Capitalized(SurveyCount count) => "Số " + count.Label();
}

/// <summary>A problem of a survey: the count it is about and the Vietnamese message.</summary>
public sealed record SurveyProblem(SurveyCount Count, string Message);
