using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningSociety.Web.Data;

/// <summary>
/// Moves <see cref="DataVersion"/> in the transaction of every change: the audit interceptor (every save that changes an
/// entity) and the card tallies' bulk path mark the context's transaction as changing data, and its commit first adds one
/// to the version. The increment is the transaction's last statement, so on a server database the row is held only for
/// the commit, and it commits or rolls back with the change it counts. Transactions that changed nothing (migrations,
/// reads) leave the version alone. Scoped, one per DbContext.
/// </summary>
public sealed class DataVersionInterceptor : DbTransactionInterceptor
{
    // Only placeholders-free constant text; the same statement on SQLite, PostgreSQL and SQL Server (quoted identifiers).
    private const string Increment = "UPDATE \"DataVersions\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = 1";

    private bool _changed;

    /// <summary>The current transaction (the save's own, or the one it runs in) changes data.</summary>
    public void MarkChanged() => _changed = true;

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (_changed)
        {
            using var command = IncrementCommand(transaction);
            command.ExecuteNonQuery();
            _changed = false;
        }

        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (_changed)
        {
            await using var command = IncrementCommand(transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
            _changed = false;
        }

        return result;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _changed = false;

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _changed = false;
        return Task.CompletedTask;
    }

    private static DbCommand IncrementCommand(DbTransaction transaction)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Increment;
        return command;
    }
}
