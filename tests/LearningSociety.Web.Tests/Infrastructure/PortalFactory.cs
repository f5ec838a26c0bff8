using LearningSociety.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LearningSociety.Web.Tests.Infrastructure;

/// <summary>
/// The real portal on a real SQLite file (or a real PostgreSQL database), created through the real migrations and
/// seeded with the demo district exactly as <c>dotnet run</c> does. Each factory gets its own database.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private string? _postgreSqlDatabase;

    public PortalFactory()
        : this([])
    {
    }

    internal PortalFactory(TestDatabaseProvider provider)
        : this([], provider)
    {
    }

    internal PortalFactory(Dictionary<string, string?> overrides, TestDatabaseProvider provider = TestDatabaseProvider.Sqlite)
    {
        Provider = provider;
        DatabasePath = Path.Combine(Path.GetTempPath(), "learningsociety-tests", $"{Guid.NewGuid():N}.db");
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={DatabasePath}",
            ["Database:SeedDemoData"] = "true",
            ["Database:SeedDemoYear"] = "false",
            ["Logging:FilePath"] = string.Empty,
            // Tests sign in as the demo administrator with the password alone; the second-factor tests turn this on.
            ["Security:RequireTwoFactorForAdministrators"] = "false",
        };
        foreach (var (key, value) in overrides)
        {
            _settings[key] = value;
        }
    }

    public string DatabasePath { get; }

    public TestDatabaseProvider Provider { get; }

    /// <summary>The PostgreSQL database of this portal once it has started, so a second portal can share it.</summary>
    public string? PostgreSqlConnectionString => _postgreSqlDatabase;

    /// <summary>Another portal instance on an existing PostgreSQL database (it migrates and seeds nothing new; it does not drop it).</summary>
    internal static PortalFactory SharingPostgreSql(string connectionString) => new(new Dictionary<string, string?>
    {
        ["Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:PostgreSql"] = connectionString,
    });

    /// <summary>Another portal instance on an existing SQLite file (it migrates and seeds nothing new).</summary>
    internal static PortalFactory SharingSqlite(string databasePath) => new(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Sqlite"] = $"Data Source={databasePath}",
    });

    /// <summary>Set before the first request to run the portal at another moment (deadline tests).</summary>
    public TimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (Provider == TestDatabaseProvider.PostgreSql && _postgreSqlDatabase is null)
        {
            // Created when the host is built, so a skipped test never needs the server.
            _postgreSqlDatabase = TestPostgreSql.CreateDatabase();
            _settings["Database:Provider"] = "PostgreSql";
            _settings["ConnectionStrings:PostgreSql"] = _postgreSqlDatabase;
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is not null)
        {
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(Clock);
            });
        }
    }

    public HttpClient CreatePortalClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<PortalClient> SignInAsync(string userName, string password = DemoPassword)
    {
        var client = new PortalClient(CreatePortalClient());
        var response = await client.SignInAsync(userName, password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>Runs work against the portal's own database through its own services.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public const string DemoPassword = LearningSociety.Web.Data.Seeding.DemoDataSeeder.DemoPassword;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _postgreSqlDatabase is not null)
        {
            using (var connection = new Npgsql.NpgsqlConnection(_postgreSqlDatabase))
            {
                Npgsql.NpgsqlConnection.ClearPool(connection);
            }

            TestPostgreSql.DropDatabase(_postgreSqlDatabase);
        }

        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                }
            }
        }
    }
}

/// <summary>A <see cref="PortalFactory"/> on a PostgreSQL database of its own, for class fixtures.</summary>
public sealed class PostgreSqlPortalFactory() : PortalFactory(TestDatabaseProvider.PostgreSql);
