using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Data;

/// <summary>The rule a village's cards of a year are judged under, and the ĐBKK designation that made it apply (its citation).</summary>
public sealed record Judging(RecognitionRule Rule, string? Designation);

/// <summary>
/// Finds the recognition rule in force for a village's cards in a year: the commune's ĐBKK designation for that year
/// (<see cref="DisadvantagedDesignation"/>, entered by the province) decides between the ordinary and the disadvantaged
/// variant (RecognitionRule.Resolve decides the rest).
/// </summary>
public sealed class RecognitionRuleLookup(AppDbContext db)
{
    public async Task<RecognitionRule> ForVillageAsync(int villageId, int year, CancellationToken cancellationToken = default)
        => (await JudgingAsync(villageId, year, cancellationToken)).Rule;

    /// <summary>The rule for a village and year with the designation that applied, for judging a card.</summary>
    public async Task<Judging> JudgingAsync(int villageId, int year, CancellationToken cancellationToken = default)
    {
        var path = await db.AdministrativeUnits.AsNoTracking().Where(u => u.Id == villageId).Select(u => u.Path).SingleAsync(cancellationToken);
        return (await JudgingForYearAsync(year, cancellationToken))(path);
    }

    /// <summary>For many villages at once (imports): one query for the designations, none per row.</summary>
    public async Task<Func<string, RecognitionRule>> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        var judging = await JudgingForYearAsync(year, cancellationToken);
        return path => judging(path).Rule;
    }

    /// <summary>As <see cref="ForYearAsync"/>, with the designation that applied to each village's commune.</summary>
    public async Task<Func<string, Judging>> JudgingForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        var rules = await db.RecognitionRules.AsNoTracking().ToListAsync(cancellationToken);
        var designated = await DesignatedCommunes.CitationsAsync(db, year, cancellationToken);
        return path => Resolve(rules, path, year, designated)
            ?? throw new InvalidOperationException($"No recognition rule is configured for {year}.");
    }

    /// <summary>As <see cref="JudgingForYearAsync"/>, but null for a village and year no rule covers.</summary>
    public async Task<Func<string, Judging?>> JudgingForYearOrNoneAsync(int year, CancellationToken cancellationToken = default)
    {
        var rules = await db.RecognitionRules.AsNoTracking().ToListAsync(cancellationToken);
        var designated = await DesignatedCommunes.CitationsAsync(db, year, cancellationToken);
        return path => Resolve(rules, path, year, designated);
    }

    /// <summary>As <see cref="ForYearAsync"/>, but null for a village and year no rule covers (years before the programme).</summary>
    public async Task<Func<string, RecognitionRule?>> ForYearOrNoneAsync(int year, CancellationToken cancellationToken = default)
    {
        var rules = await db.RecognitionRules.AsNoTracking().ToListAsync(cancellationToken);
        var designated = await DesignatedCommunes.CitationsAsync(db, year, cancellationToken);
        return path => Resolve(rules, path, year, designated)?.Rule;
    }

    /// <summary>
    /// The first year any rule is in force: cards (and earlier years entered from paper) can be kept from that year on.
    /// It is data: a province that recognised citizens before adds a rule row for those years.
    /// </summary>
    public async Task<int> EarliestYearAsync(CancellationToken cancellationToken = default)
        => await db.RecognitionRules.AsNoTracking().MinAsync(r => (int?)r.ValidFromYear, cancellationToken) ?? RecognitionRule.FirstYear;

    private static Judging? Resolve(List<RecognitionRule> rules, string villagePath, int year, IReadOnlyDictionary<int, string> designated)
    {
        var pathIds = PathIds(villagePath);
        var designation = pathIds.Select(id => designated.GetValueOrDefault(id)).FirstOrDefault(c => c is not null);
        var rule = RecognitionRule.Resolve(rules, year, designation is not null, pathIds);
        if (rule is null)
        {
            return null;
        }

        // The designation is named with the verdict only when it changed the rule (a province without a ĐBKK variant judges alike).
        return new Judging(rule, rule.ForDisadvantagedCommunes ? designation : null);
    }

    private static List<int> PathIds(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
}

/// <summary>The communes on a ĐBKK list for a year: the one definition every page, rule and PCGD-XMC level reads.</summary>
public static class DesignatedCommunes
{
    public static IQueryable<DisadvantagedCommune> In(AppDbContext db, int year)
        => db.DisadvantagedCommunes.AsNoTracking().Where(c => c.Designation.FromYear <= year && c.Designation.ToYear >= year);

    /// <summary>Each designated commune of the year with the citation of its list (the most recently issued when several name it).</summary>
    public static async Task<IReadOnlyDictionary<int, string>> CitationsAsync(AppDbContext db, int year, CancellationToken cancellationToken)
    {
        var rows = await In(db, year)
            .Select(c => new { c.CommuneId, c.Designation.DocumentType, c.Designation.Number, c.Designation.IssuedOn, c.Designation.Issuer, c.DesignationId })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.CommuneId)
            .ToDictionary(g => g.Key, g =>
            {
                var d = g.OrderByDescending(r => r.IssuedOn).ThenByDescending(r => r.DesignationId).First();
                return DisadvantagedDesignation.CitationOf(d.DocumentType, d.Number, d.IssuedOn, d.Issuer);
            });
    }
}
