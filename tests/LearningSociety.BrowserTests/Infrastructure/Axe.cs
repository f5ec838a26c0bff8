using System.Text.Json;
using LearningSociety.TestSupport;
using Microsoft.Playwright;

namespace LearningSociety.BrowserTests.Infrastructure;

/// <summary>One axe-core rule that failed on a page, with up to five of the offending elements.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"[{Impact}] {Id}: {Help} — {string.Join(" | ", Targets)}";
}

/// <summary>
/// Runs axe-core (installed by npm under the web project's node_modules) in a page. The portal's CSP allows
/// scripts from 'self' only, so an inline script tag would be refused: the file's content is served to the
/// page from the portal's own origin (a Playwright route, the CSP stays as the portal sends it).
/// </summary>
public static class Axe
{
    private const string ScriptPath = "/__browser-tests/axe.min.js";

    private static readonly Lazy<string> Source = new(() => File.ReadAllText(
        Path.Combine(Repository.Root(), "src", "LearningSociety.Web", "node_modules", "axe-core", "axe.min.js")));

    /// <summary>Injects axe-core into the current page and returns every violation of the WCAG A/AA and best-practice rules.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> AnalyzeAsync(IPage page)
    {
        await page.RouteAsync("**" + ScriptPath, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "application/javascript; charset=utf-8",
            Body = Source.Value,
        }));
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = ScriptPath });

        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const r = await axe.run(document, { resultTypes: ['violations'] });
                return r.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + (n.html || '').substring(0, 120)),
                }));
            }
            """);
        return result.EnumerateArray()
            .Select(v => new AxeViolation(
                v.GetProperty("id").GetString()!,
                v.GetProperty("impact").ValueKind == JsonValueKind.String ? v.GetProperty("impact").GetString() : null,
                v.GetProperty("help").GetString()!,
                v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList()))
            .ToList();
    }
}
