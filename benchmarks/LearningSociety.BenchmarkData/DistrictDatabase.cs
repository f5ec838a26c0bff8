using System.Diagnostics;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.BenchmarkData;

/// <summary>A database file written by <see cref="DistrictDatabase.CreateAsync"/>.</summary>
/// <param name="Finish">Rebuilding the derived tables, ANALYZE and VACUUM.</param>
public sealed record SeededDatabase(string Path, int Year, SeededDistrict District, TimeSpan Initialise, TimeSpan Finish, long Bytes);

/// <summary>
/// A SQLite file the portal serves as it is (<c>ConnectionStrings:Sqlite</c> pointing at it, <c>Database:SeedDemoData=false</c>):
/// the portal's own initialisation (migrations, reference data, the demo district with its accounts and plans), the demo
/// district grown by <see cref="DistrictSeeder"/>, then what bulk inserts skip (<see cref="FinishAsync"/>).
/// </summary>
public static class DistrictDatabase
{
    public static async Task<SeededDatabase> CreateAsync(string path, DistrictSize size, CancellationToken cancellationToken = default)
    {
        path = System.IO.Path.GetFullPath(path);
        if (File.Exists(path))
        {
            throw new IOException($"{path} exists already: the seed writes a new file.");
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var contentRoot = Directory.CreateTempSubdirectory("learningsociety-seed-").FullName;
        try
        {
            var watch = Stopwatch.StartNew();
            SeededDistrict district;
            int year;
            TimeSpan initialise, finish;
            await using (var app = await BenchmarkPortal.StartAsync(path, contentRoot))
            {
                initialise = watch.Elapsed;
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                year = new VietnamClock(scope.ServiceProvider.GetRequiredService<TimeProvider>()).Today().Year;
                district = await new DistrictSeeder(db, year, size).SeedAsync();
                watch.Restart();
                await FinishAsync(scope.ServiceProvider, vacuum: true, cancellationToken);
                finish = watch.Elapsed;
            }

            SqliteConnection.ClearAllPools();
            return new SeededDatabase(path, year, district, initialise, finish, new FileInfo(path).Length);
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    /// <summary>
    /// What the portal keeps beside the rows and bulk inserts skip: the CardTallies (recounted from the cards), then
    /// statistics for SQLite's query planner (ANALYZE, PRAGMA optimize) and, when asked, VACUUM (a compact file in
    /// page order; a few seconds on the full district); the file is left in WAL mode, as the portal leaves it.
    /// </summary>
    public static async Task FinishAsync(IServiceProvider services, bool vacuum, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<AppDbContext>();

        // CardTallies: the per-village/year/group counts the portal keeps in the transaction of every change to a card.
        // The bulk inserts bypass it, so it is recounted from the cards here.
        await CardTallyKeeper.RebuildAsync(db, cancellationToken);

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandTimeout = 0;
        command.CommandText = "ANALYZE; PRAGMA optimize;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (vacuum)
        {
            command.CommandText = "VACUUM;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        // Write-ahead logging, as the portal leaves the file (SqliteTuning); the seeding ran with a journal in memory.
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
