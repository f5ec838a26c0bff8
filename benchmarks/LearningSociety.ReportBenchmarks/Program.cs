using System.Diagnostics;
using System.Globalization;
using LearningSociety.ReportBenchmarks;

// Seeds a district of 50 communes, 500 villages and 200,000 citizens into a new SQLite file migrated with the real
// migrations, then times building and rendering the year's reports through the portal's own services.
// Usage: dotnet run -c Release --project benchmarks/LearningSociety.ReportBenchmarks [-- runs]
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var folder = Path.Combine(Path.GetTempPath(), "learningsociety-report-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
try
{
    await using var bench = await ReportBenchmark.StartAsync(folder);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:F0} GB, "
        + $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}"));

    var seeded = await bench.SeedAsync();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Seeded {seeded.Citizens:N0} citizens, {seeded.Rows:N0} bulk rows in {seeded.Took.TotalSeconds:F1} s; "
        + $"database {new FileInfo(bench.DatabasePath).Length / 1048576.0:F0} MB"));
    Console.WriteLine(await bench.CountsAsync());
    Console.WriteLine($"{runs} timed runs after one warm-up; median and worst; memory is the most any run used.");
    Console.WriteLine("report                                             | fmt  | build (median, max)    | SQL cmds / time | render   | total    | file     | allocated | peak heap | peak RSS");

    foreach (var format in new[] { "xlsx", "pdf" })
    {
        await bench.MeasureAsync("3 district, 50 communes", format, runs, s => s.District(seeded.DistrictId));
        await bench.MeasureAsync("2 largest commune, 10 villages", format, runs, s => s.Commune(seeded.LargestCommuneId));
        await bench.MeasureAsync("1 largest village, proposal list", format, runs, s => s.Village(seeded.LargestVillageId));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB (includes seeding)."));
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}
