using System.Globalization;
using System.Text.RegularExpressions;
using LearningSociety.BrowserTests.Infrastructure;
using LearningSociety.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

/// <summary>
/// Issue 17 "Done when": on a fresh demo database (the year in motion, dated from today), every account of the README's
/// demo table signs in on a phone and finds on its first page the line of what waits for it — the very words the README
/// promises — and its link opens that work.
/// </summary>
public sealed partial class DemoAccounts(DemoYearPortal portal, ITestOutputHelper output) : IClassFixture<DemoYearPortal>
{
    private const int PhoneWidth = 360;
    private const int PhoneHeight = 740;

    [BrowserFact]
    public async Task EachAccountOfTheReadmeFindsItsWaitingWorkOnItsFirstPageAndItsLinkOpensIt()
    {
        var accounts = ReadmeAccounts();
        Assert.True(accounts.Count >= 13, $"The README's demo table lists {accounts.Count} accounts.");
        var problems = new List<string>();
        foreach (var (userName, promised) in accounts)
        {
            var page = await portal.SignInAsync(userName, PhoneWidth, PhoneHeight);
            var line = page.GetByTestId("waiting-line");
            await Expect(line).ToHaveCountAsync(1);
            var text = Regex.Replace(await line.Locator("span").InnerTextAsync(), @"\s+", " ").Trim();
            output.WriteLine($"{userName}: {text}");
            if (!text.StartsWith(promised, StringComparison.Ordinal))
            {
                problems.Add($"{userName}: the README promises “{promised}”, the first page says “{text}”");
            }

            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (scrollWidth > PhoneWidth)
            {
                problems.Add($"{userName}: the first page is {scrollWidth}px wide on a {PhoneWidth}px screen");
            }

            await KestrelPortal.ScreenshotAsync(page, $"demo-first-page-{userName}");

            // The first link goes to the work: the user's own inbox list, holding as many as the line says, or the district summary.
            await line.GetByRole(AriaRole.Link).First.ClickAsync();
            if (text.StartsWith("Không có việc", StringComparison.Ordinal))
            {
                await Expect(page.GetByTestId("inbox-summary")).ToBeVisibleAsync();
            }
            else
            {
                var waiting = int.Parse(LeadingNumber().Match(text).Value, CultureInfo.InvariantCulture);
                await Expect(page.GetByTestId("list-count")).ToContainTextAsync($"{waiting} chờ tôi xử lý");
                if (waiting > 0)
                {
                    await Expect(page.GetByTestId("inbox").Locator("tbody tr").First).ToBeVisibleAsync();
                }
            }

            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The demo accounts table of README.md: user name and the quoted start of the line each finds waiting.</summary>
    private static List<(string UserName, string Promised)> ReadmeAccounts()
    {
        var readme = File.ReadAllLines(Path.Combine(Repository.Root(), "README.md"));
        var start = Array.FindIndex(readme, l => l.StartsWith("## Demo accounts", StringComparison.Ordinal));
        Assert.True(start >= 0, "README.md has no “## Demo accounts” section.");
        return readme.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => AccountRow().Match(l))
            .Where(m => m.Success)
            .Select(m => (m.Groups["user"].Value, m.Groups["promised"].Value))
            .ToList();
    }

    [GeneratedRegex(@"^\| `(?<user>[a-z0-9]+)` \|.*“(?<promised>[^”]+)”")]
    private static partial Regex AccountRow();

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumber();
}
