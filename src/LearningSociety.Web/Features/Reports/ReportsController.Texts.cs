using LearningSociety.Domain;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Plans;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// The texts a unit's officers write once and every export prints: the narrative report's own parts (per unit and year)
/// and the wording of the unit's recognition decisions (per issuing unit and year). Read and written only by whoever
/// may edit the unit's plans (<see cref="AccessRules.CanEditPlansOf"/>); a unit out of sight is 404, one in sight but
/// not one's own 403. Each save is audited (AuditInterceptor) and refused when someone saved in between.
/// </summary>
public sealed partial class ReportsController
{
    /// <summary>The narrative report "Báo cáo kết quả thực hiện kế hoạch xây dựng xã hội học tập năm …" (Word and PDF).</summary>
    public Task<IActionResult> Narrative(int unitId, int? year, string? format, [FromServices] NarrativeReport narrative)
        => DownloadAsync(format, year, y => narrative.BuildAsync(User.Scope(), unitId, y, HttpContext.RequestAborted), editableInWord: true);

    [HttpGet]
    public async Task<IActionResult> NarrativeText(int unitId, int? year)
    {
        var selected = year ?? CurrentYear;
        if (selected is < FirstYear or > 2100)
        {
            return NotFound();
        }

        var (unit, refusal) = await EditableUnitAsync(unitId);
        if (unit is null)
        {
            return refusal!;
        }

        var text = await db.ResultsReportTexts.AsNoTracking().FirstOrDefaultAsync(t => t.UnitId == unit.Id && t.Year == selected, HttpContext.RequestAborted);
        var values = NarrativeValues.Of(text);
        var input = new NarrativeInput
        {
            UnitId = unit.Id, Year = selected, UnitName = unit.Name, ConcurrencyStamp = text?.ConcurrencyStamp, Loaded = ConcurrentEdit.Snapshot(values),
        };
        input.Take(values);
        return View(input);
    }

    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> NarrativeText(NarrativeInput input)
    {
        var (unit, refusal) = await EditableUnitAsync(input.UnitId);
        if (unit is null)
        {
            return refusal!;
        }

        input.UnitName = unit.Name;
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var text = await db.ResultsReportTexts.FirstOrDefaultAsync(t => t.UnitId == unit.Id && t.Year == input.Year, HttpContext.RequestAborted);
        if (text?.ConcurrencyStamp == input.ConcurrencyStamp)
        {
            try
            {
                if (text is null)
                {
                    text = new ResultsReportText(unit.Id, input.Year);
                    db.ResultsReportTexts.Add(text);
                }

                text.Update(input.Assessment, input.Shortcomings, input.Directions, input.Proposals);
                await db.SaveChangesAsync(HttpContext.RequestAborted);
                TempData["Success"] = $"Đã lưu nội dung báo cáo năm {input.Year} của {unit.Name}. Mỗi lần tải báo cáo sẽ in nội dung này.";
                return RedirectToAction(nameof(NarrativeText), new { unitId = unit.Id, year = input.Year });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(e.Field ?? string.Empty, e.Message);
                return View(input);
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
            {
                // Saved by someone else between the read above and this save (the first save of a year: the unique index).
                db.ChangeTracker.Clear();
            }
        }

        // Someone saved after the form was opened: their changes merged into the fields the user left alone, the user's typing kept.
        var current = await db.ResultsReportTexts.AsNoTracking().FirstOrDefaultAsync(t => t.UnitId == unit.Id && t.Year == input.Year, HttpContext.RequestAborted);
        var saved = NarrativeValues.Of(current);
        var fields = NarrativeValues.Compare(ConcurrentEdit.Read<NarrativeValues>(input.Loaded), saved, input.Typed);
        var merged = input.Typed;
        foreach (var field in fields.Where(f => f.TakeSaved))
        {
            merged = field.Name switch
            {
                nameof(NarrativeInput.Assessment) => merged with { Assessment = saved.Assessment },
                nameof(NarrativeInput.Shortcomings) => merged with { Shortcomings = saved.Shortcomings },
                nameof(NarrativeInput.Directions) => merged with { Directions = saved.Directions },
                _ => merged with { Proposals = saved.Proposals },
            };
            ModelState.Remove(field.Name);
        }

        input.Take(merged);
        input.ChangedByOthers = ReportTextFields.ChangesOfOthers(fields);
        input.ConcurrencyStamp = current?.ConcurrencyStamp;
        input.Loaded = ConcurrentEdit.Snapshot(saved);
        Changed(input.Year, unit.Name);
        return View(input);
    }

    [HttpGet]
    public async Task<IActionResult> DecisionWording(int unitId, int? year, [FromServices] DecisionWordings wordings)
    {
        var selected = year ?? CurrentYear;
        if (selected is < FirstYear or > 2100)
        {
            return NotFound();
        }

        var (unit, refusal) = await IssuingUnitAsync(unitId, selected, wordings);
        if (unit is null)
        {
            return refusal!;
        }

        var stored = await db.DecisionWordings.AsNoTracking().FirstOrDefaultAsync(w => w.UnitId == unit.Id && w.Year == selected, HttpContext.RequestAborted);
        var values = DecisionWordingValues.Of(await wordings.ForAsync(unit, selected, HttpContext.RequestAborted));
        var input = new DecisionWordingInput
        {
            UnitId = unit.Id, Year = selected, UnitName = unit.Name, IsStored = stored is not null, ConcurrencyStamp = stored?.ConcurrencyStamp,
            Loaded = ConcurrentEdit.Snapshot(values),
        };
        input.Take(values);
        return View(input);
    }

    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> DecisionWording(DecisionWordingInput input, [FromServices] DecisionWordings wordings)
    {
        var (unit, refusal) = await IssuingUnitAsync(input.UnitId, input.Year, wordings);
        if (unit is null)
        {
            return refusal!;
        }

        input.UnitName = unit.Name;
        var stored = await db.DecisionWordings.FirstOrDefaultAsync(w => w.UnitId == unit.Id && w.Year == input.Year, HttpContext.RequestAborted);
        input.IsStored = stored is not null;
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        if (stored?.ConcurrencyStamp == input.ConcurrencyStamp)
        {
            try
            {
                if (stored is null)
                {
                    stored = new Domain.Approvals.DecisionWording(unit.Id, input.Year);
                    db.DecisionWordings.Add(stored);
                }

                stored.Update(input.Recitals, input.Executors, input.Recipients);
                await db.SaveChangesAsync(HttpContext.RequestAborted);
                TempData["Success"] = $"Đã lưu căn cứ, Điều 3 và nơi nhận của quyết định công nhận năm {input.Year} của {unit.Name}.";
                return RedirectToAction(nameof(DecisionWording), new { unitId = unit.Id, year = input.Year });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(e.Field ?? string.Empty, e.Message);
                return View(input);
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
            {
                db.ChangeTracker.Clear();
            }
        }

        var current = await wordings.ForAsync(unit, input.Year, HttpContext.RequestAborted);
        var saved = DecisionWordingValues.Of(current);
        var fields = DecisionWordingValues.Compare(ConcurrentEdit.Read<DecisionWordingValues>(input.Loaded), saved, input.Typed);
        var merged = input.Typed;
        foreach (var field in fields.Where(f => f.TakeSaved))
        {
            merged = field.Name switch
            {
                nameof(DecisionWordingInput.Recitals) => merged with { Recitals = saved.Recitals },
                nameof(DecisionWordingInput.Executors) => merged with { Executors = saved.Executors },
                _ => merged with { Recipients = saved.Recipients },
            };
            ModelState.Remove(field.Name);
        }

        input.Take(merged);
        input.IsStored = current.IsStored;
        input.ChangedByOthers = ReportTextFields.ChangesOfOthers(fields);
        input.ConcurrencyStamp = current.IsStored
            ? await db.DecisionWordings.AsNoTracking().Where(w => w.UnitId == unit.Id && w.Year == input.Year).Select(w => (Guid?)w.ConcurrencyStamp)
                .FirstOrDefaultAsync(HttpContext.RequestAborted)
            : null;
        input.Loaded = ConcurrentEdit.Snapshot(saved);
        Changed(input.Year, unit.Name);
        return View(input);
    }

    private void Changed(int year, string unitName)
    {
        ModelState.Remove("ConcurrencyStamp");
        ModelState.Remove("Loaded");
        ModelState.AddModelError(string.Empty,
            $"Nội dung năm {year} của {unitName} vừa được người khác thay đổi trong lúc bạn sửa nên thay đổi của bạn chưa được lưu. "
            + "Xem những gì họ vừa lưu bên dưới, kiểm tra rồi bấm Lưu lại.");
    }

    /// <summary>A commune or district the user may see and edit the plans of; otherwise the answer to give (404 out of sight, 403 not one's own).</summary>
    private async Task<(ReportingUnit? Unit, IActionResult? Refusal)> EditableUnitAsync(int unitId)
    {
        var scope = User.Scope();
        var unit = await ReportingUnit.FindAsync(db, scope, unitId, HttpContext.RequestAborted);
        return unit is null ? (null, NotFound())
            : !scope.CanEditPlansOf(unit.ToUnitRef()) ? (null, Forbid())
            : (unit, null);
    }

    /// <summary>An editable unit that issues the year's recognition decisions (the level of the final step of the route in force).</summary>
    private async Task<(ReportingUnit? Unit, IActionResult? Refusal)> IssuingUnitAsync(int unitId, int year, DecisionWordings wordings)
    {
        var (unit, refusal) = await EditableUnitAsync(unitId);
        if (unit is null)
        {
            return (null, refusal);
        }

        var route = await wordings.RouteForYearAsync(year is >= FirstYear and <= 2100 ? year : CurrentYear, HttpContext.RequestAborted);
        return route.FinalStep.LevelCode == unit.LevelCode ? (unit, null) : (null, NotFound());
    }
}
