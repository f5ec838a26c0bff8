using FluentValidation;

namespace LearningSociety.Web.Features.Account;

public sealed class LoginInput
{
    public string UserName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }
}

public sealed class LoginInputValidator : AbstractValidator<LoginInput>
{
    public LoginInputValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().WithMessage("Vui lòng nhập tên đăng nhập.");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Vui lòng nhập mật khẩu.");
    }
}

public sealed class ChangePasswordInput
{
    public string CurrentPassword { get; set; } = string.Empty;

    public string NewPassword { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Vui lòng nhập mật khẩu hiện tại.");
        RuleFor(x => x.NewPassword)
            .NotEmpty().WithMessage("Vui lòng nhập mật khẩu mới.")
            .MinimumLength(10).WithMessage("Mật khẩu mới phải có ít nhất 10 ký tự.")
            .MaximumLength(Security.PortalPasswordValidator.MaximumLength).WithMessage($"Mật khẩu tối đa {Security.PortalPasswordValidator.MaximumLength} ký tự.");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage("Mật khẩu nhập lại không khớp.");
    }
}

/// <summary>The six-digit code from the authenticator app, at sign-in.</summary>
public sealed class TwoFactorCodeInput
{
    public string Code { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }

    /// <summary>Apps show "123 456"; people type spaces and dashes. An empty field binds as null.</summary>
    public static string Clean(string? code) => string.Concat((code ?? string.Empty).Where(char.IsAsciiDigit));
}

public sealed class TwoFactorCodeInputValidator : AbstractValidator<TwoFactorCodeInput>
{
    public TwoFactorCodeInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Vui lòng nhập mã gồm 6 chữ số trong ứng dụng xác thực.")
            .Must(code => TwoFactorCodeInput.Clean(code).Length == 6).WithMessage("Mã xác thực gồm 6 chữ số.");
    }
}

/// <summary>One of the recovery codes shown when the second factor was set up, for a lost phone.</summary>
public sealed class RecoveryCodeInput
{
    public string RecoveryCode { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }

    public static string Clean(string? code) => string.Concat((code ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
}

public sealed class RecoveryCodeInputValidator : AbstractValidator<RecoveryCodeInput>
{
    public RecoveryCodeInputValidator()
    {
        RuleFor(x => x.RecoveryCode).NotEmpty().WithMessage("Vui lòng nhập một mã khôi phục.").MaximumLength(50).WithMessage("Mã khôi phục không đúng.");
    }
}

/// <summary>The first code from the app, proving the key was scanned or typed correctly.</summary>
public sealed class EnableAuthenticatorInput
{
    public string Code { get; set; } = string.Empty;
}

public sealed class EnableAuthenticatorInputValidator : AbstractValidator<EnableAuthenticatorInput>
{
    public EnableAuthenticatorInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Vui lòng nhập mã gồm 6 chữ số đang hiện trong ứng dụng xác thực.")
            .Must(code => TwoFactorCodeInput.Clean(code).Length == 6).WithMessage("Mã xác thực gồm 6 chữ số.");
    }
}

public sealed record TwoFactorStatusViewModel(bool Enabled, int RecoveryCodesLeft, bool Required, bool Allowed);

/// <summary>The key to type (grouped by four), the otpauth URI (also drawn as a QR code by two-factor.js).</summary>
public sealed record EnableAuthenticatorViewModel(string SharedKey, string AuthenticatorUri, bool Required, EnableAuthenticatorInput Input);

public sealed record RecoveryCodesViewModel(string Message, IReadOnlyList<string> Codes);
