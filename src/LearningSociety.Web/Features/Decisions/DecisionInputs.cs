using FluentValidation;
using LearningSociety.Domain.Scorecards;

namespace LearningSociety.Web.Features.Decisions;

public sealed class DecisionInput
{
    public int Year { get; set; }

    public string Number { get; set; } = string.Empty;

    public DateOnly? Date { get; set; }

    public string IssuingBody { get; set; } = string.Empty;

    public string SignerName { get; set; } = string.Empty;

    public string SignerPosition { get; set; } = string.Empty;

    public int? AmendsDecisionId { get; set; }

    public List<int> Selected { get; set; } = [];

    public IReadOnlyList<DecisionPerson> Candidates { get; set; } = [];

    public IReadOnlyList<DecisionRow> EarlierDecisions { get; set; } = [];
}

public sealed class DecisionInputValidator : AbstractValidator<DecisionInput>
{
    public DecisionInputValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(RecognitionRule.FirstYear, RecognitionRule.LastYear)
            .WithMessage($"Năm công nhận phải từ {RecognitionRule.FirstYear} đến {RecognitionRule.LastYear}.");
        RuleFor(x => x.Number).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Vui lòng nhập số quyết định, ví dụ 125/QĐ-UBND.")
            .MaximumLength(50).WithMessage("Số quyết định tối đa 50 ký tự.")
            .Matches(@"^\d+/QĐ-[\p{L}\d.\-]+$").WithMessage("Số quyết định có dạng 125/QĐ-UBND.");
        RuleFor(x => x.Date).NotNull().WithMessage("Vui lòng nhập ngày quyết định (dd/MM/yyyy).")
            .Must((x, date) => date!.Value.Year >= x.Year && date.Value.Year <= x.Year + 1).When(x => x.Date is not null)
            .WithMessage(x => $"Quyết định công nhận năm {x.Year} phải ký trong năm {x.Year} hoặc {x.Year + 1}.");
        RuleFor(x => x.IssuingBody).NotEmpty().WithMessage("Vui lòng nhập cơ quan ban hành.").MaximumLength(200).WithMessage("Cơ quan ban hành tối đa 200 ký tự.");
        RuleFor(x => x.SignerName).NotEmpty().WithMessage("Vui lòng nhập họ tên người ký.").MaximumLength(150).WithMessage("Họ tên người ký tối đa 150 ký tự.");
        RuleFor(x => x.SignerPosition).NotEmpty().WithMessage("Vui lòng nhập chức vụ người ký.").MaximumLength(150).WithMessage("Chức vụ người ký tối đa 150 ký tự.");
    }
}
