using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using LearningSociety.TestSupport;
using LearningSociety.Web.Tests.Infrastructure;

namespace LearningSociety.Web.Tests.Reports;

/// <summary>Downloads reports through the app and opens the .xlsx with ClosedXML (PDFs are read with <see cref="Poppler"/>).</summary>
internal static partial class ReportFiles
{
    public static async Task<byte[]> DownloadAsync(PortalClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        var content = await response.Content.ReadAsByteArrayAsync();

        // REPORT_TEST_OUTPUT=/some/folder keeps every downloaded file, to look at them by eye.
        if (Environment.GetEnvironmentVariable("REPORT_TEST_OUTPUT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? Guid.NewGuid().ToString("N");
            await File.WriteAllBytesAsync(Path.Combine(folder, name), content);
        }

        return content;
    }

    public static XLWorkbook Workbook(byte[] xlsx) => new(new MemoryStream(xlsx));

    /// <summary>The first cell whose text is exactly <paramref name="text"/>.</summary>
    public static IXLCell Cell(IXLWorksheet sheet, string text)
        => sheet.CellsUsed().FirstOrDefault(c => c.GetString() == text) ?? throw new Xunit.Sdk.XunitException($"No cell \"{text}\" in the sheet.");

    /// <summary>
    /// The ND30 header of a People's Committee (Nghị định 30/2020/NĐ-CP, Phụ lục I): "ỦY BAN NHÂN DÂN" over the unit's
    /// name in capitals, and no superior body's line ("UBND HUYỆN …" above "UBND XÃ …").
    /// </summary>
    public static void HasPeoplesCommitteeHeader(string text, string unitInCapitals)
    {
        Assert.Contains("ỦY BAN NHÂN DÂN", text);
        Assert.Contains(unitInCapitals, text);
        Assert.DoesNotContain("UBND HUYỆN", text);
        Assert.DoesNotContain("UBND XÃ", text);
    }

    /// <summary>Runs of spaces collapsed, so table columns read as "a b c".</summary>
    public static string Collapse(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
