using LearningSociety.Web.Auditing;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Account;

/// <summary>
/// Sign in (password, then the authenticator code when the account has one), sign out, change password and the
/// second factor: the portal's own Vietnamese pages over ASP.NET Core Identity.
/// </summary>
public sealed class AccountController(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    PasswordSignIn passwordSignIn,
    AuthenticatorEnrolment authenticator,
    AuditLog audit) : Controller
{
    /// <summary>The one answer to a failed sign-in, whatever failed (see <see cref="PasswordSignIn"/>).</summary>
    public const string SignInFailedMessage =
        "Tên đăng nhập hoặc mật khẩu không đúng. Sau 5 lần nhập sai liên tiếp, tài khoản tạm thời bị khóa 15 phút.";

    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl = null)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return RedirectToAction("Index", "Home");
        }

        return View(new LoginInput { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var (outcome, user, reason) = await passwordSignIn.SignInAsync(input.UserName.Trim(), input.Password);
        switch (outcome)
        {
            case PasswordSignInOutcome.SignedIn:
                await audit.RecordAsync("SignIn", "Account", user?.Id, reason, input.UserName);
                return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
            case PasswordSignInOutcome.RequiresTwoFactor:
                await audit.RecordAsync("SignInPassword", "Account", user?.Id, reason, input.UserName);
                return RedirectToAction(nameof(LoginWithTwoFactor), new { returnUrl = SafeReturnUrl(input.ReturnUrl) });
            case PasswordSignInOutcome.Disabled:
                ModelState.AddModelError(string.Empty, "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị hệ thống.");
                break;
            default:
                ModelState.AddModelError(string.Empty, SignInFailedMessage);
                break;
        }

        await audit.RecordAsync("SignInFailed", "Account", user?.Id, reason, input.UserName);
        return View(input);
    }

    [AllowAnonymous]
    [HttpGet]
    public async Task<IActionResult> LoginWithTwoFactor(string? returnUrl = null)
        => await signInManager.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login))
            : View(new TwoFactorCodeInput { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> LoginWithTwoFactor(TwoFactorCodeInput input)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(Login));
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(TwoFactorCodeInput.Clean(input.Code), isPersistent: false, rememberClient: false);
        return await AfterSecondFactorAsync(result, user, input.ReturnUrl, "mã ứng dụng xác thực", input);
    }

    [AllowAnonymous]
    [HttpGet]
    public async Task<IActionResult> LoginWithRecoveryCode(string? returnUrl = null)
        => await signInManager.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login))
            : View(new RecoveryCodeInput { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> LoginWithRecoveryCode(RecoveryCodeInput input)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(Login));
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(RecoveryCodeInput.Clean(input.RecoveryCode));
        return await AfterSecondFactorAsync(result, user, input.ReturnUrl, "mã khôi phục", input);
    }

    /// <summary>
    /// Ends the session on the server too: a new security stamp makes every cookie issued before it (this one, a copied
    /// one, one on another computer) fail the check at its next request (<see cref="PrincipalRefresh"/>).
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is not null)
        {
            await userManager.UpdateSecurityStampAsync(user);
            await audit.RecordAsync("SignOut", "Account", user.Id, "Đăng xuất (mọi phiên của tài khoản kết thúc)", user.UserName);
        }

        await signInManager.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordInput());

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await userManager.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(input.CurrentPassword) : nameof(input.NewPassword);
                ModelState.AddModelError(field, error.Description);
            }

            return View(input);
        }

        await signInManager.RefreshSignInAsync(user);
        TempData["Success"] = "Đã đổi mật khẩu.";
        return RedirectToAction("Index", "Home");
    }

    /// <summary>The second factor of the signed-in account: whether it is on, and what may be done with it.</summary>
    [HttpGet]
    public async Task<IActionResult> TwoFactor()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return View(new TwoFactorStatusViewModel(user.TwoFactorEnabled, user.TwoFactorEnabled ? await userManager.CountRecoveryCodesAsync(user) : 0,
            authenticator.IsRequired(User.Scope()), authenticator.IsAllowed(User.Scope())));
    }

    [HttpGet]
    public Task<IActionResult> EnableAuthenticator() => EnableAuthenticatorAsync(null);

    [HttpPost]
    public Task<IActionResult> EnableAuthenticator(EnableAuthenticatorInput input) => EnableAuthenticatorAsync(input);

    [HttpPost]
    public async Task<IActionResult> GenerateRecoveryCodes()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return user.TwoFactorEnabled
            ? RecoveryCodesPage(await authenticator.NewRecoveryCodesAsync(user), "Đã tạo bộ mã khôi phục mới; các mã cũ không còn dùng được.")
            : RedirectToAction(nameof(TwoFactor));
    }

    [HttpPost]
    public async Task<IActionResult> DisableTwoFactor()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (authenticator.IsRequired(User.Scope()))
        {
            TempData["Error"] = "Tài khoản quản trị hệ thống bắt buộc dùng xác thực hai bước, không thể tắt.";
            return RedirectToAction(nameof(TwoFactor));
        }

        await authenticator.DisableAsync(user);
        TempData["Success"] = "Đã tắt xác thực hai bước.";
        return RedirectToAction(nameof(TwoFactor));
    }

    [AllowAnonymous]
    [HttpGet]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("Error", StatusCodes.Status403Forbidden);
    }

    private async Task<IActionResult> AfterSecondFactorAsync(Microsoft.AspNetCore.Identity.SignInResult result, ApplicationUser user,
        string? returnUrl, string what, object input)
    {
        if (result.Succeeded)
        {
            await audit.RecordAsync("SignIn", "Account", user.Id, $"Đăng nhập (mật khẩu và {what})", user.UserName);
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        await audit.RecordAsync("SignInFailed", "Account", user.Id, result.IsLockedOut ? $"Sai {what}, tài khoản bị khóa" : $"Sai {what}", user.UserName);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Tài khoản tạm thời bị khóa do nhập sai nhiều lần. Vui lòng thử lại sau 15 phút."
            : $"Mã không đúng. Hãy nhập {what} còn hiệu lực.");
        return View(input);
    }

    /// <summary>The set-up page (GET: <paramref name="input"/> null), or switching on with the code typed from the app.</summary>
    private async Task<IActionResult> EnableAuthenticatorAsync(EnableAuthenticatorInput? input)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!authenticator.IsAllowed(User.Scope()))
        {
            return NotFound();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(TwoFactor));
        }

        if (input is not null && ModelState.IsValid)
        {
            if (await authenticator.EnableAsync(user, input.Code) is { } codes)
            {
                return RecoveryCodesPage(codes, "Đã bật xác thực hai bước.");
            }

            ModelState.AddModelError(nameof(input.Code), "Mã xác thực không đúng hoặc đã hết hạn. Hãy nhập mã đang hiện trong ứng dụng.");
        }

        var key = await authenticator.KeyAsync(user);
        Response.Headers.CacheControl = "no-store";
        return View(nameof(EnableAuthenticator),
            new EnableAuthenticatorViewModel(key.Grouped, key.Uri, authenticator.IsRequired(User.Scope()), input ?? new EnableAuthenticatorInput()));
    }

    private IActionResult RecoveryCodesPage(IReadOnlyList<string> codes, string message)
    {
        // The codes are shown once, on this response only: never cached, never put in TempData.
        Response.Headers.CacheControl = "no-store";
        return View("RecoveryCodes", new RecoveryCodesViewModel(message, codes));
    }

    private string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
}
