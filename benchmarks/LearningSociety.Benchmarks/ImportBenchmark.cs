using System.Diagnostics;
using ClosedXML.Excel;
using LearningSociety.BenchmarkData;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Imports;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.Benchmarks;

public sealed record ImportRun(TimeSpan Validate, TimeSpan Apply, int Errors, ImportSummary Summary, long ManagedAfterBytes, long AllocatedBytes)
{
    public TimeSpan ValidateCpu { get; init; }

    public TimeSpan ApplyCpu { get; init; }

    public long ValidateCommands { get; init; }

    public long ApplyCommands { get; init; }
}

/// <summary>The portal's own service registrations on a temporary SQLite file; no HTTP, no browser.</summary>
public sealed class ImportBenchmark : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly UnitScope _scope;
    private readonly string _folder;
    private readonly Dictionary<string, long> _copiedMaxIds = [];

    private ImportBenchmark(WebApplication app, UnitScope scope, string folder)
    {
        _app = app;
        _scope = scope;
        _folder = folder;
    }

    /// <summary>The tables an import fills, parents first (names from the EF model).</summary>
    private static readonly Type[] ImportTypes = [typeof(Citizen), typeof(CdhtRegistration), typeof(ScorecardEntry)];

    /// <summary>Copies of the database as it is before the timed imports: the raw insert goes into the first, its warm-up into the second.</summary>
    private string FreshCopy => Path.Combine(_folder, "fresh-copy.db");

    private string WarmUpCopy => Path.Combine(_folder, "warm-up-copy.db");

    /// <summary>Copies the database (<c>VACUUM INTO</c>) and notes the last key of each table an import fills.</summary>
    public async Task CopyDatabaseAsync()
    {
        await using var services = _app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var table in ImportTypes.Select(t => db.Model.FindEntityType(t)!.GetTableName()!))
        {
            await using var max = connection.CreateCommand();
            max.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\"";
            _copiedMaxIds[table] = Convert.ToInt64(await max.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var copy in new[] { FreshCopy, WarmUpCopy })
        {
            File.Delete(copy);
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = $"VACUUM INTO '{copy.Replace("'", "''", StringComparison.Ordinal)}'";
            await vacuum.ExecuteNonQueryAsync();
        }
    }

    public static async Task<ImportBenchmark> StartAsync(string folder)
    {
        var app = await BenchmarkPortal.StartAsync(Path.Combine(folder, "benchmark.db"), folder,
            services => services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(new CommandCounter())));

        // The administrator of the demo province: all eight villages are in scope.
        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        var province = await db.AdministrativeUnits.AsNoTracking().SingleAsync(u => u.Level.Code == AdministrativeLevel.Province);
        var scope = new UnitScope([new ScopeGrant(PortalRole.SystemAdministrator, province.Id, province.Path, province.Name)]);
        return new ImportBenchmark(app, scope, folder);
    }

    /// <summary>
    /// The template filled with <paramref name="rows"/> citizens over all villages, every card self-assessed
    /// and appraised. With <paramref name="errorEvery"/>, every n-th row gets a bad CCCD and a score of 11.
    /// </summary>
    /// <param name="first">The number of the first generated person (names and CCCD numbers follow it), so files do not overlap.</param>
    public async Task<byte[]> GenerateFileAsync(int rows, int errorEvery = 0, int first = 0)
    {
        await using var services = _app.Services.CreateAsyncScope();
        var importer = services.ServiceProvider.GetRequiredService<CitizenImporter>();
        var villages = await importer.VillagesAsync(_scope);
        var template = new MemoryStream();
        await importer.WriteTemplateAsync(template, _scope);
        template.Position = 0;

        using var workbook = new XLWorkbook(template);
        var sheet = workbook.Worksheet(ImportColumns.SheetName);
        for (var i = first; i < first + rows; i++)
        {
            var r = ImportColumns.FirstDataRow + i - first;
            var male = i % 2 == 0;
            var birthYear = 1950 + (i % 50);
            sheet.Cell(r, ImportColumns.FullName).SetValue($"Nguyễn {(male ? "Văn" : "Thị")} Thử Nghiệm {i:00000}");
            if (i % 2 == 0)
            {
                sheet.Cell(r, ImportColumns.DateOfBirth).SetValue($"{1 + (i % 28):00}/{1 + (i % 12):00}/{birthYear}");
            }

            sheet.Cell(r, ImportColumns.BirthYear).SetValue(birthYear);
            sheet.Cell(r, ImportColumns.Gender).SetValue(male ? "Nam" : "Nữ");
            sheet.Cell(r, ImportColumns.Group).SetValue(1 + (i % 3));
            sheet.Cell(r, ImportColumns.Village).SetValue(villages[i % villages.Count].Name);
            sheet.Cell(r, ImportColumns.NationalId).SetValue($"046{(male ? 0 : 1)}{birthYear % 100:00}{i:000000}");
            sheet.Cell(r, ImportColumns.Phone).SetValue($"09{i:00000000}");
            sheet.Cell(r, ImportColumns.ConsentDate).SetValue("15/01/2025");
            for (var k = 0; k < 10; k++)
            {
                var self = 6 + ((i + k) % 5);
                sheet.Cell(r, ImportColumns.FirstSelfScore + k).SetValue(self);
                sheet.Cell(r, ImportColumns.FirstAppraisedScore + k).SetValue(k == 9 && i % 4 == 0 ? self - 1 : self);
            }

            if (i % 4 == 0)
            {
                sheet.Cell(r, ImportColumns.Reason).SetValue("Minh chứng chưa đầy đủ");
            }

            if (errorEvery > 0 && i % errorEvery == errorEvery - 1)
            {
                sheet.Cell(r, ImportColumns.NationalId).SetValue("04608012345");
                sheet.Cell(r, ImportColumns.FirstSelfScore + 4).SetValue(11);
            }
        }

        var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>One upload as the controller runs it: validate, then apply, in one service scope.</summary>
    public async Task<ImportRun> ImportAsync(byte[] file)
    {
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        await using var services = _app.Services.CreateAsyncScope();
        var importer = services.ServiceProvider.GetRequiredService<CitizenImporter>();
        var year = new LearningSociety.Domain.Deadlines.VietnamClock(TimeProvider.System).Today().Year;

        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var commands0 = CommandCounter.Count;
        var validate = Stopwatch.StartNew();
        var plan = await importer.ValidateAsync(new MemoryStream(file), year, _scope, "benchmark");
        validate.Stop();
        process.Refresh();
        var cpu1 = process.TotalProcessorTime;
        var commands1 = CommandCounter.Count;
        if (!plan.IsValid)
        {
                return new ImportRun(validate.Elapsed, TimeSpan.Zero, plan.Errors.Count, plan.Summary, GC.GetTotalMemory(false),
                GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore)
            {
                ValidateCpu = cpu1 - cpu0,
                ValidateCommands = commands1 - commands0,
            };
        }

        var apply = Stopwatch.StartNew();
        var summary = await importer.ApplyAsync(plan, "benchmark.xlsx");
        apply.Stop();
        process.Refresh();
        var cpu2 = process.TotalProcessorTime;
        var managed = GC.GetTotalMemory(forceFullCollection: false);
        return new ImportRun(validate.Elapsed, apply.Elapsed, 0, summary, managed, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore)
        {
            ValidateCpu = cpu1 - cpu0,
            ApplyCpu = cpu2 - cpu1,
            ValidateCommands = commands1 - commands0,
            ApplyCommands = CommandCounter.Count - commands1,
        };
    }

    public async Task<string> CountsAsync()
    {
        await using var services = _app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        return $"{await db.Citizens.CountAsync():N0} citizens, {await db.Registrations.CountAsync():N0} registrations, "
            + $"{await db.Set<LearningSociety.Domain.Scorecards.ScorecardEntry>().CountAsync():N0} scorecard entries, {await db.AuditEntries.CountAsync():N0} audit rows";
    }

    /// <summary>
    /// The raw rate: the rows the last timed import wrote to the citizens, cards and scores tables (read back as stored,
    /// not timed), inserted again with one plain prepared INSERT per table, keys included, in one transaction, into the
    /// copy of the database taken just before it (foreign keys enforced, WAL and synchronous=NORMAL, as on the portal's
    /// connections). No EF, no domain, no audit, no tallies: what the database costs by itself.
    /// </summary>
    /// <param name="warmUp">Insert into the second copy instead: the same code once before it is timed.</param>
    public async Task<(int Rows, TimeSpan Elapsed, TimeSpan Cpu)> RawInsertAsync(bool warmUp = false)
    {
        var rows = new List<(string Table, string[] Columns, List<object[]> Values)>();
        await using (var source = new SqliteConnection($"Data Source={Path.Combine(_folder, "benchmark.db")};Pooling=False"))
        {
            await source.OpenAsync();
            foreach (var (table, copiedMaxId) in _copiedMaxIds)
            {
                await using var read = source.CreateCommand();
                read.CommandText = $"SELECT * FROM \"{table}\" WHERE \"Id\" > {copiedMaxId} ORDER BY \"Id\"";
                await using var reader = await read.ExecuteReaderAsync();
                var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
                var values = new List<object[]>();
                while (await reader.ReadAsync())
                {
                    var row = new object[reader.FieldCount];
                    reader.GetValues(row);
                    values.Add(row);
                }

                rows.Add((table, columns, values));
            }
        }

        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        await using (var target = new SqliteConnection($"Data Source={(warmUp ? WarmUpCopy : FreshCopy)};Pooling=False;Foreign Keys=True"))
        {
            await target.OpenAsync();
            await using (var tuning = target.CreateCommand())
            {
                // As the portal's own connections (SqliteTuning): write-ahead log, synchronous=NORMAL.
                tuning.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
                await tuning.ExecuteNonQueryAsync();
            }

            await using var transaction = (SqliteTransaction)await target.BeginTransactionAsync();
            foreach (var (table, columns, values) in rows)
            {
                await using var insert = target.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
                    + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
                var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
                insert.Prepare();
                foreach (var row in values)
                {
                    for (var i = 0; i < row.Length; i++)
                    {
                        parameters[i].Value = row[i];
                    }

                    insert.ExecuteNonQuery();
                }
            }

            await transaction.CommitAsync();
        }

        stopwatch.Stop();
        process.Refresh();
        return (rows.Sum(r => r.Values.Count), stopwatch.Elapsed, process.TotalProcessorTime - cpu0);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
