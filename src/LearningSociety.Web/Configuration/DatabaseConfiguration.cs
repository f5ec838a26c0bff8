using LearningSociety.Web.Auditing;
using LearningSociety.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Configuration;

/// <summary>Which database the portal uses, from configuration: <c>Database:Provider</c> = Sqlite (default), SqlServer or PostgreSql.</summary>
public static class DatabaseConfiguration
{
    public const string DefaultSqlitePath = "App_Data/learningsociety.db";

    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<AuditActor>();
        services.AddScoped<CardTallyKeeper>();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<DataVersionInterceptor>();
        services.AddSingleton<Features.Results.ResultsCache>();
        services.AddScoped<AuditLog>();

        var provider = configuration["Database:Provider"] ?? "Sqlite";
        if (provider.Equals("SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString("SqlServer")
                ?? throw new InvalidOperationException("ConnectionStrings:SqlServer is required when Database:Provider is SqlServer.");
            services.AddDbContext<SqlServerAppDbContext>((sp, options) => options
                .UseSqlServer(connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<DataVersionInterceptor>()));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqlServerAppDbContext>());
        }
        else if (provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString("PostgreSql")
                ?? throw new InvalidOperationException("ConnectionStrings:PostgreSql is required when Database:Provider is PostgreSql.");
            services.AddDbContext<PostgreSqlAppDbContext>((sp, options) => options
                .UseNpgsql(connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<DataVersionInterceptor>()));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgreSqlAppDbContext>());
        }
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = SqliteConnectionString(configuration.GetConnectionString("Sqlite"), environment.ContentRootPath);
            services.AddSingleton<SqliteTuning>();
            services.AddHostedService<SqliteOptimizer>();
            services.AddDbContext<SqliteAppDbContext>((sp, options) => options
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<DataVersionInterceptor>(), sp.GetRequiredService<SqliteTuning>()));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
        }
        else
        {
            throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use Sqlite, SqlServer or PostgreSql.");
        }

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    /// <summary>Resolves a relative SQLite file against the content root and makes sure its folder exists.</summary>
    internal static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(configured ?? $"Data Source={DefaultSqlitePath}");
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        if (builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly && Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder)
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (IOException)
            {
                // Left to the health check and the first query to report.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return builder.ToString();
    }
}
