using LearningSociety.Domain;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
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
    public static readonly IReadOnlyDictionary<string, string> LevelNames = new Dictionary<string, string>
    {
        ["village"] = "Thôn, tổ dân phố", ["commune"] = "Xã", ["district"] = "Huyện", ["province"] = "Tỉnh",
    };

    public async Task<IActionResult> Index(int? year)
    {
        var selectedYear = year is >= RecognitionRule.FirstYear and <= RecognitionRule.LastYear ? year.Value : new VietnamClock(clock).Today().Year;
        var deadlines = await db.Deadlines.AsNoTracking().Where(d => d.Year == selectedYear).OrderBy(d => d.DueDate).ToListAsync(HttpContext.RequestAborted);
        return View(new DeadlineListViewModel(selectedYear, deadlines, LevelNames));
    }

    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Save(DeadlineInput input)
    {
        if (!ModelState.IsValid)
        {
            TempData["Error"] = "Chưa lưu hạn: " + string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
            return RedirectToAction(nameof(Index), new { year = input.Year });
        }

        var deadline = input.Id is null ? null : await db.Deadlines.FirstOrDefaultAsync(d => d.Id == input.Id, HttpContext.RequestAborted);
        if (input.Id is not null && deadline is null)
        {
            return NotFound();
        }

        if (deadline is not null && input.Loaded != DeadlineInput.Snapshot(deadline))
        {
            // Another administrator saved this row after the page was opened: theirs stays, and this one is told what it is now.
            TempData["Error"] = $"Hạn này vừa được người khác thay đổi, nay là: {LevelNames.GetValueOrDefault(deadline.LevelCode, deadline.LevelCode)} – "
                + $"\"{deadline.Description}\" – {VietnameseFormat.Date(deadline.DueDate)}. Thay đổi của bạn chưa được lưu; vui lòng xem lại rồi lưu lại.";
            return RedirectToAction(nameof(Index), new { year = deadline.Year });
        }

        if (deadline is null)
        {
            deadline = new DeadlineDefinition { Year = input.Year };
            db.Deadlines.Add(deadline);
        }

        deadline.LevelCode = input.LevelCode!;
        deadline.Description = input.Description!.Trim();
        deadline.DueDate = input.DueDate!.Value;
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Success"] = $"Đã lưu hạn \"{deadline.Description}\": {input.DueDate:dd/MM/yyyy}.";
        return RedirectToAction(nameof(Index), new { year = deadline.Year });
    }
}
