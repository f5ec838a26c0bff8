using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Web.Data.Seeding;

namespace LearningSociety.LoadTest;

/// <summary>
/// <c>run --db file.db</c>: copies the file, starts the Release portal on the copy (<see cref="PortalProcess"/>), signs in
/// as phonggd, ubndxa and chihoi through the sign-in form, then for each page of <see cref="Pages"/>: one GET for the
/// status and size, and hey at each load, with the portal's resident memory sampled meanwhile and the load average
/// before and after. Prints one line per page and load as it goes, and a Markdown table at the end.
/// </summary>
public static partial class RunCommand
{
    private sealed record Row(PageCase Page, string Url, HttpStatusCode Status, long Bytes, string? ContentType, TimeSpan FirstGet, Load Load, HeyResult? Result,
        long PeakRss, string LoadBefore, string LoadAfter, TimeSpan? Settled, string? Failure, TimeSpan Cpu)
    {
        /// <summary>
        /// The portal's CPU time (user + system) per answered request during the load: what a request costs whatever the
        /// machine's load does to wall time (on 2 cores, 50 requests a second leave 40 ms of CPU each at full use).
        /// </summary>
        public double? CpuPerRequest => Result is { Requests: > 0 } r ? Cpu.TotalSeconds / r.Requests : null;
    }

    public static async Task<int> RunAsync(Options options)
    {
        var source = Path.GetFullPath(options.Required("db"));
        if (!File.Exists(source))
        {
            throw new OptionException($"No database at {source}; write one with the seed command.");
        }

        var duration = options.Duration("duration", TimeSpan.FromSeconds(20));
        var timeout = TimeSpan.FromSeconds(options.Number("timeout", 30));
        var users = options.Number("users", 50);
        var single = options.Number("single", 5);
        var loads = (options.Text("loads") ?? "all") switch
        {
            "open" => new[] { Load.Open(users, duration) },
            "closed" => [Load.Closed(users, duration)],
            "both" => [Load.Open(users, duration), Load.Closed(users, duration)],
            "single" => [Load.Single(Math.Max(1, single))],
            "all" => single > 0 ? [Load.Single(single), Load.Open(users, duration), Load.Closed(users, duration)] : [Load.Open(users, duration), Load.Closed(users, duration)],
            var other => throw new OptionException($"--loads takes open, closed, both, single or all, not '{other}'."),
        };
        var cases = Pages.Select(options.List("pages"), options.List("accounts"));
        if (cases.Count == 0)
        {
            throw new OptionException("No page matches --pages / --accounts.");
        }

        if (!await EnsureHeyAsync())
        {
            return 3;
        }

        var work = Directory.CreateTempSubdirectory("learningsociety-loadtest-").FullName;
        Console.WriteLine($"Machine: {Machine.Describe()}");
        Console.WriteLine($"Commit {Machine.Commit()}, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC; load average {Machine.LoadAverage()}; work folder {work}");
        try
        {
            var published = options.Text("portal");
            if (published is null)
            {
                published = Path.Combine(work, "portal");
                Console.Write("Publishing src/LearningSociety.Web in Release… ");
                var publishing = Stopwatch.StartNew();
                await PortalProcess.PublishAsync(published);
                Console.WriteLine($"{publishing.Elapsed.TotalSeconds:F0} s");
            }

            var copy = Path.Combine(work, "portal.db");
            File.Copy(source, copy);
            if (File.Exists(source + "-wal"))
            {
                // A file still in use, or left by a process that stopped: its log holds the last transactions.
                File.Copy(source + "-wal", copy + "-wal");
            }
            var year = new VietnamClock(TimeProvider.System).Today().Year;
            var places = Places.Read(copy, year);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Database {source} ({new FileInfo(source).Length / 1048576.0:F0} MB), served from a copy; year {year}; district {places.District}, "
                + $"Xã Quảng Phú {places.Commune}, Thôn Bác Vọng Đông {places.Village}, group N2 {places.Group}, citizen {places.Citizen}, card {places.Card}"));

            var starting = Stopwatch.StartNew();
            using var portal = await PortalProcess.StartAsync(published, copy, work);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Portal (Production, Release) pid {portal.ProcessId} on {portal.Address} answered /health after {starting.Elapsed.TotalSeconds:F1} s; "
                + $"RSS {portal.Memory().Rss / 1048576.0:F0} MB; log {portal.LogPath}"));

            var sessions = new Dictionary<string, PortalSession>(StringComparer.Ordinal);
            foreach (var account in cases.Select(c => c.Account).Distinct())
            {
                sessions[account] = await PortalSession.SignInAsync(portal.Address, account, DemoDataSeeder.DemoPassword);
            }

            Console.WriteLine($"Signed in as {string.Join(", ", sessions.Keys)} through /Account/Login. hey: -t {timeout.TotalSeconds:F0} s per request; "
                + "percentiles are over the answered requests (time-outs count as errors only); hey leaves p99 out below 100 answers, p95 below 20.");
            var lastPages = new Dictionary<string, int>(StringComparer.Ordinal);
            var rows = new List<Row>();
            foreach (var page in cases)
            {
                var session = sessions[page.Account];
                var lastPage = page.Path.Contains("{lastPage}", StringComparison.Ordinal)
                    ? lastPages.TryGetValue(page.Account, out var known) ? known : lastPages[page.Account] = await LastPageAsync(session)
                    : 1;
                var url = places.Fill(page.Path, lastPage);
                await portal.WaitUntilIdleAsync(TimeSpan.FromSeconds(90));
                var (status, bytes, contentType, took) = await session.MeasureAsync(url);
                foreach (var load in loads)
                {
                    var row = await DriveAsync(portal, session, page, url, status, bytes, contentType, took, load, timeout);
                    rows.Add(row);
                    Console.WriteLine(Line(row));
                }
            }

            var (_, hwm) = portal.Memory();
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Portal peak RSS over the whole run (VmHWM): {hwm / 1048576.0:F0} MB; highest sampled during a load: {rows.Max(r => r.PeakRss) / 1048576.0:F0} MB; "
                + $"load average at the end {Machine.LoadAverage()}."));
            Console.WriteLine();
            Console.WriteLine(Table(rows));
            return rows.Any(r => r.Failure is not null) ? 1 : 0;
        }
        finally
        {
            if (options.Has("keep"))
            {
                Console.WriteLine($"Kept {work}");
            }
            else
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static async Task<Row> DriveAsync(PortalProcess portal, PortalSession session, PageCase page, string url, HttpStatusCode status, long bytes,
        string? contentType, TimeSpan took, Load load, TimeSpan timeout)
    {
        var settled = await portal.WaitUntilIdleAsync(TimeSpan.FromSeconds(90));
        var before = Machine.LoadNow();
        var cpuBefore = portal.CpuTime();
        using var sampling = new CancellationTokenSource();
        var peak = portal.Memory().Rss;
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, portal.Memory().Rss);
                try
                {
                    await Task.Delay(200, sampling.Token);
                }
                catch (TaskCanceledException)
                {
                }
            }
        });
        HeyResult? result = null;
        string? failure = null;
        try
        {
            result = load.Workers == 1 && load.Requests > 0
                ? await SequentialAsync(session, url, load.Requests)
                : await Hey.RunAsync(new Uri(portal.Address, url), load, new Dictionary<string, string>
                {
                    ["Cookie"] = session.CookieHeader,
                    [PortalSession.ForwardedProto] = "https",
                }, timeout);
        }
        catch (InvalidOperationException e)
        {
            failure = e.Message;
        }

        await sampling.CancelAsync();
        await sampler;
        if (portal.HasExited)
        {
            failure = $"the portal stopped; see {portal.LogPath}";
        }

        return new Row(page, url, status, bytes, contentType, took, load, result, peak, before, Machine.LoadNow(), settled, failure, portal.CpuTime() - cpuBefore);
    }

    /// <summary>
    /// One user: <paramref name="requests"/> GETs one after the other, timed here (hey's percentiles need 100 answers
    /// to fill p99 and skip values below that).
    /// </summary>
    private static async Task<HeyResult> SequentialAsync(PortalSession session, string url, int requests)
    {
        var times = new List<double>();
        var problems = new List<string>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            var (status, _, _, took) = await session.MeasureAsync(url);
            if ((int)status is >= 200 and < 300)
            {
                times.Add(took.TotalSeconds);
            }
            else
            {
                problems.Add($"HTTP {(int)status}");
            }
        }

        times.Sort();
        double? At(double share) => times.Count == 0 ? null : times[Math.Min(times.Count - 1, (int)Math.Ceiling(share * times.Count) - 1)];
        return new HeyResult(requests, times.Count, requests - times.Count, requests / watch.Elapsed.TotalSeconds, At(0.5),
            times.Count >= 20 ? At(0.95) : null, times.Count >= 100 ? At(0.99) : null, times.Count > 0 ? times[^1] : null,
            problems.GroupBy(p => p).Select(g => $"{g.Count()}× {g.Key}").ToList());
    }

    /// <summary>The last page of /Citizens for the account: the largest page= of the first page's links.</summary>
    private static async Task<int> LastPageAsync(PortalSession session)
    {
        var (status, html, _) = await session.GetAsync("/Citizens");
        return status == HttpStatusCode.OK
            ? PageLink().Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(1).Max()
            : 1;
    }

    private static async Task<bool> EnsureHeyAsync()
    {
        if (Hey.IsInstalled())
        {
            return true;
        }

        if (Environment.UserName == "root")
        {
            Console.WriteLine("hey is missing: apt-get install -y hey");
            var install = Process.Start(new ProcessStartInfo("apt-get", ["install", "-y", "--no-install-recommends", "hey"]))!;
            await install.WaitForExitAsync();
            if (Hey.IsInstalled())
            {
                return true;
            }
        }

        Console.Error.WriteLine("The load test drives the portal with Debian's hey: apt-get install -y hey (after apt-get update on a new machine).");
        return false;
    }

    private static string Line(Row row)
    {
        var r = row.Result;
        var head = string.Create(CultureInfo.InvariantCulture,
            $"{row.Page.Name,-30} {row.Page.Account,-8} {row.Load.Name,-16} {(int)row.Status} {Size(row.Bytes),9} first {Ms(row.FirstGet.TotalSeconds),8} | ");
        if (r is null)
        {
            return head + $"FAILED: {row.Failure}";
        }

        return head + string.Create(CultureInfo.InvariantCulture,
            $"p50 {Ms(r.P50),8} p95 {Ms(r.P95),8} p99 {Ms(r.P99),8} max {Ms(r.Slowest),8} {r.RequestsPerSecond,7:F1} req/s  ok {r.Ok,5} errors {r.Errors,4} "
            + $"| CPU {Ms(row.CpuPerRequest),7}/req | RSS peak {row.PeakRss / 1048576.0,5:F0} MB | load {row.LoadBefore}→{row.LoadAfter}")
            + (r.Problems.Count > 0 ? $" | {string.Join("; ", r.Problems)}" : string.Empty)
            + (row.Settled is null ? " | portal still busy from the previous load after 90 s" : string.Empty);
    }

    private static string Table(IReadOnlyList<Row> rows)
    {
        var table = new StringBuilder();
        table.AppendLine("| page | account | load | status | size | first GET | p50 | p95 | p99 | max | req/s | 2xx | errors | CPU/req | peak RSS | load avg before → after |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            var r = row.Result;
            var problems = r is { Problems.Count: > 0 } ? " (" + string.Join("; ", r.Problems) + ")" : string.Empty;
            var figures = r is null
                ? $"failed: {row.Failure} | | | | | | | | "
                : string.Create(CultureInfo.InvariantCulture, $"{Ms(r.P50)} | {Ms(r.P95)} | {Ms(r.P99)} | {Ms(r.Slowest)} | {r.RequestsPerSecond:F1} | {r.Ok} | {r.Errors}") + problems
                    + string.Create(CultureInfo.InvariantCulture, $" | {Ms(row.CpuPerRequest)} | ");
            table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Page.Name} `{row.Url}` | {row.Page.Account} | {row.Load.Name} | {(int)row.Status} | {Size(row.Bytes)} | {Ms(row.FirstGet.TotalSeconds)} | ")
                + figures + string.Create(CultureInfo.InvariantCulture, $"{row.PeakRss / 1048576.0:F0} MB | {row.LoadBefore} → {row.LoadAfter} |"));
        }

        return table.ToString();
    }

    private static string Ms(double? seconds)
        => seconds is not { } s ? "–" : s < 0.01 ? string.Create(CultureInfo.InvariantCulture, $"{s * 1000:F1} ms") : s >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{s:F1} s") : string.Create(CultureInfo.InvariantCulture, $"{s * 1000:F0} ms");

    private static string Size(long bytes)
        => bytes >= 1048576 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MB") : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F0} KB");

    [GeneratedRegex(@"[?&;]page=(\d+)")]
    private static partial Regex PageLink();
}
