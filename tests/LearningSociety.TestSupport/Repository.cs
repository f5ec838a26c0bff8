using System.Runtime.CompilerServices;

namespace LearningSociety.TestSupport;

/// <summary>The repository the tests run from.</summary>
public static class Repository
{
    /// <summary>The folder holding LearningSociety.sln, above the test binaries or (with --artifacts-path) above this source file.</summary>
    public static string Root([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? string.Empty })
        {
            for (var dir = start.Length == 0 ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "LearningSociety.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"LearningSociety.sln not found above {AppContext.BaseDirectory} or {sourceFile}.");
    }
}
