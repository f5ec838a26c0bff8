using LearningSociety.Web.Data;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;

namespace LearningSociety.Web.Auditing;

/// <summary>
/// The one mechanism that audits state changes: every SaveChanges writes, in the same transaction,
/// who changed which entity when, with old → new values (a second save that fills generated keys runs in the
/// same transaction). The same transaction moves the card tallies (<see cref="CardTallyKeeper"/>), the other record a
/// save must never leave behind, and, at its commit, the data version (<see cref="DataVersionInterceptor"/>): a save that
/// changes anything always runs in a transaction. Secrets are never copied into the trail and
/// personal identifiers are masked.
/// </summary>
public sealed class AuditInterceptor(AuditActor actor, TimeProvider clock, CardTallyKeeper tally, DataVersionInterceptor version) : SaveChangesInterceptor
{
    private readonly List<(AuditEntry Entry, EntityEntry Source, Dictionary<string, object?[]> Changes)> _pendingKeys = [];

    private IDbContextTransaction? _ownTransaction;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeforeSaveAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await BeforeSaveAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        version.SaveSucceeded();
        AfterSaveAsync(eventData.Context!, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        version.SaveSucceeded();
        await AfterSaveAsync(eventData.Context!, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        // The failed save's audit rows stay tracked; drop them so a retry does not log twice.
        DropPending(eventData.Context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        DropPending(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Adds the audit rows, opens the save's transaction when the save needs a second step in it (audit rows of new
    /// entities, the card tallies), and reads the card tallies' "before" inside it.
    /// </summary>
    private async Task BeforeSaveAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || _ownTransaction is not null)
        {
            return;
        }

        var changes = Capture(context);
        var tallied = context is AppDbContext db && CardTallyKeeper.Touches(db);
        if (changes > 0)
        {
            version.SaveStarting();
        }

        if ((changes > 0 || tallied) && context.Database.CurrentTransaction is null)
        {
            _ownTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
        }

        if (tallied)
        {
            await tally.CaptureAsync((AppDbContext)context, cancellationToken);
        }
    }

    private async Task AfterSaveAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (context is AppDbContext db)
        {
            await tally.ApplyAsync(db, null, cancellationToken);
        }

        if (FillGeneratedKeys(context))
        {
            await context.SaveChangesAsync(cancellationToken);
        }

        if (_ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }
    }

    /// <summary>Adds the audit rows to the context (those of new entities wait for their generated keys); returns how many.</summary>
    private int Capture(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var name = actor.Name;
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            // A form's once-only key (SubmittedForm) is no record of anyone's: the record it guards is audited.
            .Where(e => e.Entity is not AuditEntry and not DataProtectionKey and not SubmittedForm && !e.Metadata.IsOwned())
            .ToList();

        var count = 0;
        foreach (var source in entries)
        {
            var changes = Describe(source);
            if (source.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            var audit = new AuditEntry
            {
                At = now,
                Actor = name,
                Action = source.State.ToString(),
                Entity = source.Metadata.ClrType.Name,
                EntityId = KeyOf(source),
                Details = AuditDetails.Serialize(changes),
            };
            count++;
            // A new entity's key is generated by the database: its audit row is inserted after the save, once
            // the key is known (one INSERT, never INSERT + UPDATE), in the same transaction.
            if (source.State == EntityState.Added && source.Properties.Any(p => p.Metadata.IsPrimaryKey() && p.IsTemporary))
            {
                _pendingKeys.Add((audit, source, changes));
            }
            else
            {
                context.Add(audit);
            }
        }

        return count;
    }

    private static Dictionary<string, object?[]> Describe(EntityEntry source)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var property in source.Properties)
        {
            var propertyName = property.Metadata.Name;
            if (AuditDetails.IsLeftOut(property.Metadata))
            {
                if (source.State == EntityState.Modified && property.IsModified
                    && propertyName == nameof(ApplicationUser.PasswordHash))
                {
                    changes[propertyName] = ["***", "*** (đã đổi)"];
                }

                continue;
            }

            var (oldValue, newValue) = source.State switch
            {
                EntityState.Added => (null, property.CurrentValue),
                EntityState.Deleted => (property.OriginalValue, null),
                _ => (property.OriginalValue, property.CurrentValue),
            };
            if (source.State == EntityState.Modified && (!property.IsModified || Equals(oldValue, newValue)))
            {
                continue;
            }

            changes[propertyName] = [AuditDetails.Shown(propertyName, oldValue), AuditDetails.Shown(propertyName, newValue)];
        }

        return changes;
    }

    private static string? KeyOf(EntityEntry source)
    {
        var keys = source.Properties.Where(p => p.Metadata.IsPrimaryKey()).ToList();
        return keys.Any(k => k.IsTemporary) ? null : string.Join(",", keys.Select(k => k.CurrentValue));
    }

    private bool FillGeneratedKeys(DbContext context)
    {
        if (_pendingKeys.Count == 0)
        {
            return false;
        }

        foreach (var (entry, source, changes) in _pendingKeys)
        {
            entry.EntityId = KeyOf(source);
            // A foreign key to a principal added by the same save (a new card's citizen) held a temporary value when it was
            // described; it holds the generated key now.
            foreach (var property in source.Properties.Where(p => p.Metadata.IsForeignKey() && changes.ContainsKey(p.Metadata.Name)))
            {
                changes[property.Metadata.Name] = [null, AuditDetails.Shown(property.Metadata.Name, property.CurrentValue)];
            }

            entry.Details = AuditDetails.Serialize(changes);
            context.Add(entry);
        }

        _pendingKeys.Clear();
        return true;
    }

    private void DropPending(DbContext? context)
    {
        _pendingKeys.Clear();
        tally.Discard();
        if (_ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            transaction.Rollback();
            transaction.Dispose();
        }

        if (context is null)
        {
            return;
        }

        foreach (var added in context.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
        {
            added.State = EntityState.Detached;
        }
    }
}
