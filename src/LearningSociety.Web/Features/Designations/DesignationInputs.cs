using FluentValidation;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;

namespace LearningSociety.Web.Features.Designations;

/// <summary>A ĐBKK list as its form sends it.</summary>
public sealed class DesignationInput
{
    public int? Id { get; set; }

    public string DocumentType { get; set; } = "Quyết định";

    public string Number { get; set; } = string.Empty;

    public DateOnly? IssuedOn { get; set; }

    public string Issuer { get; set; } = string.Empty;

    public int? FromYear { get; set; }

    public int? ToYear { get; set; }

    /// <summary>The communes ticked.</summary>
    public List<int> CommuneIds { get; set; } = [];

    /// <summary>Commune codes pasted from a spreadsheet column (one per line, or separated by commas or spaces): added to the ticks.</summary>
    public string? CommuneCodes { get; set; }

    public Guid? ConcurrencyStamp { get; set; }

    /// <summary>The communes the keeper may name, for the form.</summary>
    public IReadOnlyList<CommuneOption> Communes { get; set; } = [];
}

/// <param name="Parent">The district (or province) the commune belongs to, for grouping.</param>
public sealed record CommuneOption(int Id, string Code, string Name, string Parent);

public sealed class DesignationInputValidator : AbstractValidator<DesignationInput>
{
    public DesignationInputValidator()
    {
        RuleFor(x => x.DocumentType).NotEmpty().WithMessage("Vui lòng nhập loại văn bản (Quyết định…).")
            .MaximumLength(DisadvantagedDesignation.MaxDocumentTypeLength).WithMessage("Loại văn bản tối đa 50 ký tự.");
        RuleFor(x => x.Number).NotEmpty().WithMessage("Vui lòng nhập số văn bản.")
            .MaximumLength(DisadvantagedDesignation.MaxNumberLength).WithMessage("Số văn bản tối đa 50 ký tự.");
        RuleFor(x => x.IssuedOn).NotNull().WithMessage("Vui lòng nhập ngày ban hành (dd/MM/yyyy).");
        RuleFor(x => x.Issuer).NotEmpty().WithMessage("Vui lòng nhập cơ quan ban hành.")
            .MaximumLength(DisadvantagedDesignation.MaxIssuerLength).WithMessage("Cơ quan ban hành tối đa 200 ký tự.");
        RuleFor(x => x.FromYear).NotNull().WithMessage("Vui lòng nhập năm bắt đầu áp dụng.")
            .InclusiveBetween(RecognitionRule.EarliestYear, RecognitionRule.LastYear)
            .WithMessage($"Năm áp dụng phải từ {RecognitionRule.EarliestYear} đến {RecognitionRule.LastYear}.");
        RuleFor(x => x.ToYear).NotNull().WithMessage("Vui lòng nhập năm cuối áp dụng.")
            .InclusiveBetween(RecognitionRule.EarliestYear, RecognitionRule.LastYear)
            .WithMessage($"Năm áp dụng phải từ {RecognitionRule.EarliestYear} đến {RecognitionRule.LastYear}.");
        RuleFor(x => x.CommuneCodes).MaximumLength(20_000).WithMessage("Danh sách mã xã quá dài (tối đa 20.000 ký tự).");
        RuleFor(x => x.CommuneIds).Must(ids => ids.Count <= 5_000).WithMessage("Danh sách quá nhiều xã.");
    }
}
