using FluentValidation;

namespace LearningSociety.Web.Features.Units;

public sealed class UnitProfileInput
{
    public int UnitId { get; set; }

    public string UnitName { get; set; } = string.Empty;

    public int Year { get; set; }

    public bool IsDisadvantaged { get; set; }

    public int? AdultPopulation { get; set; }
}

public sealed class UnitProfileInputValidator : AbstractValidator<UnitProfileInput>
{
    public UnitProfileInputValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage("Năm không hợp lệ.");
        RuleFor(x => x.AdultPopulation).GreaterThanOrEqualTo(0).WithMessage("Dân số không được âm.")
            .LessThanOrEqualTo(10_000_000).WithMessage("Dân số không hợp lệ.");
    }
}

public sealed class CreateUnitInput
{
    public int ParentId { get; set; }

    public string ParentName { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public DateOnly? ValidFrom { get; set; }
}

public sealed class CreateUnitInputValidator : AbstractValidator<CreateUnitInput>
{
    public CreateUnitInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Vui lòng nhập mã đơn vị.").MaximumLength(20).WithMessage("Mã đơn vị tối đa 20 ký tự.");
        RuleFor(x => x.Name).NotEmpty().WithMessage("Vui lòng nhập tên đơn vị.").MaximumLength(150).WithMessage("Tên đơn vị tối đa 150 ký tự.");
        RuleFor(x => x.ValidFrom).NotNull().WithMessage("Vui lòng nhập ngày bắt đầu hiệu lực (dd/MM/yyyy).");
    }
}
