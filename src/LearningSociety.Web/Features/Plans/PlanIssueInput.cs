using FluentValidation;

namespace LearningSociety.Web.Features.Plans;

/// <summary>Ban hành: the number and date the plan is issued with, and the stamp of the draft the user read.</summary>
public sealed class PlanIssueInput
{
    public string? Number { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}

public sealed class PlanIssueInputValidator : AbstractValidator<PlanIssueInput>
{
    public PlanIssueInputValidator()
    {
        RuleFor(x => x.Number).NotEmpty().WithMessage("Vui lòng nhập số kế hoạch, ví dụ 45/KH-UBND.")
            .MaximumLength(50).WithMessage("Số kế hoạch tối đa 50 ký tự.");
        RuleFor(x => x.IssuedOn).NotNull().WithMessage("Vui lòng nhập ngày ban hành (dd/MM/yyyy).");
    }
}
