using System.Globalization;
using System.Text;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LearningSociety.Web.Features.Account;

/// <summary>The key an authenticator app is set up with, as the page shows it (grouped) and as a QR code carries it.</summary>
public sealed record AuthenticatorKey(string Grouped, string Uri);

/// <summary>
/// A signed-in user's second factor over ASP.NET Core Identity: the authenticator key, switching it on with a first
/// code, recovery codes, switching it off, and whether the settings require or allow it for this user.
/// </summary>
public sealed class AuthenticatorEnrolment(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    IOptions<SecurityOptions> security)
{
    /// <summary>Shown in authenticator apps beside the account name.</summary>
    public const string Issuer = "Xã hội học tập";

    private const int RecoveryCodeCount = 10;

    /// <summary>Administrators must use a second factor when the setting says so.</summary>
    public bool IsRequired(UnitScope scope) => security.Value.RequireTwoFactorForAdministrators && scope.IsAdministrator;

    public bool IsAllowed(UnitScope scope) => security.Value.AllowTwoFactor || IsRequired(scope);

    /// <summary>The user's key, made on first use (which changes the security stamp, so this session's cookie is re-issued).</summary>
    public async Task<AuthenticatorKey> KeyAsync(ApplicationUser user)
    {
        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await userManager.ResetAuthenticatorKeyAsync(user);
            await signInManager.RefreshSignInAsync(user);
            key = await userManager.GetAuthenticatorKeyAsync(user);
        }

        return new AuthenticatorKey(Group(key!), UriFor(user.UserName!, key!));
    }

    /// <summary>Switches the second factor on when <paramref name="code"/> is the app's current code; the new recovery codes, or null.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(ApplicationUser user, string code)
    {
        if (!await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, TwoFactorCodeInput.Clean(code)))
        {
            return null;
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        var codes = await NewRecoveryCodesAsync(user);
        await signInManager.RefreshSignInAsync(user);
        return codes;
    }

    /// <summary>A new set of recovery codes; the old ones stop working.</summary>
    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(ApplicationUser user)
        => [.. await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];

    /// <summary>Switches the second factor off and forgets the key.</summary>
    public async Task DisableAsync(ApplicationUser user)
    {
        await userManager.SetTwoFactorEnabledAsync(user, false);
        await userManager.ResetAuthenticatorKeyAsync(user);
        await signInManager.RefreshSignInAsync(user);
    }

    /// <summary>The otpauth URI every authenticator app reads (key URI format): issuer, account, Base32 secret.</summary>
    public static string UriFor(string userName, string key)
        => string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(userName)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");

    private static string Group(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
