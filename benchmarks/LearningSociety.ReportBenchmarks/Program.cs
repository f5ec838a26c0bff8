using System.Diagnostics;
using System.Globalization;
using LearningSociety.BenchmarkData;
using LearningSociety.ReportBenchmarks;
using LearningSociety.Web.Features.Plans;
using LearningSociety.Web.Features.Reports;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Universalization;

// Seeds the demo district grown to 50 communes, 500 villages and 200,000 citizens (benchmarks/LearningSociety.BenchmarkData,
// the same data as the load test) into a new SQLite file migrated with the real migrations, with a plan, results and
// PCGD-XMC surveys for every commune and the district, then times building and rendering the year's reports through the
// portal's own services.
// Usage: dotnet run -c Release --project benchmarks/LearningSociety.ReportBenchmarks [-- runs]
// REPORT_BENCH_SAVE=folder keeps the last file of each report there, to look at what was timed.
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var folder = Path.Combine(Path.GetTempPath(), "learningsociety-report-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
try
{
    await using var bench = await ReportBenchmark.StartAsync(folder);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:F0} GB, "
        + $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, "
        + $"load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown")}"));

    var seeded = await bench.SeedAsync();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Seeded {seeded.Citizens:N0} citizens, {seeded.Rows:N0} + {seeded.PlanRows:N0} (plans, results, surveys) bulk rows in {seeded.Took.TotalSeconds:F1} s; "
        + $"database {new FileInfo(bench.DatabasePath).Length / 1048576.0:F0} MB"));
    Console.WriteLine(await bench.CountsAsync());
    Console.WriteLine($"{runs} timed runs after one warm-up; median and worst; memory is the most any run used.");
    Console.WriteLine("report                                             | fmt  | build (median, max)    | SQL cmds / time | render   | total    | file     | allocated | peak heap | peak RSS");

    foreach (var format in new[] { "xlsx", "pdf" })
    {
        await bench.MeasureAsync("3 district, 50 communes", format, runs, s => s.District(seeded.DistrictId));
        await bench.MeasureAsync("3 district, results not cached", format, runs, s => s.District(seeded.DistrictId), uncached: true);
        await bench.MeasureAsync("2 largest commune, 10 villages", format, runs, s => s.Commune(seeded.LargestCommuneId));
        await bench.MeasureAsync("1 largest village, proposal list", format, runs, s => s.Village(seeded.LargestVillageId));
    }

    // Issue 6: plans, Biểu 3 and Biểu 4.
    foreach (var format in new[] { "xlsx", "pdf" })
    {
        await bench.MeasureAsync("Biểu 4 district, 50 communes", format, runs, s => s.Targets(seeded.DistrictId));
        await bench.MeasureAsync("Biểu 3 district, 50 communes", format, runs, s => s.Universalization(seeded.DistrictId));
        await bench.MeasureAsync("Biểu 4 largest commune", format, runs, s => s.Targets(seeded.LargestCommuneId));
        await bench.MeasureAsync("Biểu 3 largest commune", format, runs, s => s.Universalization(seeded.LargestCommuneId));
    }

    await bench.MeasureAsync("Plan print, largest commune", "pdf", runs, s => s.Plan(seeded.LargestCommunePlanId));

    // What /Targets/District spends most of its time on, then the page's service calls in the order the controller makes them.
    var district = await bench.PlanUnitAsync(seeded.DistrictId);
    await bench.MeasureCallAsync("JudgeCommunesAsync(district)", runs,
        async s => (await s.Get<TargetResults>().JudgeCommunesAsync(district, bench.Year)).Sum(c => c.Rows.Count));
    await bench.MeasureCallAsync("  of which CdhtResultsRollUp.ForChildrenOfAsync", runs,
        async s => (await s.Get<CdhtResultsRollUp>().ForChildrenOfAsync(district.Id, district.Path, bench.Year)).Rows.Count);
    await bench.MeasureCallAsync("/Targets/District services", runs, async s =>
    {
        var results = s.Get<TargetResults>();
        var (_, own) = await results.JudgeAsync(district, bench.Year);
        var levels = await s.Get<UniversalizationResults>().ForDistrictAsync(district.Path, bench.Year);
        var communes = await results.JudgeCommunesAsync(district, bench.Year, levels);
        var ownIds = own.Select(r => r.Indicator.Id).ToHashSet();
        var others = communes.SelectMany(c => c.Rows).Select(r => r.Indicator).Where(i => !ownIds.Contains(i.Id)).DistinctBy(i => i.Id).ToList();
        var outcomes = await results.OutcomesAsync(district, bench.Year, others);
        return own.Count + outcomes.Count + communes.Sum(c => c.Rows.Count);
    });

    // A district without a plan of its own lists the indicators of its communes' plans (TargetsReport.CommuneTargetsAsync).
    await bench.MovePlansOutOfYearAsync(seeded.DistrictId);
    await bench.MeasureAsync("Biểu 4 district, no plan of its own", "xlsx", runs, s => s.Targets(seeded.DistrictId));

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB (includes seeding)."));
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}
