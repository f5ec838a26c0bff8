using LearningSociety.Domain.Deadlines;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Approvals;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Deadlines;

/// <summary>Administrators set each year's deadlines per level, as the plans of the year fix them.</summary>
[Authorize(Roles = PortalRoles.SystemAdministrator)]
public sealed class DeadlinesController(AppDbContext db, TimeProvider clock) : Controller
{
    private static readonly IReadOnlyDictionary<string, string> LevelNames = new Dictionary<string, string>
    {
        ["village"] = "Thôn, tổ dân phố", ["commune"] = "Xã", ["district"] = "Huyện", ["province"] = "Tỉnh",
    };

    public async Task<IActionResult> Index(int? year)
    {
        var selectedYear = year ?? new VietnamClock(clock).Today().Year;
        var deadlines = await db.Deadlines.AsNoTracking().Where(d => d.Year == selectedYear).OrderBy(d => d.DueDate).ToListAsync(HttpContext.RequestAborted);
        return View(new DeadlineListViewModel(selectedYear, deadlines, LevelNames));
    }

    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Save(int year, int? id, string levelCode, string description, DateOnly? dueDate)
    {
        if (!LevelNames.ContainsKey(levelCode) || string.IsNullOrWhiteSpace(description) || dueDate is null || dueDate.Value.Year is < 2000 or > 2100)
        {
            TempData["Error"] = "Vui lòng chọn cấp, nhập nội dung và hạn (dd/MM/yyyy) hợp lệ.";
            return RedirectToAction(nameof(Index), new { year });
        }

        var deadline = id is null ? null : await db.Deadlines.FirstOrDefaultAsync(d => d.Id == id, HttpContext.RequestAborted);
        if (id is not null && deadline is null)
        {
            return NotFound();
        }

        if (deadline is null)
        {
            deadline = new DeadlineDefinition { Year = year };
            db.Deadlines.Add(deadline);
        }

        deadline.LevelCode = levelCode;
        deadline.Description = description.Trim();
        deadline.DueDate = dueDate.Value;
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Success"] = $"Đã lưu hạn \"{deadline.Description}\": {dueDate:dd/MM/yyyy}.";
        return RedirectToAction(nameof(Index), new { year });
    }
}
