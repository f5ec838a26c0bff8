using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace LearningSociety.TestSupport;

/// <summary>Reads PDFs the product wrote with the poppler-utils command-line tools (Debian <c>poppler-utils</c>).</summary>
public static class Poppler
{
    /// <summary>pdftotext -layout, NFC-normalised; pages are separated by form feeds.</summary>
    public static string PdfText(byte[] pdf)
        => WithFile(pdf, path => Run("pdftotext", "-layout", "-enc", "UTF-8", path, "-")).Normalize(NormalizationForm.FormC);

    public static string[] PdfPages(byte[] pdf) => PdfText(pdf).Split('\f', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>pdffonts' table rows, one per font: name, type, encoding, emb, sub, uni, object id.</summary>
    public static string[] PdfFonts(byte[] pdf)
        => WithFile(pdf, path => Run("pdffonts", path)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();

    /// <summary>pdftohtml -xml: every text run with its font; bold runs are wrapped in &lt;b&gt;.</summary>
    public static string PdfXml(byte[] pdf)
        => WithFile(pdf, path => Run("pdftohtml", "-xml", "-i", "-stdout", "-q", path)).Normalize(NormalizationForm.FormC);

    public static int PdfPageCount(byte[] pdf) => int.Parse(PdfInfo(pdf, "Pages"), CultureInfo.InvariantCulture);

    /// <summary>"842 x 595 pts (A4)" and the like.</summary>
    public static string PdfPageSize(byte[] pdf) => PdfInfo(pdf, "Page size");

    /// <summary>One field of pdfinfo's output, e.g. "Pages".</summary>
    public static string PdfInfo(byte[] pdf, string key)
    {
        var info = WithFile(pdf, path => Run("pdfinfo", path));
        var line = info.Split('\n').First(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        return line[(key.Length + 1)..].Trim();
    }

    /// <summary>Runs a poppler tool and returns its standard output; a missing tool names the package to install.</summary>
    public static string Run(string tool, params string[] arguments)
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
            throw new InvalidOperationException(
                $"'{tool}' was not found. PDF tests need poppler-utils: apt-get install -y --no-install-recommends poppler-utils");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill();
                throw new TimeoutException($"{tool} did not finish in 30 s.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error.Result}");
            }

            return output.Result;
        }
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
}
