using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace LearningSociety.LoadTest;

/// <summary>
/// A load: how many workers, at what rate, for how long. <see cref="Single"/> is one user sending a fixed number of
/// requests one after the other, timed by this program; the others are hey runs.
/// </summary>
/// <param name="RatePerWorker">Requests a second per worker (hey's -q); 0 for a closed loop.</param>
/// <param name="Requests">A fixed number of requests instead of a duration.</param>
public sealed record Load(string Name, int Workers, int RatePerWorker, TimeSpan Duration, int Requests = 0)
{
    public static Load Single(int requests) => new("1 user", 1, 0, TimeSpan.Zero, requests);

    public static Load Open(int users, TimeSpan duration) => new($"{users} users × 1/s", users, 1, duration);

    public static Load Closed(int users, TimeSpan duration) => new($"{users} closed loop", users, 0, duration);
}

/// <summary>What hey reported for one load on one page.</summary>
/// <param name="Ok">2xx answers.</param>
/// <param name="Errors">Non-2xx answers and failed requests (time-outs, refused connections).</param>
public sealed record HeyResult(int Requests, int Ok, int Errors, double RequestsPerSecond, double? P50, double? P95, double? P99, double? Slowest,
    IReadOnlyList<string> Problems);

/// <summary>Runs Debian's <c>hey</c> (apt-get install -y hey) and reads its summary.</summary>
public static partial class Hey
{
    public static bool IsInstalled()
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, "hey")));

    public static async Task<HeyResult> RunAsync(Uri url, Load load, IReadOnlyDictionary<string, string> headers, TimeSpan timeout)
    {
        var info = new ProcessStartInfo("hey") { RedirectStandardOutput = true, RedirectStandardError = true };
        var arguments = new List<string>();
        if (load.Requests > 0)
        {
            arguments.AddRange(["-n", Text(load.Requests)]);
        }
        else
        {
            arguments.AddRange(["-z", Text((int)load.Duration.TotalSeconds) + "s"]);
        }

        arguments.AddRange(["-c", Text(load.Workers), "-t", Text((int)timeout.TotalSeconds)]);
        if (load.RatePerWorker > 0)
        {
            arguments.AddRange(["-q", Text(load.RatePerWorker)]);
        }

        foreach (var (name, value) in headers)
        {
            arguments.AddRange(["-H", $"{name}: {value}"]);
        }

        arguments.Add(url.ToString());
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start hey.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output + await error;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"hey failed ({process.ExitCode}): {text}");
        }

        return Parse(text);
    }

    /// <summary>Reads hey's summary: requests/s, the latency distribution, status codes and errors.</summary>
    public static HeyResult Parse(string output)
    {
        double? Percentile(int p) => PercentileLine().Matches(output).FirstOrDefault(m => m.Groups[1].Value == Text(p)) is { } m
            ? double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)
            : null;

        var statuses = StatusLine().Matches(output).Select(m => (Code: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            Count: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        var errors = ErrorLine().Matches(output).Select(m => (Count: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Text: m.Groups[2].Value.Trim())).ToList();
        var ok = statuses.Where(s => s.Code is >= 200 and < 300).Sum(s => s.Count);
        var failed = statuses.Where(s => s.Code is < 200 or >= 300).Sum(s => s.Count) + errors.Sum(e => e.Count);
        var problems = statuses.Where(s => s.Code is < 200 or >= 300).Select(s => $"{s.Count}× HTTP {s.Code}")
            .Concat(errors.Select(e => $"{e.Count}× {Shorten(e.Text)}")).ToList();
        var rate = RateLine().Match(output) is { Success: true } r ? double.Parse(r.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var answered = statuses.Sum(x => x.Count) > 0;
        var slowest = answered && SlowestLine().Match(output) is { Success: true } s ? double.Parse(s.Groups[1].Value, CultureInfo.InvariantCulture) : (double?)null;
        return new HeyResult(ok + failed, ok, failed, rate, Percentile(50), Percentile(95), Percentile(99), slowest, problems);
    }

    private static string Shorten(string error)
    {
        // "Get "http://…": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" → the reason.
        var reason = error.LastIndexOf("\": ", StringComparison.Ordinal) is var at and >= 0 ? error[(at + 3)..] : error;
        return reason.Length > 80 ? reason[..80] + "…" : reason;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s+(\d+)%+ in ([0-9.]+) secs", RegexOptions.Multiline)]
    private static partial Regex PercentileLine();

    [GeneratedRegex(@"^\s+\[(\d+)\]\s+(\d+) responses", RegexOptions.Multiline)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^\s+\[(\d+)\]\s+((?!\d+ responses).+)$", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RateLine();

    [GeneratedRegex(@"Slowest:\s+([0-9.]+) secs")]
    private static partial Regex SlowestLine();
}
