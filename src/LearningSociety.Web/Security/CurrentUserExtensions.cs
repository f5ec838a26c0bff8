using System.Security.Claims;

namespace LearningSociety.Web.Security;

public static class CurrentUserExtensions
{
    public static UnitScope Scope(this ClaimsPrincipal user) => UnitScope.From(user);

    public static string DisplayName(this ClaimsPrincipal user)
        => user.FindFirstValue(PortalClaimsPrincipalFactory.FullNameClaim) is { Length: > 0 } name ? name : user.Identity?.Name ?? string.Empty;
}
