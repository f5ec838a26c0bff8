using LearningSociety.Web.Data;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

using LearningSociety.Web.Features.Approvals;

namespace LearningSociety.Web.Features.Routes;

/// <summary>
/// Administrators choose which stored route new CDHT proposals take, e.g. the two-tier route since 1/7/2025.
/// Files already under way keep the route they started on.
/// </summary>
[Authorize(Roles = PortalRoles.SystemAdministrator)]
public sealed class RoutesController(AppDbContext db) : Controller
{
    public async Task<IActionResult> Index()
        => View(await db.ApprovalRoutes.AsNoTracking().Include(r => r.Steps).OrderByDescending(r => r.IsActive).ThenBy(r => r.Code).ToListAsync(HttpContext.RequestAborted));

    [HttpPost]
    public async Task<IActionResult> Activate(string code)
    {
        var routes = await db.ApprovalRoutes.Where(r => r.TitleType == ApprovalRouteQueries.CdhtTitleType).ToListAsync(HttpContext.RequestAborted);
        var chosen = routes.FirstOrDefault(r => r.Code == code);
        if (chosen is null)
        {
            return NotFound();
        }

        foreach (var route in routes)
        {
            route.IsActive = route == chosen;
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Success"] = $"Từ nay hồ sơ đề nghị mới đi theo quy trình: {chosen.Name}. Hồ sơ đang xét giữ quy trình cũ.";
        return RedirectToAction(nameof(Index));
    }
}
