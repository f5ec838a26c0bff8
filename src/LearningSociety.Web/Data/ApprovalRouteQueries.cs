using LearningSociety.Domain.Approvals;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Data;

/// <summary>Reads the stored approval routes (ADR-001) as the domain's <see cref="ApprovalRoute"/> values.</summary>
public static class ApprovalRouteQueries
{
    /// <summary>The title type of "Công dân học tập"; other learning titles get their own routes.</summary>
    public const string CdhtTitleType = "CDHT";

    /// <summary>Every route by code: a candidate keeps the route it was proposed on, even after a switch.</summary>
    public static async Task<IReadOnlyDictionary<string, ApprovalRoute>> ApprovalRoutesAsync(this AppDbContext db,
        CancellationToken cancellationToken = default)
        => (await db.ApprovalRoutes.AsNoTracking().Include(r => r.Steps).ToListAsync(cancellationToken))
            .ToDictionary(r => r.Code, r => r.ToDomain());

    /// <summary>The route new CDHT proposals take.</summary>
    public static async Task<ApprovalRouteDefinition> ActiveCdhtRouteAsync(this AppDbContext db, CancellationToken cancellationToken = default)
        => await db.ApprovalRoutes.AsNoTracking().Include(r => r.Steps)
               .FirstOrDefaultAsync(r => r.TitleType == CdhtTitleType && r.IsActive, cancellationToken)
           ?? throw new InvalidOperationException("No active CDHT approval route.");
}
