using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;

namespace LearningSociety.Web.Configuration;

/// <summary>
/// What running behind a TLS-terminating reverse proxy, on several instances, needs: forwarded headers from known
/// proxies only, HTTPS required outside Development, an absolute limit to a sign-in beside the sliding one, and the
/// shared data-protection keys encrypted at rest with a certificate. Every setting is listed in docs/deployment.md.
/// </summary>
public static class ProductionConfiguration
{
    /// <summary>Sign-ins end this long after the password was given, however active the user is.</summary>
    public static readonly TimeSpan DefaultAbsoluteLifetime = TimeSpan.FromHours(12);

    private const string SignedInAtKey = ".LearningSociety.SignedInAt";

    public static IServiceCollection AddPortalProduction(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<ForwardedHeadersOptions>(options => ConfigureForwardedHeaders(options, configuration));
        services.AddSingleton(new HttpsRequirement(configuration.GetValue("ReverseProxy:RequireHttps", environment.IsProduction())));

        if (environment.IsProduction())
        {
            // The sign-in and antiforgery cookies are Secure-only in Production (IdentityConfiguration); so is TempData's.
            services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(options =>
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        }

        var absolute = configuration.GetValue("Authentication:AbsoluteLifetime", DefaultAbsoluteLifetime);
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options => LimitLifetime(options, absolute));

        var certificate = DataProtectionCertificate(configuration);
        if (certificate is not null)
        {
            services.AddDataProtection().ProtectKeysWithCertificate(certificate);
        }
        else if (environment.IsProduction() && !configuration.GetValue("DataProtection:AllowUnprotectedKeys", false))
        {
            throw new InvalidOperationException(
                "Production needs a certificate to encrypt the data-protection keys stored in the database: set DataProtection:Certificate:Path " +
                "(a .pfx with DataProtection:Certificate:Password, or a PEM certificate with DataProtection:Certificate:KeyPath). " +
                "Every portal instance must use the same certificate. To run without it (keys readable by anyone who reads the database), " +
                "set DataProtection:AllowUnprotectedKeys=true. See docs/deployment.md.");
        }

        return services;
    }

    /// <summary>First in the pipeline: the scheme and client address as the proxy saw them, then HTTPS when required.</summary>
    public static IApplicationBuilder UsePortalProxyAndHttps(this IApplicationBuilder app)
    {
        app.UseForwardedHeaders();
        return app.UseMiddleware<HttpsRequirementMiddleware>();
    }

    private static void ConfigureForwardedHeaders(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

        // Loopback stays trusted (the framework's default: a proxy on the same machine); configured ones are added.
        foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"ReverseProxy:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed)
                ? parsed
                : throw new InvalidOperationException($"ReverseProxy:KnownNetworks: '{network}' is not a network such as 172.28.0.0/16."));
        }
    }

    private static void LimitLifetime(CookieAuthenticationOptions options, TimeSpan absolute)
    {
        var signingIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = context =>
        {
            // A refreshed sign-in (same properties) keeps the moment the password was given.
            context.Properties.Items.TryAdd(SignedInAtKey, context.HttpContext.RequestServices.GetRequiredService<TimeProvider>()
                .GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            return signingIn(context);
        };

        var validate = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            if (!context.Properties.Items.TryGetValue(SignedInAtKey, out var value)
                || !long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > absolute)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await validate(context);
        };
    }

    private static X509Certificate2? DataProtectionCertificate(IConfiguration configuration)
    {
        var path = configuration["DataProtection:Certificate:Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"DataProtection:Certificate:Path: no file at '{path}'.");
        }

        var keyPath = configuration["DataProtection:Certificate:KeyPath"];
        var certificate = string.IsNullOrWhiteSpace(keyPath)
            ? X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:Certificate:Password"],
                X509KeyStorageFlags.EphemeralKeySet)
            : X509Certificate2.CreateFromPemFile(path, keyPath);
        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
        {
            throw new InvalidOperationException("DataProtection:Certificate: the certificate needs its RSA private key (keys are encrypted and decrypted with it).");
        }

        return certificate;
    }
}

/// <summary>Whether a request must have come over HTTPS (directly or through a known proxy).</summary>
public sealed record HttpsRequirement(bool Required);

/// <summary>
/// Answers a request that did not come over HTTPS, instead of letting the Secure-only cookies fail with a 500:
/// a GET straight to the portal is redirected to the same address over https; a request that carries
/// X-Forwarded-Proto from an address that is not a known proxy, or any other method, gets a Vietnamese page (400)
/// that says to use the https address. /health answers over plain HTTP for load balancers and container checks.
/// </summary>
public sealed class HttpsRequirementMiddleware(RequestDelegate next, HttpsRequirement requirement, ILogger<HttpsRequirementMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!requirement.Required || request.IsHttps || request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }

        var httpsUrl = $"https://{request.Host.Host}{request.PathBase}{request.Path}{request.QueryString}";
        var forwardedByStranger = request.Headers.ContainsKey("X-Forwarded-Proto");
        if (forwardedByStranger)
        {
            logger.LogWarning("X-Forwarded-Proto from {Address}, which is not a known proxy: add it to ReverseProxy:KnownProxies or ReverseProxy:KnownNetworks",
                context.Connection.RemoteIpAddress);
        }

        if (!forwardedByStranger && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            context.Response.Headers.Location = httpsUrl;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        var link = WebUtility.HtmlEncode(httpsUrl);
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Cần kết nối bảo mật (HTTPS)</title></head>
            <body><main>
            <h1>Cần kết nối bảo mật (HTTPS)</h1>
            <p>Cổng thông tin chỉ làm việc qua kết nối bảo mật. Vui lòng mở <a href="{link}">{link}</a>.</p>
            <p>Nếu bạn đã dùng địa chỉ https mà vẫn thấy trang này, hãy báo cho quản trị hệ thống: máy chủ chuyển tiếp chưa được khai báo.</p>
            </main></body></html>
            """);
    }
}
