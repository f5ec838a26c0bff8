using System.Diagnostics;
using System.Globalization;
using LearningSociety.Benchmarks;

// Times the Excel import of N rows (default 10,000) through the real importer service, against a new
// SQLite file migrated with the real migrations and seeded with the demo district, and the raw insert of
// the same rows beside each timed import. Not a timed test: run it by hand (docs/performance.md) and record
// the figures. Arguments: rows (10,000), rounds of new citizens (3), rows of the warm-up import (200; 0 for none).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var warmUpRows = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
var folder = Path.Combine(Path.GetTempPath(), "learningsociety-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
try
{
    await using var bench = await ImportBenchmark.StartAsync(folder);
    Console.WriteLine((
        $"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {LoadAverage()}"));

    var generate = Stopwatch.StartNew();
    // Each round imports other people (names and CCCD numbers start at round × rows), so every timed import adds them all.
    var files = new List<byte[]>();
    for (var round = 0; round < rounds; round++)
    {
        files.Add(await bench.GenerateFileAsync(rows, first: round * rows));
    }

    var withErrors = await bench.GenerateFileAsync(rows, errorEvery: 10);
    var warmUpFile = warmUpRows > 0 ? await bench.GenerateFileAsync(warmUpRows, first: 900_000) : null;
    Console.WriteLine((
        $"Generated {rounds + 1} files of {rows:N0} rows ({files[0].Length / 1024.0 / 1024.0:F1} MB .xlsx each) in {generate.Elapsed.TotalSeconds:F1} s (not part of the import)"));

    // A small import first, so the timed ones run warm (JIT, EF's query cache) as on a portal that has served a while.
    if (warmUpFile is not null)
    {
        var warmUp = await bench.ImportAsync(warmUpFile);
        Console.WriteLine((
            $"warm-up import of {warmUpRows:N0} other rows (not counted): validate {warmUp.Validate.TotalSeconds:F2} s, apply {warmUp.Apply.TotalSeconds:F2} s"));
    }

    Print("file with errors (every 10th row)", await bench.ImportAsync(withErrors));

    var timed = new List<(ImportRun Import, TimeSpan Raw, TimeSpan RawCpu, int RawRows)>();
    for (var round = 0; round < rounds; round++)
    {
        await bench.CopyDatabaseAsync();
        var run = await bench.ImportAsync(files[round]);
        Print($"import of {rows:N0} new citizens, round {round + 1} of {rounds} (load average {LoadAverage()})", run);

        // The same citizens, cards and scores, inserted raw into a copy of the database as it was just before the import.
        if (round == 0)
        {
            await bench.RawInsertAsync(warmUp: true);
        }

        var raw = await bench.RawInsertAsync();
        timed.Add((run, raw.Elapsed, raw.Cpu, raw.Rows));
        Console.WriteLine((
            $"    raw insert of the same {raw.Rows:N0} rows (citizens, cards, scores), plain prepared statements, one transaction: "
            + $"{raw.Elapsed.TotalSeconds:F2} s (CPU {raw.Cpu.TotalSeconds:F2} s) = {raw.Rows / raw.Elapsed.TotalSeconds:N0} rows/s; "
            + $"the import's save {raw.Rows / run.Apply.TotalSeconds:N0} rows/s = {raw.Elapsed / run.Apply:P0} of the raw rate"));
    }

    Print($"re-import of round 1 (nothing changes)", await bench.ImportAsync(files[0]));

    Console.WriteLine($"Database after: {await bench.CountsAsync()}");
    Console.WriteLine((
        $"Median of {rounds} rounds: validate {Median(timed.Select(t => t.Import.Validate.TotalSeconds)):F2} s, "
        + $"save {Median(timed.Select(t => t.Import.Apply.TotalSeconds)):F2} s, "
        + $"validate + save {Median(timed.Select(t => (t.Import.Validate + t.Import.Apply).TotalSeconds)):F2} s (target: under 5 s); "
        + $"raw insert {Median(timed.Select(t => t.Raw.TotalSeconds)):F2} s; "
        + $"save rate {Median(timed.Select(t => t.Raw / t.Import.Apply)):P0} of the raw rate (target: at least 50 %); "
        + $"CPU: save {Median(timed.Select(t => t.Import.ApplyCpu.TotalSeconds)):F2} s, raw {Median(timed.Select(t => t.RawCpu.TotalSeconds)):F2} s"));
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

void Print(string pass, ImportRun run)
{
    var total = run.Validate + run.Apply;
    Console.WriteLine(($"{pass}:"));
    Console.WriteLine((
        $"    validate {run.Validate.TotalSeconds:F2} s (CPU {run.ValidateCpu.TotalSeconds:F2} s, {run.ValidateCommands:N0} EF commands), "
        + $"save {run.Apply.TotalSeconds:F2} s (CPU {run.ApplyCpu.TotalSeconds:F2} s, {run.ApplyCommands:N0} EF commands besides the bulk inserts), "
        + $"total {total.TotalSeconds:F2} s = {rows / total.TotalSeconds:N0} rows/s"));
    Console.WriteLine((
        $"    errors {run.Errors:N0}; citizens added {run.Summary.CitizensAdded:N0}, unchanged {run.Summary.CitizensUnchanged:N0}; "
        + $"cards appraised {run.Summary.CardsAppraised:N0}, passed {run.Summary.CardsPassed:N0}"));
    Console.WriteLine((
        $"    allocated {run.AllocatedBytes / 1048576.0:N0} MB, managed heap after {run.ManagedAfterBytes / 1048576.0:N0} MB, "
        + $"peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB, GC pauses so far {GC.GetTotalPauseDuration().TotalSeconds:F1} s"));
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
