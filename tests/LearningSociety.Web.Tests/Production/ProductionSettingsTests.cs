using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Production;

/// <summary>
/// The portal as ASPNETCORE_ENVIRONMENT=Production runs it, in process: which requests count as HTTPS, what a plain-HTTP
/// request gets, the data-protection certificate rule and the absolute sign-in lifetime. The same build behind a real
/// proxy is in BehindATlsProxy.
/// </summary>
public sealed partial class ProductionSettings
{
    private static PortalFactory InProduction(Dictionary<string, string?> settings, TimeProvider? clock = null)
    {
        var factory = new ProductionFactory(settings) { Clock = clock };
        return factory;
    }

    private sealed class ProductionFactory(Dictionary<string, string?> settings) : PortalFactory(settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    private static Dictionary<string, string?> WithCertificate(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["DataProtection:Certificate:Path"] = TestCertificate.PfxPath,
            ["DataProtection:Certificate:Password"] = TestCertificate.Password,
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>An HTTP client whose requests arrive from <paramref name="remote"/>, optionally with X-Forwarded-Proto: https, keeping cookies by hand.</summary>
    private sealed class ProxiedClient(PortalFactory factory, IPAddress remote, bool forwardedHttps)
    {
        private readonly Dictionary<string, string> _cookies = [];
        private readonly HttpClient _http = new(factory.Server.CreateHandler(context => context.Connection.RemoteIpAddress = remote))
        {
            BaseAddress = new Uri("http://portal.example.vn"),
        };

        public List<string> SetCookies { get; } = [];

        public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content = null)
        {
            using var request = new HttpRequestMessage(method, url) { Content = content };
            if (forwardedHttps)
            {
                request.Headers.Add("X-Forwarded-Proto", "https");
                request.Headers.Add("X-Forwarded-For", "203.0.113.7");
            }

            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await _http.SendAsync(request);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                SetCookies.Add(header);
                var pair = header.Split(';')[0].Split('=', 2);
                _cookies[pair[0]] = pair[1];
            }

            return response;
        }

        public async Task<HttpResponseMessage> SignInAsync(string userName)
        {
            var login = await (await SendAsync(HttpMethod.Get, "/Account/Login")).Content.ReadAsStringAsync();
            var token = TokenPattern().Match(login).Groups[1].Value;
            return await SendAsync(HttpMethod.Post, "/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName, ["Password"] = PortalFactory.DemoPassword, ["__RequestVerificationToken"] = token,
            }));
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task BehindAKnownProxySignInWorksAndEveryCookieIsSecure()
    {
        using var factory = InProduction(WithCertificate());
        var client = new ProxiedClient(factory, IPAddress.Loopback, forwardedHttps: true);

        var response = await client.SignInAsync("admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, "/")).StatusCode);
        Assert.Contains(client.SetCookies, c => c.StartsWith(".LearningSociety.Auth=", StringComparison.Ordinal));
        Assert.All(client.SetCookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task APlainHttpRequestIsRedirectedToHttpsOrToldInVietnameseNeverA500()
    {
        using var factory = InProduction(WithCertificate());
        var direct = new ProxiedClient(factory, IPAddress.Parse("192.0.2.10"), forwardedHttps: false);

        var page = await direct.SendAsync(HttpMethod.Get, "/Account/Login?ReturnUrl=%2FCitizens");
        Assert.Equal(HttpStatusCode.PermanentRedirect, page.StatusCode);
        Assert.Equal("https://portal.example.vn/Account/Login?ReturnUrl=%2FCitizens", page.Headers.Location!.OriginalString);

        var post = await direct.SendAsync(HttpMethod.Post, "/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin" }));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("Cổng thông tin chỉ làm việc qua kết nối bảo mật", await post.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await direct.SendAsync(HttpMethod.Get, "/health")).StatusCode);
    }

    [Fact]
    public async Task XForwardedProtoFromAnUnknownAddressIsNotBelievedUntilItsNetworkIsConfigured()
    {
        var stranger = IPAddress.Parse("10.20.30.40");
        using (var factory = InProduction(WithCertificate()))
        {
            var client = new ProxiedClient(factory, stranger, forwardedHttps: true);
            var response = await client.SendAsync(HttpMethod.Get, "/Account/Login");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("máy chủ chuyển tiếp chưa được khai báo", await response.Content.ReadAsStringAsync());
        }

        using (var factory = InProduction(WithCertificate(new() { ["ReverseProxy:KnownNetworks:0"] = "10.20.0.0/16" })))
        {
            var client = new ProxiedClient(factory, stranger, forwardedHttps: true);
            Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("admin")).StatusCode);
        }
    }

    [Fact]
    public async Task ProductionWithoutAKeyCertificateRefusesToStartUnlessExplicitlyWaived()
    {
        using (var factory = InProduction([]))
        {
            var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());
            Assert.Contains("DataProtection:Certificate:Path", error.Message);
            Assert.Contains("DataProtection:AllowUnprotectedKeys", error.Message);
        }

        using (var waived = InProduction(new() { ["DataProtection:AllowUnprotectedKeys"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.OK, (await waived.CreateClient().GetAsync("/health")).StatusCode);
        }
    }

    [Fact]
    public async Task TheKeysStoredInTheDatabaseAreEncryptedWithTheCertificate()
    {
        using var factory = InProduction(WithCertificate());
        var client = new ProxiedClient(factory, IPAddress.Loopback, forwardedHttps: true);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("admin")).StatusCode);

        var keys = await factory.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml);
            Assert.Contains(TestCertificate.CertificateBase64, xml);
            Assert.DoesNotContain("unencrypted", xml);
        });
    }

    [Fact]
    public async Task ASignInEndsAfterTheAbsoluteLifetimeHoweverActiveTheUserIs()
    {
        var clock = new MovableClock(DateTimeOffset.UtcNow);
        using var factory = InProduction(WithCertificate(new() { ["Authentication:AbsoluteLifetime"] = "12:00:00" }), clock);
        var client = new ProxiedClient(factory, IPAddress.Loopback, forwardedHttps: true);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("admin")).StatusCode);

        // Active every five hours: the sliding eight hours alone would keep the user signed in.
        foreach (var hours in new[] { 5, 10 })
        {
            clock.Now = clock.Start.AddHours(hours);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, "/")).StatusCode);
        }

        clock.Now = clock.Start.AddHours(12).AddMinutes(5);
        var after = await client.SendAsync(HttpMethod.Get, "/");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("https://portal.example.vn/Account/Login", after.Headers.Location!.OriginalString);
    }

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Start { get; } = start;

        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

/// <summary>A self-signed RSA certificate written once per test run as a .pfx (and PEM), as an operator would give one.</summary>
public static class TestCertificate
{
    public const string Password = "chứng-chỉ-thử";

    private static readonly Lazy<(string Pfx, string Pem, string Key, string CertificateBase64)> Files = new(() =>
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=LearningSociety data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var folder = Path.Combine(Path.GetTempPath(), "learningsociety-tests", "certificates", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var pfx = Path.Combine(folder, "dataprotection.pfx");
        File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pkcs12, Password));
        var pem = Path.Combine(folder, "dataprotection.crt");
        File.WriteAllText(pem, certificate.ExportCertificatePem());
        var key = Path.Combine(folder, "dataprotection.key");
        File.WriteAllText(key, rsa.ExportPkcs8PrivateKeyPem());
        return (pfx, pem, key, Convert.ToBase64String(certificate.RawData));
    });

    public static string PfxPath => Files.Value.Pfx;

    public static string PemPath => Files.Value.Pem;

    public static string KeyPath => Files.Value.Key;

    public static string CertificateBase64 => Files.Value.CertificateBase64;
}
