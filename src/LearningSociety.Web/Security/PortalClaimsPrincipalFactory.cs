using LearningSociety.Domain.Deadlines;
using System.Security.Claims;
using LearningSociety.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningSociety.Web.Security;

/// <summary>
/// Puts the user's active role assignments into the principal as role and scope claims. It runs at
/// sign-in and again on every request (see <see cref="PrincipalRefresh"/>), so a changed assignment
/// takes effect at the next request without signing out.
/// </summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    IOptions<IdentityOptions> options,
    AppDbContext db,
    TimeProvider clock,
    IHttpContextAccessor httpContextAccessor)
    : UserClaimsPrincipalFactory<ApplicationUser>(userManager, options)
{
    public const string FullNameClaim = "ls:fullname";

    /// <summary>"true" when the account has an authenticator app set up (read by <see cref="TwoFactorEnrolmentFilter"/>).</summary>
    public const string TwoFactorClaim = "ls:2fa";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(FullNameClaim, user.FullName));
        identity.AddClaim(new Claim(TwoFactorClaim, user.TwoFactorEnabled ? "true" : "false"));

        // Identity's factory has no cancellation token parameter. It runs inside a request (sign-in, and PrincipalRefresh on
        // every request), so the query takes the request's token and stops when the browser goes away; called outside a
        // request there is nothing to follow, and it runs to the end.
        var cancellationToken = httpContextAccessor.HttpContext?.RequestAborted ?? CancellationToken.None;
        var today = new VietnamClock(clock).Today();
        var grants = await db.RoleAssignments
            .AsNoTracking()
            .Where(a => a.UserId == user.Id)
            .Where(RoleAssignment.ActiveOn(today))
            .Select(a => new ScopeGrant(a.Role, a.UnitId, a.Unit.Path, a.Unit.Name, a.Unit.Level.Code))
            .ToListAsync(cancellationToken);

        foreach (var role in grants.Select(g => g.Role).Distinct())
        {
            identity.AddClaim(new Claim(identity.RoleClaimType, role.ToString()));
        }

        foreach (var grant in grants)
        {
            identity.AddClaim(new Claim(UnitScope.ClaimType, UnitScope.Format(grant)));
        }

        return identity;
    }
}
