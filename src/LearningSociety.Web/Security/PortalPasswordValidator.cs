using LearningSociety.Web.Data.Seeding;
using Microsoft.AspNetCore.Identity;

namespace LearningSociety.Web.Security;

/// <summary>
/// The password rules beyond the length (OWASP ASVS 5.0 level 2, chapter 6.2): no composition rules, but a password
/// is refused when it is on the list of common or breached passwords, when it is the demo password published in the
/// README, or when its letters alone are a common password, a word of this portal or the user name
/// ("Matkhau@2025", "Khuyenhoc123", "chihoi2-2025"). Length is Identity's own rule (at least 10 characters).
/// </summary>
public sealed class PortalPasswordValidator(CommonPasswordList common) : IPasswordValidator<ApplicationUser>
{
    public const int MaximumLength = 128;

    /// <summary>Words of this portal and its programme that guessers try first, written without diacritics.</summary>
    private static readonly string[] ContextWords =
    [
        "matkhau", "password", "learningsociety", "xahoihoctap", "congdanhoctap", "hoctap", "khuyenhoc", "hoikhuyenhoc",
        "chihoikhuyenhoc", "phonggiaoduc", "giaoduc", "ubnd", "ubndxa", "quantri", "admin",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        var describer = manager.ErrorDescriber as VietnameseIdentityErrorDescriber ?? new VietnameseIdentityErrorDescriber();
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (password.Length > MaximumLength)
        {
            return Failed(describer.PasswordTooLong(MaximumLength));
        }

        if (string.Equals(password, DemoDataSeeder.DemoPassword, StringComparison.OrdinalIgnoreCase))
        {
            return Failed(describer.PasswordIsDemoPassword());
        }

        if (common.Contains(password))
        {
            return Failed(describer.PasswordIsCommon());
        }

        var letters = Letters(password);
        if (letters.Length >= 4)
        {
            if (letters == Letters(user.UserName ?? string.Empty) || ContextWords.Contains(letters))
            {
                return Failed(describer.PasswordIsGuessable());
            }

            if (common.Contains(letters))
            {
                return Failed(describer.PasswordIsCommon());
            }
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static Task<IdentityResult> Failed(IdentityError error) => Task.FromResult(IdentityResult.Failed(error));

    /// <summary>The letters of a password, lower case and without diacritics: "Khuyến-học 2025!" → "khuyenhoc".</summary>
    private static string Letters(string value)
    {
        var decomposed = value.Replace('đ', 'd').Replace('Đ', 'D').Normalize(System.Text.NormalizationForm.FormD);
        return string.Concat(decomposed.Where(char.IsLetter)).ToLowerInvariant();
    }
}
