using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningSociety.Web.Data;

/// <summary>
/// What the embedded SQLite database needs to serve a district at deadline time (https://sqlite.org/pragma.html):
/// write-ahead logging, so readers never wait for a writer (set once, it stays with the file); <c>synchronous=NORMAL</c>
/// on every connection, which WAL makes safe against corruption; and <c>PRAGMA optimize</c> at start and every few hours,
/// so the query planner's statistics follow the data as it grows.
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    public static readonly TimeSpan OptimizeEvery = TimeSpan.FromHours(6);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Synchronous(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Synchronous(connection);
        return Task.CompletedTask;
    }

    /// <summary>At start, after the migrations: WAL, and statistics for the tables that need them.</summary>
    public static async Task PrepareAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await OptimizeAsync(db, cancellationToken);
        }
    }

    /// <summary>Analyses what changed enough to matter (0x10002: also tables never analysed, within a time limit).</summary>
    public static Task OptimizeAsync(AppDbContext db, CancellationToken cancellationToken)
        => db.Database.IsSqlite() ? db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken) : Task.CompletedTask;

    private static void Synchronous(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}

/// <summary>Runs <see cref="SqliteTuning.OptimizeAsync"/> every <see cref="SqliteTuning.OptimizeEvery"/> while the portal runs on SQLite.</summary>
public sealed class SqliteOptimizer(IServiceScopeFactory scopes, ILogger<SqliteOptimizer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SqliteTuning.OptimizeEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await SqliteTuning.OptimizeAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "PRAGMA optimize failed; the next run tries again");
            }
        }
    }
}
