using System.Diagnostics;
using ClosedXML.Excel;
using LearningSociety.BenchmarkData;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Imports;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.Benchmarks;

public sealed record ImportRun(TimeSpan Validate, TimeSpan Apply, int Errors, ImportSummary Summary, long ManagedAfterBytes, long AllocatedBytes)
{
    public TimeSpan ValidateCpu { get; init; }

    public TimeSpan ApplyCpu { get; init; }

    public long ValidateCommands { get; init; }

    public long ApplyCommands { get; init; }
}

/// <summary>The portal's own service registrations on a temporary SQLite file; no HTTP, no browser.</summary>
public sealed class ImportBenchmark : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly UnitScope _scope;

    private ImportBenchmark(WebApplication app, UnitScope scope)
    {
        _app = app;
        _scope = scope;
    }

    public static async Task<ImportBenchmark> StartAsync(string folder)
    {
        var app = await BenchmarkPortal.StartAsync(Path.Combine(folder, "benchmark.db"), folder,
            services => services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(new CommandCounter())));

        // The administrator of the demo province: all eight villages are in scope.
        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        var province = await db.AdministrativeUnits.AsNoTracking().SingleAsync(u => u.Level.Code == AdministrativeLevel.Province);
        var scope = new UnitScope([new ScopeGrant(PortalRole.SystemAdministrator, province.Id, province.Path, province.Name)]);
        return new ImportBenchmark(app, scope);
    }

    /// <summary>
    /// The template filled with <paramref name="rows"/> citizens over all villages, every card self-assessed
    /// and appraised. With <paramref name="errorEvery"/>, every n-th row gets a bad CCCD and a score of 11.
    /// </summary>
    public async Task<byte[]> GenerateFileAsync(int rows, int errorEvery = 0)
    {
        await using var services = _app.Services.CreateAsyncScope();
        var importer = services.ServiceProvider.GetRequiredService<CitizenImporter>();
        var villages = await importer.VillagesAsync(_scope);
        var template = new MemoryStream();
        await importer.WriteTemplateAsync(template, _scope);
        template.Position = 0;

        using var workbook = new XLWorkbook(template);
        var sheet = workbook.Worksheet(ImportColumns.SheetName);
        for (var i = 0; i < rows; i++)
        {
            var r = ImportColumns.FirstDataRow + i;
            var male = i % 2 == 0;
            var birthYear = 1950 + (i % 50);
            sheet.Cell(r, ImportColumns.FullName).SetValue($"Nguyễn {(male ? "Văn" : "Thị")} Thử Nghiệm {i:00000}");
            if (i % 2 == 0)
            {
                sheet.Cell(r, ImportColumns.DateOfBirth).SetValue($"{1 + (i % 28):00}/{1 + (i % 12):00}/{birthYear}");
            }

            sheet.Cell(r, ImportColumns.BirthYear).SetValue(birthYear);
            sheet.Cell(r, ImportColumns.Gender).SetValue(male ? "Nam" : "Nữ");
            sheet.Cell(r, ImportColumns.Group).SetValue(1 + (i % 3));
            sheet.Cell(r, ImportColumns.Village).SetValue(villages[i % villages.Count].Name);
            sheet.Cell(r, ImportColumns.NationalId).SetValue($"046{(male ? 0 : 1)}{birthYear % 100:00}{i:000000}");
            sheet.Cell(r, ImportColumns.Phone).SetValue($"09{i:00000000}");
            sheet.Cell(r, ImportColumns.ConsentDate).SetValue("15/01/2025");
            for (var k = 0; k < 10; k++)
            {
                var self = 6 + ((i + k) % 5);
                sheet.Cell(r, ImportColumns.FirstSelfScore + k).SetValue(self);
                sheet.Cell(r, ImportColumns.FirstAppraisedScore + k).SetValue(k == 9 && i % 4 == 0 ? self - 1 : self);
            }

            if (i % 4 == 0)
            {
                sheet.Cell(r, ImportColumns.Reason).SetValue("Minh chứng chưa đầy đủ");
            }

            if (errorEvery > 0 && i % errorEvery == errorEvery - 1)
            {
                sheet.Cell(r, ImportColumns.NationalId).SetValue("04608012345");
                sheet.Cell(r, ImportColumns.FirstSelfScore + 4).SetValue(11);
            }
        }

        var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>One upload as the controller runs it: validate, then apply, in one service scope.</summary>
    public async Task<ImportRun> ImportAsync(byte[] file)
    {
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        await using var services = _app.Services.CreateAsyncScope();
        var importer = services.ServiceProvider.GetRequiredService<CitizenImporter>();
        var year = new LearningSociety.Domain.Deadlines.VietnamClock(TimeProvider.System).Today().Year;

        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var commands0 = CommandCounter.Count;
        var validate = Stopwatch.StartNew();
        var plan = await importer.ValidateAsync(new MemoryStream(file), year, _scope, "benchmark");
        validate.Stop();
        process.Refresh();
        var cpu1 = process.TotalProcessorTime;
        var commands1 = CommandCounter.Count;
        if (!plan.IsValid)
        {
                return new ImportRun(validate.Elapsed, TimeSpan.Zero, plan.Errors.Count, plan.Summary, GC.GetTotalMemory(false),
                GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore)
            {
                ValidateCpu = cpu1 - cpu0,
                ValidateCommands = commands1 - commands0,
            };
        }

        var apply = Stopwatch.StartNew();
        var summary = await importer.ApplyAsync(plan, "benchmark.xlsx");
        apply.Stop();
        process.Refresh();
        var cpu2 = process.TotalProcessorTime;
        var managed = GC.GetTotalMemory(forceFullCollection: false);
        return new ImportRun(validate.Elapsed, apply.Elapsed, 0, summary, managed, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore)
        {
            ValidateCpu = cpu1 - cpu0,
            ApplyCpu = cpu2 - cpu1,
            ValidateCommands = commands1 - commands0,
            ApplyCommands = CommandCounter.Count - commands1,
        };
    }

    public async Task<string> CountsAsync()
    {
        await using var services = _app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        return $"{await db.Citizens.CountAsync():N0} citizens, {await db.Registrations.CountAsync():N0} registrations, "
            + $"{await db.Set<LearningSociety.Domain.Scorecards.ScorecardEntry>().CountAsync():N0} scorecard entries, {await db.AuditEntries.CountAsync():N0} audit rows";
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
