namespace LearningSociety.Web.Security;

/// <summary>The "Security" section of the configuration: who must, and who may, use a second factor.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Administrators must have an authenticator app set up: until they do, every page sends them to the set-up page.
    /// On by default; the Development settings switch it off so the demo administrator signs in with the password alone.
    /// </summary>
    public bool RequireTwoFactorForAdministrators { get; set; } = true;

    /// <summary>Other accounts may turn on a second factor themselves.</summary>
    public bool AllowTwoFactor { get; set; } = true;
}
