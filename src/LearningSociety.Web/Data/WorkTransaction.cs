using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LearningSociety.Web.Data;

/// <summary>
/// A piece of work saved whole or not at all (a decision and the candidates it locks, a new unit and its path, an account
/// and its first role): a transaction of its own, or, when the request already holds one (a form saved once,
/// <c>Features/Shared/OncePerForm</c>), a savepoint in it, so the work can still be undone alone and the form shown again.
/// </summary>
public sealed class WorkTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction _transaction;
    private readonly string? _savepoint;
    private bool _finished;

    private WorkTransaction(IDbContextTransaction transaction, string? savepoint)
    {
        _transaction = transaction;
        _savepoint = savepoint;
    }

    public static async Task<WorkTransaction> BeginAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is { } request)
        {
            var savepoint = "work_" + Guid.NewGuid().ToString("N")[..12];
            await request.CreateSavepointAsync(savepoint, cancellationToken);
            return new WorkTransaction(request, savepoint);
        }

        return new WorkTransaction(await db.Database.BeginTransactionAsync(cancellationToken), null);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        _finished = true;
        if (_savepoint is null)
        {
            await _transaction.CommitAsync(cancellationToken);
        }
        else
        {
            // The request's transaction commits the work with everything else it saved.
            await _transaction.ReleaseSavepointAsync(_savepoint, cancellationToken);
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        _finished = true;
        if (_savepoint is null)
        {
            await _transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await _transaction.RollbackToSavepointAsync(_savepoint, cancellationToken);
        }
    }

    /// <summary>Work neither committed nor rolled back is undone, as a transaction of its own would be.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_savepoint is null)
        {
            await _transaction.DisposeAsync();
        }
        else if (!_finished)
        {
            _finished = true;
            await _transaction.RollbackToSavepointAsync(_savepoint);
        }
    }
}
