using LearningSociety.Domain.Citizens;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.Web.Tests.Citizens;

/// <summary>A database from before <c>Citizens.SortKey</c> (the migration leaves it empty) gets its keys at start-up.</summary>
public sealed class SortKeysAtStartUp : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task StartingOnARegisterWithoutKeysGivesEveryCitizenTheKeyOfTheirName()
    {
        await ManyCitizens.AddAsync(_factory, "Thôn Bác Vọng Đông", VietnameseNames.Generate(new Random(5), 2_345));
        await ForgetKeysAsync();

        await _factory.WithScopeAsync(services => services.GetRequiredService<DatabaseInitializer>().InitializeAsync(migrate: true, seedDemo: false));

        var citizens = await _factory.WithDbAsync(db => db.Citizens.Select(c => new { c.FullName, c.SortKey }).ToListAsync());
        Assert.Equal(2_352, citizens.Count);
        Assert.All(citizens, c => Assert.Equal(PersonNameKey.For(c.FullName), c.SortKey));
        var firstPage = (await _factory.WithDbAsync(db => db.Citizens.Where(c => c.Village.Name == "Thôn Bác Vọng Đông").Select(c => c.FullName).ToListAsync()))
            .Order(VietnameseText.PersonName).Take(25);
        using var client = await _factory.SignInAsync("chihoi");
        Assert.Equal(firstPage,
            (await client.GetPageAsync("/Citizens")).QuerySelectorAll("[data-testid=citizen-table] tbody td:first-child a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task OnlyEmptyKeysAreFilledABatchAtATimeAndASecondRunFindsNone()
    {
        await ForgetKeysAsync();
        await _factory.WithDbAsync(db => db.Citizens.Where(c => c.FullName == "Võ Thị Giang").ExecuteUpdateAsync(s => s.SetProperty(c => c.SortKey, "kept")));

        var filled = await _factory.WithDbAsync(db => CitizenSortKeyBackfill.FillMissingAsync(db, batchSize: 2));
        var again = await _factory.WithDbAsync(db => CitizenSortKeyBackfill.FillMissingAsync(db, batchSize: 2));

        Assert.Equal(6, filled); // seven seeded citizens, one of which had a key
        Assert.Equal(0, again);
        var keys = await _factory.WithDbAsync(db => db.Citizens.ToDictionaryAsync(c => c.FullName, c => c.SortKey));
        Assert.Equal("kept", keys["Võ Thị Giang"]);
        Assert.Equal(PersonNameKey.For("Huỳnh Văn Hải"), keys["Huỳnh Văn Hải"]);
        Assert.DoesNotContain(string.Empty, keys.Values);
    }

    private Task<int> ForgetKeysAsync()
        => _factory.WithDbAsync(db => db.Citizens.ExecuteUpdateAsync(s => s.SetProperty(c => c.SortKey, string.Empty)));

    public void Dispose() => _factory.Dispose();
}
