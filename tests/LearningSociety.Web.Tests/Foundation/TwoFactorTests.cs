using System.Net;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Foundation;

/// <summary>
/// The authenticator-app second factor, with the setting that administrators must use it turned on (the other tests and
/// the Development settings turn it off so the demo administrator signs in with the password alone).
/// </summary>
public sealed class TwoFactor : IDisposable
{
    private readonly PortalFactory _factory = new(new Dictionary<string, string?> { ["Security:RequireTwoFactorForAdministrators"] = "true" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnAdministratorWithoutAnAuthenticatorIsSentToSetItUpBeforeAnythingElse()
    {
        using var admin = await _factory.SignInAsync("admin");

        foreach (var url in new[] { "/", "/Users", "/Citizens", "/Reports" })
        {
            var response = await admin.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/TwoFactor", response.Headers.Location!.OriginalString);
        }

        var page = await admin.GetPageAsync("/Account/TwoFactor");
        Assert.NotNull(page.QuerySelector("[data-testid=two-factor-required]"));
    }

    [Fact]
    public async Task OtherAccountsMayWorkWithoutASecondFactor()
    {
        using var branch = await _factory.SignInAsync("chihoi");

        Assert.Equal(HttpStatusCode.OK, (await branch.GetAsync("/Citizens")).StatusCode);
        Assert.NotNull((await branch.GetPageAsync("/Account/TwoFactor")).QuerySelector("a[href='/Account/EnableAuthenticator']"));
    }

    [Fact]
    public async Task SettingUpTheAppThenSigningInAsksForItsCode()
    {
        using var admin = await _factory.SignInAsync("admin");
        var key = await SetUpAsync(admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Users")).StatusCode);

        using var client = new PortalClient(_factory.CreatePortalClient());
        var password = await client.SignInAsync("admin", PortalFactory.DemoPassword);
        Assert.Equal("/Account/LoginWithTwoFactor?returnUrl=%2F", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Users")).StatusCode);

        var codePage = await client.GetPageAsync("/Account/LoginWithTwoFactor");
        var wrong = await client.PostFormAsync(codePage, "main form", new Dictionary<string, string> { ["Code"] = "000000" });
        Assert.Contains("Mã không đúng", (await PortalClient.ParseAsync(wrong)).Body!.TextContent);

        var right = await client.PostFormAsync(codePage, "main form",
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)) });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Users")).StatusCode);
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnceInsteadOfTheAppCode()
    {
        using var branch = await _factory.SignInAsync("chihoi");
        var key = await SetUpAsync(branch);
        var codes = _lastCodes;
        Assert.Equal(10, codes.Count);

        using var client = new PortalClient(_factory.CreatePortalClient());
        await client.SignInAsync("chihoi", PortalFactory.DemoPassword);
        var recovery = await client.PostFormAsync(await client.GetPageAsync("/Account/LoginWithRecoveryCode"), "main form",
            new Dictionary<string, string> { ["RecoveryCode"] = codes[0] });
        Assert.Equal(HttpStatusCode.Redirect, recovery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Citizens")).StatusCode);

        using var again = new PortalClient(_factory.CreatePortalClient());
        await again.SignInAsync("chihoi", PortalFactory.DemoPassword);
        var reused = await again.PostFormAsync(await again.GetPageAsync("/Account/LoginWithRecoveryCode"), "main form",
            new Dictionary<string, string> { ["RecoveryCode"] = codes[0] });
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/Citizens")).StatusCode);
        Assert.NotEmpty(key);
    }

    [Fact]
    public async Task AWrongFirstCodeDoesNotTurnTheSecondFactorOn()
    {
        using var branch = await _factory.SignInAsync("chihoi2");
        var page = await branch.GetPageAsync("/Account/EnableAuthenticator");

        var response = await branch.PostFormAsync(page, "main form", new Dictionary<string, string> { ["Code"] = "123456" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mã xác thực không đúng", (await PortalClient.ParseAsync(response)).Body!.TextContent);
        Assert.False(await _factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "chihoi2").Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task TheKeyAndTheRecoveryCodesNeverReachTheAuditTrail()
    {
        using var branch = await _factory.SignInAsync("ubndxa");
        var key = await SetUpAsync(branch);

        var details = await _factory.WithDbAsync(db => db.AuditEntries.Select(a => a.Details ?? string.Empty).ToListAsync());
        Assert.DoesNotContain(details, d => d.Contains(key, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(details, d => _lastCodes.Any(c => d.Contains(c, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AnAdministratorCanTurnOffTheSecondFactorOfSomeoneWhoLostTheirPhone()
    {
        using var branch = await _factory.SignInAsync("chihoi");
        await SetUpAsync(branch);
        var userId = await _factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "chihoi").Select(u => u.Id).SingleAsync());
        var adminKey = string.Empty;
        using var admin = await _factory.SignInAsync("admin");
        adminKey = await SetUpAsync(admin);

        var edit = await admin.GetPageAsync($"/Users/Edit/{userId}");
        var reset = await admin.PostFormAsync(edit, $"form[action='/Users/ResetTwoFactor/{userId}']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await branch.GetAsync("/Citizens")).StatusCode);
        using var again = await _factory.SignInAsync("chihoi");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Citizens")).StatusCode);
    }

    private List<string> _lastCodes = [];

    /// <summary>Sets up the authenticator through the pages as a person with a phone would; returns the key.</summary>
    private async Task<string> SetUpAsync(PortalClient client)
    {
        var page = await client.GetPageAsync("/Account/EnableAuthenticator");
        var key = page.QuerySelector("[data-testid=authenticator-key]")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var uri = page.QuerySelector("[data-testid=authenticator-uri]")!.TextContent;
        Assert.StartsWith("otpauth://totp/", uri);
        Assert.Contains($"secret={key}", uri);

        var response = await client.PostFormAsync(page, "main form", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var codes = await PortalClient.ParseAsync(response);
        _lastCodes = codes.QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim()).ToList();
        return key;
    }
}
