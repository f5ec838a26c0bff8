using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using LearningSociety.Web.Tests.Infrastructure;

namespace LearningSociety.Web.Tests.Production;

/// <summary>
/// docker-compose.postgresql.yml without Docker: the published Release build, started twice in Production with the
/// portal environment of the compose file, on a real PostgreSQL database that has no demo data, behind a real caddy
/// running deploy/Caddyfile (TLS from caddy's own CA, load-balanced over both instances). The first administrator is
/// made with the create-administrator command of the published build.
/// </summary>
public sealed class BehindATlsProxy(BehindATlsProxy.Deployment deployment) : IClassFixture<BehindATlsProxy.Deployment>
{
    private const string AdminPassword = "núi Ngự sông Hương 1945";

    [ProxyFact]
    public async Task TheFirstAdministratorSignsInOverHttpsThroughTheProxyWithOneCookieForBothInstances()
    {
        using var browser = new PortalClient(deployment.CreateClient());

        var first = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith($"{deployment.Site}/Account/Login", first.Headers.Location!.OriginalString);

        var signIn = await browser.SignInAsync("quantri", AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var authCookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".LearningSociety.Auth=", StringComparison.Ordinal));
        Assert.Contains("secure", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("max-age=", signIn.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.False(signIn.Headers.Contains("Server"));

        // Production requires a second factor of administrators: the first page is the authenticator set-up.
        var enrolment = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, enrolment.StatusCode);
        Assert.Contains("/Account/TwoFactor", enrolment.Headers.Location!.OriginalString);
        var setUp = await browser.GetPageAsync("/Account/EnableAuthenticator");
        var key = setUp.QuerySelector("[data-testid=authenticator-key]")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var enabled = await browser.PostFormAsync(setUp, "main form", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);

        // Round robin over the two instances: every page is signed in with the one cookie.
        for (var i = 0; i < 6; i++)
        {
            Assert.Contains("Nguyễn Văn Quản", (await browser.GetPageAsync("/")).Body!.TextContent);
        }

        var units = (await browser.GetPageAsync("/Units")).QuerySelector("[data-testid=unit-tree]")!.TextContent;
        Assert.Contains("Tỉnh Thừa Thiên Huế", units);
        Assert.DoesNotContain("Huyện Quảng Điền", units);
        Assert.All(deployment.Portals, portal => Assert.Matches("HTTP \"?GET\"? \"?/\"? responded 200", portal.Output));
    }

    [ProxyFact]
    public async Task APlainHttpRequestStraightToAnInstanceIsSentToHttpsNeverA500()
    {
        using var direct = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{deployment.PortalPorts[0]}") };

        var page = await direct.GetAsync("/Account/Login");
        var post = await direct.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "quantri", ["Password"] = AdminPassword }));

        Assert.Equal(HttpStatusCode.PermanentRedirect, page.StatusCode);
        Assert.Equal("https://127.0.0.1/Account/Login", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("Cần kết nối bảo mật (HTTPS)", await post.Content.ReadAsStringAsync());
        Assert.False(page.Headers.Contains("Server"));
    }

    /// <summary>Publishes once, makes the database and the first administrator, starts two portals and caddy; ends them all.</summary>
    public sealed class Deployment : IAsyncLifetime
    {
        private readonly List<RunningProcess> _processes = [];
        private string? _database;
        private string _folder = string.Empty;

        public string Site { get; private set; } = string.Empty;

        public int[] PortalPorts { get; } = [PublishedPortal.FreePort(), PublishedPortal.FreePort()];

        public IReadOnlyList<RunningProcess> Portals => _processes.Take(2).ToList();

        private int _httpsPort;
        private X509Certificate2? _root;

        public async Task InitializeAsync()
        {
            if (ProxyFactAttribute.SkipReason is not null)
            {
                return;
            }

            var published = await PublishedPortal.PublishedFolderAsync();
            _database = TestPostgreSql.CreateDatabase();
            var environment = PublishedPortal.ComposeEnvironment("docker-compose.postgresql.yml", new Dictionary<string, string>());
            Assert.Equal("Production", environment["ASPNETCORE_ENVIRONMENT"]);
            Assert.Equal("PostgreSql", environment["Database__Provider"]);
            Assert.Equal("false", environment["Database__SeedDemoData"]);
            environment["ConnectionStrings__PostgreSql"] = _database;
            environment["DataProtection__Certificate__Path"] = TestCertificate.PfxPath;
            environment["DataProtection__Certificate__Password"] = TestCertificate.Password;

            var dll = Path.Combine(published, "LearningSociety.Web.dll");
            var (code, output) = await PublishedPortal.RunAsync("dotnet",
                [dll, "create-administrator", "--user", "quantri", "--name", "Nguyễn Văn Quản", "--province-code", "46", "--province-name", "Tỉnh Thừa Thiên Huế"],
                new Dictionary<string, string?>(environment) { ["PORTAL_ADMIN_PASSWORD"] = AdminPassword }, TimeSpan.FromMinutes(2));
            Assert.True(code == 0, "create-administrator failed:\n" + output);

            foreach (var port in PortalPorts)
            {
                var portal = PublishedPortal.Start("dotnet", [dll], new Dictionary<string, string?>(environment) { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" }, out _);
                _processes.Add(portal);
            }

            using var probe = new HttpClient();
            for (var i = 0; i < PortalPorts.Length; i++)
            {
                await WaitAsync(async () => (await probe.GetAsync($"http://127.0.0.1:{PortalPorts[i]}/health")).IsSuccessStatusCode, _processes[i]);
            }

            _folder = Path.Combine(Path.GetTempPath(), "learningsociety-tests", "caddy-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(_folder);
            _httpsPort = PublishedPortal.FreePort();
            Site = $"https://portal.test:{_httpsPort}";
            var caddy = PublishedPortal.Start("caddy", ["run", "--config", Path.Combine(PublishedPortal.RepositoryRoot, "deploy", "Caddyfile"), "--adapter", "caddyfile"],
                new Dictionary<string, string?>
                {
                    ["PORTAL_SITE"] = "portal.test",
                    ["PORTAL_UPSTREAM"] = string.Join(' ', PortalPorts.Select(p => $"127.0.0.1:{p}")),
                    ["CADDY_HTTPS_PORT"] = _httpsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["CADDY_HTTP_PORT"] = PublishedPortal.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["CADDY_ADMIN"] = "off",
                    ["HOME"] = _folder,
                    ["XDG_DATA_HOME"] = Path.Combine(_folder, "data"),
                    ["XDG_CONFIG_HOME"] = Path.Combine(_folder, "config"),
                }, out _);
            _processes.Add(caddy);

            var rootFile = Path.Combine(_folder, "data", "caddy", "pki", "authorities", "local", "root.crt");
            await WaitAsync(async () =>
            {
                if (!File.Exists(rootFile))
                {
                    return false;
                }

                _root ??= X509Certificate2.CreateFromPem(File.ReadAllText(rootFile));
                using var client = CreateClient();
                return (await client.GetAsync("/health")).IsSuccessStatusCode;
            }, caddy);
        }

        /// <summary>A browser-like client for the site: cookies kept, TLS checked against caddy's root, connected to loopback.</summary>
        public HttpClient CreateClient()
        {
            var handler = new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = true,
                CookieContainer = new CookieContainer(),
                ConnectCallback = async (_, cancellationToken) =>
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    await socket.ConnectAsync(IPAddress.Loopback, _httpsPort, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                },
                SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = TrustedByCaddysRoot },
            };
            return new HttpClient(handler) { BaseAddress = new Uri(Site) };
        }

        private bool TrustedByCaddysRoot(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
        {
            if (certificate is null || _root is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
            {
                return false;
            }

            using var custom = new X509Chain();
            custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            custom.ChainPolicy.CustomTrustStore.Add(_root);
            custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            var intermediate = Path.Combine(_folder, "data", "caddy", "pki", "authorities", "local", "intermediate.crt");
            if (File.Exists(intermediate))
            {
                custom.ChainPolicy.ExtraStore.Add(X509Certificate2.CreateFromPem(File.ReadAllText(intermediate)));
            }

            using var leaf = new X509Certificate2(certificate);
            return custom.Build(leaf);
        }

        private static async Task WaitAsync(Func<Task<bool>> ready, RunningProcess process)
        {
            var until = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < until)
            {
                if (process.Process.HasExited)
                {
                    throw new InvalidOperationException($"{process.Process.StartInfo.FileName} exited with {process.Process.ExitCode}:\n{process.Output}");
                }

                try
                {
                    if (await ready())
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(250);
            }

            throw new TimeoutException($"{process.Process.StartInfo.FileName} not ready after 90 s:\n{process.Output}");
        }

        public Task DisposeAsync()
        {
            foreach (var process in Enumerable.Reverse(_processes))
            {
                process.Dispose();
            }

            if (_database is not null)
            {
                TestPostgreSql.DropDatabase(_database);
            }

            _root?.Dispose();
            return Task.CompletedTask;
        }
    }
}

/// <summary>A fact that needs PostgreSQL and caddy (Debian <c>caddy</c>); required, like PostgreSQL, when REQUIRE_POSTGRES=1.</summary>
public sealed class ProxyFactAttribute : FactAttribute
{
    public ProxyFactAttribute()
    {
        if (SkipReason is { } reason)
        {
            Skip = reason;
        }
    }

    public static string? SkipReason => TestPostgreSql.Required ? null
        : TestPostgreSql.SkipReason ?? (CaddyFound ? null : "caddy not found (apt-get install caddy); REQUIRE_POSTGRES=1 makes this a failure.");

    private static bool CaddyFound => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(d => File.Exists(Path.Combine(d, "caddy")));
}
