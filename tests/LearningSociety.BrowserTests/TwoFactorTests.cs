using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

/// <summary>The authenticator set-up page in a real browser: the QR code is drawn under the portal's CSP, on a phone.</summary>
public sealed class TwoFactorSetUp(KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    [BrowserFact]
    public async Task TheSetUpPageDrawsTheQrCodeWithoutScriptErrorsAndPassesAxe()
    {
        var page = await portal.SignInAsync("chihoi");
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        // Script errors, CSP refusals and failed requests of ours (the browser's own favicon request is not ours).
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                errors.Add(message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync("/Account/EnableAuthenticator");

        var qr = page.Locator("#authenticator-qr img");
        await Expect(qr).ToBeVisibleAsync();
        Assert.True(await qr.EvaluateAsync<int>("img => img.naturalWidth") > 100);
        await Expect(page.GetByTestId("authenticator-key")).ToBeVisibleAsync();
        var critical = (await Axe.AnalyzeAsync(page)).Where(v => v.Impact is "critical" or "serious").ToList();
        Assert.True(critical.Count == 0, string.Join("\n", critical));
        Assert.True(errors.Count == 0, string.Join(" | ", errors));
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"page is {scrollWidth}px wide on a 360px screen");
        await KestrelPortal.ScreenshotAsync(page, "two-factor-set-up");
        await page.Context.CloseAsync();
    }
}
