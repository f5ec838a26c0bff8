using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace LearningSociety.LoadTest;

/// <summary>
/// The Release portal as operators run it (<c>dotnet LearningSociety.Web.dll</c> from <c>dotnet publish -c Release</c>),
/// in Production, on a SQLite file, on a free loopback port; its output goes to a log file. Requests say
/// <c>X-Forwarded-Proto: https</c> as the TLS proxy in front of it would (loopback is a trusted proxy), so the
/// Secure-only cookies and the HTTPS requirement of Production hold. Disposing ends it.
/// </summary>
public sealed class PortalProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    private PortalProcess(Process process, StreamWriter log, Uri address, string logPath)
    {
        this.process = process;
        this.log = log;
        Address = address;
        LogPath = logPath;
    }

    public Uri Address { get; }

    public string LogPath { get; }

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary><c>dotnet publish -c Release</c> of the web project into <paramref name="output"/>.</summary>
    public static async Task PublishAsync(string output)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Machine.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "publish", Path.Combine("src", "LearningSociety.Web"), "-c", "Release", "-o", output, "--nologo", "-v", "quiet" })
        {
            info.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(info)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}):\n{await stdout}\n{await stderr}");
        }
    }

    public static async Task<PortalProcess> StartAsync(string publishedFolder, string databasePath, string workFolder)
    {
        var dll = Path.Combine(publishedFolder, "LearningSociety.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"No LearningSociety.Web.dll in {publishedFolder}.");
        }

        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = publishedFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);

        // This program's own settings (dotnet run's, the shell's ASP.NET environment) must not leak into the portal.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
            || k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k is "DOTNET_ENVIRONMENT").ToList())
        {
            info.Environment.Remove(key);
        }

        var logPath = Path.Combine(workFolder, "portal.log");
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/'),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Sqlite"] = $"Data Source={databasePath}",
            ["Database__SeedDemoData"] = "false",

            // Production wants a certificate for the data-protection keys; this throwaway copy does without.
            ["DataProtection__AllowUnprotectedKeys"] = "true",
            ["Logging__FilePath"] = Path.Combine(workFolder, "logs", "portal-.log"),
        })
        {
            info.Environment[key] = value;
        }

        var writer = new StreamWriter(logPath) { AutoFlush = true };
        var started = Process.Start(info) ?? throw new InvalidOperationException("Could not start the portal.");
        started.OutputDataReceived += (_, e) => Write(writer, e.Data);
        started.ErrorDataReceived += (_, e) => Write(writer, e.Data);
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        var portal = new PortalProcess(started, writer, address, logPath);
        await portal.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3));
        return portal;
    }

    /// <summary>Resident and peak resident memory of the portal, from /proc (kB → bytes); zeros when unavailable.</summary>
    public (long Rss, long Peak) Memory()
    {
        try
        {
            long rss = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line);
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kilobytes(line);
                }
            }

            return (rss, peak);
        }
        catch (IOException)
        {
            return (0, 0);
        }

        static long Kilobytes(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>CPU time the portal has used (user + system), from /proc/&lt;pid&gt;/stat.</summary>
    public TimeSpan CpuTime()
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{process.Id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');

            // After the command name: state is field 3, utime 14 and stime 15 (1-based over the whole line); ticks of 1/100 s.
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>
    /// Waits until the portal has finished what the last load left it (abandoned requests keep running): less than 5 %
    /// of a core over a second, or <paramref name="limit"/>. Returns how long it took, or null when it never settled.
    /// </summary>
    public async Task<TimeSpan?> WaitUntilIdleAsync(TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        var before = CpuTime();
        while (watch.Elapsed < limit && !process.HasExited)
        {
            await Task.Delay(1000);
            var now = CpuTime();
            if ((now - before).TotalSeconds < 0.05)
            {
                return watch.Elapsed;
            }

            before = now;
        }

        return null;
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        process.Dispose();
        lock (log)
        {
            log.Dispose();
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan limit)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The portal stopped ({process.ExitCode}); see {LogPath}:\n{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Address, "/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The portal did not answer /health within {limit.TotalSeconds:F0} s; see {LogPath}:\n{Tail()}");
    }

    private string Tail()
    {
        lock (log)
        {
            log.Flush();
        }

        using var reader = new StreamReader(new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return string.Join('\n', reader.ReadToEnd().Split('\n').TakeLast(30));
    }

    private static void Write(StreamWriter writer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (writer)
        {
            if (writer.BaseStream.CanWrite)
            {
                writer.WriteLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
