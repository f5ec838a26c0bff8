using LearningSociety.Web.Configuration;
using LearningSociety.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.BenchmarkData;

/// <summary>
/// The portal's own services (<see cref="PortalComposition.AddPortal"/>, the composition Program.cs uses) on a SQLite
/// file, initialised as <c>dotnet run</c> does: the real migrations, the reference data and the demo district with its
/// accounts (not its year in motion: the benchmarks seed their own district). No HTTP: benchmarks and seeders call the services in scopes of their own.
/// </summary>
public static class BenchmarkPortal
{
    /// <param name="databasePath">The SQLite file; created when it does not exist.</param>
    /// <param name="contentRoot">The folder relative paths resolve against (an empty temporary folder will do).</param>
    /// <param name="configure">More registrations, e.g. <see cref="CommandCounter"/> on the context.</param>
    public static async Task<WebApplication> StartAsync(string databasePath, string contentRoot, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark", ContentRootPath = contentRoot });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={databasePath}",
            ["Database:SeedDemoData"] = "true",
            ["Database:SeedDemoYear"] = "false",
            ["Logging:FilePath"] = string.Empty,
        });
        builder.Services.AddPortal(builder.Configuration, builder.Environment);
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        await app.Services.InitializeDatabaseAsync(builder.Configuration, builder.Environment);
        return app;
    }
}
