using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Data;

/// <summary>
/// Finds the recognition rule in force for a village's cards in a year: the commune's ĐBKK flag for
/// that year decides between the ordinary and the disadvantaged variant (RecognitionRule.Resolve decides the rest).
/// </summary>
public sealed class RecognitionRuleLookup(AppDbContext db)
{
    public async Task<RecognitionRule> ForVillageAsync(int villageId, int year, CancellationToken cancellationToken = default)
    {
        var path = await db.AdministrativeUnits.AsNoTracking().Where(u => u.Id == villageId).Select(u => u.Path).SingleAsync(cancellationToken);
        var rules = await db.RecognitionRules.AsNoTracking().ToListAsync(cancellationToken);
        return await ResolveAsync(rules, path, year, cancellationToken);
    }

    /// <summary>For many villages at once (imports): one query for the flags, none per row.</summary>
    public async Task<Func<string, RecognitionRule>> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        var rules = await db.RecognitionRules.AsNoTracking().ToListAsync(cancellationToken);
        var disadvantaged = await DisadvantagedCommunesAsync(year, cancellationToken);
        return path => Resolve(rules, path, year, disadvantaged);
    }

    /// <summary>As <see cref="ForYearAsync"/>, but null for a village and year no rule covers (years before the programme).</summary>
    public async Task<Func<string, RecognitionRule?>> ForYearOrNoneAsync(int year, CancellationToken cancellationToken = default)
    {
        var rules = await db.RecognitionRules.AsNoTracking().ToListAsync(cancellationToken);
        var disadvantaged = await DisadvantagedCommunesAsync(year, cancellationToken);
        return path => RecognitionRule.Resolve(rules, year, disadvantaged.Overlaps(PathIds(path)), PathIds(path));
    }

    private async Task<RecognitionRule> ResolveAsync(List<RecognitionRule> rules, string villagePath, int year, CancellationToken cancellationToken)
        => Resolve(rules, villagePath, year, await DisadvantagedCommunesAsync(year, cancellationToken));

    private Task<HashSet<int>> DisadvantagedCommunesAsync(int year, CancellationToken cancellationToken)
        => db.UnitYearProfiles.AsNoTracking()
            .Where(p => p.Year == year && p.IsDisadvantaged && p.Unit.Level.Code == AdministrativeLevel.Commune)
            .Select(p => p.UnitId)
            .ToHashSetAsync(cancellationToken);

    private static RecognitionRule Resolve(List<RecognitionRule> rules, string villagePath, int year, HashSet<int> disadvantagedCommunes)
    {
        var pathIds = PathIds(villagePath);
        var disadvantaged = pathIds.Any(disadvantagedCommunes.Contains);
        return RecognitionRule.Resolve(rules, year, disadvantaged, pathIds)
            ?? throw new InvalidOperationException($"No recognition rule is configured for {year}.");
    }

    private static List<int> PathIds(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
}
