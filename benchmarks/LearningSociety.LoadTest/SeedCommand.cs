using System.Diagnostics;
using System.Globalization;
using LearningSociety.BenchmarkData;

namespace LearningSociety.LoadTest;

/// <summary>
/// <c>seed --out file.db</c>: the portal's own initialisation (migrations, reference data, the demo district and its
/// accounts) grown to 50 communes × 10 villages and 200,000 citizens (<see cref="DistrictSeeder"/>), then what the bulk
/// insert skips (the CardTallies rebuild, ANALYZE, VACUUM). The portal serves the file as it is.
/// </summary>
public static class SeedCommand
{
    public static async Task<int> RunAsync(Options options)
    {
        var output = Path.GetFullPath(options.Required("out"));
        var full = DistrictSize.Full;
        var citizens = options.Number("citizens", full.Citizens);
        var size = DistrictSize.WithCitizens(citizens) with
        {
            Communes = options.Number("communes", full.Communes),
            VillagesPerCommune = options.Number("villages", full.VillagesPerCommune),
        };

        Console.WriteLine($"Machine: {Machine.Describe()}; commit {Machine.Commit()}; load average {Machine.LoadAverage()}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Seeding {output}: Huyện Quảng Điền grown to {size.Communes} communes × {size.VillagesPerCommune} villages, {size.Citizens:N0} citizens "
            + $"(each village of Xã Quảng Phú {size.LargestVillageCitizens:N0})…"));
        var watch = Stopwatch.StartNew();
        var seeded = await DistrictDatabase.CreateAsync(output, size);
        var district = seeded.District;
        var stages = district.Stages;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"""
            Done in {watch.Elapsed.TotalSeconds:F0} s: portal initialisation {seeded.Initialise.TotalSeconds:F1} s, seeding {district.Took.TotalSeconds:F1} s, rebuild + ANALYZE + VACUUM {seeded.Finish.TotalSeconds:F1} s; file {seeded.Bytes / 1048576.0:F0} MB; load average {Machine.LoadAverage()}.
            Year {seeded.Year}: {district.Citizens:N0} citizens and {district.Rows:N0} rows in bulk, {district.PlanRows:N0} rows of plans, results and surveys.
            Cards this year {stages.CardsThisYear:N0}: registered only {stages.RegisteredOnly:N0}, self-assessed only {stages.SelfAssessedOnly:N0}, appraised {stages.Appraised:N0} (passed {stages.Passed:N0}); earlier recognised years {stages.EarlierCards:N0}.
            Candidates {stages.Candidates:N0} ({string.Join(", ", stages.CandidatesByState.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value:N0}"))}); {stages.LockedByDecision:N0} listed in {stages.Decisions} recognition decisions.
            Ids: district {district.DistrictId}, Xã Quảng Phú {district.LargestCommuneId}, Thôn Bác Vọng Đông {district.LargestVillageId}.
            Serve it: ConnectionStrings__Sqlite="Data Source={output}" Database__SeedDemoData=false dotnet run --project src/LearningSociety.Web
            (phonggd, ubndxa, chihoi sign in with Demo@12345), or load it: dotnet run -c Release --project benchmarks/LearningSociety.LoadTest -- run --db {output}
            """));
        return 0;
    }
}
