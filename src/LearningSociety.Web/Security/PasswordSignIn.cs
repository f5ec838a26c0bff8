using Microsoft.AspNetCore.Identity;

namespace LearningSociety.Web.Security;

/// <summary>What a password sign-in came to; only <see cref="Failed"/> is shown to the person as one message.</summary>
public enum PasswordSignInOutcome
{
    SignedIn,
    RequiresTwoFactor,

    /// <summary>The password was right but the account is disabled: said so only then.</summary>
    Disabled,

    /// <summary>Unknown account, wrong password, or a locked account whatever the password: one answer for all.</summary>
    Failed,
}

/// <summary>
/// The sign-in rule that gives nothing away about accounts: an unknown user name, a wrong password and a locked account
/// answer the same, and each costs one password-hash check, so the answer time does not tell them apart either. A
/// locked account answers "failed" even to the right password, or the lock would become a free way to test passwords;
/// a disabled account is named as disabled only to the right password.
/// </summary>
public sealed class PasswordSignIn(SignInManager<ApplicationUser> signInManager, UserManager<ApplicationUser> userManager)
{
    // Verified against when there is no account, so that "no such user" costs what a wrong password costs.
    private static readonly PasswordHasher<ApplicationUser> Hasher = new();
    private static readonly Lazy<string> UnknownAccountHash = new(() => Hasher.HashPassword(new ApplicationUser(), Guid.NewGuid().ToString("N")));

    /// <summary>The outcome and, for the audit trail only, why it failed.</summary>
    public async Task<(PasswordSignInOutcome Outcome, ApplicationUser? User, string Reason)> SignInAsync(string userName, string password)
    {
        var user = await userManager.FindByNameAsync(userName);
        if (user is null)
        {
            Hasher.VerifyHashedPassword(new ApplicationUser(), UnknownAccountHash.Value, password);
            return (PasswordSignInOutcome.Failed, null, "Tên đăng nhập không tồn tại");
        }

        if (await userManager.IsLockedOutAsync(user))
        {
            Hasher.VerifyHashedPassword(user, user.PasswordHash ?? UnknownAccountHash.Value, password);
            return (PasswordSignInOutcome.Failed, user, "Tài khoản bị khóa");
        }

        if (!user.IsActive)
        {
            if (await userManager.CheckPasswordAsync(user, password))
            {
                return (PasswordSignInOutcome.Disabled, user, "Tài khoản bị vô hiệu hóa");
            }

            // Wrong passwords count here too, or a disabled account would answer guesses without ever locking.
            await userManager.AccessFailedAsync(user);
            return (PasswordSignInOutcome.Failed, user, "Sai mật khẩu (tài khoản bị vô hiệu hóa)");
        }

        var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return (PasswordSignInOutcome.SignedIn, user, "Đăng nhập");
        }

        if (result.RequiresTwoFactor)
        {
            return (PasswordSignInOutcome.RequiresTwoFactor, user, "Mật khẩu đúng, chờ mã xác thực hai bước");
        }

        return (PasswordSignInOutcome.Failed, user, result.IsLockedOut ? "Sai mật khẩu, tài khoản bị khóa" : "Sai mật khẩu");
    }
}
