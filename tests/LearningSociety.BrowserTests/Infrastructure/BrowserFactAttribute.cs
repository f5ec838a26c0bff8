namespace LearningSociety.BrowserTests.Infrastructure;

/// <summary>
/// A fact that needs Chromium. Without it the test is skipped with the reason, unless
/// REQUIRE_BROWSER_TESTS=1 (set by .ci/run), where a missing browser is a failure.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.ExecutablePath is null && !Chromium.Required)
        {
            Skip = "Chromium not found (install the Debian package 'chromium' or set CHROMIUM_PATH); set REQUIRE_BROWSER_TESTS=1 to make this a failure.";
        }
    }
}

public static class Chromium
{
    public static bool Required => Environment.GetEnvironmentVariable("REQUIRE_BROWSER_TESTS") == "1";

    public static string? ExecutablePath { get; } = Find();

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        string[] candidates = [configured ?? string.Empty, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
        return candidates.FirstOrDefault(p => p.Length > 0 && File.Exists(p));
    }
}
