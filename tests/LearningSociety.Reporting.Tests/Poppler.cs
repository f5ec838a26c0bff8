using System.ComponentModel;
using System.Diagnostics;

namespace LearningSociety.Reporting.Tests;

/// <summary>Runs the poppler-utils command-line tools on a PDF.</summary>
internal static class Poppler
{
    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
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
            throw new Xunit.Sdk.XunitException(
                $"'{tool}' was not found. PDF tests need poppler-utils: apt-get install -y --no-install-recommends poppler-utils");
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

            if (process.ExitCode != 0)
            {
                throw new Xunit.Sdk.XunitException($"{tool} failed ({process.ExitCode}): {error.Result}");
            }

            return output.Result;
        }
    }
}
