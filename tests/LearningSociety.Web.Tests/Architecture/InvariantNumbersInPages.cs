using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using LearningSociety.Web.Tests.Demo;
using LearningSociety.Web.Tests.Infrastructure;

namespace LearningSociety.Web.Tests.Architecture;

/// <summary>
/// Numbers a browser reads — CSS in style attributes, data-* attributes and the chart's JSON, number inputs, addresses — are
/// written with a point, whatever the request's culture (always vi-VN, whose decimal mark is a comma: "padding-left:1,25rem"
/// is invalid CSS and drew the unit tree flat). Every page each role reaches on the demo's year is read.
/// </summary>
public sealed partial class InvariantNumbersInPages(DemoYearPortal portal, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<DemoYearPortal>
{
    [Theory]
    [InlineData("admin")]
    [InlineData("phonggd")]
    [InlineData("ubndxa")]
    [InlineData("chihoi")]
    [InlineData("xemhuyen")]
    public async Task EveryPageWritesItsMachineReadNumbersInvariantly(string userName)
    {
        using var client = await portal.Factory.SignInAsync(userName);
        var pages = await PageCrawl.PagesAsync(client, start: ["/", $"/Units?year={DemoYearPortal.Year}"]);

        output.WriteLine($"{userName}: {pages.Count} pages: {string.Join(", ", pages.Select(p => p.Url))}");
        Assert.True(pages.Count > 5, $"{userName} reached only {pages.Count} pages");
        var problems = pages.SelectMany(Problems).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task TheUnitTreeIsIndentedByDepthWithValidCss()
    {
        using var client = await portal.Factory.SignInAsync("admin");
        var page = await client.GetPageAsync($"/Units?year={DemoYearPortal.Year}");

        var indents = page.QuerySelectorAll("[data-testid=unit-tree] tbody td:first-child span[style]")
            .Select(s => s.GetAttribute("style")!).ToList();
        Assert.Contains("padding-left:1.25rem", indents);
        Assert.Contains("padding-left:3.75rem", indents);
    }

    private static IEnumerable<string> Problems(CrawledPage page)
    {
        foreach (var element in page.Document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                var where = $"{page.Url}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">";
                if (attribute.Name == "style" && DecimalComma().IsMatch(attribute.Value))
                {
                    yield return where + " (decimal comma in CSS)";
                }
                else if (attribute.Name.StartsWith("data-", StringComparison.Ordinal) && attribute.Value.TrimStart() is ['{' or '[', ..] json
                    && !IsJson(json))
                {
                    yield return where + " (not JSON)";
                }
                else if (attribute.Name.StartsWith("data-", StringComparison.Ordinal) && NumberLike().IsMatch(attribute.Value)
                    && attribute.Value.Contains(',', StringComparison.Ordinal))
                {
                    yield return where + " (decimal comma in a data attribute)";
                }
                else if (attribute.Name is "href" or "action" or "src" or "formaction"
                    && (DecimalComma().IsMatch(attribute.Value) || attribute.Value.Contains("%2C", StringComparison.OrdinalIgnoreCase)))
                {
                    yield return where + " (decimal comma in an address)";
                }
                else if (attribute.Name is "width" or "height" && !double.TryParse(attribute.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    yield return where + " (not a number)";
                }
                else if (element.LocalName == "input" && element.GetAttribute("type") is "number" or "range"
                    && attribute.Name is "value" or "min" or "max" or "step" && attribute.Value.Length > 0
                    && !(attribute.Name == "step" && attribute.Value == "any")
                    && !double.TryParse(attribute.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
                {
                    yield return where + " (a number input's value must be written with a point)";
                }
            }
        }
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\d,\d")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"^\s*-?[\d.,]+\s*(%|rem|em|px)?\s*$")]
    private static partial Regex NumberLike();
}
