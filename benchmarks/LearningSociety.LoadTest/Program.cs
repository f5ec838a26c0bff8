using System.Globalization;
using LearningSociety.LoadTest;

// The portal under HTTP load on the demo district grown to district size (issue 11). Two commands:
//   seed --out <file.db> [--citizens N] [--communes N] [--villages N]
//   run --db <file.db> [--duration 20s] [--pages substring[,substring…]] [--accounts phonggd,…] [--loads open|closed|both|single|all]
//       [--single N] [--users 50] [--timeout 30] [--portal <published folder>] [--keep]
// Needs Debian's `hey` for `run` (apt-get install -y hey). How to read the output: docs/performance.md, "Load test (issue 11)".
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
try
{
    return args switch
    {
        ["seed", .. var rest] => await SeedCommand.RunAsync(Options.Parse(rest)),
        ["run", .. var rest] => await RunCommand.RunAsync(Options.Parse(rest)),
        _ => Usage(),
    };
}
catch (OptionException e)
{
    Console.Error.WriteLine(e.Message);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          dotnet run -c Release --project benchmarks/LearningSociety.LoadTest -- seed --out <file.db> [--citizens 200000] [--communes 50] [--villages 10]
          dotnet run -c Release --project benchmarks/LearningSociety.LoadTest -- run --db <file.db> [--duration 20s] [--pages <substring>[,…]]
              [--accounts phonggd,ubndxa,chihoi] [--loads open|closed|both|single|all] [--single 5] [--users 50] [--timeout 30]
              [--portal <folder of a published LearningSociety.Web>] [--keep]
        `run` needs Debian's hey: apt-get install -y hey
        """);
    return 2;
}
