using LearningSociety.Web.Data;

namespace LearningSociety.Web.Auditing;

/// <summary>
/// Records events that are not entity changes: exports and reads of personal data, sign-ins.
/// State changes never come through here; <see cref="AuditInterceptor"/> records them.
/// </summary>
public sealed class AuditLog(AppDbContext db, AuditActor actor, TimeProvider clock)
{
    public async Task RecordAsync(string action, string entity, string? entityId, string details, string? actorName = null)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = actorName ?? actor.Name,
            Action = action,
            Entity = entity,
            EntityId = entityId,
            Details = details,
        });
        // Deliberately not cancellable: a sign-in failure or an export of personal data is recorded even when the browser
        // goes away at that moment; otherwise a client could abort its requests to leave no trace.
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
