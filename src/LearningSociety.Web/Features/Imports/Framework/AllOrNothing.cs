using LearningSociety.Web.Data;

namespace LearningSociety.Web.Features.Imports.Framework;

/// <summary>
/// How a checked import is saved: in one transaction, so a failure anywhere (a conflict, a lost connection, a
/// cancelled request) keeps nothing of the file. The tracker is cleared on failure so no later save writes the
/// half-applied changes.
/// </summary>
public static class AllOrNothing
{
    /// <param name="save">Adds the changes and calls SaveChanges as often as it needs (for example a chunk at a time).</param>
    public static async Task SaveAsync(AppDbContext db, Func<CancellationToken, Task> save, CancellationToken cancellationToken)
    {
        // No retrying execution strategy is configured: a save in chunks could not be retried from the middle.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await save(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
