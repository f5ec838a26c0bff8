namespace LearningSociety.Web.Configuration;

/// <summary>
/// The portal's services, composed once: Program.cs, the benchmarks and the test hosts all start from here. The
/// production part (proxy, HTTPS, data-protection certificate) acts by configuration and environment, so it is always composed.
/// </summary>
public static class PortalComposition
{
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
        => services
            .AddPortalLogging(configuration, environment)
            .AddPortalDatabase(configuration, environment)
            .AddPortalIdentity(environment)
            .AddPortalMvc()
            .AddPortalFeatures(configuration)
            .AddPortalProduction(configuration, environment);
}
