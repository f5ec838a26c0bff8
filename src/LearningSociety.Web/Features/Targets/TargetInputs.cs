using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;
using LearningSociety.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Targets;

/// <summary>
/// What a unit typed for one entered target. A percentage uses Numerator and Denominator; a count, a level or a
/// yes/no (1/0) uses Value. ConcurrencyStamp is the stamp of the record shown, null when there was none.
/// </summary>
public sealed class AchievementInput
{
    public int IndicatorId { get; set; }

    [Display(Name = "tử số")]
    public decimal? Numerator { get; set; }

    [Display(Name = "mẫu số")]
    public decimal? Denominator { get; set; }

    [Display(Name = "kết quả")]
    public decimal? Value { get; set; }

    [Display(Name = "ghi chú")]
    public string? Note { get; set; }

    public Guid? ConcurrencyStamp { get; set; }

    public bool IsBlank(TargetKind kind)
        => kind == TargetKind.Percentage ? Numerator is null && Denominator is null : Value is null;
}

/// <summary>Every entered target of the results page, saved together.</summary>
public sealed class TargetResultsInput
{
    public int UnitId { get; set; }

    public int Year { get; set; }

    public List<AchievementInput> Rows { get; set; } = [];
}

public sealed class TargetResultsInputValidator : AbstractValidator<TargetResultsInput>
{
    public TargetResultsInputValidator()
    {
        RuleFor(x => x.Rows).Must(rows => rows.Select(r => r.IndicatorId).Distinct().Count() == rows.Count)
            .WithMessage("Mỗi chỉ tiêu chỉ được nhập một lần.");
        RuleForEach(x => x.Rows).ChildRules(row =>
            row.RuleFor(r => r.Note).MaximumLength(500).WithMessage("Ghi chú tối đa 500 ký tự."));
    }
}

/// <summary>"Thêm chỉ tiêu địa phương": an indicator that only the chosen unit and the units below it use.</summary>
public sealed class LocalIndicatorInput
{
    [Display(Name = "đơn vị")]
    public int? UnitId { get; set; }

    [Display(Name = "nhóm chỉ tiêu")]
    public TargetCategory? Category { get; set; }

    // Not "Code": a form field named Code would bind over the route value of /Error/{code} when a refused POST is re-executed.
    public string IndicatorCode { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    [Display(Name = "loại chỉ tiêu")]
    public TargetKind? Kind { get; set; }

    public string? NumeratorDefinition { get; set; }

    public string? DenominatorDefinition { get; set; }

    [Display(Name = "mức cao nhất")]
    public int? MaxLevel { get; set; }

    public string Source { get; set; } = string.Empty;
}

public sealed class LocalIndicatorInputValidator : AbstractValidator<LocalIndicatorInput>
{
    public static string CodeTaken(string code) => $"Mã {code} đã có trong danh mục; hãy chọn mã khác.";

    public LocalIndicatorInputValidator(AppDbContext db)
    {
        RuleFor(x => x.UnitId).NotNull().WithMessage("Vui lòng chọn đơn vị áp dụng chỉ tiêu.");
        RuleFor(x => x.Category).NotNull().WithMessage("Vui lòng chọn nhóm chỉ tiêu.")
            .IsInEnum().WithMessage("Nhóm chỉ tiêu không hợp lệ.");
        RuleFor(x => x.IndicatorCode).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vui lòng nhập mã chỉ tiêu.")
            .MaximumLength(40).WithMessage("Mã chỉ tiêu tối đa 40 ký tự.")
            .Matches("^[A-Z0-9_]+$").WithMessage("Mã chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch dưới, ví dụ TAN_MU_CHU.")
            .MustAsync(async (code, cancel) => !await db.TargetIndicators.AnyAsync(i => i.Code == code, cancel))
            .WithMessage(x => CodeTaken(x.IndicatorCode));
        RuleFor(x => x.Text).NotEmpty().WithMessage("Vui lòng nhập nội dung chỉ tiêu.")
            .MaximumLength(500).WithMessage("Nội dung chỉ tiêu tối đa 500 ký tự.");
        RuleFor(x => x.Kind).NotNull().WithMessage("Vui lòng chọn loại chỉ tiêu.")
            .IsInEnum().WithMessage("Loại chỉ tiêu không hợp lệ.");
        RuleFor(x => x.NumeratorDefinition).NotEmpty().When(x => x.Kind == TargetKind.Percentage)
            .WithMessage("Chỉ tiêu tỷ lệ cần định nghĩa tử số (đếm những ai, cái gì).")
            .MaximumLength(300).WithMessage("Định nghĩa tử số tối đa 300 ký tự.");
        RuleFor(x => x.DenominatorDefinition).NotEmpty().When(x => x.Kind == TargetKind.Percentage)
            .WithMessage("Chỉ tiêu tỷ lệ cần định nghĩa mẫu số (tỷ lệ trên tổng số nào).")
            .MaximumLength(300).WithMessage("Định nghĩa mẫu số tối đa 300 ký tự.");
        RuleFor(x => x.MaxLevel).NotNull().When(x => x.Kind == TargetKind.Level)
            .WithMessage("Chỉ tiêu mức độ cần mức cao nhất.")
            .InclusiveBetween(1, 5).When(x => x.Kind == TargetKind.Level)
            .WithMessage("Mức cao nhất phải từ 1 đến 5.");
        RuleFor(x => x.Source).NotEmpty().WithMessage("Vui lòng nhập văn bản nguồn, ví dụ 162/KH-UBND huyện Quảng Điền.")
            .MaximumLength(200).WithMessage("Nguồn tối đa 200 ký tự.");
    }
}
