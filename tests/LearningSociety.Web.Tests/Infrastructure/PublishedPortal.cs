using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace LearningSociety.Web.Tests.Infrastructure;

/// <summary>
/// The Release build as operators run it: <c>dotnet publish -c Release</c> once per test run (or the folder given in
/// <c>LEARNINGSOCIETY_PUBLISHED</c>, which .ci/run publishes before the tests), started as its own process on real
/// Kestrel with the environment of the portal service of a compose file.
/// </summary>
public static partial class PublishedPortal
{
    private static readonly SemaphoreSlim PublishLock = new(1, 1);
    private static string? _published;

    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LearningSociety.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("LearningSociety.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The folder holding the published LearningSociety.Web.dll.</summary>
    public static async Task<string> PublishedFolderAsync()
    {
        await PublishLock.WaitAsync();
        try
        {
            if (_published is not null)
            {
                return _published;
            }

            if (Environment.GetEnvironmentVariable("LEARNINGSOCIETY_PUBLISHED") is { Length: > 0 } given)
            {
                return _published = File.Exists(Path.Combine(given, "LearningSociety.Web.dll"))
                    ? given
                    : throw new InvalidOperationException($"LEARNINGSOCIETY_PUBLISHED={given} holds no LearningSociety.Web.dll.");
            }

            var output = Path.Combine(Path.GetTempPath(), "learningsociety-tests", "published-" + Guid.NewGuid().ToString("N")[..8]);
            var (code, log) = await RunAsync("dotnet", ["publish", Path.Combine(RepositoryRoot, "src", "LearningSociety.Web"), "-c", "Release", "-o", output, "--nologo"],
                new Dictionary<string, string?>(), TimeSpan.FromMinutes(8));
            return _published = code == 0 ? output : throw new InvalidOperationException("dotnet publish failed:\n" + log);
        }
        finally
        {
            PublishLock.Release();
        }
    }

    /// <summary>
    /// The environment a compose file gives its <c>portal</c> service, with <c>${VAR:-default}</c> taken from
    /// <paramref name="variables"/> or the default. Read line by line: the compose files keep it as plain KEY: "value" lines.
    /// </summary>
    public static Dictionary<string, string?> ComposeEnvironment(string composeFile, IReadOnlyDictionary<string, string> variables)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot, composeFile));
        var service = Array.IndexOf(lines, "  portal:");
        var environment = Array.FindIndex(lines, service, l => l == "    environment:");
        var result = new Dictionary<string, string?>();
        foreach (var line in lines.Skip(environment + 1).TakeWhile(l => l.StartsWith("      ", StringComparison.Ordinal)))
        {
            var match = EnvironmentLine().Match(line);
            if (!match.Success)
            {
                throw new InvalidOperationException($"{composeFile}: cannot read '{line}' as KEY: \"value\".");
            }

            result[match.Groups[1].Value] = Substitution().Replace(match.Groups[2].Value,
                m => variables.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Groups[2].Value);
        }

        return result.Count > 0 ? result : throw new InvalidOperationException($"{composeFile}: no portal environment found.");
    }

    [GeneratedRegex("^ {6}([A-Za-z0-9_]+): \"(.*)\"$")]
    private static partial Regex EnvironmentLine();

    [GeneratedRegex(@"\$\{([A-Z_]+):-([^}]*)\}")]
    private static partial Regex Substitution();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, IDictionary<string, string?> environment,
        TimeSpan timeout, string? standardInput = null)
    {
        using var process = Start(file, arguments, environment, out var output);
        if (standardInput is not null)
        {
            await process.Process.StandardInput.WriteLineAsync(standardInput);
        }

        process.Process.StandardInput.Close();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.Process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish in {timeout}:\n{output}");
        }

        process.Process.WaitForExit();
        return (process.Process.ExitCode, output.ToString());
    }

    public static RunningProcess Start(string file, IEnumerable<string> arguments, IDictionary<string, string?> environment, out StringBuilder output)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The test process's own settings (test host, ASP.NET environment) must not leak into the portal.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
            || k.StartsWith("DOTNET_", StringComparison.Ordinal) || k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var log = new StringBuilder();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        output = log;
        return new RunningProcess(process, log);
    }
}

/// <summary>A started process and what it printed; disposing ends it (and its children).</summary>
public sealed class RunningProcess(Process process, StringBuilder output) : IDisposable
{
    public Process Process { get; } = process;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        Process.Dispose();
    }
}
