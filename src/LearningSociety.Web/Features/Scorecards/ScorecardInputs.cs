using FluentValidation;
using LearningSociety.Domain.Scorecards;

namespace LearningSociety.Web.Features.Scorecards;

/// <summary>One indicator row as typed: the score and either the evidence note (self) or the reason (appraisal).</summary>
public sealed class IndicatorScoreInput
{
    public string Code { get; set; } = string.Empty;

    public int? Score { get; set; }

    public string? Note { get; set; }
}

/// <summary>A self-assessment or an appraisal of the ten indicators, with the card's concurrency stamp.</summary>
public sealed class ScorecardInput
{
    public Guid ConcurrencyStamp { get; set; }

    public List<IndicatorScoreInput> Indicators { get; set; } = [];

    /// <summary>Branch staff typed the citizen's paper self-assessment (citizens have no accounts).</summary>
    public bool OnBehalf { get; set; } = true;

    /// <summary>Evidence files to attach, with the indicator they support (empty = the whole card).</summary>
    public List<IFormFile> Files { get; set; } = [];

    public string? FileIndicator { get; set; }

    public IReadOnlyList<IndicatorInput> ToDomain()
        => Indicators.Select(i => new IndicatorInput(i.Code, i.Score ?? 0, i.Note)).ToList();
}

public sealed class ScorecardInputValidator : AbstractValidator<ScorecardInput>
{
    public ScorecardInputValidator()
    {
        RuleFor(x => x.Indicators)
            .Must(list => list.Select(i => i.Code).OrderBy(c => c, StringComparer.Ordinal).SequenceEqual(IndicatorDefinition.Codes))
            .WithMessage($"Phiếu phải có đủ {RecognitionRule.IndicatorCount} chỉ số.");
        RuleForEach(x => x.Indicators).ChildRules(indicator =>
        {
            indicator.RuleFor(i => i.Score)
                .NotNull().WithMessage(i => $"Chỉ số {ScorecardEvaluation.DisplayCode(i.Code)}: vui lòng chấm điểm.")
                .InclusiveBetween(RecognitionRule.MinScore, RecognitionRule.MaxScore)
                .WithMessage(i => $"Chỉ số {ScorecardEvaluation.DisplayCode(i.Code)}: điểm phải là số nguyên từ 1 đến 10.");
            indicator.RuleFor(i => i.Note).MaximumLength(1000).WithMessage("Ghi chú tối đa 1.000 ký tự.");
        });
        RuleFor(x => x.FileIndicator).Must(code => string.IsNullOrWhiteSpace(code) || IndicatorDefinition.Codes.Contains(code))
            .WithMessage("Chỉ số của minh chứng không có trong phiếu; hãy chọn trong danh sách.");
    }
}
