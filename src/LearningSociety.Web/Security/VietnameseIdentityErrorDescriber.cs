using Microsoft.AspNetCore.Identity;

namespace LearningSociety.Web.Security;

/// <summary>Identity's messages in Vietnamese, because users read them at the field.</summary>
public sealed class VietnameseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Mật khẩu phải có ít nhất {length} ký tự." };

    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "Mật khẩu phải có ít nhất một chữ số (0–9)." };

    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "Mật khẩu phải có ít nhất một chữ thường (a–z)." };

    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "Mật khẩu phải có ít nhất một chữ hoa (A–Z)." };

    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "Mật khẩu phải có ít nhất một ký tự đặc biệt." };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Mật khẩu hiện tại không đúng." };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Tên đăng nhập \"{userName}\" đã được sử dụng." };

    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = "Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các ký tự . _ - @." };

    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Đã có lỗi xảy ra, vui lòng thử lại." };

    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Dữ liệu đã được người khác thay đổi, vui lòng tải lại trang." };

    public IdentityError PasswordTooLong(int length) => new() { Code = nameof(PasswordTooLong), Description = $"Mật khẩu tối đa {length} ký tự." };

    public IdentityError PasswordIsCommon() => new()
    {
        Code = nameof(PasswordIsCommon),
        Description = "Mật khẩu này quá phổ biến (có trong danh sách mật khẩu hay bị dò hoặc đã bị lộ). Hãy chọn mật khẩu khác, ví dụ một câu ngắn dễ nhớ gồm vài từ.",
    };

    public IdentityError PasswordIsDemoPassword() => new()
    {
        Code = nameof(PasswordIsDemoPassword),
        Description = "Không được dùng mật khẩu mẫu của bản trình diễn. Hãy chọn mật khẩu khác.",
    };

    public IdentityError PasswordIsGuessable() => new()
    {
        Code = nameof(PasswordIsGuessable),
        Description = "Mật khẩu không được dựa trên tên đăng nhập hoặc tên của cổng thông tin, chương trình. Hãy chọn mật khẩu khác.",
    };
}
