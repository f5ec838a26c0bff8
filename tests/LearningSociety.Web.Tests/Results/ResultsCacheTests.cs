using System.Globalization;
using LearningSociety.Domain.Deadlines;
using LearningSociety.TestSupport;
using LearningSociety.Web.Data;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Results;

/// <summary>
/// Counts and levels are cached under the database's data version: two instances on one database each cache, and a
/// change made on one is counted on the other at its next request; a change that rolls back moves nothing.
/// </summary>
public sealed class ResultsCacheTests : IAsyncLifetime
{
    private PortalFactory _first = null!;
    private PortalFactory _second = null!;

    public Task InitializeAsync()
    {
        _first = new PortalFactory();
        _first.CreateClient().Dispose();
        _second = PortalFactory.SharingSqlite(_first.DatabasePath);
        _second.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _second.Dispose();
        _first.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<(int Registered, int Recognised)> DashboardAsync(PortalClient client)
    {
        var page = await client.GetPageAsync("/");
        return (Number(page.QuerySelector("[data-testid=kpi-registered]")!.TextContent), Number(page.QuerySelector("[data-testid=kpi-recognised]")!.TextContent));

        static int Number(string text) => int.Parse(new string(text.Where(char.IsDigit).ToArray()), CultureInfo.InvariantCulture);
    }

    private Task<long> VersionAsync() => _first.WithDbAsync(db => db.DataVersions.Select(v => v.Version).SingleAsync());

    [Fact]
    public async Task AChangeOnOneInstanceIsCountedByTheOtherThatCachedTheOldCounts()
    {
        var year = new VietnamClock(TimeProvider.System).Today().Year;
        using var district = await _second.SignInAsync("phonggd");
        var before = await DashboardAsync(district);
        Assert.Equal(before, await DashboardAsync(district));

        // Made through the first instance's services: its saves move the version the second reads.
        var version = await VersionAsync();
        await new CardData(_first.Services, year).CardsAsync(
            new CardSpec("Hồ Thị Lan", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised),
            new CardSpec("Lê Văn Tâm", "Thôn Phú Lương A", "N2", CardSpec.Uniform(4), CardStage.Appraised));

        Assert.True(await VersionAsync() > version);
        Assert.Equal((before.Registered + 2, before.Recognised + 1), await DashboardAsync(district));
        using var onFirst = await _first.SignInAsync("phonggd");
        Assert.Equal(await DashboardAsync(onFirst), await DashboardAsync(district));
    }

    [Fact]
    public async Task ReadingMovesNothingAndARolledBackChangeMovesNothing()
    {
        using var district = await _first.SignInAsync("phonggd");
        await DashboardAsync(district);
        var version = await VersionAsync();

        await district.GetPageAsync("/Approvals");
        await district.GetPageAsync("/Citizens");
        Assert.Equal(version, await VersionAsync());

        await _first.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var unit = await db.AdministrativeUnits.FirstAsync(u => u.Name == "Xã Quảng Phú");
            db.UnitYearProfiles.Add(new Domain.Units.UnitYearProfile(unit.Id, 2030, 1234));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });
        Assert.Equal(version, await VersionAsync());

        await _first.WithDbAsync(async db =>
        {
            var unit = await db.AdministrativeUnits.FirstAsync(u => u.Name == "Xã Quảng Phú");
            db.UnitYearProfiles.Add(new Domain.Units.UnitYearProfile(unit.Id, 2030, 1234));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(version + 1, await VersionAsync());
    }

    [Fact]
    public async Task RebuildingTheCountsMovesTheVersion()
    {
        var version = await VersionAsync();
        await _first.WithDbAsync(db => CardTallyKeeper.RebuildAsync(db, CancellationToken.None));
        Assert.Equal(version + 1, await VersionAsync());
    }
}
