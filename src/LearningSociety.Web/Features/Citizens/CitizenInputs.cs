using FluentValidation;
using LearningSociety.Domain.Citizens;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LearningSociety.Web.Features.Citizens;

/// <summary>Register or correct a citizen. The domain checks consistency (CCCD vs gender and birth year).</summary>
public sealed class CitizenInput
{
    public int? Id { get; set; }

    public string FullName { get; set; } = string.Empty;

    public DateOnly? DateOfBirth { get; set; }

    public int? BirthYear { get; set; }

    public Gender? Gender { get; set; }

    public int? GroupId { get; set; }

    public int? VillageId { get; set; }

    public string? NationalId { get; set; }

    public string? Phone { get; set; }

    /// <summary>The citizen agreed to their data being processed (asked on the paper registration form).</summary>
    public bool Consent { get; set; }

    public DateOnly? ConsentDate { get; set; }

    /// <summary>The citizen's stamp when the edit form was opened; a save with another stamp is refused (someone saved meanwhile).</summary>
    public Guid? ConcurrencyStamp { get; set; }

    /// <summary>The citizen's values when the edit form was opened (<see cref="CitizenValues"/>, as JSON).</summary>
    public string? Loaded { get; set; }

    /// <summary>What someone else saved while the form was open, shown when a save was refused.</summary>
    public IReadOnlyList<Shared.ChangedField> ChangedByOthers { get; set; } = [];

    /// <summary>Also register for this year's title when creating.</summary>
    public bool RegisterThisYear { get; set; } = true;

    public IReadOnlyList<SelectListItem> Villages { get; set; } = [];

    public IReadOnlyList<SelectListItem> Groups { get; set; } = [];
}

public sealed class CitizenInputValidator : AbstractValidator<CitizenInput>
{
    public CitizenInputValidator()
    {
        RuleFor(x => x.FullName).NotEmpty().WithMessage("Vui lòng nhập họ và tên.")
            .MaximumLength(150).WithMessage("Họ và tên tối đa 150 ký tự.");
        RuleFor(x => x.BirthYear).NotNull().When(x => x.DateOfBirth is null).WithMessage("Vui lòng nhập ngày sinh hoặc năm sinh.");
        RuleFor(x => x.BirthYear).InclusiveBetween(1900, DateTime.Today.Year - 15).When(x => x.BirthYear is not null)
            .WithMessage("Năm sinh phải từ 1900 và công dân đủ 15 tuổi trở lên.");
        RuleFor(x => x.DateOfBirth).Must(d => d!.Value.Year >= 1900 && d.Value <= DateOnly.FromDateTime(DateTime.Today).AddYears(-15))
            .When(x => x.DateOfBirth is not null).WithMessage("Ngày sinh không hợp lệ (công dân phải đủ 15 tuổi).");
        RuleFor(x => x.BirthYear).Equal(x => x.DateOfBirth!.Value.Year).When(x => x.DateOfBirth is not null && x.BirthYear is not null)
            .WithMessage("Năm sinh không khớp với ngày sinh.");
        RuleFor(x => x.Gender).NotNull().WithMessage("Vui lòng chọn giới tính.").IsInEnum().WithMessage("Giới tính không hợp lệ.");
        RuleFor(x => x.GroupId).NotNull().WithMessage("Vui lòng chọn nhóm đối tượng.");
        RuleFor(x => x.VillageId).NotNull().WithMessage("Vui lòng chọn thôn, tổ dân phố.");
        RuleFor(x => x.NationalId)
            .Must((input, id) => NationalIdNumber.Validate(id!.Trim(), input.Gender, input.DateOfBirth?.Year ?? input.BirthYear) is null)
            .When(x => !string.IsNullOrWhiteSpace(x.NationalId))
            .WithMessage((input, id) => NationalIdNumber.Validate(id!.Trim(), input.Gender, input.DateOfBirth?.Year ?? input.BirthYear)!);
        RuleFor(x => x.Phone).Matches(@"^[0-9+ .]{8,15}$").When(x => !string.IsNullOrWhiteSpace(x.Phone))
            .WithMessage("Số điện thoại gồm 8–15 chữ số.");
        RuleFor(x => x.ConsentDate).NotNull().When(x => x.Consent).WithMessage("Vui lòng nhập ngày công dân đồng ý (dd/MM/yyyy).");
    }
}
