namespace LearningSociety.TestSupport;

/// <summary>Settings for every portal a test process starts.</summary>
public static class TestProcess
{
    /// <summary>
    /// Each running portal would otherwise watch its appsettings files for changes, and Linux allows a user 128 inotify
    /// instances: with dozens of portals alive at once in parallel test classes the limit is reached and start-up
    /// fails. Tests never edit the files, so no portal watches. Call from a module initializer of the test project.
    /// </summary>
    public static void Configure()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
