namespace LearningSociety.Domain.Universalization;

/// <summary>
/// The PCGD-XMC counts a commune entered (or imported) for a survey year, one <see cref="SurveyFigure"/> per
/// <see cref="SurveyCount"/>. Only counts are stored; levels are computed with the rules in force, so a
/// corrected threshold changes the result without re-entry. The counts change only through <see cref="Record"/>,
/// which checks them and renews the concurrency stamp.
/// </summary>
public sealed class UniversalizationSurveyRecord
{
    private readonly List<SurveyFigure> _figures = [];

    private UniversalizationSurveyRecord()
    {
        UpdatedBy = string.Empty;
    }

    /// <summary>A commune's first survey for the year of <paramref name="counts"/>.</summary>
    /// <exception cref="DomainException">The counts are invalid (negative, a part above its whole).</exception>
    public UniversalizationSurveyRecord(int unitId, UniversalizationSurvey counts, string recordedBy, DateTimeOffset at)
    {
        UnitId = unitId;
        Year = counts.SurveyYear;
        UpdatedBy = string.Empty;
        Record(counts, recordedBy, at);
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public int Year { get; private set; }

    public IReadOnlyList<SurveyFigure> Figures => _figures;

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public int this[SurveyCount count] => _figures.FirstOrDefault(f => f.Count == count)?.Value ?? 0;

    /// <summary>True when every count is stored and equals the one in <paramref name="counts"/>: recording them would change nothing.</summary>
    public bool Holds(UniversalizationSurvey counts)
        => Enum.GetValues<SurveyCount>().All(c => _figures.FirstOrDefault(f => f.Count == c)?.Value == counts.Count(c));

    /// <summary>
    /// Records every count of <paramref name="counts"/> (figures that did not change are kept as they are), who did it
    /// and when, and renews the stamp so that a form loaded before this change can no longer save over it.
    /// </summary>
    /// <exception cref="DomainException">The counts are of another year, or invalid (the field is the first count concerned).</exception>
    public void Record(UniversalizationSurvey counts, string recordedBy, DateTimeOffset at)
    {
        if (counts.SurveyYear != Year)
        {
            throw new DomainException($"Số liệu năm {counts.SurveyYear} không ghi được vào phiếu điều tra năm {Year}.", nameof(Year));
        }

        if (counts.Problems() is [var first, ..] problems)
        {
            throw new DomainException(string.Join("; ", problems.Select(p => p.Message)) + ".", first.Count.ToString());
        }

        foreach (var count in Enum.GetValues<SurveyCount>())
        {
            var figure = _figures.FirstOrDefault(f => f.Count == count);
            if (figure is null)
            {
                _figures.Add(new SurveyFigure(count, counts.Count(count)));
            }
            else
            {
                figure.Change(counts.Count(count));
            }
        }

        UpdatedBy = recordedBy;
        UpdatedAt = at;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <param name="isDisadvantaged">Whether the commune is ĐBKK in <see cref="Year"/> (from its year profile).</param>
    public UniversalizationSurvey ToSurvey(bool isDisadvantaged)
        => _figures.Aggregate(new UniversalizationSurvey { SurveyYear = Year, IsDisadvantaged = isDisadvantaged },
            (survey, figure) => survey.WithCount(figure.Count, figure.Value));
}

/// <summary>One count of a survey; changed only by its <see cref="UniversalizationSurveyRecord"/>.</summary>
public sealed class SurveyFigure
{
    private SurveyFigure()
    {
    }

    internal SurveyFigure(SurveyCount count, int value)
    {
        Count = count;
        Value = value;
    }

    public int Id { get; private set; }

    public int SurveyId { get; private set; }

    public SurveyCount Count { get; private set; }

    public int Value { get; private set; }

    internal void Change(int value) => Value = value;
}
