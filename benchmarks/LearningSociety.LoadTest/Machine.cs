using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace LearningSociety.LoadTest;

/// <summary>What a figure was measured on: the machine, its load, the commit.</summary>
public static class Machine
{
    /// <summary>The folder holding LearningSociety.sln, above this program.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Describe()
    {
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) is { } line
                ? string.Create(CultureInfo.InvariantCulture, $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1048576.0:F0} GB RAM")
                : "RAM unknown"
            : $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:F0} GB RAM";
        var os = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
            : null;
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), {memory}, "
            + $"{os ?? RuntimeInformation.OSDescription}, .NET SDK {Output("dotnet", "--version") ?? "?"} (runtime {Environment.Version})";
    }

    /// <summary>The commit checked out, with "+changes" when the working tree differs from it.</summary>
    public static string Commit()
    {
        var commit = Output("git", "rev-parse", "--short", "HEAD") ?? "unknown";
        return Output("git", "status", "--porcelain", "--untracked-files=no") is { Length: > 0 } ? commit + "+changes" : commit;
    }

    /// <summary>The 1, 5 and 15 minute load averages.</summary>
    public static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>The 1-minute load average alone.</summary>
    public static string LoadNow() => LoadAverage().Split(' ')[0];

    public static string? Output(string file, params string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot };
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info)!;
            var text = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? text : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "LearningSociety.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("LearningSociety.sln not found above " + AppContext.BaseDirectory);
    }
}
