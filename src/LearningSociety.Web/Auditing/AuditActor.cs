using System.Security.Claims;

namespace LearningSociety.Web.Auditing;

/// <summary>Who is acting: the signed-in user, or the system during start-up and seeding.</summary>
public sealed class AuditActor(IHttpContextAccessor accessor)
{
    public const string System = "hệ thống";

    public string Name => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.Name) ?? System;
}
