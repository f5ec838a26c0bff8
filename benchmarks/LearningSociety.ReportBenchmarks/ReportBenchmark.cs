using System.Diagnostics;
using System.Globalization;
using LearningSociety.BenchmarkData;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Plans;
using LearningSociety.Web.Features.Reports;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.ReportBenchmarks;

/// <summary>The report services of one request scope, as the controller gets them.</summary>
public sealed class ReportServices(IServiceProvider services, UnitScope scope, int year)
{
    public Task<BuiltReport?> District(int id) => services.GetRequiredService<DistrictSummaryReport>().BuildAsync(scope, id, year, CancellationToken.None);

    public Task<BuiltReport?> Commune(int id) => services.GetRequiredService<CommuneSummaryReport>().BuildAsync(scope, id, year, CancellationToken.None);

    public Task<BuiltReport?> Village(int id) => services.GetRequiredService<ProposalListReport>().BuildAsync(scope, id, year, CancellationToken.None);

    /// <summary>Biểu 4, thực hiện chỉ tiêu kế hoạch.</summary>
    public Task<BuiltReport?> Targets(int unitId) => services.GetRequiredService<TargetsReport>().BuildAsync(scope, unitId, year, CancellationToken.None);

    /// <summary>Biểu 3, phổ cập giáo dục, xóa mù chữ.</summary>
    public Task<BuiltReport?> Universalization(int unitId) => services.GetRequiredService<UniversalizationReport>().BuildAsync(scope, unitId, year, CancellationToken.None);

    public Task<BuiltReport?> Plan(int planId) => services.GetRequiredService<PlanReport>().BuildAsync(scope, planId, CancellationToken.None);

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();
}

/// <summary>The portal's own service registrations on a temporary SQLite file; no HTTP.</summary>
public sealed class ReportBenchmark : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly int year;
    private UnitScope scope = new([]);

    private ReportBenchmark(WebApplication app, string databasePath, int year)
    {
        this.app = app;
        DatabasePath = databasePath;
        this.year = year;
    }

    public string DatabasePath { get; }

    public int Year => year;

    public static async Task<ReportBenchmark> StartAsync(string folder)
    {
        var databasePath = Path.Combine(folder, "reports.db");
        var app = await BenchmarkPortal.StartAsync(databasePath, folder,
            services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(new CommandCounter())));
        return new ReportBenchmark(app, databasePath, new VietnamClock(TimeProvider.System).Today().Year);
    }

    public async Task<SeededDistrict> SeedAsync()
    {
        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        var seeded = await new DistrictSeeder(db, year, DistrictSize.Full).SeedAsync();
        await DistrictDatabase.FinishAsync(services.ServiceProvider, vacuum: false);
        var province = await db.AdministrativeUnits.AsNoTracking().SingleAsync(u => u.Level.Code == AdministrativeLevel.Province);
        scope = new UnitScope([new ScopeGrant(PortalRole.SystemAdministrator, province.Id, province.Path, province.Name)]);
        return seeded;
    }

    public async Task<string> CountsAsync()
    {
        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        var units = await db.AdministrativeUnits.CountAsync();
        var citizens = await db.Citizens.CountAsync();
        var cards = await db.Registrations.CountAsync();
        var thisYear = await db.Registrations.CountAsync(r => r.Year == year);
        var scores = await db.Set<LearningSociety.Domain.Scorecards.ScorecardEntry>().CountAsync();
        var candidates = await db.Candidates.CountAsync();
        var recognised = await db.Candidates.CountAsync(c => c.State == LearningSociety.Domain.Approvals.CandidateState.Recognised);
        var plans = await db.Plans.CountAsync();
        var targets = await db.Set<LearningSociety.Domain.Plans.PlanTarget>().CountAsync();
        var achievements = await db.TargetAchievements.CountAsync();
        var surveys = await db.UniversalizationSurveys.CountAsync();
        var figures = await db.Set<LearningSociety.Domain.Universalization.SurveyFigure>().CountAsync();
        return string.Create(CultureInfo.InvariantCulture,
            $"Rows: units {units:N0}, citizens {citizens:N0}, cards {cards:N0} ({thisYear:N0} this year), "
            + $"indicator scores {scores:N0}, candidates {candidates:N0} (recognised {recognised:N0}); "
            + $"plans {plans:N0} with {targets:N0} targets, entered results {achievements:N0}, surveys {surveys:N0} with {figures:N0} counts");
    }

    /// <summary>The district as the target pages pass it to <see cref="TargetResults"/>.</summary>
    public async Task<UnitRef> PlanUnitAsync(int unitId)
    {
        await using var services = app.Services.CreateAsyncScope();
        return await services.ServiceProvider.GetRequiredService<TargetResults>().UnitAsync(unitId)
            ?? throw new InvalidOperationException($"No unit {unitId}.");
    }

    /// <summary>Moves the unit's plans out of the year, so a district report falls back to its communes' plans.</summary>
    public async Task<int> MovePlansOutOfYearAsync(int unitId)
    {
        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Plans.Where(p => p.UnitId == unitId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.StartYear, p => p.StartYear - 1).SetProperty(p => p.EndYear, p => p.EndYear - 1));
    }

    /// <summary>
    /// One warm-up, then <paramref name="runs"/> timed runs of build + render, each in a fresh request scope. The portal keeps
    /// results under the data version (ADR-011), so a run after the warm-up builds from cached results, as a request does
    /// when nothing changed since the last one; <paramref name="uncached"/> moves the version before every run, as a change
    /// just before the request would. For xlsx, the same cells written with ClosedXML directly are timed after each run.
    /// </summary>
    public async Task MeasureAsync(string name, string format, int runs, Func<ReportServices, Task<BuiltReport?>> build, bool uncached = false)
    {
        var parsed = ReportFormats.Parse(format)!.Value;
        var results = new List<(TimeSpan Build, TimeSpan Render, long Bytes, long Allocated, long PeakHeap, long PeakRss, int Rows, int Commands, TimeSpan Sql)>();
        var direct = new List<(TimeSpan Took, int Cells)>();
        for (var run = 0; run <= runs; run++)
        {
            if (uncached)
            {
                await using var versionScope = app.Services.CreateAsyncScope();
                await versionScope.ServiceProvider.GetRequiredService<AppDbContext>().DataVersions
                    .ExecuteUpdateAsync(u => u.SetProperty(v => v.Version, v => v.Version + 1));
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            using var sampler = new MemorySampler();
            CommandCounter.Take();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            await using var services = app.Services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            var report = await build(new ReportServices(services.ServiceProvider, scope, year))
                ?? throw new InvalidOperationException($"{name}: no report.");
            var built = watch.Elapsed;
            var (commands, sql) = CommandCounter.Take();
            var file = ReportExporter.Render(report, parsed);
            var rendered = watch.Elapsed - built;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var (heap, rss) = sampler.Stop();
            if (run == runs && Environment.GetEnvironmentVariable("REPORT_BENCH_SAVE") is { Length: > 0 } saveTo)
            {
                Directory.CreateDirectory(saveTo);
                await File.WriteAllBytesAsync(Path.Combine(saveTo, $"{name}.{format}"), file.Content);
            }

            if (run > 0)
            {
                var rows = report.Document.Body.OfType<LearningSociety.Reporting.ReportTable>().Sum(t => t.Rows.Count);
                results.Add((built, rendered, file.Content.Length, allocated, heap, rss, rows, commands, sql));
                if (parsed == ReportFormat.Xlsx)
                {
                    var directWatch = Stopwatch.StartNew();
                    var (_, cells) = DirectClosedXml.Write(report.Document);
                    direct.Add((directWatch.Elapsed, cells));
                }
            }
        }

        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted[sorted.Count / 2];
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name + $" ({results[0].Rows} rows)",-44} | {format,-4} | {Median(results.Select(r => r.Build.TotalMilliseconds)),5:F0} ms "
            + $"(max {results.Max(r => r.Build.TotalMilliseconds),5:F0}) | {results[0].Commands,2} / {Median(results.Select(r => r.Sql.TotalMilliseconds)),5:F0} ms | "
            + $"{Median(results.Select(r => r.Render.TotalMilliseconds)),5:F0} ms | "
            + $"{Median(results.Select(r => (r.Build + r.Render).TotalMilliseconds)),5:F0} ms | {results[0].Bytes / 1024.0,5:F0} KB | "
            + $"{results.Max(r => r.Allocated) / 1048576.0,6:F0} MB | {results.Max(r => r.PeakHeap) / 1048576.0,6:F0} MB | {results.Max(r => r.PeakRss) / 1048576.0,5:F0} MB"));
        if (direct.Count > 0)
        {
            var yardstick = Median(direct.Select(d => d.Took.TotalMilliseconds));
            var total = Median(results.Select(r => (r.Build + r.Render).TotalMilliseconds));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"  direct ClosedXML, same " + direct[0].Cells + " cells",-44} | xlsx | {yardstick,5:F0} ms; build + render is {total / yardstick:F1}× that, render alone {Median(results.Select(r => r.Render.TotalMilliseconds)) / yardstick:F1}×"));
        }
    }

    /// <summary>
    /// One warm-up, then <paramref name="runs"/> timed runs of a service call that builds no document, each in a fresh
    /// request scope; same columns as <see cref="MeasureAsync"/>, with nothing to render. <paramref name="call"/>
    /// returns the number of rows it produced.
    /// </summary>
    public async Task MeasureCallAsync(string name, int runs, Func<ReportServices, Task<int>> call)
    {
        var results = new List<(TimeSpan Took, long Allocated, long PeakHeap, long PeakRss, int Rows, int Commands, TimeSpan Sql)>();
        for (var run = 0; run <= runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            using var sampler = new MemorySampler();
            CommandCounter.Take();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            await using var services = app.Services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            var rows = await call(new ReportServices(services.ServiceProvider, scope, year));
            var took = watch.Elapsed;
            var (commands, sql) = CommandCounter.Take();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var (heap, rss) = sampler.Stop();
            if (run > 0)
            {
                results.Add((took, allocated, heap, rss, rows, commands, sql));
            }
        }

        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted[sorted.Count / 2];
        }

        var median = Median(results.Select(r => r.Took.TotalMilliseconds));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name + $" ({results[0].Rows} rows)",-44} | {"-",-4} | {median,5:F0} ms "
            + $"(max {results.Max(r => r.Took.TotalMilliseconds),5:F0}) | {results[0].Commands,2} / {Median(results.Select(r => r.Sql.TotalMilliseconds)),5:F0} ms | "
            + $"{"-",5}    | {median,5:F0} ms | {"-",5}    | "
            + $"{results.Max(r => r.Allocated) / 1048576.0,6:F0} MB | {results.Max(r => r.PeakHeap) / 1048576.0,6:F0} MB | {results.Max(r => r.PeakRss) / 1048576.0,5:F0} MB"));
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    /// <summary>Samples the managed heap and the working set every 5 ms; the peaks are what a run needed at most.</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task<(long Heap, long Rss)> sampling;

        public MemorySampler()
        {
            sampling = Task.Run(async () =>
            {
                long heap = 0, rss = 0;
                using var process = Process.GetCurrentProcess();
                while (!stop.IsCancellationRequested)
                {
                    process.Refresh();
                    heap = Math.Max(heap, GC.GetTotalMemory(forceFullCollection: false));
                    rss = Math.Max(rss, process.WorkingSet64);
                    try
                    {
                        await Task.Delay(5, stop.Token);
                    }
                    catch (TaskCanceledException)
                    {
                    }
                }

                return (heap, rss);
            });
        }

        public (long Heap, long Rss) Stop()
        {
            stop.Cancel();
            return sampling.GetAwaiter().GetResult();
        }

        public void Dispose() => stop.Dispose();
    }
}
