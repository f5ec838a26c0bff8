using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Units;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Auditing;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Imports.Framework;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Universalization;

/// <summary>
/// "Phổ cập, xóa mù chữ": the PCGD-XMC counts of each commune and the levels computed from them (NĐ 20/2014),
/// the district standards (share of communes), the Excel import for district offices and, for administrators,
/// the versioned threshold rows.
/// </summary>
[Authorize(Roles = PortalRoles.SystemAdministrator + "," + PortalRoles.DistrictOffice + "," + PortalRoles.CommuneOfficer + "," + PortalRoles.Viewer)]
public sealed class UniversalizationController(
    UniversalizationPages pages,
    SurveyImporter importer,
    SurveyTemplate template,
    SurveyEntry entry,
    UniversalizationRuleCorrections corrections) : Controller
{
    public const string StaleSurvey = "Số liệu điều tra của xã vừa được người khác cập nhật trong lúc bạn nhập. "
        + "Số liệu bạn vừa nhập chưa được lưu; biểu mẫu bên dưới đã được tải lại số liệu mới nhất, vui lòng kiểm tra và lưu lại.";

    private const long MaxRequestBytes = SurveyImporter.MaxFileBytes + (64 * 1024);

    [HttpGet]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken)
        => View(await pages.IndexAsync(User.Scope(), pages.SelectedYear(year), cancellationToken));

    [HttpGet("/Universalization/Commune/{unitId:int}")]
    public async Task<IActionResult> Commune(int unitId, int? year, CancellationToken cancellationToken)
    {
        var unit = await pages.VisibleCommuneAsync(User.Scope(), unitId, cancellationToken);
        return unit is null ? NotFound() : await CommunePageAsync(unit, pages.SelectedYear(year), null, cancellationToken);
    }

    [HttpPost("/Universalization/Commune/{unitId:int}")]
    [OncePerForm]
    public async Task<IActionResult> Commune(int unitId, SurveyInput input, CancellationToken cancellationToken)
    {
        var unit = await pages.VisibleCommuneAsync(User.Scope(), unitId, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        if (!User.Scope().CanEditPlansOf(unit))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return await CommunePageAsync(unit, pages.SelectedYear(input.Year), input, cancellationToken);
        }

        var outcome = await entry.SaveAsync(unit, input, User.Identity?.Name ?? AuditActor.System, cancellationToken);
        if (outcome.IsStale)
        {
            return await StaleAsync(unit, input.Year, cancellationToken);
        }

        if (!outcome.IsSaved)
        {
            foreach (var problem in outcome.Problems)
            {
                ModelState.AddModelError(SurveyLayout.FieldName(problem.Count), problem.Message + ".");
            }

            return await CommunePageAsync(unit, input.Year, input, cancellationToken);
        }

        TempData["Success"] = $"Đã lưu số liệu điều tra phổ cập, xóa mù chữ năm {input.Year} của {unit.Name}.";
        return RedirectToAction(nameof(Commune), new { unitId = unit.Id, year = input.Year });
    }

    [HttpGet]
    public async Task<IActionResult> Template(int? year, CancellationToken cancellationToken)
    {
        var selected = pages.SelectedYear(year);
        var communes = await pages.ImportableCommunesAsync(User.Scope(), selected, cancellationToken);
        if (communes.Count == 0)
        {
            return Forbid();
        }

        var content = new MemoryStream();
        await template.WriteAsync(content, communes, selected, cancellationToken);
        content.Position = 0;
        return File(content, ImportSheetStyle.ContentType, $"so-lieu-pcgd-xmc-{selected}.xlsx");
    }

    [HttpGet]
    public async Task<IActionResult> Import(int? year, CancellationToken cancellationToken)
    {
        var selected = pages.SelectedYear(year);
        var communes = await pages.ImportableCommunesAsync(User.Scope(), selected, cancellationToken);
        return communes.Count == 0 ? Forbid() : View(new SurveyImportPageViewModel(selected, pages.Years(), communes.Count, null));
    }

    [HttpPost]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Import(SurveyImportInput input, CancellationToken cancellationToken)
    {
        var selected = pages.SelectedYear(input.Year);
        var communes = await pages.ImportableCommunesAsync(User.Scope(), selected, cancellationToken);
        if (communes.Count == 0)
        {
            return Forbid();
        }

        var fileName = input.File is null ? null : Path.GetFileName(input.File.FileName);
        SurveyImportOutcome outcome;
        if (!ModelState.IsValid)
        {
            outcome = new SurveyImportOutcome(fileName, selected,
                [.. ModelState.Values.SelectMany(v => v.Errors).Select(e => ImportError.ForFile(e.ErrorMessage))], null);
        }
        else
        {
            var scope = User.Scope();
            await using var stream = input.File!.OpenReadStream();
            outcome = await importer.ImportAsync(stream, fileName, input.Year!.Value, unit => scope.CanImportSurveyFor(unit),
                User.Identity?.Name ?? AuditActor.System, cancellationToken);
        }

        return View(new SurveyImportPageViewModel(selected, pages.Years(), communes.Count, outcome));
    }

    [HttpGet]
    [Authorize(Roles = PortalRoles.SystemAdministrator)]
    public async Task<IActionResult> Rules(int? year, CancellationToken cancellationToken)
        => await RulesPageAsync(pages.SelectedYear(year), new ConditionCorrectionInput(), new DistrictShareCorrectionInput(), cancellationToken);

    [HttpPost]
    [Authorize(Roles = PortalRoles.SystemAdministrator)]
    [OncePerForm]
    public async Task<IActionResult> AddCondition(ConditionCorrectionInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && Added(await corrections.AddConditionAsync(input, cancellationToken)))
        {
            return RedirectToAction(nameof(Rules), new { year = input.ConditionFromYear });
        }

        return await RulesPageAsync(pages.SelectedYear(input.ConditionFromYear), input, new DistrictShareCorrectionInput(), cancellationToken);
    }

    [HttpPost]
    [Authorize(Roles = PortalRoles.SystemAdministrator)]
    [OncePerForm]
    public async Task<IActionResult> AddDistrictShare(DistrictShareCorrectionInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && Added(await corrections.AddDistrictShareAsync(input, cancellationToken)))
        {
            return RedirectToAction(nameof(Rules), new { year = input.ShareFromYear });
        }

        return await RulesPageAsync(pages.SelectedYear(input.ShareFromYear), new ConditionCorrectionInput(), input, cancellationToken);
    }

    /// <summary>Shows the outcome of a correction: the success message for the next page, or the error at its field.</summary>
    private bool Added(RuleCorrectionOutcome outcome)
    {
        if (outcome.Success is not null)
        {
            TempData["Success"] = outcome.Success;
            return true;
        }

        ModelState.AddModelError(outcome.Field!, outcome.Error!);
        return false;
    }

    private async Task<IActionResult> RulesPageAsync(int year, ConditionCorrectionInput condition, DistrictShareCorrectionInput share,
        CancellationToken cancellationToken)
        => View(nameof(Rules), await pages.RulesAsync(year, condition, share, cancellationToken));

    private async Task<IActionResult> CommunePageAsync(UnitRef unit, int year, SurveyInput? typed, CancellationToken cancellationToken)
        => View(nameof(Commune), await pages.CommuneAsync(User.Scope(), unit, year, typed, cancellationToken));

    private async Task<IActionResult> StaleAsync(UnitRef unit, int year, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, StaleSurvey);
        return await CommunePageAsync(unit, year, null, cancellationToken);
    }
}
