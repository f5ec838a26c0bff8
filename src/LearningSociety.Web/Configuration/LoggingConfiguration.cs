using Serilog;
using Serilog.Events;

namespace LearningSociety.Web.Configuration;

/// <summary>
/// Serilog to the console and a daily rolling file. Log lines carry paths, status codes and user ids,
/// never names, ID numbers or form values.
/// </summary>
public static class LoggingConfiguration
{
    public static IServiceCollection AddPortalLogging(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        var filePath = configuration["Logging:FilePath"] ?? "logs/learningsociety-.log";
        services.AddSerilog(logger =>
        {
            logger
                .MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            if (!string.IsNullOrWhiteSpace(filePath))
            {
                logger.WriteTo.File(
                    Path.IsPathRooted(filePath) ? filePath : Path.Combine(environment.ContentRootPath, filePath),
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: 30,
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
        return services;
    }
}
