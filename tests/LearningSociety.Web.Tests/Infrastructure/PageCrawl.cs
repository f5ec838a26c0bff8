using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace LearningSociety.Web.Tests.Infrastructure;

/// <summary>A page a signed-in user reached by following the portal's own links: its address, its HTML and its parsed document.</summary>
public sealed record CrawledPage(string Url, string Html, IHtmlDocument Document);

/// <summary>
/// Walks the portal as a user would, from the first page through every link of the portal (breadth first), one page per
/// kind of address (ids and numbers in the path and the query's values are alike: <c>/Scorecards/Show/12</c> stands for every
/// card), so every page a role can open is read once without reading every card. Downloads and signing out are left alone.
/// </summary>
public static partial class PageCrawl
{
    public static async Task<IReadOnlyList<CrawledPage>> PagesAsync(PortalClient client, int maxPages = 120, params string[] start)
    {
        var queue = new Queue<string>(start.Length == 0 ? ["/"] : start);
        var seen = new HashSet<string>(queue.Select(Kind));
        var pages = new List<CrawledPage>();
        while (queue.Count > 0 && pages.Count < maxPages)
        {
            var url = queue.Dequeue();
            var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            pages.Add(new CrawledPage(url, html, document));
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => WebUtility.HtmlDecode(a.GetAttribute("href")!)))
            {
                if (Followable(href) && seen.Add(Kind(href)))
                {
                    queue.Enqueue(href);
                }
            }
        }

        return pages;
    }

    private static bool Followable(string href)
        => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
            && !href.Contains("format=", StringComparison.OrdinalIgnoreCase)
            && !href.StartsWith("/Reports/", StringComparison.OrdinalIgnoreCase)
            && !href.StartsWith("/Account/Logout", StringComparison.OrdinalIgnoreCase)
            && !href.StartsWith("/lib/", StringComparison.Ordinal) && !href.StartsWith("/js/", StringComparison.Ordinal)
            && !href.StartsWith("/css/", StringComparison.Ordinal)
            && !href.Contains("/Evidence", StringComparison.OrdinalIgnoreCase)
            && !href.Contains("/Template", StringComparison.OrdinalIgnoreCase);

    /// <summary>The kind of an address: its path with numbers as #, and its query's names.</summary>
    private static string Kind(string href)
    {
        var parts = href.Split('?', 2);
        var path = Digits().Replace(parts[0].TrimEnd('/'), "#").ToUpperInvariant();
        IEnumerable<string> names = parts.Length == 1 ? [] : parts[1].Split('&').Select(p => p.Split('=')[0].ToUpperInvariant()).Order(StringComparer.Ordinal);
        return path + "?" + string.Join("&", names);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
