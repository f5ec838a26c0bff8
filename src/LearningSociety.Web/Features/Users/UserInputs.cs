using FluentValidation;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LearningSociety.Web.Features.Users;

/// <summary>An assignment as listed; <paramref name="IsWithdrawn"/> when it was ended before it began (it never applied).</summary>
public sealed record AssignmentRow(int Id, PortalRole Role, string UnitName, DateOnly ValidFrom, DateOnly? ValidTo, bool IsActive, bool IsWithdrawn = false);

public sealed record UserRow(string Id, string UserName, string FullName, bool IsActive, bool IsLockedOut, IReadOnlyList<AssignmentRow> Assignments);

public sealed record UserListViewModel(string? Query, IReadOnlyList<UserRow> Users);

public sealed record UserEditViewModel(string Id, string UserName, string FullName, bool IsActive, bool IsLockedOut, bool TwoFactorEnabled,
    IReadOnlyList<AssignmentRow> Assignments, IReadOnlyList<SelectListItem> Units, AssignmentInput NewAssignment, ResetPasswordInput Reset);

public sealed class CreateUserInput
{
    public string UserName { get; set; } = string.Empty;

    public string FullName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public PortalRole Role { get; set; } = PortalRole.VillageBranch;

    public int? UnitId { get; set; }

    public IReadOnlyList<SelectListItem> Units { get; set; } = [];
}

public sealed class CreateUserInputValidator : AbstractValidator<CreateUserInput>
{
    public CreateUserInputValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().WithMessage("Vui lòng nhập tên đăng nhập.")
            .Matches("^[a-zA-Z0-9._@-]{3,50}$").WithMessage("Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang.");
        RuleFor(x => x.FullName).NotEmpty().WithMessage("Vui lòng nhập họ và tên.").MaximumLength(150).WithMessage("Họ và tên tối đa 150 ký tự.");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Vui lòng nhập mật khẩu.").MinimumLength(10).WithMessage("Mật khẩu phải có ít nhất 10 ký tự.");
        RuleFor(x => x.Role).IsInEnum().WithMessage("Vai trò không hợp lệ.");
        RuleFor(x => x.UnitId).NotNull().WithMessage("Vui lòng chọn đơn vị.");
    }
}

public sealed class AssignmentInput
{
    public PortalRole Role { get; set; } = PortalRole.VillageBranch;

    public int? UnitId { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}

public sealed class AssignmentInputValidator : AbstractValidator<AssignmentInput>
{
    public AssignmentInputValidator()
    {
        RuleFor(x => x.Role).IsInEnum().WithMessage("Vai trò không hợp lệ.");
        RuleFor(x => x.UnitId).NotNull().WithMessage("Vui lòng chọn đơn vị.");
        RuleFor(x => x.ValidFrom).NotNull().WithMessage("Vui lòng nhập ngày bắt đầu (dd/MM/yyyy).");
        RuleFor(x => x.ValidTo).GreaterThanOrEqualTo(x => x.ValidFrom).When(x => x.ValidTo is not null && x.ValidFrom is not null)
            .WithMessage("Ngày kết thúc không được trước ngày bắt đầu.");
    }
}

public sealed class ResetPasswordInput
{
    public string NewPassword { get; set; } = string.Empty;
}

public sealed class ResetPasswordInputValidator : AbstractValidator<ResetPasswordInput>
{
    public ResetPasswordInputValidator()
    {
        RuleFor(x => x.NewPassword).NotEmpty().WithMessage("Vui lòng nhập mật khẩu mới.")
            .MinimumLength(10).WithMessage("Mật khẩu phải có ít nhất 10 ký tự.");
    }
}
