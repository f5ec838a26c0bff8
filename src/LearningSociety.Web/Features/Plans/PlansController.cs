using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using LearningSociety.Domain;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Plans;

/// <summary>
/// A unit's plans "Thực hiện Đề án Xây dựng xã hội học tập": list, the one form for writing a draft, the plan read
/// as a document, and the moves of <see cref="Plan"/> (issue, revise, start next year's plan, delete a draft), done by
/// <see cref="PlanEditing"/>. Everyone who can see the unit reads its plans; <see cref="AccessRules.CanEditPlansOf"/>
/// decides who writes them. Out-of-scope plans answer 404, forbidden changes 403.
/// </summary>
public sealed class PlansController(PlanEditing editing) : Controller
{
    private const string Deleted = "Kế hoạch này vừa bị xóa; không còn để lưu hay ban hành.";

    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken)
    {
        var scope = User.Scope();
        return scope.MayUsePlans() ? View(await editing.IndexAsync(scope, year, cancellationToken)) : Forbid();
    }

    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var view = await editing.DetailsAsync(id, User.Scope(), issue: null, cancellationToken);
        return view is null ? NotFound() : View(view);
    }

    [HttpGet]
    public async Task<IActionResult> Create(int? unitId, int? year, int? endYear, CancellationToken cancellationToken)
    {
        var scope = User.Scope();
        if (unitId is null)
        {
            var own = scope.Grants.Where(g => g.Role.CanAct() && g.Role != PortalRole.SystemAdministrator
                && g.LevelCode is AdministrativeLevel.Commune or AdministrativeLevel.District or AdministrativeLevel.Province).ToList();
            if (own.Count != 1)
            {
                return own.Count == 0 && !scope.IsAdministrator ? Forbid() : RedirectToAction(nameof(Index));
            }

            unitId = own[0].UnitId;
        }

        var unit = await editing.UnitAsync(unitId.Value, cancellationToken);
        if (Deny(unit, edit: true) is { } denied)
        {
            return denied;
        }

        var form = await editing.NewFormAsync(unit!, year, endYear, cancellationToken);

        // The query's year and endYear share the form fields' names; an empty "endYear=" from the list page would
        // otherwise be shown instead of the defaults just computed.
        ModelState.Clear();
        return View("Form", form);
    }

    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Create(PlanForm form, CancellationToken cancellationToken)
    {
        var unit = await editing.UnitAsync(form.UnitId, cancellationToken);
        if (Deny(unit, edit: true) is { } denied)
        {
            return denied;
        }

        if (await editing.CreateAsync(form, unit!, User.Identity!.Name!, ModelState, cancellationToken) is not { } plan)
        {
            return View("Form", form);
        }

        TempData["Success"] = $"Đã lưu dự thảo kế hoạch {plan.PeriodText}.";
        return RedirectToAction(nameof(Details), new { id = plan.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var plan = await editing.PlanAsync(id, track: false, cancellationToken);
        var unit = plan is null ? null : await editing.UnitAsync(plan.UnitId, cancellationToken);
        if (Deny(unit, edit: true) is { } denied)
        {
            return denied;
        }

        if (!plan!.IsEditable)
        {
            return Refuse(id, () => plan.EnsureEditable());
        }

        return View("Form", await editing.EditFormAsync(plan, unit!, cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, PlanForm form, CancellationToken cancellationToken)
    {
        var plan = await editing.PlanAsync(id, track: true, cancellationToken);
        var unit = plan is null ? null : await editing.UnitAsync(plan.UnitId, cancellationToken);
        if (Deny(unit, edit: true) is { } denied)
        {
            return denied;
        }

        if (!plan!.IsEditable)
        {
            return Refuse(id, () => plan.EnsureEditable());
        }

        switch (await editing.EditAsync(plan, form, unit!, ModelState, cancellationToken))
        {
            case PlanSaveOutcome.Saved:
                TempData["Success"] = "Đã lưu dự thảo kế hoạch.";
                return RedirectToAction(nameof(Details), new { id });
            case PlanSaveOutcome.Deleted:
                TempData["Error"] = Deleted;
                return RedirectToAction(nameof(Index));
            default:
                return View("Form", form);
        }
    }

    /// <summary>Ban hành: the draft becomes read-only and replaces the version it revises.</summary>
    [HttpPost]
    public async Task<IActionResult> Issue(int id, PlanIssueInput input, CancellationToken cancellationToken)
    {
        var plan = await editing.PlanAsync(id, track: true, cancellationToken);
        var unit = plan is null ? null : await editing.UnitAsync(plan.UnitId, cancellationToken);
        if (Deny(unit, edit: true) is { } denied)
        {
            return denied;
        }

        if (ModelState.IsValid)
        {
            var issued = await editing.IssueAsync(plan!, input, User.Identity!.Name!, cancellationToken);
            if (issued.Error is null)
            {
                TempData["Success"] = issued.Plan is not { } previous
                    ? $"Đã ban hành Kế hoạch số {plan!.Number}."
                    : $"Đã ban hành Kế hoạch số {plan!.Number} (phiên bản {plan.Version}); phiên bản {previous.Version} được thay thế.";
                return RedirectToAction(nameof(Details), new { id });
            }

            ModelState.AddModelError(string.Empty, issued.Error);
        }

        ModelState.Remove(nameof(PlanIssueInput.ConcurrencyStamp));
        if (await editing.DetailsAsync(id, User.Scope(), input, cancellationToken) is not { } view)
        {
            TempData["Error"] = Deleted;
            return RedirectToAction(nameof(Index));
        }

        return View(nameof(Details), view);
    }

    /// <summary>Điều chỉnh: a new draft version of an issued plan, opened for editing.</summary>
    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Revise(int id, CancellationToken cancellationToken)
    {
        var plan = await editing.PlanAsync(id, track: true, cancellationToken);
        var unit = plan is null ? null : await editing.UnitAsync(plan.UnitId, cancellationToken);
        if (Deny(unit, edit: true) is { } denied)
        {
            return denied;
        }

        if (await editing.PendingRevisionAsync(id, cancellationToken) is int pending)
        {
            TempData["Error"] = "Kế hoạch này đã có một bản điều chỉnh đang soạn thảo; hãy sửa hoặc xóa bản đó.";
            return RedirectToAction(nameof(Details), new { id = pending });
        }

        var revised = await editing.ReviseAsync(plan!, User.Identity!.Name!, cancellationToken);
        if (revised.Plan is not { } draft)
        {
            TempData["Error"] = revised.Error;
            return RedirectToAction(nameof(Details), new { id });
        }

        TempData["Success"] = $"Đã tạo bản điều chỉnh (phiên bản {draft.Version}). Sửa nội dung rồi ban hành để thay thế phiên bản {plan!.Version}.";
        return RedirectToAction(nameof(Edit), new { id = draft.Id });
    }

    /// <summary>"Bắt đầu từ kế hoạch năm trước": a draft for the next year (or period) with every target moved on.</summary>
    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> CopyToNextPeriod(int id, CancellationToken cancellationToken)
    {
        var plan = await editing.PlanAsync(id, track: true, cancellationToken);
        var unit = plan is null ? null : await editing.UnitAsync(plan.UnitId, cancellationToken);
        if (Deny(unit, edit: true) is { } denied)
        {
            return denied;
        }

        var next = plan!.EndYear + 1;
        if (plan.Status == PlanStatus.Superseded)
        {
            TempData["Error"] = "Kế hoạch này đã được thay thế; hãy bắt đầu từ phiên bản đang có hiệu lực.";
            return RedirectToAction(nameof(Index));
        }

        if (await editing.NextPlanAsync(plan.UnitId, next, except: [], cancellationToken) is { } existing)
        {
            TempData["Error"] = $"{unit!.Name} đã có kế hoạch bắt đầu năm {next} ({existing}); không tạo thêm.";
            return RedirectToAction(nameof(Index));
        }

        var copied = await editing.CopyToNextPeriodAsync(plan, User.Identity!.Name!, cancellationToken);
        if (copied.Plan is not { } copy)
        {
            TempData["Error"] = copied.Error;
            return RedirectToAction(nameof(Index));
        }

        TempData["Success"] = $"Đã tạo dự thảo kế hoạch {copy.PeriodText} từ kế hoạch {plan.PeriodText}; hãy cập nhật nội dung và chỉ tiêu.";
        return RedirectToAction(nameof(Edit), new { id = copy.Id });
    }

    [HttpPost]
    public async Task<IActionResult> Delete(int id, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        var plan = await editing.PlanToDeleteAsync(id, cancellationToken);
        var unit = plan is null ? null : await editing.UnitAsync(plan.UnitId, cancellationToken);
        if (Deny(unit, edit: true) is { } denied)
        {
            return denied;
        }

        if (await editing.DeleteAsync(plan!, concurrencyStamp, cancellationToken) is { } refused)
        {
            TempData["Error"] = refused;
            return RedirectToAction(nameof(Details), new { id });
        }

        TempData["Success"] = $"Đã xóa dự thảo kế hoạch {plan!.PeriodText}.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>404 when the unit is missing or out of sight, 403 when it is seen but the user may not write its plans.</summary>
    private IActionResult? Deny(UnitRef? unit, bool edit)
    {
        var scope = User.Scope();
        if (unit is null || !scope.CanSeePlansOf(unit))
        {
            return NotFound();
        }

        return edit && !scope.CanEditPlansOf(unit) ? Forbid() : null;
    }

    private RedirectToActionResult Refuse(int id, Action move)
    {
        try
        {
            move();
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
        }

        return RedirectToAction(nameof(Details), new { id });
    }
}
