using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Designations;

/// <summary>Where a ĐBKK list may be kept: the owning level (the province by default).</summary>
public sealed class DesignationOptions
{
    public const string Section = "Designations";

    /// <summary>The level whose administrators keep the lists ("province", or "district" where a province delegates).</summary>
    public string OwnerLevel { get; set; } = AdministrativeLevel.Province;
}

/// <summary>
/// Saves a ĐBKK list and, in the same transaction, judges again every appraised card not yet proposed in the communes
/// and years whose designation it moved (<see cref="CdhtRegistration.Rejudge"/>), leaving each village a
/// <see cref="RejudgeNotice"/>. Cards proposed, recognised or decided keep the verdict and the rule they were decided under.
/// </summary>
public sealed class DesignationKeeping(AppDbContext db, RecognitionRuleLookup rules, TimeProvider clock)
{
    /// <summary>Adds the list (when <paramref name="designation"/> is new) or saves its change, then re-judges.</summary>
    /// <param name="before">The communes and years the list covered before the change (empty for a new list).</param>
    /// <returns>The cards judged again.</returns>
    public async Task<int> SaveAsync(DisadvantagedDesignation designation, Coverage before, string user, CancellationToken cancellationToken)
    {
        await using var transaction = await WorkTransaction.BeginAsync(db, cancellationToken);
        if (designation.Id == 0)
        {
            db.DisadvantagedDesignations.Add(designation);
        }

        await db.SaveChangesAsync(cancellationToken);
        var rejudged = await RejudgeAsync(before.With(Coverage.Of(designation)), user, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rejudged;
    }

    public async Task<int> DeleteAsync(DisadvantagedDesignation designation, string user, CancellationToken cancellationToken)
    {
        await using var transaction = await WorkTransaction.BeginAsync(db, cancellationToken);
        var before = Coverage.Of(designation);
        db.DisadvantagedDesignations.Remove(designation);
        await db.SaveChangesAsync(cancellationToken);
        var rejudged = await RejudgeAsync(before, user, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rejudged;
    }

    /// <summary>Judges again, under the lists as they now stand, the open cards of the communes and years given.</summary>
    private async Task<int> RejudgeAsync(Coverage coverage, string user, CancellationToken cancellationToken)
    {
        if (coverage.CommuneIds.Count == 0)
        {
            return 0;
        }

        var communes = coverage.CommuneIds.ToList();
        var villages = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.ParentId != null && communes.Contains(u.ParentId.Value) && u.Level.Code == AdministrativeLevel.Village)
            .Select(u => new { u.Id, u.Path })
            .ToListAsync(cancellationToken);
        var total = 0;
        for (var year = coverage.FromYear; year <= coverage.ToYear; year++)
        {
            var judging = await rules.JudgingForYearOrNoneAsync(year, cancellationToken);
            foreach (var village in villages)
            {
                if (judging(village.Path) is not { } judged)
                {
                    continue;
                }

                var cards = await db.Registrations.Include(r => r.Entries)
                    .Where(r => r.VillageId == village.Id && r.Year == year && r.Status == ScorecardStatus.Appraised && !r.IsLocked)
                    .ToListAsync(cancellationToken);
                int rejudged = 0, changed = 0;
                foreach (var card in cards)
                {
                    var was = card.Passed;
                    if (card.Rejudge(judged.Rule, judged.Designation))
                    {
                        rejudged++;
                        changed += was == card.Passed ? 0 : 1;
                    }
                }

                if (rejudged == 0)
                {
                    continue;
                }

                db.RejudgeNotices.Add(new RejudgeNotice
                {
                    VillageId = village.Id, Year = year, Rejudged = rejudged, Changed = changed, ChangedBy = user, At = clock.GetUtcNow(),
                    Reason = Truncate(judged.Designation is { } citation
                        ? $"theo danh sách xã ĐBKK ({citation}), ngưỡng {judged.Rule.Threshold} điểm"
                        : $"vì xã không còn trong danh sách xã ĐBKK năm {year}, ngưỡng {judged.Rule.Threshold} điểm"),
                });
                await db.SaveChangesAsync(cancellationToken);
                total += rejudged;
            }
        }

        return total;
    }

    private static string Truncate(string text) => text.Length <= RejudgeNotice.MaxReasonLength ? text : text[..RejudgeNotice.MaxReasonLength];
}

/// <summary>The communes and the span of years a list names (or the union of two: before and after a change).</summary>
public sealed record Coverage(IReadOnlySet<int> CommuneIds, int FromYear, int ToYear)
{
    public static readonly Coverage None = new(new HashSet<int>(), int.MaxValue, int.MinValue);

    public static Coverage Of(DisadvantagedDesignation designation)
        => new(designation.Communes.Select(c => c.CommuneId).ToHashSet(), designation.FromYear, designation.ToYear);

    public Coverage With(Coverage other)
        => new(CommuneIds.Union(other.CommuneIds).ToHashSet(), Math.Min(FromYear, other.FromYear), Math.Max(ToYear, other.ToYear));
}
