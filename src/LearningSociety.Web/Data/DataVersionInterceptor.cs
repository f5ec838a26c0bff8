using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningSociety.Web.Data;

/// <summary>
/// Moves <see cref="DataVersion"/> in the transaction of every change: the audit interceptor (every save that changes an
/// entity) and the card tallies' bulk path mark the context's transaction as changing data, and its commit first adds one
/// to the version. The increment is the transaction's last statement, so on a server database the row is held only for
/// the commit, and it commits or rolls back with the change it counts. Transactions that changed nothing (migrations,
/// reads, a save refused inside a request's transaction) leave the version alone. Scoped, one per DbContext.
/// </summary>
public sealed class DataVersionInterceptor : DbTransactionInterceptor
{
    // Only placeholders-free constant text; the same statement on SQLite, PostgreSQL and SQL Server (quoted identifiers).
    private const string Increment = "UPDATE \"DataVersions\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = 1";

    private readonly Stack<bool> _atSavepoints = new();
    private bool _changed;
    private bool _saving;

    /// <summary>The current transaction (the save's own, or the one it runs in) changes data.</summary>
    public void MarkChanged() => _changed = true;

    /// <summary>
    /// A save that changes entities has begun: it counts when its transaction commits (a save of its own) or once it has
    /// succeeded (<see cref="SaveSucceeded"/>, a save inside an open transaction), and not if it fails.
    /// </summary>
    public void SaveStarting() => _saving = true;

    public void SaveSucceeded()
    {
        _changed |= _saving;
        _saving = false;
    }

    /// <summary>Whether the open transaction has changed data so far (a save rolled back to its savepoint does not count).</summary>
    public bool ChangesData => _changed || _saving;

    // A save inside an open transaction runs after a savepoint and, when it fails (a stale version, a unique index), rolls
    // back to it; work in a savepoint of its own (WorkTransaction) can be rolled back the same way after it saved. What was
    // marked since the savepoint is undone with it. The flag only goes from false to true between savepoints, so a
    // provider that does not report a release (the stack then holds a later savepoint's value) can only err towards
    // "changed": one version too many, never one lost.
    public override void CreatedSavepoint(DbTransaction transaction, TransactionEventData eventData) => _atSavepoints.Push(_changed);

    public override Task CreatedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        CreatedSavepoint(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData)
    {
        _saving = false;
        if (_atSavepoints.TryPop(out var before))
        {
            _changed = before;
        }
    }

    public override Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        RolledBackToSavepoint(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void ReleasedSavepoint(DbTransaction transaction, TransactionEventData eventData) => _atSavepoints.TryPop(out _);

    public override Task ReleasedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        ReleasedSavepoint(transaction, eventData);
        return Task.CompletedTask;
    }

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (ChangesData)
        {
            using var command = IncrementCommand(transaction);
            command.ExecuteNonQuery();
        }

        Reset();
        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (ChangesData)
        {
            await using var command = IncrementCommand(transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        Reset();
        return result;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Reset();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Reset();
        return Task.CompletedTask;
    }

    private void Reset()
    {
        _changed = false;
        _saving = false;
        _atSavepoints.Clear();
    }

    private static DbCommand IncrementCommand(DbTransaction transaction)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Increment;
        return command;
    }
}
