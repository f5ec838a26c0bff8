using Microsoft.AspNetCore.Identity;

namespace LearningSociety.Web.Security;

/// <summary>A person who signs in. What they may do comes from their role assignments.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string FullName { get; set; } = string.Empty;

    /// <summary>A disabled account loses access at its next request.</summary>
    public bool IsActive { get; set; } = true;

    public List<RoleAssignment> Assignments { get; } = [];
}
