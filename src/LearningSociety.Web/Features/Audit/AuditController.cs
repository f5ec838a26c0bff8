using LearningSociety.Web.Auditing;
using LearningSociety.Web.Data;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Audit;

/// <summary>The audit trail, newest first, for administrators: who did what to which record, and when.</summary>
[Authorize(Roles = PortalRoles.SystemAdministrator)]
public sealed class AuditController(AppDbContext db) : Controller
{
    public const int PageSize = 50;

    public async Task<IActionResult> Index(string? actor, string? entity, string? entityId, int page = 1)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(actor))
        {
            query = query.Where(a => a.Actor == actor.Trim());
        }

        if (!string.IsNullOrWhiteSpace(entity))
        {
            query = query.Where(a => a.Entity == entity.Trim());
        }

        if (!string.IsNullOrWhiteSpace(entityId))
        {
            query = query.Where(a => a.EntityId == entityId.Trim());
        }

        page = Math.Max(1, page);
        var total = await query.CountAsync(HttpContext.RequestAborted);
        var rows = await query.OrderByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        var entities = await db.AuditEntries.AsNoTracking().Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync(HttpContext.RequestAborted);
        return View(new AuditViewModel(actor, entity, entityId, page, total, rows, entities));
    }
}
