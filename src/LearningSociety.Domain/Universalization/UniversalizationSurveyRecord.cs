namespace LearningSociety.Domain.Universalization;

/// <summary>
/// The PCGD-XMC counts a commune entered (or imported) for a survey year, one <see cref="SurveyFigure"/> per
/// <see cref="SurveyCount"/>. Only counts are stored; levels are computed with the rules in force, so a
/// corrected threshold changes the result without re-entry.
/// </summary>
public sealed class UniversalizationSurveyRecord
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public int Year { get; set; }

    public List<SurveyFigure> Figures { get; set; } = [];

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public int this[SurveyCount count] => Figures.FirstOrDefault(f => f.Count == count)?.Value ?? 0;

    /// <summary>Sets every count (missing ones to 0) from <paramref name="survey"/>.</summary>
    public void SetCounts(UniversalizationSurvey survey)
    {
        foreach (var count in Enum.GetValues<SurveyCount>())
        {
            var figure = Figures.FirstOrDefault(f => f.Count == count);
            if (figure is null)
            {
                Figures.Add(new SurveyFigure { Count = count, Value = survey.Count(count) });
            }
            else if (figure.Value != survey.Count(count))
            {
                figure.Value = survey.Count(count);
            }
        }
    }

    /// <param name="isDisadvantaged">Whether the commune is ĐBKK in <see cref="Year"/> (from its year profile).</param>
    public UniversalizationSurvey ToSurvey(bool isDisadvantaged)
        => Figures.Aggregate(new UniversalizationSurvey { SurveyYear = Year, IsDisadvantaged = isDisadvantaged },
            (survey, figure) => survey.WithCount(figure.Count, figure.Value));
}

/// <summary>One count of a survey.</summary>
public sealed class SurveyFigure
{
    public int Id { get; set; }

    public int SurveyId { get; set; }

    public SurveyCount Count { get; set; }

    public int Value { get; set; }
}
