using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Targets;

/// <summary>
/// Yearly targets: what a commune or district achieved against its plan (entered at year end, or computed from the
/// scorecards and the PCGD-XMC survey), the district roll-up of its communes, and the indicator catalogue; the work is
/// done by <see cref="TargetEntry"/>. Who may read or change a unit's results is <see cref="AccessRules.CanEditPlansOf"/>;
/// village branches have no business here.
/// </summary>
[Authorize(Roles = PortalRoles.SystemAdministrator + "," + PortalRoles.DistrictOffice + "," + PortalRoles.CommuneOfficer + "," + PortalRoles.Viewer)]
public sealed class TargetsController(TargetEntry entry, TargetResults results) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Results(int? unitId, int? year, CancellationToken cancellationToken)
    {
        var scope = User.Scope();
        var selected = year ?? entry.ThisYear();
        var unit = PlanPeriod.IsYear(selected) ? await entry.ResolveUnitAsync(scope, unitId, TargetEntry.ResultLevels, cancellationToken) : null;
        return unit is null
            ? NotFound()
            : View(await entry.ResultsPageAsync(scope, unit, selected, posted: null, stale: [], ModelState, cancellationToken));
    }

    /// <summary>
    /// Saves every entered target of the page in one SaveChanges: nothing is saved when one row is invalid or was
    /// changed by someone else since the page was loaded.
    /// </summary>
    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Results(TargetResultsInput input, CancellationToken cancellationToken)
    {
        var unit = await results.UnitAsync(input.UnitId, cancellationToken);
        var scope = User.Scope();
        if (unit is null || !TargetEntry.ResultLevels.Contains(unit.LevelCode) || !scope.CanSeePlansOf(unit) || !PlanPeriod.IsYear(input.Year))
        {
            return NotFound();
        }

        if (!scope.CanEditPlansOf(unit))
        {
            return Forbid();
        }

        var (plan, rows) = await results.JudgeAsync(unit, input.Year, cancellationToken);
        if (plan is null)
        {
            TempData["Error"] = $"{unit.Name} chưa có kế hoạch năm {input.Year}; chưa lưu được kết quả.";
            return RedirectToAction(nameof(Results), new { unitId = unit.Id, year = input.Year });
        }

        var targets = rows.ToDictionary(r => r.Indicator.Id, r => r.Indicator);
        TargetEntry.ValidateRows(input, targets, ModelState);
        if (!ModelState.IsValid)
        {
            return View(await entry.ResultsPageAsync(scope, unit, input.Year, input, stale: [], ModelState, cancellationToken));
        }

        var stale = await entry.SaveAsync(unit, input, targets, User.Identity!.Name!, cancellationToken);
        if (stale.Count > 0)
        {
            var names = string.Join("; ", stale.Select(id => $"“{targets[id].Text}”"));
            ModelState.AddModelError(string.Empty,
                $"Kết quả của chỉ tiêu {names} vừa được người khác cập nhật. Chưa có số liệu nào được lưu; giá trị mới nhất đã được tải lại vào ô nhập, vui lòng kiểm tra và lưu lại.");
            return View(await entry.ResultsPageAsync(scope, unit, input.Year, input, stale, ModelState, cancellationToken));
        }

        TempData["Success"] = $"Đã lưu kết quả thực hiện chỉ tiêu năm {input.Year} của {unit.Name}.";
        return RedirectToAction(nameof(Results), new { unitId = unit.Id, year = input.Year });
    }

    /// <summary>"Tổng hợp toàn huyện": the district's own outcome per indicator and its communes side by side.</summary>
    [HttpGet]
    public async Task<IActionResult> District(int? unitId, int? year, CancellationToken cancellationToken)
        => await entry.DistrictPageAsync(User.Scope(), unitId, year, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Catalogue(CancellationToken cancellationToken)
        => View(await entry.CataloguePageAsync(User.Scope(), new LocalIndicatorInput(), cancellationToken));

    /// <summary>"Thêm chỉ tiêu địa phương": an entered indicator for a unit and the units below it.</summary>
    [HttpPost]
    [Authorize(Roles = PortalRoles.SystemAdministrator)]
    [OncePerForm]
    public async Task<IActionResult> AddIndicator(LocalIndicatorInput input, CancellationToken cancellationToken)
    {
        var scope = User.Scope();
        var owner = input.UnitId is int unitId ? await results.UnitAsync(unitId, cancellationToken) : null;
        if (input.UnitId is not null && (owner is null || !scope.CanAdminister(owner.Path) || owner.LevelCode == AdministrativeLevel.Village))
        {
            ModelState.AddModelError(nameof(input.UnitId), "Đơn vị không hợp lệ hoặc ngoài phạm vi bạn quản lý.");
        }

        if (ModelState.IsValid && await entry.AddLocalIndicatorAsync(input, owner!, cancellationToken) is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Catalogue), await entry.CataloguePageAsync(scope, input, cancellationToken));
        }

        TempData["Success"] = $"Đã thêm chỉ tiêu địa phương {input.IndicatorCode.Trim()} cho {owner!.Name} và các đơn vị trực thuộc.";
        return RedirectToAction(nameof(Catalogue));
    }

    /// <summary>Deactivating hides an indicator from new plans; plans and results that use it keep it.</summary>
    [HttpPost]
    [Authorize(Roles = PortalRoles.SystemAdministrator)]
    public async Task<IActionResult> ToggleIndicator(int id, CancellationToken cancellationToken)
    {
        if (await entry.ToggleAsync(User.Scope(), id, cancellationToken) is not { } indicator)
        {
            return NotFound();
        }

        TempData["Success"] = indicator.IsActive
            ? $"Đã sử dụng lại chỉ tiêu {indicator.Code}."
            : $"Đã ngừng sử dụng chỉ tiêu {indicator.Code}; kế hoạch và kết quả đã có vẫn giữ nguyên.";
        return RedirectToAction(nameof(Catalogue));
    }
}
