namespace LearningSociety.Domain.Plans;

/// <summary>
/// The parts of a unit's yearly report on its plan ("Báo cáo kết quả thực hiện kế hoạch xây dựng xã hội học tập năm …")
/// that the official writes — the general assessment, shortcomings and their causes, directions for next year,
/// proposals — kept per unit and year so that every export of the report prints them. The figures of the report are
/// not stored here: they are read from the data at each export.
/// </summary>
public sealed class ResultsReportText
{
    /// <summary>The longest text of one part (about three printed pages).</summary>
    public const int MaxLength = 8000;

    private ResultsReportText()
    {
    }

    public ResultsReportText(int unitId, int year)
    {
        if (year is < PlanPeriod.MinYear or > PlanPeriod.MaxYear)
        {
            throw new DomainException($"Năm phải từ {PlanPeriod.MinYear} đến {PlanPeriod.MaxYear}.", nameof(Year));
        }

        UnitId = unitId;
        Year = year;
        ConcurrencyStamp = Guid.NewGuid();
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public int Year { get; private set; }

    /// <summary>"Đánh giá chung": the year's results in words.</summary>
    public string? Assessment { get; private set; }

    /// <summary>"Tồn tại, hạn chế và nguyên nhân".</summary>
    public string? Shortcomings { get; private set; }

    /// <summary>"Phương hướng, nhiệm vụ" for the next year.</summary>
    public string? Directions { get; private set; }

    /// <summary>"Đề xuất, kiến nghị".</summary>
    public string? Proposals { get; private set; }

    /// <summary>Renewed by every change: a save from a form opened before someone else's save is refused, not applied over it.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>Replaces the four parts; blank parts are kept as none. Each part holds at most <see cref="MaxLength"/> characters.</summary>
    public void Update(string? assessment, string? shortcomings, string? directions, string? proposals)
    {
        var parts = new[]
        {
            (Value: Clean(assessment), Field: nameof(Assessment), Label: "Đánh giá chung"),
            (Value: Clean(shortcomings), Field: nameof(Shortcomings), Label: "Tồn tại, hạn chế và nguyên nhân"),
            (Value: Clean(directions), Field: nameof(Directions), Label: "Phương hướng, nhiệm vụ"),
            (Value: Clean(proposals), Field: nameof(Proposals), Label: "Đề xuất, kiến nghị"),
        };
        foreach (var part in parts.Where(p => p.Value?.Length > MaxLength))
        {
            throw new DomainException($"{part.Label} tối đa {VietnameseFormat.Number(MaxLength)} ký tự.", part.Field);
        }

        if (parts[0].Value == Assessment && parts[1].Value == Shortcomings && parts[2].Value == Directions && parts[3].Value == Proposals)
        {
            return;
        }

        (Assessment, Shortcomings, Directions, Proposals) = (parts[0].Value, parts[1].Value, parts[2].Value, parts[3].Value);
        ConcurrencyStamp = Guid.NewGuid();
    }

    // Line ends as typed in any browser, blank lines at both ends dropped: what is stored is what prints.
    private static string? Clean(string? text)
    {
        var cleaned = text?.ReplaceLineEndings("\n").Trim();
        return string.IsNullOrEmpty(cleaned) ? null : cleaned;
    }
}
