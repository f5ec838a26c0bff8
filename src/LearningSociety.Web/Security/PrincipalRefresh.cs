using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LearningSociety.Web.Security;

/// <summary>
/// Re-reads the user on every request: a disabled, locked or re-keyed account is signed out at once,
/// and role assignments come fresh from the database. One small query per request buys that promise.
/// </summary>
public static class PrincipalRefresh
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var userManager = services.GetRequiredService<UserManager<ApplicationUser>>();
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;

        var user = context.Principal is null ? null : await userManager.GetUserAsync(context.Principal);
        var stamp = context.Principal?.FindFirstValue(stampClaim);
        if (user is null || !user.IsActive || user.SecurityStamp != stamp || await userManager.IsLockedOutAsync(user))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        var factory = services.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        context.ReplacePrincipal(await factory.CreateAsync(user));
    }
}
