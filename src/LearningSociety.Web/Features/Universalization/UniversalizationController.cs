using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Units;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Auditing;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Imports;
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
    AppDbContext db,
    UniversalizationResults universalization,
    SurveyImporter importer,
    TimeProvider clock) : Controller
{
    public const string StaleSurvey = "Số liệu điều tra của xã vừa được người khác cập nhật trong lúc bạn nhập. "
        + "Số liệu bạn vừa nhập chưa được lưu; biểu mẫu bên dưới đã được tải lại số liệu mới nhất, vui lòng kiểm tra và lưu lại.";

    private const long MaxRequestBytes = SurveyImporter.MaxFileBytes + (64 * 1024);

    private int CurrentYear => new VietnamClock(clock).Today().Year;

    [HttpGet]
    public async Task<IActionResult> Index(int? year)
    {
        var selected = SelectedYear(year);
        var scope = User.Scope();
        var communes = await importer.CommunesAsync(scope, selected);
        var results = (await universalization.ForCommunesAsync([.. communes.Select(c => c.Id)], selected)).ToDictionary(c => c.UnitId);
        var rows = communes.Select(c =>
        {
            var result = results[c.Id];
            return new CommuneLevelsRow(c.Id, c.Name, c.Parent, result.IsDisadvantaged,
                SurveyLayout.Standards.ToDictionary(s => s, s => SurveyLayout.LevelText(result.Evaluation?.Standards.FirstOrDefault(r => r.Standard == s))),
                result.Evaluation is not null);
        }).ToList();

        var (first, last) = YearBounds(selected);
        var districtUnits = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Where(u => u.Level.Code == AdministrativeLevel.District && u.ValidFrom <= last && (u.ValidTo == null || u.ValidTo >= first))
            .Select(u => new { u.Id, u.Name, u.Path })
            .ToListAsync();
        var districts = new List<DistrictStandardsView>();
        foreach (var district in districtUnits.OrderBy(d => d.Name, Shared.VietnameseText.Comparer))
        {
            districts.Add(new DistrictStandardsView(district.Id, district.Name, await universalization.ForDistrictAsync(district.Path, selected)));
        }

        var canImport = communes.Any(c => scope.CanImportSurveyFor(ToUnitRef(c)));
        return View(new UniversalizationIndexViewModel(selected, Years(), districts, rows, canImport, scope.IsAdministrator));
    }

    [HttpGet("/Universalization/Commune/{unitId:int}")]
    public async Task<IActionResult> Commune(int unitId, int? year)
    {
        var unit = await VisibleCommuneAsync(unitId);
        return unit is null ? NotFound() : await CommunePageAsync(unit, SelectedYear(year), null);
    }

    [HttpPost("/Universalization/Commune/{unitId:int}")]
    public async Task<IActionResult> Commune(int unitId, SurveyInput input)
    {
        var unit = await VisibleCommuneAsync(unitId);
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
            return await CommunePageAsync(unit, SelectedYear(input.Year), input);
        }

        var isDisadvantaged = await IsDisadvantagedAsync(unit.Id, input.Year);
        var survey = input.ToSurvey(isDisadvantaged);
        var problems = survey.Problems();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError(SurveyLayout.FieldName(problem.Count), problem.Message + ".");
            }

            return await CommunePageAsync(unit, input.Year, input);
        }

        var record = await db.UniversalizationSurveys.Include(s => s.Figures)
            .FirstOrDefaultAsync(s => s.UnitId == unit.Id && s.Year == input.Year);
        if (record is null ? input.ConcurrencyStamp is not null : input.ConcurrencyStamp != record.ConcurrencyStamp)
        {
            return await StaleAsync(unit, input.Year);
        }

        if (record is null)
        {
            record = new UniversalizationSurveyRecord { UnitId = unit.Id, Year = input.Year };
            db.UniversalizationSurveys.Add(record);
        }
        else
        {
            // The stamp the user loaded is the one the update must still find, or someone else saved in between.
            db.Entry(record).Property(r => r.ConcurrencyStamp).OriginalValue = input.ConcurrencyStamp!.Value;
            record.ConcurrencyStamp = Guid.NewGuid();
        }

        record.SetCounts(survey);
        record.UpdatedBy = User.Identity?.Name ?? AuditActor.System;
        record.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A concurrency conflict, or another first survey of the same commune and year (unique index).
            db.ChangeTracker.Clear();
            return await StaleAsync(unit, input.Year);
        }

        TempData["Success"] = $"Đã lưu số liệu điều tra phổ cập, xóa mù chữ năm {input.Year} của {unit.Name}.";
        return RedirectToAction(nameof(Commune), new { unitId = unit.Id, year = input.Year });
    }

    [HttpGet]
    public async Task<IActionResult> Template(int? year)
    {
        var selected = SelectedYear(year);
        var communes = await ImportableCommunesAsync(selected);
        if (communes.Count == 0)
        {
            return Forbid();
        }

        var content = new MemoryStream();
        await importer.WriteTemplateAsync(content, communes, selected);
        content.Position = 0;
        return File(content, ImportTemplate.ContentType, $"so-lieu-pcgd-xmc-{selected}.xlsx");
    }

    [HttpGet]
    public async Task<IActionResult> Import(int? year)
    {
        var selected = SelectedYear(year);
        var communes = await ImportableCommunesAsync(selected);
        return communes.Count == 0 ? Forbid() : View(new SurveyImportPageViewModel(selected, Years(), communes.Count, null));
    }

    [HttpPost]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Import(SurveyImportInput input, CancellationToken cancellationToken)
    {
        var selected = SelectedYear(input.Year);
        var communes = await ImportableCommunesAsync(selected);
        if (communes.Count == 0)
        {
            return Forbid();
        }

        var fileName = input.File is null ? null : Path.GetFileName(input.File.FileName);
        SurveyImportOutcome outcome;
        if (!ModelState.IsValid)
        {
            outcome = new SurveyImportOutcome(fileName, selected,
                [.. ModelState.Values.SelectMany(v => v.Errors).Select(e => new SurveyImportError(null, null, e.ErrorMessage))], null);
        }
        else
        {
            var scope = User.Scope();
            await using var stream = input.File!.OpenReadStream();
            outcome = await importer.ImportAsync(stream, fileName, input.Year!.Value, unit => scope.CanImportSurveyFor(unit),
                User.Identity?.Name ?? AuditActor.System, cancellationToken);
        }

        return View(new SurveyImportPageViewModel(selected, Years(), communes.Count, outcome));
    }

    [HttpGet]
    [Authorize(Roles = PortalRoles.SystemAdministrator)]
    public async Task<IActionResult> Rules(int? year)
        => await RulesPageAsync(SelectedYear(year), new ConditionCorrectionInput(), new DistrictShareCorrectionInput());

    [HttpPost]
    [Authorize(Roles = PortalRoles.SystemAdministrator)]
    public async Task<IActionResult> AddCondition(ConditionCorrectionInput input)
    {
        if (ModelState.IsValid)
        {
            var year = input.ConditionFromYear!.Value;
            var rows = await db.UniversalizationRules.AsNoTracking().Where(r => r.ConditionCode == input.ConditionCode).ToListAsync();
            if (rows.Count == 0)
            {
                ModelState.AddModelError(nameof(input.ConditionCode), "Không có điều kiện này trong bảng quy định.");
            }
            else if (rows.Any(r => r.ValidFromYear == year))
            {
                ModelState.AddModelError(nameof(input.ConditionFromYear),
                    $"Điều kiện {input.ConditionCode} đã có giá trị áp dụng từ năm {year}. Giá trị đã ghi không sửa được; hãy chọn năm khác.");
            }
            else
            {
                // Rows are never changed: the correction is a copy of the newest row with the new values and year.
                var latest = rows.MaxBy(r => r.ValidFromYear)!;
                var row = latest with
                {
                    MinRate = input.MinRatePercent!.Value / 100m,
                    DisadvantagedMinRate = input.DisadvantagedMinRatePercent!.Value / 100m,
                    ValidFromYear = year,
                    Source = input.ConditionSource.Trim(),
                };
                db.UniversalizationRules.Add(row);
                if (await TrySaveRuleAsync(nameof(input.ConditionFromYear)))
                {
                    TempData["Success"] = $"Đã thêm giá trị điều chỉnh của điều kiện {row.ConditionCode}: tối thiểu {TargetText.Threshold(row.MinRate)}, "
                        + $"xã ĐBKK {TargetText.Threshold(row.DisadvantagedMinRate)}, áp dụng từ năm {year} trở đi. Các năm trước giữ giá trị cũ.";
                    return RedirectToAction(nameof(Rules), new { year });
                }
            }
        }

        return await RulesPageAsync(input.ConditionFromYear is >= UniversalizationYears.First and <= UniversalizationYears.Last
            ? input.ConditionFromYear.Value : CurrentYear, input, new DistrictShareCorrectionInput());
    }

    [HttpPost]
    [Authorize(Roles = PortalRoles.SystemAdministrator)]
    public async Task<IActionResult> AddDistrictShare(DistrictShareCorrectionInput input)
    {
        if (ModelState.IsValid)
        {
            var year = input.ShareFromYear!.Value;
            var parts = input.ShareLevel.Split('-', 2);
            var rows = parts.Length == 2 && Enum.TryParse<UniversalizationStandard>(parts[0], out var standard) && int.TryParse(parts[1], out var level)
                ? (await db.DistrictUniversalizationRules.AsNoTracking().ToListAsync()).Where(r => r.Standard == standard && r.Level == level).ToList()
                : [];
            if (rows.Count == 0)
            {
                ModelState.AddModelError(nameof(input.ShareLevel), "Không có chuẩn, mức độ này trong bảng quy định của huyện.");
            }
            else if (rows.Any(r => r.ValidFromYear == year))
            {
                ModelState.AddModelError(nameof(input.ShareFromYear),
                    $"Tỷ lệ này đã có giá trị áp dụng từ năm {year}. Giá trị đã ghi không sửa được; hãy chọn năm khác.");
            }
            else
            {
                var latest = rows.MaxBy(r => r.ValidFromYear)!;
                var row = latest with { MinShareOfCommunes = input.MinSharePercent!.Value / 100m, ValidFromYear = year, Source = input.ShareSource.Trim() };
                db.DistrictUniversalizationRules.Add(row);
                if (await TrySaveRuleAsync(nameof(input.ShareFromYear)))
                {
                    TempData["Success"] = $"Đã thêm tỷ lệ xã đạt chuẩn tối thiểu {TargetText.Threshold(row.MinShareOfCommunes)} cho "
                        + $"{row.Standard.ToVietnamese()} mức độ {row.Level}, áp dụng từ năm {year} trở đi. Các năm trước giữ giá trị cũ.";
                    return RedirectToAction(nameof(Rules), new { year });
                }
            }
        }

        return await RulesPageAsync(input.ShareFromYear is >= UniversalizationYears.First and <= UniversalizationYears.Last
            ? input.ShareFromYear.Value : CurrentYear, new ConditionCorrectionInput(), input);
    }

    private async Task<bool> TrySaveRuleAsync(string yearField)
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            // Another administrator added the same year meanwhile (unique index).
            db.ChangeTracker.Clear();
            ModelState.AddModelError(yearField, "Giá trị của năm này vừa được người khác thêm. Vui lòng xem lại bảng bên dưới.");
            return false;
        }
    }

    private async Task<IActionResult> RulesPageAsync(int year, ConditionCorrectionInput condition, DistrictShareCorrectionInput share)
    {
        var rules = await universalization.RulesAsync();
        var inForce = rules.InForce(year);
        var conditions = rules.Conditions
            .OrderBy(r => r.Standard).ThenBy(r => r.Level).ThenBy(r => r.ConditionCode, StringComparer.Ordinal).ThenBy(r => r.ValidFromYear)
            .Select(r => new ConditionRuleRow(r, inForce.Conditions.Contains(r)))
            .ToList();
        var districtRows = rules.DistrictRules
            .OrderBy(r => r.Standard).ThenBy(r => r.Level).ThenBy(r => r.ValidFromYear)
            .Select(r => new DistrictRuleRow(r, inForce.DistrictRules.Contains(r)))
            .ToList();
        var codes = conditions.Select(r => r.Rule.ConditionCode).Distinct().ToList();
        var levels = rules.DistrictRules.Select(r => (r.Standard, r.Level)).Distinct().OrderBy(x => x.Standard).ThenBy(x => x.Level)
            .Select(x => (DistrictShareCorrectionInput.Key(x.Standard, x.Level),
                $"{TargetText.StandardShortName(x.Standard)} – {SurveyLayout.LevelName(x.Level, rules.LevelsOf(x.Standard).Count == 1)}"))
            .ToList();
        condition.ConditionFromYear ??= year;
        share.ShareFromYear ??= year;
        return View(nameof(Rules), new UniversalizationRulesViewModel(year, Years(), inForce, conditions, districtRows, codes, levels, condition, share));
    }

    private async Task<IActionResult> CommunePageAsync(UnitRef unit, int year, SurveyInput? typed)
    {
        var current = await universalization.ForCommuneAsync(unit.Id, year);
        var lastYear = await universalization.ForCommuneAsync(unit.Id, year - 1);
        var standards = SurveyLayout.Standards
            .Select(s => (Current: current.Evaluation?.Standards.FirstOrDefault(r => r.Standard == s),
                Last: lastYear.Evaluation?.Standards.FirstOrDefault(r => r.Standard == s)))
            .Where(x => x.Current is not null)
            .Select(x => StandardView.From(x.Current!, x.Last))
            .ToList();
        var levels = SurveyLayout.Standards.ToDictionary(s => s, s => (
            SurveyLayout.LevelText(current.Evaluation?.Standards.FirstOrDefault(r => r.Standard == s)),
            SurveyLayout.LevelText(lastYear.Evaluation?.Standards.FirstOrDefault(r => r.Standard == s))));
        return View(nameof(Commune), new CommunePageViewModel(unit.Id, unit.Name, year, Years(), current.IsDisadvantaged,
            User.Scope().CanEditPlansOf(unit),
            typed is null ? current.Survey?.ConcurrencyStamp : typed.ConcurrencyStamp,
            typed?.Counts ?? SurveyInput.From(current.Survey),
            current.Survey?.UpdatedBy, current.Survey?.UpdatedAt, levels, standards));
    }

    private async Task<IActionResult> StaleAsync(UnitRef unit, int year)
    {
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, StaleSurvey);
        return await CommunePageAsync(unit, year, null);
    }

    /// <summary>The commune when the user may see it; null (404) for other units and units out of scope.</summary>
    private async Task<UnitRef?> VisibleCommuneAsync(int unitId)
    {
        var unit = await db.AdministrativeUnits.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new UnitRef(u.Id, u.Name, u.Path, u.Level.Code)).FirstOrDefaultAsync();
        return unit is { IsCommune: true } && User.Scope().CanSeePlansOf(unit) ? unit : null;
    }

    private Task<bool> IsDisadvantagedAsync(int unitId, int year)
        => db.UnitYearProfiles.AsNoTracking().AnyAsync(p => p.UnitId == unitId && p.Year == year && p.IsDisadvantaged);

    private async Task<IReadOnlyList<SurveyImportCommune>> ImportableCommunesAsync(int year)
    {
        var scope = User.Scope();
        return [.. (await importer.CommunesAsync(scope, year)).Where(c => scope.CanImportSurveyFor(ToUnitRef(c)))];
    }

    private static UnitRef ToUnitRef(SurveyImportCommune commune) => new(commune.Id, commune.Name, commune.Path, AdministrativeLevel.Commune);

    private int SelectedYear(int? year) => year is >= UniversalizationYears.First and <= UniversalizationYears.Last ? year.Value : CurrentYear;

    private List<int> Years() => [.. Enumerable.Range(UniversalizationYears.First, CurrentYear + 2 - UniversalizationYears.First).Reverse()];

    private static (DateOnly First, DateOnly Last) YearBounds(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}
