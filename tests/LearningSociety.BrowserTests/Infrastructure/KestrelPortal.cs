using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningSociety.BrowserTests.Infrastructure;

/// <summary>
/// The portal on real Kestrel (loopback, a free port) with its own SQLite database through the real
/// migrations and demo seed (the base demo district; <see cref="DemoYearPortal"/> adds its year in motion), and one
/// headless Debian Chromium driven by Playwright.
/// </summary>
public class KestrelPortal : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), "learningsociety-browser", $"{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public const string Password = "Demo@12345";

    /// <summary>Whether the demo district gets its year in motion (tests switch it off, as the web tests do).</summary>
    protected virtual bool SeedsDemoYear => false;

    /// <summary>Data a test class starts from, written once the portal runs (through <see cref="WebApplicationFactory{T}.Services"/>).</summary>
    protected virtual Task ArrangeAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={_databasePath}");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Database:SeedDemoYear", SeedsDemoYear ? "true" : "false");
        builder.UseSetting("Logging:FilePath", string.Empty);
        builder.UseSetting("Security:RequireTwoFactorForAdministrators", "false");
    }

    public async Task InitializeAsync()
    {
        if (Chromium.ExecutablePath is null)
        {
            if (Chromium.Required)
            {
                throw new InvalidOperationException("REQUIRE_BROWSER_TESTS=1 but Chromium was not found: apt-get install chromium.");
            }

            return;
        }

        UseKestrel(0);
        StartServer();
        await ArrangeAsync();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("[::]", "127.0.0.1", StringComparison.Ordinal);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A new browser context (its own cookies) at phone width, signed in as <paramref name="userName"/>.</summary>
    public async Task<IPage> SignInAsync(string userName, int width = 360, int height = 740)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Keeps a screenshot under the test output for people to look at; never compared.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_databasePath);
    }
}

/// <summary>The demo as <c>dotnet run</c> seeds it on a new database: the demo district with its year in motion.</summary>
public sealed class DemoYearPortal : KestrelPortal
{
    protected override bool SeedsDemoYear => true;
}

/// <summary>The base demo district with what the 2024 plan walkthrough starts from (<see cref="LearningSociety.TestSupport.PlanWalkthroughData"/>).</summary>
public sealed class PlanWalkthroughPortal : KestrelPortal
{
    protected override Task ArrangeAsync() => LearningSociety.TestSupport.PlanWalkthroughData.SeedAsync(Services);
}
