using LearningSociety.Domain.Citizens;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Data;

/// <summary>
/// Gives every citizen without a sort key (rows from before <c>Citizens.SortKey</c> existed: the migration adds it
/// empty) the key of their name, so an existing register lists in Vietnamese order. Runs at start-up after the
/// migrations; does nothing once every row has its key. New and corrected citizens get theirs from <c>Citizen.Correct</c>.
/// </summary>
public static class CitizenSortKeyBackfill
{
    public const int DefaultBatchSize = 1_000;

    /// <summary>Fills the missing keys a batch at a time (one transaction each); the number of citizens given a key.</summary>
    public static async Task<int> FillMissingAsync(AppDbContext db, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var filled = 0;
        var after = 0;
        while (true)
        {
            var batch = await db.Citizens.AsNoTracking()
                .Where(c => c.SortKey == string.Empty && c.Id > after)
                .OrderBy(c => c.Id)
                .Take(batchSize)
                .Select(c => new { c.Id, c.FullName })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return filled;
            }

            // ExecuteUpdate bypasses the audit interceptor on purpose: a derived column filled in is nobody's change.
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                foreach (var citizen in batch)
                {
                    var key = PersonNameKey.For(citizen.FullName);
                    await db.Citizens.Where(c => c.Id == citizen.Id && c.SortKey == string.Empty)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.SortKey, key), cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            filled += batch.Count;
            after = batch[^1].Id;
        }
    }
}
