using FluentValidation;
using LearningSociety.Domain;
using LearningSociety.Domain.Scorecards;

namespace LearningSociety.Web.Features.Deadlines;

/// <summary>One row of the deadlines page: a new deadline of the year, or a change to one (<see cref="Id"/>).</summary>
public sealed class DeadlineInput
{
    /// <summary>The longest description kept (the column's length).</summary>
    public const int MaxDescriptionLength = 300;

    public int Year { get; set; }

    public int? Id { get; set; }

    public string? LevelCode { get; set; }

    /// <summary>As typed, made one clean line (<see cref="TypedText.Line"/>) before it is checked.</summary>
    public string? Description { get; set => field = TypedText.Line(value); }

    public DateOnly? DueDate { get; set; }

    /// <summary>The row as the form showed it (<see cref="Snapshot"/>): a change saved meanwhile by someone else is not overwritten.</summary>
    public string? Loaded { get; set; }

    public static string Snapshot(Data.DeadlineDefinition deadline)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{deadline.LevelCode}|{deadline.DueDate:yyyy-MM-dd}|{deadline.Description}");
}

public sealed class DeadlineInputValidator : AbstractValidator<DeadlineInput>
{
    public DeadlineInputValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(RecognitionRule.FirstYear, RecognitionRule.LastYear)
            .WithMessage($"Năm phải từ {RecognitionRule.FirstYear} đến {RecognitionRule.LastYear}.");
        RuleFor(x => x.LevelCode).Must(code => code is not null && DeadlinesController.LevelNames.ContainsKey(code))
            .WithMessage("Vui lòng chọn cấp.");
        RuleFor(x => x.Description).NotEmpty().WithMessage("Vui lòng nhập nội dung.")
            .MaximumLength(DeadlineInput.MaxDescriptionLength).WithMessage($"Nội dung tối đa {DeadlineInput.MaxDescriptionLength} ký tự.");
        RuleFor(x => x.DueDate).NotNull().WithMessage("Vui lòng nhập hạn (dd/MM/yyyy).")
            .Must((input, due) => due!.Value.Year >= input.Year - 1 && due.Value.Year <= input.Year + 1).When(x => x.DueDate is not null)
            .WithMessage(x => $"Hạn của năm {x.Year} phải trong các năm {x.Year - 1}–{x.Year + 1}.");
    }
}
