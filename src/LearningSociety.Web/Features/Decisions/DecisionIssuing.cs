using LearningSociety.Domain;
using LearningSociety.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Decisions;

/// <summary>
/// Records a Quyết định công nhận and locks its candidates (<see cref="Domain.Approvals.CandidateApproval.LockByDecision"/>),
/// all in one transaction: a decision is all or nothing (ADR-007). The decisions page and the demo seed issue decisions
/// through it.
/// </summary>
public sealed class DecisionIssuing(AppDbContext db)
{
    /// <summary>
    /// Saves <paramref name="decision"/> and locks the candidates of <paramref name="registrationIds"/> by it, acting for
    /// <paramref name="levelCode"/> (the level of the routes' final step). Nothing is saved when the domain refuses one
    /// candidate (<see cref="DomainException"/>) or someone else changed one meanwhile (<see cref="DbUpdateException"/>);
    /// the change tracker is then cleared.
    /// </summary>
    public async Task IssueAsync(RecognitionDecision decision, string levelCode, IReadOnlyCollection<int> registrationIds,
        CancellationToken cancellationToken)
    {
        var routes = await db.ApprovalRoutesAsync(cancellationToken);
        // Its own transaction, or a savepoint in the request's (a form saved once), so it can be undone alone.
        await using var transaction = await WorkTransaction.BeginAsync(db, cancellationToken);
        try
        {
            db.RecognitionDecisions.Add(decision);
            await db.SaveChangesAsync(cancellationToken);
            var candidates = await db.Candidates.Include(c => c.Transitions).Include(c => c.Registration)
                .Where(c => registrationIds.Contains(c.RegistrationId)).ToListAsync(cancellationToken);
            foreach (var candidate in candidates)
            {
                var approval = candidate.ToDomain(routes[candidate.RouteCode]);
                approval.LockByDecision(decision.CreatedBy, levelCode, decision.CreatedAt, decision.Number);
                candidate.CopyFrom(approval, decision.Id);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is DomainException or DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
