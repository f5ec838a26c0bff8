using FluentValidation;
using LearningSociety.Domain;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Plans;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Reports;

/// <summary>The parts of the narrative report the official writes for a unit and year (<see cref="ResultsReportText"/>).</summary>
public sealed class NarrativeInput
{
    public int UnitId { get; set; }

    public int Year { get; set; }

    public string UnitName { get; set; } = string.Empty;

    public string? Assessment { get; set; }

    public string? Shortcomings { get; set; }

    public string? Directions { get; set; }

    public string? Proposals { get; set; }

    /// <summary>The stamp of the saved texts when the form was opened; null when the year had none yet.</summary>
    public Guid? ConcurrencyStamp { get; set; }

    /// <summary>The texts when the form was opened (<see cref="NarrativeValues"/>, as JSON).</summary>
    public string? Loaded { get; set; }

    public IReadOnlyList<ChangedField> ChangedByOthers { get; set; } = [];

    public NarrativeValues Typed => new(Assessment, Shortcomings, Directions, Proposals);

    public void Take(NarrativeValues values) => (Assessment, Shortcomings, Directions, Proposals) =
        (values.Assessment, values.Shortcomings, values.Directions, values.Proposals);
}

/// <summary>The four written parts as the form shows them.</summary>
public sealed record NarrativeValues(string? Assessment, string? Shortcomings, string? Directions, string? Proposals)
{
    public static readonly NarrativeValues None = new(null, null, null, null);

    public static NarrativeValues Of(ResultsReportText? text)
        => text is null ? None : new(text.Assessment, text.Shortcomings, text.Directions, text.Proposals);

    public static IReadOnlyList<EditedField> Compare(NarrativeValues? loaded, NarrativeValues saved, NarrativeValues typed) =>
    [
        ReportTextFields.Field(nameof(Assessment), "Đánh giá chung", loaded, saved, typed, v => v.Assessment),
        ReportTextFields.Field(nameof(Shortcomings), "Tồn tại, hạn chế và nguyên nhân", loaded, saved, typed, v => v.Shortcomings),
        ReportTextFields.Field(nameof(Directions), "Phương hướng, nhiệm vụ", loaded, saved, typed, v => v.Directions),
        ReportTextFields.Field(nameof(Proposals), "Đề xuất, kiến nghị", loaded, saved, typed, v => v.Proposals),
    ];

    /// <summary>The saved value of the form field <paramref name="name"/>.</summary>
    public string? this[string name] => name switch
    {
        nameof(Assessment) => Assessment,
        nameof(Shortcomings) => Shortcomings,
        nameof(Directions) => Directions,
        _ => Proposals,
    };
}

public sealed class NarrativeInputValidator : AbstractValidator<NarrativeInput>
{
    public NarrativeInputValidator()
    {
        var max = $"tối đa {VietnameseFormat.Number(ResultsReportText.MaxLength)} ký tự";
        RuleFor(x => x.Year).InclusiveBetween(PlanPeriod.MinYear, PlanPeriod.MaxYear)
            .WithMessage($"Năm phải từ {PlanPeriod.MinYear} đến {PlanPeriod.MaxYear}.");
        RuleFor(x => x.Assessment).MaximumLength(ResultsReportText.MaxLength).WithMessage($"Đánh giá chung {max}.");
        RuleFor(x => x.Shortcomings).MaximumLength(ResultsReportText.MaxLength).WithMessage($"Tồn tại, hạn chế và nguyên nhân {max}.");
        RuleFor(x => x.Directions).MaximumLength(ResultsReportText.MaxLength).WithMessage($"Phương hướng, nhiệm vụ {max}.");
        RuleFor(x => x.Proposals).MaximumLength(ResultsReportText.MaxLength).WithMessage($"Đề xuất, kiến nghị {max}.");
    }
}

/// <summary>A unit's wording of its recognition decisions of a year (<see cref="DecisionWording"/>): one item per line.</summary>
public sealed class DecisionWordingInput
{
    public int UnitId { get; set; }

    public int Year { get; set; }

    public string UnitName { get; set; } = string.Empty;

    public string? Recitals { get; set; }

    public string? Executors { get; set; }

    public string? Recipients { get; set; }

    /// <summary>True when the unit has saved its own wording for the year (otherwise the form shows the defaults).</summary>
    public bool IsStored { get; set; }

    public Guid? ConcurrencyStamp { get; set; }

    public string? Loaded { get; set; }

    public IReadOnlyList<ChangedField> ChangedByOthers { get; set; } = [];

    public DecisionWordingValues Typed => new(Recitals, Executors, Recipients);

    public void Take(DecisionWordingValues values) => (Recitals, Executors, Recipients) = (values.Recitals, values.Executors, values.Recipients);
}

/// <summary>The three texts as the form shows them, one item per line.</summary>
public sealed record DecisionWordingValues(string? Recitals, string? Executors, string? Recipients)
{
    public static DecisionWordingValues Of(DecisionWordingText text)
        => new(string.Join("\n", text.Recitals), string.Join("\n", text.Executors), string.Join("\n", text.Recipients));

    public static IReadOnlyList<EditedField> Compare(DecisionWordingValues? loaded, DecisionWordingValues saved, DecisionWordingValues typed) =>
    [
        ReportTextFields.Field(nameof(Recitals), "Căn cứ ban hành", loaded, saved, typed, v => v.Recitals),
        ReportTextFields.Field(nameof(Executors), "Cơ quan, cá nhân thi hành (Điều 3)", loaded, saved, typed, v => v.Executors),
        ReportTextFields.Field(nameof(Recipients), "Nơi nhận", loaded, saved, typed, v => v.Recipients),
    ];

    public string? this[string name] => name switch
    {
        nameof(Recitals) => Recitals,
        nameof(Executors) => Executors,
        _ => Recipients,
    };
}

public sealed class DecisionWordingInputValidator : AbstractValidator<DecisionWordingInput>
{
    public DecisionWordingInputValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(PlanPeriod.MinYear, PlanPeriod.MaxYear)
            .WithMessage($"Năm phải từ {PlanPeriod.MinYear} đến {PlanPeriod.MaxYear}.");
        RuleFor(x => x.Recitals).Must(HasLine).WithMessage("Nhập ít nhất một căn cứ (mỗi căn cứ một dòng).")
            .MaximumLength(DecisionWording.MaxRecitalsLength)
            .WithMessage($"Căn cứ ban hành tối đa {VietnameseFormat.Number(DecisionWording.MaxRecitalsLength)} ký tự.");
        RuleFor(x => x.Executors).Must(HasLine).WithMessage("Nhập ít nhất một cơ quan, cá nhân thi hành quyết định (mỗi nơi một dòng).")
            .MaximumLength(DecisionWording.MaxExecutorsLength)
            .WithMessage($"Cơ quan, cá nhân thi hành tối đa {VietnameseFormat.Number(DecisionWording.MaxExecutorsLength)} ký tự.");
        RuleFor(x => x.Recipients).Must(HasLine).WithMessage("Nhập ít nhất một nơi nhận (mỗi nơi một dòng).")
            .MaximumLength(DecisionWording.MaxRecipientsLength)
            .WithMessage($"Nơi nhận tối đa {VietnameseFormat.Number(DecisionWording.MaxRecipientsLength)} ký tự.");
    }

    private static bool HasLine(string? text) => DecisionWording.Lines(text).Count > 0;
}

internal static class ReportTextFields
{
    public static EditedField Field<T>(string name, string label, T? loaded, T saved, T typed, Func<T, string?> value)
        where T : class
        => new(name, label, loaded is null ? null : Normal(value(loaded)), Normal(value(saved)), Normal(value(typed)), loaded is not null);

    /// <summary>What others changed, long texts by their first words (compared whole; the form below holds them whole).</summary>
    public static IReadOnlyList<ChangedField> ChangesOfOthers(IEnumerable<EditedField> fields)
        => [.. ConcurrentEdit.ChangesOfOthers(fields).Select(c => c with { Before = Short(c.Before), After = Short(c.After), Yours = c.Yours is null ? null : Short(c.Yours) })];

    private static string? Normal(string? text)
    {
        var cleaned = text?.ReplaceLineEndings("\n").Trim();
        return string.IsNullOrEmpty(cleaned) ? null : cleaned;
    }

    private static string Short(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
