using FluentValidation;
using LearningSociety.Domain;
using LearningSociety.Domain.Plans;

namespace LearningSociety.Web.Features.Units;

public sealed class UnitProfileInput
{
    public int UnitId { get; set; }

    public string UnitName { get; set; } = string.Empty;

    public int Year { get; set; }

    public int? AdultPopulation { get; set; }

    /// <summary>The stamp of the year's facts when the form was opened; null when the year had none yet.</summary>
    public Guid? ConcurrencyStamp { get; set; }

    /// <summary>The facts when the form was opened (<see cref="UnitFacts"/>, as JSON).</summary>
    public string? Loaded { get; set; }

    /// <summary>What someone else saved while the form was open, shown when a save was refused.</summary>
    public IReadOnlyList<Shared.ChangedField> ChangedByOthers { get; set; } = [];
}

/// <summary>A unit's facts of a year as the form shows them (no row yet reads as population unknown).</summary>
public sealed record UnitFacts(int? AdultPopulation)
{
    public static readonly UnitFacts None = new((int?)null);

    public static UnitFacts Of(LearningSociety.Domain.Units.UnitYearProfile? profile)
        => profile is null ? None : new(profile.AdultPopulation);

    public static IReadOnlyList<Shared.EditedField> Compare(UnitFacts? loaded, UnitFacts saved, UnitFacts typed)
    {
        return
        [
            Field(nameof(UnitProfileInput.AdultPopulation), "Dân số trong độ tuổi lao động",
                f => f.AdultPopulation is { } n ? VietnameseFormat.Number(n) : null),
        ];

        Shared.EditedField Field(string name, string label, Func<UnitFacts, string?> shown)
            => new(name, label, loaded is null ? null : shown(loaded), shown(saved), shown(typed), loaded is not null);
    }
}

public sealed class UnitProfileInputValidator : AbstractValidator<UnitProfileInput>
{
    public UnitProfileInputValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(PlanPeriod.MinYear, PlanPeriod.MaxYear)
            .WithMessage($"Năm phải từ {PlanPeriod.MinYear} đến {PlanPeriod.MaxYear}.");
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
