using LearningSociety.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Data;

/// <summary>
/// Applies migrations, fills the citizens' name sort keys the migrations left empty
/// (<see cref="CitizenSortKeyBackfill"/>), then seeds reference data (levels, groups, indicators, rules) and, when asked,
/// the demo district and its year in motion. Demo data is on by default only for the embedded SQLite database outside Production.
/// </summary>
public sealed class DatabaseInitializer(AppDbContext db, ReferenceDataSeeder reference, DemoDataSeeder demo, IDemoYearSeeder demoYear,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool migrate, bool seedDemo, bool seedDemoYear = true, CancellationToken cancellationToken = default)
    {
        if (migrate)
        {
            await db.Database.MigrateAsync(cancellationToken);
            await SqliteTuning.PrepareAsync(db, cancellationToken);
        }

        var sortKeys = await CitizenSortKeyBackfill.FillMissingAsync(db, cancellationToken: cancellationToken);
        if (sortKeys > 0)
        {
            logger.LogInformation("Sort keys given to {Count} citizens registered before names had one", sortKeys);
        }

        await reference.SeedAsync(cancellationToken);

        // A database that had cards before the tallies existed gets them counted once.
        if (!await db.CardTallies.AnyAsync(cancellationToken) && await db.Registrations.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Card tallies counted for {Buckets} buckets", await CardTallyKeeper.RebuildAsync(db, cancellationToken));
        }
        if (seedDemo && await demo.SeedAsync(cancellationToken))
        {
            logger.LogInformation("Demo district seeded");
            if (seedDemoYear)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                await demoYear.SeedAsync(cancellationToken);
                logger.LogInformation("Demo year seeded in {Elapsed}", System.Diagnostics.Stopwatch.GetElapsedTime(started));
            }
        }
    }
}

public static class DatabaseInitializerExtensions
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, IConfiguration configuration, IHostEnvironment environment)
    {
        var migrate = configuration.GetValue("Database:MigrateOnStartup", true);
        if (!migrate)
        {
            return;
        }

        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var seedDemo = configuration.GetValue<bool?>("Database:SeedDemoData")
            ?? (!environment.IsProduction() && provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase));

        var seedDemoYear = SeedsDemoYear(configuration);

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(migrate, seedDemo, seedDemoYear, CancellationToken.None);
    }

    /// <summary>
    /// <c>Database:SeedDemoYear</c> (default on): with the demo district, its year in motion. Tests switch it off so that
    /// each builds exactly the cards, plans and surveys it asserts on. <c>Database:SeedDemoPlans</c>, its name before the
    /// demo had cards, is still read when the new key is absent.
    /// </summary>
    public static bool SeedsDemoYear(IConfiguration configuration)
        => configuration.GetValue<bool?>("Database:SeedDemoYear") ?? configuration.GetValue("Database:SeedDemoPlans", true);
}
