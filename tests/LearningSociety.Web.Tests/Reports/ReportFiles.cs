using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using LearningSociety.Web.Tests.Infrastructure;

namespace LearningSociety.Web.Tests.Reports;

/// <summary>Downloads reports through the app and opens them: .xlsx with ClosedXML, PDF with poppler's pdftotext and pdfinfo.</summary>
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

    /// <summary>pdftotext -layout, NFC-normalised; pages are separated by form feeds.</summary>
    public static string PdfText(byte[] pdf) => WithFile(pdf, path => Run("pdftotext", "-layout", "-enc", "UTF-8", path, "-")).Normalize(NormalizationForm.FormC);

    public static string[] PdfPages(byte[] pdf) => PdfText(pdf).Split('\f', StringSplitOptions.RemoveEmptyEntries);

    public static int PdfPageCount(byte[] pdf) => int.Parse(PdfInfo(pdf, "Pages"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"842 x 595 pts (A4)" and the like.</summary>
    public static string PdfPageSize(byte[] pdf) => PdfInfo(pdf, "Page size");

    /// <summary>Runs of spaces collapsed, so table columns read as "a b c".</summary>
    public static string Collapse(string text) => Spaces().Replace(text, " ");

    private static string PdfInfo(byte[] pdf, string key)
    {
        var info = WithFile(pdf, path => Run("pdfinfo", path));
        var line = info.Split('\n').First(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        return line[(key.Length + 1)..].Trim();
    }

    private static string WithFile(byte[] content, Func<string, string> work)
    {
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, content);
        try
        {
            return work(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (Win32Exception)
        {
            throw new Xunit.Sdk.XunitException($"'{tool}' was not found. PDF tests need poppler-utils: apt-get install -y --no-install-recommends poppler-utils");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill();
                throw new Xunit.Sdk.XunitException($"{tool} did not finish in 30 s.");
            }

            Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {error.Result}");
            return output.Result;
        }
    }

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
