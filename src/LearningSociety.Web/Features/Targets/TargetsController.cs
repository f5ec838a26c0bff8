using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Features.Universalization;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Targets;

/// <summary>
/// Yearly targets: what a commune or district achieved against its plan (entered at year end, or computed from the
/// scorecards and the PCGD-XMC survey), the district roll-up of its communes, and the indicator catalogue. Who may
/// read or change a unit's results is <see cref="AccessRules.CanEditPlansOf"/>; village branches have no business here.
/// </summary>
[Authorize(Roles = PortalRoles.SystemAdministrator + "," + PortalRoles.DistrictOffice + "," + PortalRoles.CommuneOfficer + "," + PortalRoles.Viewer)]
public sealed class TargetsController(
    AppDbContext db,
    TargetResults results,
    UniversalizationResults universalization,
    TimeProvider clock) : Controller
{
    private const int FirstYear = 2000;
    private const int LastYear = 2100;

    private static readonly string[] ResultLevels = [AdministrativeLevel.Commune, AdministrativeLevel.District];

    [HttpGet]
    public async Task<IActionResult> Results(int? unitId, int? year)
    {
        var selected = year ?? new VietnamClock(clock).Today().Year;
        var unit = selected is >= FirstYear and <= LastYear ? await ResolveUnitAsync(unitId, ResultLevels) : null;
        return unit is null ? NotFound() : View(await ResultsPageAsync(unit, selected, posted: null, stale: []));
    }

    /// <summary>
    /// Saves every entered target of the page in one SaveChanges: nothing is saved when one row is invalid or was
    /// changed by someone else since the page was loaded.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> Results(TargetResultsInput input)
    {
        var unit = await results.UnitAsync(input.UnitId);
        var scope = User.Scope();
        if (unit is null || !ResultLevels.Contains(unit.LevelCode) || !scope.CanSeePlansOf(unit)
            || input.Year is < FirstYear or > LastYear)
        {
            return NotFound();
        }

        if (!scope.CanEditPlansOf(unit))
        {
            return Forbid();
        }

        var (plan, rows) = await results.JudgeAsync(unit, input.Year);
        if (plan is null)
        {
            TempData["Error"] = $"{unit.Name} chưa có kế hoạch năm {input.Year}; chưa lưu được kết quả.";
            return RedirectToAction(nameof(Results), new { unitId = unit.Id, year = input.Year });
        }

        var targets = rows.ToDictionary(r => r.Indicator.Id, r => r.Indicator);
        for (var i = 0; i < input.Rows.Count; i++)
        {
            var row = input.Rows[i];
            if (!targets.TryGetValue(row.IndicatorId, out var indicator))
            {
                ModelState.AddModelError(string.Empty,
                    $"Một chỉ tiêu vừa gửi không còn trong kế hoạch năm {input.Year}. Vui lòng tải lại trang.");
            }
            else if (indicator.IsComputed)
            {
                ModelState.AddModelError(string.Empty,
                    $"Chỉ tiêu “{indicator.Text}” được tính tự động ({TargetText.Computation(indicator.Computation)}), không nhập tay.");
            }
            else
            {
                ValidateRow(indicator, row, $"{nameof(input.Rows)}[{i}]");
            }
        }

        if (!ModelState.IsValid)
        {
            return View(await ResultsPageAsync(unit, input.Year, input, stale: []));
        }

        var stale = await SaveAsync(unit, input, targets);
        if (stale.Count > 0)
        {
            var names = string.Join("; ", stale.Select(id => $"“{targets[id].Text}”"));
            ModelState.AddModelError(string.Empty,
                $"Kết quả của chỉ tiêu {names} vừa được người khác cập nhật. Chưa có số liệu nào được lưu; giá trị mới nhất đã được tải lại vào ô nhập, vui lòng kiểm tra và lưu lại.");
            return View(await ResultsPageAsync(unit, input.Year, input, stale));
        }

        TempData["Success"] = $"Đã lưu kết quả thực hiện chỉ tiêu năm {input.Year} của {unit.Name}.";
        return RedirectToAction(nameof(Results), new { unitId = unit.Id, year = input.Year });
    }

    /// <summary>"Tổng hợp toàn huyện": the district's own outcome per indicator and its communes side by side.</summary>
    [HttpGet]
    public async Task<IActionResult> District(int? unitId, int? year)
    {
        var selected = year ?? new VietnamClock(clock).Today().Year;
        var district = selected is >= FirstYear and <= LastYear ? await ResolveUnitAsync(unitId, [AdministrativeLevel.District]) : null;
        if (district is null)
        {
            return NotFound();
        }

        var (plan, districtRows) = await results.JudgeAsync(district, selected);
        var levels = await universalization.ForDistrictAsync(district.Path, selected);
        var communes = (await results.JudgeCommunesAsync(district, selected, levels))
            .Select(c => (Line: new DistrictCommuneLine(c.Unit, c.Plan, c.Met, c.Rows.Count,
                c.Scorecards?.RecognisedTotal, c.Scorecards?.Adults, c.Scorecards?.RecognisedShare, c.Universalization.Evaluation), c.Rows))
            .ToList();

        var ownIndicators = districtRows.Select(r => r.Indicator.Id).ToHashSet();
        var others = communes.SelectMany(c => c.Rows).Select(r => r.Indicator)
            .Where(i => !ownIndicators.Contains(i.Id)).DistinctBy(i => i.Id).ToList();
        var otherOutcomes = await results.OutcomesAsync(district, selected, others);

        DistrictIndicatorLine Line(TargetIndicator indicator, PlanTarget? target, IndicatorOutcome outcome, TargetResult? result)
        {
            var communeRows = communes.SelectMany(c => c.Rows).Where(r => r.Indicator.Id == indicator.Id).ToList();
            return new DistrictIndicatorLine(indicator, target, outcome, result, communeRows.Count,
                communeRows.Count(r => r.Result?.Judgement is TargetJudgement.Achieved or TargetJudgement.Exceeded));
        }

        var indicators = districtRows.Select(r => Line(r.Indicator, r.Target, r.Outcome, r.Result))
            .Concat(others.Select(i => Line(i, null, otherOutcomes[i.Id], null)))
            .OrderBy(l => l.Indicator.Category).ThenBy(l => l.Indicator.SortOrder).ThenBy(l => l.Indicator.Id)
            .ToList();
        var districts = (await UnitOptionsAsync([AdministrativeLevel.District])).ToList();
        return View(new DistrictPage(district, selected, plan, indicators, [.. communes.Select(c => c.Line)], levels.Standards, districts));
    }

    [HttpGet]
    public async Task<IActionResult> Catalogue() => View(await CataloguePageAsync(new LocalIndicatorInput()));

    /// <summary>"Thêm chỉ tiêu địa phương": an entered indicator for a unit and the units below it.</summary>
    [HttpPost]
    [Authorize(Roles = PortalRoles.SystemAdministrator)]
    public async Task<IActionResult> AddIndicator(LocalIndicatorInput input)
    {
        var owner = input.UnitId is int unitId ? await results.UnitAsync(unitId) : null;
        if (input.UnitId is not null && (owner is null || !User.Scope().CanAdminister(owner.Path) || owner.LevelCode == AdministrativeLevel.Village))
        {
            ModelState.AddModelError(nameof(input.UnitId), "Đơn vị không hợp lệ hoặc ngoài phạm vi bạn quản lý.");
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Catalogue), await CataloguePageAsync(input));
        }

        var category = input.Category!.Value;
        var kind = input.Kind!.Value;
        var lastOrder = await db.TargetIndicators.Where(i => i.Category == category).MaxAsync(i => (int?)i.SortOrder) ?? 0;
        db.TargetIndicators.Add(new TargetIndicator
        {
            Code = input.IndicatorCode.Trim(),
            Category = category,
            Text = input.Text.Trim(),
            Kind = kind,
            NumeratorDefinition = kind == TargetKind.Percentage ? input.NumeratorDefinition?.Trim() : null,
            DenominatorDefinition = kind == TargetKind.Percentage ? input.DenominatorDefinition?.Trim() : null,
            MaxLevel = kind == TargetKind.Level ? input.MaxLevel : null,
            Computation = TargetComputation.Entered,
            Source = input.Source.Trim(),
            OwnerUnitId = owner!.Id,
            SortOrder = lastOrder + 1,
            IsActive = true,
        });
        await db.SaveChangesAsync();
        TempData["Success"] = $"Đã thêm chỉ tiêu địa phương {input.IndicatorCode.Trim()} cho {owner.Name} và các đơn vị trực thuộc.";
        return RedirectToAction(nameof(Catalogue));
    }

    /// <summary>Deactivating hides an indicator from new plans; plans and results that use it keep it.</summary>
    [HttpPost]
    [Authorize(Roles = PortalRoles.SystemAdministrator)]
    public async Task<IActionResult> ToggleIndicator(int id)
    {
        var indicator = await db.TargetIndicators.FirstOrDefaultAsync(i => i.Id == id);
        var owner = indicator?.OwnerUnitId is int ownerId ? await results.UnitAsync(ownerId) : null;
        if (indicator is null || (owner is not null && !User.Scope().CanAdminister(owner.Path)))
        {
            return NotFound();
        }

        indicator.IsActive = !indicator.IsActive;
        await db.SaveChangesAsync();
        TempData["Success"] = indicator.IsActive
            ? $"Đã sử dụng lại chỉ tiêu {indicator.Code}."
            : $"Đã ngừng sử dụng chỉ tiêu {indicator.Code}; kế hoạch và kết quả đã có vẫn giữ nguyên.";
        return RedirectToAction(nameof(Catalogue));
    }

    private void ValidateRow(TargetIndicator indicator, AchievementInput row, string prefix)
    {
        if (row.IsBlank(indicator.Kind))
        {
            if (!string.IsNullOrWhiteSpace(row.Note))
            {
                ModelState.AddModelError($"{prefix}.{nameof(row.Note)}", "Ghi chú cần đi kèm kết quả; hãy nhập kết quả hoặc xóa ghi chú.");
            }

            return;
        }

        if (indicator.Kind == TargetKind.Percentage)
        {
            if (row.Numerator is null)
            {
                ModelState.AddModelError($"{prefix}.{nameof(row.Numerator)}", $"Cần nhập tử số ({indicator.NumeratorDefinition ?? "số đạt"}).");
                return;
            }

            if (indicator.ValidateAchievement(new Achievement(row.Numerator.Value, row.Denominator)) is { } message)
            {
                var field = row.Denominator is null ? nameof(row.Denominator) : nameof(row.Numerator);
                ModelState.AddModelError($"{prefix}.{field}", message);
            }

            return;
        }

        if (indicator.ValidateAchievement(new Achievement(row.Value!.Value, null)) is { } error)
        {
            ModelState.AddModelError($"{prefix}.{nameof(row.Value)}", error);
        }
    }

    /// <summary>Upserts (or, for a cleared row, deletes) each record; returns the indicators found stale, with nothing saved.</summary>
    private async Task<IReadOnlyList<int>> SaveAsync(UnitRef unit, TargetResultsInput input, IReadOnlyDictionary<int, TargetIndicator> targets)
    {
        var ids = input.Rows.Select(r => r.IndicatorId).ToList();
        var records = await db.TargetAchievements
            .Where(a => a.UnitId == unit.Id && a.Year == input.Year && ids.Contains(a.IndicatorId))
            .ToDictionaryAsync(a => a.IndicatorId);
        var stale = Stale(input, records);
        if (stale.Count > 0)
        {
            return stale;
        }

        var by = User.Identity!.Name!;
        var at = clock.GetUtcNow();
        foreach (var row in input.Rows)
        {
            var indicator = targets[row.IndicatorId];
            var record = records.GetValueOrDefault(row.IndicatorId);
            if (row.IsBlank(indicator.Kind))
            {
                if (record is not null)
                {
                    db.TargetAchievements.Remove(record);
                }

                continue;
            }

            var (value, denominator) = indicator.Kind == TargetKind.Percentage ? (row.Numerator!.Value, row.Denominator) : (row.Value!.Value, null);
            var note = string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim();
            if (record is null)
            {
                db.TargetAchievements.Add(new TargetAchievementRecord
                {
                    UnitId = unit.Id, IndicatorId = indicator.Id, Year = input.Year, Value = value, Denominator = denominator, Note = note,
                    UpdatedBy = by, UpdatedAt = at,
                });
            }
            else if (record.Value != value || record.Denominator != denominator || record.Note != note)
            {
                record.Value = value;
                record.Denominator = denominator;
                record.Note = note;
                record.UpdatedBy = by;
                record.UpdatedAt = at;
                record.ConcurrencyStamp = Guid.NewGuid();
            }
        }

        try
        {
            await db.SaveChangesAsync();
            return [];
        }
        catch (DbUpdateException)
        {
            // Someone saved between our read and our write (a changed stamp, or the same record inserted twice).
            foreach (var entry in db.ChangeTracker.Entries().ToList())
            {
                entry.State = EntityState.Detached;
            }

            var now = await db.TargetAchievements.AsNoTracking()
                .Where(a => a.UnitId == unit.Id && a.Year == input.Year && ids.Contains(a.IndicatorId))
                .ToDictionaryAsync(a => a.IndicatorId);
            var changed = Stale(input, now);
            if (changed.Count == 0)
            {
                throw;
            }

            return changed;
        }
    }

    // A row is stale when the record it was loaded with is gone, was replaced, or appeared since.
    private static List<int> Stale(TargetResultsInput input, IReadOnlyDictionary<int, TargetAchievementRecord> records)
        => input.Rows.Where(r => records.GetValueOrDefault(r.IndicatorId)?.ConcurrencyStamp != r.ConcurrencyStamp)
            .Select(r => r.IndicatorId).ToList();

    private async Task<ResultsPage> ResultsPageAsync(UnitRef unit, int year, TargetResultsInput? posted, IReadOnlyList<int> stale)
    {
        var scope = User.Scope();
        var canEdit = scope.CanEditPlansOf(unit);
        var (plan, rows) = await results.JudgeAsync(unit, year);
        var entered = rows.Where(r => !r.Indicator.IsComputed).Select(r => r.Indicator.Id).ToList();
        var records = await db.TargetAchievements.AsNoTracking()
            .Where(a => a.UnitId == unit.Id && a.Year == year && entered.Contains(a.IndicatorId))
            .ToDictionaryAsync(a => a.IndicatorId);

        // Posted rows keep their index so that ModelState errors ("Rows[2].Numerator") land on their own field.
        var postedIndex = posted?.Rows.Select((r, i) => (r.IndicatorId, i)).GroupBy(x => x.IndicatorId).ToDictionary(g => g.Key, g => g.First().i) ?? [];
        var next = posted?.Rows.Count ?? 0;
        var lines = new List<ResultLine>();
        foreach (var row in rows)
        {
            if (!canEdit || row.Indicator.IsComputed)
            {
                lines.Add(new ResultLine(row, null, null));
                continue;
            }

            var record = records.GetValueOrDefault(row.Indicator.Id);
            var fresh = new AchievementInput
            {
                IndicatorId = row.Indicator.Id,
                Numerator = row.Indicator.Kind == TargetKind.Percentage ? record?.Value : null,
                Denominator = record?.Denominator,
                Value = row.Indicator.Kind == TargetKind.Percentage ? null : record?.Value,
                Note = record?.Note,
                ConcurrencyStamp = record?.ConcurrencyStamp,
            };
            if (postedIndex.TryGetValue(row.Indicator.Id, out var index))
            {
                var typed = posted!.Rows[index];
                if (stale.Contains(row.Indicator.Id))
                {
                    ClearField(index);
                    lines.Add(new ResultLine(row, index, fresh));
                }
                else
                {
                    // The typed values stay; the stamp stays the one the user loaded.
                    lines.Add(new ResultLine(row, index, typed));
                }
            }
            else
            {
                lines.Add(new ResultLine(row, next++, fresh));
            }
        }

        var units = await UnitOptionsAsync(ResultLevels);
        return new ResultsPage(unit, year, plan, lines, canEdit && plan is not null, units, stale);
    }

    // A reloaded row shows the saved values, not what the browser sent.
    private void ClearField(int index)
    {
        foreach (var field in new[] { nameof(AchievementInput.Numerator), nameof(AchievementInput.Denominator), nameof(AchievementInput.Value),
                     nameof(AchievementInput.Note), nameof(AchievementInput.ConcurrencyStamp) })
        {
            ModelState.Remove($"{nameof(TargetResultsInput.Rows)}[{index}].{field}");
        }
    }

    private async Task<CataloguePage> CataloguePageAsync(LocalIndicatorInput input)
    {
        var scope = User.Scope();
        var indicators = await db.TargetIndicators.AsNoTracking().ToListAsync();
        var ownerIds = indicators.Where(i => i.OwnerUnitId is not null).Select(i => i.OwnerUnitId!.Value).Distinct().ToList();
        var owners = await db.AdministrativeUnits.AsNoTracking().Where(u => ownerIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new { u.Name, u.Path });

        var lines = indicators
            .Where(i => i.OwnerUnitId is null || (owners.TryGetValue(i.OwnerUnitId.Value, out var o) && scope.CanSeeIndicatorOf(o.Path)))
            .OrderBy(i => i.Category).ThenBy(i => i.OwnerUnitId is not null).ThenBy(i => i.SortOrder).ThenBy(i => i.Id)
            .Select(i =>
            {
                var owner = i.OwnerUnitId is int id ? owners[id] : null;
                return new CatalogueLine(i, owner?.Name ?? "Toàn quốc", scope.IsAdministrator && (owner is null || scope.CanSee(owner.Path)));
            })
            .ToList();
        var units = scope.IsAdministrator
            ? await UnitOptionsAsync([AdministrativeLevel.Province, AdministrativeLevel.District, AdministrativeLevel.Commune])
            : [];
        return new CataloguePage(lines, scope.IsAdministrator, input, units);
    }

    /// <summary>The user's own unit of one of the levels, else the first such unit they can see; null when none or out of scope.</summary>
    private async Task<UnitRef?> ResolveUnitAsync(int? unitId, IReadOnlyCollection<string> levels)
    {
        var scope = User.Scope();
        UnitRef? unit;
        if (unitId is int id)
        {
            unit = await results.UnitAsync(id);
        }
        else if (scope.Grants.FirstOrDefault(g => levels.Contains(g.LevelCode)) is { } own)
        {
            unit = await results.UnitAsync(own.UnitId);
        }
        else
        {
            var first = (await UnitOptionsAsync(levels)).FirstOrDefault();
            unit = first is null ? null : await results.UnitAsync(first.Id);
        }

        return unit is not null && levels.Contains(unit.LevelCode) && scope.CanSeePlansOf(unit) ? unit : null;
    }

    /// <summary>Units of the given levels the user can see, each followed by its own units, in Vietnamese order.</summary>
    private async Task<IReadOnlyList<UnitOption>> UnitOptionsAsync(IReadOnlyCollection<string> levels)
    {
        var units = await User.Scope().Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Where(u => levels.Contains(u.Level.Code) && u.ValidTo == null)
            .Select(u => new { u.Id, u.Name, u.Path, u.ParentId, Level = u.Level.Code })
            .ToListAsync();
        var ids = units.Select(u => u.Id).ToHashSet();
        var children = units.ToLookup(u => u.ParentId is int p && ids.Contains(p) ? p : (int?)null);
        var ordered = new List<UnitOption>();
        void Walk(int? parent)
        {
            foreach (var u in children[parent].OrderBy(u => u.Name, VietnameseText.Comparer))
            {
                ordered.Add(new UnitOption(u.Id, u.Name, u.Level));
                Walk(u.Id);
            }
        }

        Walk(null);
        return ordered;
    }
}
