using LearningSociety.Domain.Deadlines;
using LearningSociety.Web.Data;
using LearningSociety.Web.Data.Seeding;
using LearningSociety.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Configuration;

/// <summary>
/// <c>dotnet run --project src/LearningSociety.Web -- reset-demo [--force]</c>: deletes the demo database and creates it
/// again as a new start does — the migrations, the reference data, the demo district with its accounts and its year in
/// motion, dated from today. It refuses in Production, on a database other than SQLite, and on a database holding an
/// account the demo does not create (a real portal's data), unless <c>--force</c> is given. Exit code 0 when reset, 1 when refused.
/// </summary>
public static class ResetDemo
{
    public const string Command = "reset-demo";

    public const string Force = "--force";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Command;

    public static async Task<int> RunAsync(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment, string[] args,
        TextWriter output)
    {
        var forced = args.Contains(Force, StringComparer.Ordinal);
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var refusal = environment.IsProduction() ? "the environment is Production"
            : !provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) ? $"the database provider is {provider}, not the embedded SQLite"
            : null;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            refusal ??= await ForeignAccountsAsync(db) is { Count: > 0 } foreign
                ? $"the database holds accounts the demo does not create ({string.Join(", ", foreign.Take(5))})"
                : null;
            if (refusal is not null && !forced)
            {
                await output.WriteLineAsync($"Refused: {refusal}. This deletes every row of the database; add {Force} to reset it anyway.");
                return 1;
            }

            await db.Database.EnsureDeletedAsync(CancellationToken.None);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
                .InitializeAsync(migrate: true, seedDemo: true, seedDemoYear: true, CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var year = new VietnamClock(scope.ServiceProvider.GetRequiredService<TimeProvider>()).Today().Year;
            var citizens = await db.Citizens.CountAsync(CancellationToken.None);
            var cards = await db.Registrations.CountAsync(r => r.Year == year, CancellationToken.None);
            var candidates = await db.Candidates.CountAsync(c => c.Year == year, CancellationToken.None);
            var accounts = await db.Users.CountAsync(CancellationToken.None);
            await output.WriteLineAsync($"Demo database reset: {accounts} accounts (password {DemoDataSeeder.DemoPassword}), {citizens} citizens, "
                + $"{cards} cards and {candidates} candidates of {year}.");
        }

        return 0;
    }

    /// <summary>The accounts that neither demo seed creates; none on a new or a demo database.</summary>
    private static async Task<List<string>> ForeignAccountsAsync(AppDbContext db)
    {
        if (!await db.Database.CanConnectAsync(CancellationToken.None)
            || (await db.Database.GetAppliedMigrationsAsync(CancellationToken.None)).Any() is false)
        {
            return [];
        }

        var demo = DemoDataSeeder.AccountNames.Concat(DemoYear.MoreBranches.Select(b => b.UserName)).ToList();
        return await db.Users.AsNoTracking().Where(u => !demo.Contains(u.UserName!)).Select(u => u.UserName!).ToListAsync(CancellationToken.None);
    }
}
