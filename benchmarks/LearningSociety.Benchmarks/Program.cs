using System.Diagnostics;
using System.Globalization;
using LearningSociety.Benchmarks;

// Times the Excel import of N rows (default 10,000) through the real importer service, against a new
// SQLite file migrated with the real migrations and seeded with the demo district. Not a timed test:
// run it by hand (docs/performance.md) and record the figures.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var folder = Path.Combine(Path.GetTempPath(), "learningsociety-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
try
{
    await using var bench = await ImportBenchmark.StartAsync(folder);
    Console.WriteLine((
        $"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {LoadAverage()}"));

    var generate = Stopwatch.StartNew();
    var file = await bench.GenerateFileAsync(rows);
    var withErrors = await bench.GenerateFileAsync(rows, errorEvery: 10);
    Console.WriteLine((
        $"Generated {rows:N0} rows ({file.Length / 1024.0 / 1024.0:F1} MB .xlsx), twice, in {generate.Elapsed.TotalSeconds:F1} s (not part of the import)"));

    foreach (var (pass, content) in new[] { ("file with errors (every 10th row)", withErrors), ("first import (all new)", file), ("re-import (nothing changes)", file) })
    {
        var run = await bench.ImportAsync(content);
        var total = run.Validate + run.Apply;
        Console.WriteLine(($"{pass}:"));
        Console.WriteLine((
            $"    validate {run.Validate.TotalSeconds:F1} s (CPU {run.ValidateCpu.TotalSeconds:F1} s, {run.ValidateCommands:N0} SQL commands), "
            + $"apply {run.Apply.TotalSeconds:F1} s (CPU {run.ApplyCpu.TotalSeconds:F1} s, {run.ApplyCommands:N0} SQL commands), "
            + $"total {total.TotalSeconds:F1} s = {rows / total.TotalSeconds:N0} rows/s"));
        Console.WriteLine((
            $"    errors {run.Errors:N0}; citizens added {run.Summary.CitizensAdded:N0}, unchanged {run.Summary.CitizensUnchanged:N0}; "
            + $"cards appraised {run.Summary.CardsAppraised:N0}, passed {run.Summary.CardsPassed:N0}"));
        Console.WriteLine((
            $"    allocated {run.AllocatedBytes / 1048576.0:N0} MB, managed heap after {run.ManagedAfterBytes / 1048576.0:N0} MB, "
            + $"peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB, GC pauses so far {GC.GetTotalPauseDuration().TotalSeconds:F1} s"));
    }

    var counts = await bench.CountsAsync();
    Console.WriteLine($"Database after: {counts}");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
