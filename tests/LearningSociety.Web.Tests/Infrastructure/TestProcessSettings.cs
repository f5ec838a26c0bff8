using System.Runtime.CompilerServices;

namespace LearningSociety.Web.Tests.Infrastructure;

/// <summary>
/// Settings for every portal this test process starts. Each running portal would otherwise watch its appsettings
/// files for changes, and Linux allows a user 128 inotify instances: with dozens of portals alive at once in
/// parallel test classes the limit is reached and start-up fails. Tests never edit the files, so no portal watches.
/// </summary>
internal static class TestProcessSettings
{
    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
