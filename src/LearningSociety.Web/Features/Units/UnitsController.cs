using FluentValidation;
using LearningSociety.Domain;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Units;

/// <summary>
/// The administrative tree the user may see, with each unit's yearly facts (adult population) and whether a commune is on
/// the year's ĐBKK list (<see cref="Designations.DesignationsController"/>, kept by the province).
/// Commune officers keep their own communes' and villages' facts; administrators also add and close units.
/// </summary>
public sealed class UnitsController(AppDbContext db, TimeProvider clock) : Controller
{
    private const string CodeTaken = "Mã đơn vị đã tồn tại.";

    public async Task<IActionResult> Index(int? year)
    {
        var selectedYear = year ?? new VietnamClock(clock).Today().Year;
        var scope = User.Scope();
        var units = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Select(u => new
            {
                u.Id, u.Code, u.Name, u.Path, LevelName = u.Level.Name, LevelCode = u.Level.Code, Rank = u.Level.Rank, u.ValidFrom, u.ValidTo,
                Profile = db.UnitYearProfiles.Where(p => p.UnitId == u.Id && p.Year == selectedYear)
                    .Select(p => new { p.AdultPopulation }).FirstOrDefault(),
            })
            .ToListAsync(HttpContext.RequestAborted);
        var designated = await DesignatedCommunes.CitationsAsync(db, selectedYear, HttpContext.RequestAborted);

        // Depth-first order of the tree, siblings in Vietnamese alphabetical order.
        var rows = units
            .Select(u => new UnitRow(u.Id, u.Code, u.Name, u.Path, u.LevelName, u.LevelCode, u.Rank, u.ValidFrom, u.ValidTo,
                designated.GetValueOrDefault(u.Id), u.Profile?.AdultPopulation,
                scope.CanEditUnitFacts(u.Path)))
            .ToList();
        return View(new UnitTreeViewModel(selectedYear, TreeOrder.Sort(rows), scope.IsAdministrator));
    }

    [HttpGet]
    public async Task<IActionResult> Profile(int id, int year)
    {
        var unit = await FindActionableAsync(id);
        if (unit is null)
        {
            return NotFound();
        }

        var profile = await db.UnitYearProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.UnitId == id && p.Year == year, HttpContext.RequestAborted);
        return View(new UnitProfileInput
        {
            UnitId = id, UnitName = unit.Name, Year = year,
            AdultPopulation = profile?.AdultPopulation,
            ConcurrencyStamp = profile?.ConcurrencyStamp, Loaded = ConcurrentEdit.Snapshot(UnitFacts.Of(profile)),
        });
    }

    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Profile(UnitProfileInput input)
    {
        var unit = await FindActionableAsync(input.UnitId);
        if (unit is null)
        {
            return NotFound();
        }

        input.UnitName = unit.Name;
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        // The form must still show the year's facts as saved: none when it was opened on none, or the same stamp.
        var profile = await db.UnitYearProfiles.FirstOrDefaultAsync(p => p.UnitId == input.UnitId && p.Year == input.Year, HttpContext.RequestAborted);
        if (profile?.ConcurrencyStamp == input.ConcurrencyStamp)
        {
            if (profile is null)
            {
                db.UnitYearProfiles.Add(new UnitYearProfile(input.UnitId, input.Year, input.AdultPopulation));
            }
            else
            {
                profile.Update(input.AdultPopulation);
            }

            try
            {
                await db.SaveChangesAsync(HttpContext.RequestAborted);
                TempData["Success"] = $"Đã lưu thông tin năm {input.Year} của {unit.Name}.";
                return RedirectToAction(nameof(Index), new { year = input.Year });
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
            {
                // Saved by someone else between the read above and this save (the first save of a year: the unique index).
                db.ChangeTracker.Clear();
            }
        }

        await ReconcileAsync(input);
        return View(input);
    }

    /// <summary>
    /// A save refused because someone saved the year's facts after the form was opened: the form again with their changes
    /// merged in (the fields the user left alone), the user's typing kept, what they changed listed, and the current stamp.
    /// </summary>
    private async Task ReconcileAsync(UnitProfileInput input)
    {
        var current = await db.UnitYearProfiles.AsNoTracking()
            .FirstOrDefaultAsync(p => p.UnitId == input.UnitId && p.Year == input.Year, HttpContext.RequestAborted);
        var saved = UnitFacts.Of(current);
        var fields = UnitFacts.Compare(ConcurrentEdit.Read<UnitFacts>(input.Loaded), saved, new UnitFacts(input.AdultPopulation));
        foreach (var field in fields.Where(f => f.TakeSaved))
        {
            input.AdultPopulation = saved.AdultPopulation;
            ModelState.Remove(field.Name);
        }

        input.ChangedByOthers = ConcurrentEdit.ChangesOfOthers(fields);
        input.ConcurrencyStamp = current?.ConcurrencyStamp;
        input.Loaded = ConcurrentEdit.Snapshot(saved);
        ModelState.Remove(nameof(UnitProfileInput.ConcurrencyStamp));
        ModelState.Remove(nameof(UnitProfileInput.Loaded));
        ModelState.AddModelError(string.Empty,
            $"Thông tin năm {input.Year} của {input.UnitName} vừa được người khác thay đổi trong lúc bạn sửa nên thay đổi của bạn chưa được lưu. "
            + "Xem những gì họ vừa lưu bên dưới, kiểm tra rồi bấm Lưu lại.");
    }

    [Authorize(Roles = PortalRoles.SystemAdministrator)]
    [HttpGet]
    public async Task<IActionResult> Create(int parentId)
    {
        var parent = await FindActionableAsync(parentId);
        if (parent is null)
        {
            return NotFound();
        }

        return View(new CreateUnitInput { ParentId = parentId, ParentName = parent.Name, ValidFrom = new VietnamClock(clock).Today() });
    }

    [Authorize(Roles = PortalRoles.SystemAdministrator)]
    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Create(CreateUnitInput input)
    {
        var parent = await db.AdministrativeUnits.Include(u => u.Level).FirstOrDefaultAsync(u => u.Id == input.ParentId, HttpContext.RequestAborted);
        if (parent is null || !User.Scope().CanAdminister(parent.Path))
        {
            return NotFound();
        }

        input.ParentName = parent.Name;
        var childLevel = await db.AdministrativeLevels.Where(l => l.Rank > parent.Level.Rank).OrderBy(l => l.Rank).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (childLevel is null)
        {
            ModelState.AddModelError(string.Empty, "Thôn, tổ dân phố là cấp thấp nhất; không thể thêm đơn vị con.");
        }

        if (await db.AdministrativeUnits.AnyAsync(u => u.Code == input.Code.Trim(), HttpContext.RequestAborted))
        {
            ModelState.AddModelError(nameof(input.Code), CodeTaken);
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        await using var transaction = await WorkTransaction.BeginAsync(db, HttpContext.RequestAborted);
        var unit = new AdministrativeUnit(input.Code.Trim(), input.Name.Trim(), childLevel!, parent, input.ValidFrom!.Value);
        db.AdministrativeUnits.Add(unit);
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // The same code added by someone else a moment ago: the index saw what the check above could not.
            await transaction.RollbackAsync(HttpContext.RequestAborted);
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(input.Code), CodeTaken);
            return View(input);
        }

        unit.AssignPath();
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await transaction.CommitAsync(HttpContext.RequestAborted);
        TempData["Success"] = $"Đã thêm {unit.Name}.";
        return RedirectToAction(nameof(Index));
    }

    [Authorize(Roles = PortalRoles.SystemAdministrator)]
    [HttpPost]
    public async Task<IActionResult> Close(int id, DateOnly? lastDay)
    {
        var unit = await db.AdministrativeUnits.FirstOrDefaultAsync(u => u.Id == id, HttpContext.RequestAborted);
        if (unit is null || !User.Scope().CanAdminister(unit.Path))
        {
            return NotFound();
        }

        try
        {
            var closedOn = lastDay ?? new VietnamClock(clock).Today();
            unit.Close(closedOn);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            TempData["Success"] = $"{unit.Name} còn hiệu lực đến hết ngày {VietnameseFormat.Date(closedOn)}.";
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<AdministrativeUnit?> FindActionableAsync(int id)
    {
        var unit = await db.AdministrativeUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, HttpContext.RequestAborted);
        return unit is not null && User.Scope().CanEditUnitFacts(unit.Path)
            ? unit
            : null;
    }
}
