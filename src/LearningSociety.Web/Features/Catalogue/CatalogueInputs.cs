using FluentValidation;
using LearningSociety.Domain.Scorecards;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LearningSociety.Web.Features.Catalogue;

public sealed class IndicatorInput
{
    public int Id { get; set; }

    /// <summary>The stamp of the version the form was opened on.</summary>
    public Guid ConcurrencyStamp { get; set; }

    public int Year { get; set; }

    public string Code { get; set; } = string.Empty;

    public string GroupName { get; set; } = string.Empty;

    public int CurrentVersionYear { get; set; }

    public string Text { get; set; } = string.Empty;

    public string? Guidance { get; set; }

    public bool IsDraft { get; set; }
}

public sealed class IndicatorInputValidator : AbstractValidator<IndicatorInput>
{
    public IndicatorInputValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Vui lòng nhập nội dung chỉ số.").MaximumLength(500).WithMessage("Nội dung tối đa 500 ký tự.");
        RuleFor(x => x.Guidance).MaximumLength(2000).WithMessage("Hướng dẫn tối đa 2.000 ký tự.");
        RuleFor(x => x.Year).InclusiveBetween(RecognitionRule.FirstYear, RecognitionRule.LastYear)
            .WithMessage($"Năm áp dụng phải từ {RecognitionRule.FirstYear} đến {RecognitionRule.LastYear}.");
    }
}

public sealed class RuleInput
{
    public int? Id { get; set; }

    /// <summary>The stamp of the rule the form was opened on (an edit).</summary>
    public Guid? ConcurrencyStamp { get; set; }

    public string Name { get; set; } = string.Empty;

    public int? ValidFromYear { get; set; }

    public int? ScopeUnitId { get; set; }

    public bool ForDisadvantaged { get; set; }

    public int? Threshold { get; set; }

    public int? MinPerIndicator { get; set; }

    public int? ConsecutiveYears { get; set; }

    public int? DigitalSkillsCutOff { get; set; }

    public IReadOnlyList<SelectListItem> Units { get; set; } = [];
}

public sealed class RuleInputValidator : AbstractValidator<RuleInput>
{
    public RuleInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().When(x => x.Id is null).WithMessage("Vui lòng nhập căn cứ, tên quy định.")
            .MaximumLength(200).WithMessage("Căn cứ, tên quy định tối đa 200 ký tự.");
        RuleFor(x => x.ValidFromYear).NotNull().WithMessage("Vui lòng nhập năm áp dụng.")
            .InclusiveBetween(RecognitionRule.FirstYear, RecognitionRule.LastYear)
            .WithMessage($"Năm áp dụng phải từ {RecognitionRule.FirstYear} đến {RecognitionRule.LastYear}.");
        RuleFor(x => x.Threshold).NotNull().WithMessage("Vui lòng nhập ngưỡng tổng điểm.")
            .InclusiveBetween(RecognitionRule.MinThreshold, RecognitionRule.MaxThreshold)
            .WithMessage($"Ngưỡng tổng điểm phải từ {RecognitionRule.MinThreshold} đến {RecognitionRule.MaxThreshold}.");
        RuleFor(x => x.MinPerIndicator).NotNull().WithMessage("Vui lòng nhập điểm tối thiểu mỗi chỉ số.")
            .InclusiveBetween(RecognitionRule.MinScore, RecognitionRule.MaxScore)
            .WithMessage($"Điểm tối thiểu mỗi chỉ số phải từ {RecognitionRule.MinScore} đến {RecognitionRule.MaxScore}.");
        RuleFor(x => x.ConsecutiveYears).NotNull().WithMessage("Vui lòng nhập số năm liên tục.")
            .InclusiveBetween(RecognitionRule.MinConsecutiveYears, RecognitionRule.MaxConsecutiveYears)
            .WithMessage($"Số năm liên tục phải từ {RecognitionRule.MinConsecutiveYears} đến {RecognitionRule.MaxConsecutiveYears}.");
        RuleFor(x => x.DigitalSkillsCutOff).NotNull().WithMessage("Vui lòng nhập điểm TC2.1 tính đạt kỹ năng số.")
            .InclusiveBetween(RecognitionRule.MinScore, RecognitionRule.MaxScore)
            .WithMessage($"Điểm TC2.1 tính đạt kỹ năng số phải từ {RecognitionRule.MinScore} đến {RecognitionRule.MaxScore}.");
    }
}
