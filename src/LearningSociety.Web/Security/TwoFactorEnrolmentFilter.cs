using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace LearningSociety.Web.Security;

/// <summary>
/// Sends an administrator without an authenticator app to set one up before anything else, when
/// <see cref="SecurityOptions.RequireTwoFactorForAdministrators"/> is on. Only the account pages (set-up, sign-out,
/// password) and the error pages stay open. The claim it reads is rebuilt from the database on every request.
/// </summary>
public sealed class TwoFactorEnrolmentFilter(IOptions<SecurityOptions> options) : IAuthorizationFilter
{
    private static readonly HashSet<string> OpenControllers = new(StringComparer.Ordinal) { "Account", "Error" };

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (!options.Value.RequireTwoFactorForAdministrators
            || user.Identity?.IsAuthenticated != true
            || !user.Scope().IsAdministrator
            || user.HasClaim(PortalClaimsPrincipalFactory.TwoFactorClaim, "true")
            || context.ActionDescriptor is ControllerActionDescriptor { ControllerName: var name } && OpenControllers.Contains(name))
        {
            return;
        }

        context.Result = new RedirectToActionResult("TwoFactor", "Account", null);
    }
}
