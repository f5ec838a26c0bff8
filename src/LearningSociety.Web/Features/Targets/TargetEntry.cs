using LearningSociety.Domain;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Targets;

/// <summary>
/// The work behind the target pages: the results page of a unit and the saving of its entered results (through
/// <see cref="TargetAchievementRecord"/>, all or nothing, with each record's stamp), the district roll-up page, and the
/// indicator catalogue with local indicators. What was achieved comes from <see cref="TargetResults"/>; who may act is
/// the controller's question. Every query takes the request's cancellation token.
/// </summary>
public sealed class TargetEntry(AppDbContext db, TargetResults results, UniversalizationResults universalization, TimeProvider clock)
{
    /// <summary>The levels that have results pages.</summary>
    public static readonly string[] ResultLevels = [AdministrativeLevel.Commune, AdministrativeLevel.District];

    public int ThisYear() => new VietnamClock(clock).Today().Year;

    /// <summary>
    /// Checks every posted row against the plan's targets of the year: a row must belong to the plan, be entered (not
    /// computed) and hold a result its indicator accepts; messages land on the row's own field.
    /// </summary>
    public static void ValidateRows(TargetResultsInput input, IReadOnlyDictionary<int, TargetIndicator> targets, ModelStateDictionary modelState)
    {
        for (var i = 0; i < input.Rows.Count; i++)
        {
            var row = input.Rows[i];
            if (!targets.TryGetValue(row.IndicatorId, out var indicator))
            {
                modelState.AddModelError(string.Empty,
                    $"Một chỉ tiêu vừa gửi không còn trong kế hoạch năm {input.Year}. Vui lòng tải lại trang.");
            }
            else if (indicator.IsComputed)
            {
                modelState.AddModelError(string.Empty,
                    $"Chỉ tiêu “{indicator.Text}” được tính tự động ({TargetText.Computation(indicator.Computation)}), không nhập tay.");
            }
            else
            {
                ValidateRow(indicator, row, $"{nameof(input.Rows)}[{i}]", modelState);
            }
        }
    }

    /// <summary>"Tổng hợp toàn huyện": the district's own outcome per indicator and its communes side by side; null when not found.</summary>
    public async Task<DistrictPage?> DistrictPageAsync(UnitScope scope, int? unitId, int? year, CancellationToken cancellationToken)
    {
        var selected = year ?? ThisYear();
        var district = PlanPeriod.IsYear(selected) ? await ResolveUnitAsync(scope, unitId, [AdministrativeLevel.District], cancellationToken) : null;
        if (district is null)
        {
            return null;
        }

        var (plan, districtRows) = await results.JudgeAsync(district, selected, cancellationToken);
        var levels = await universalization.ForDistrictAsync(district.Path, selected, cancellationToken);
        var communes = (await results.JudgeCommunesAsync(district, selected, levels, cancellationToken))
            .Select(c => (Line: new DistrictCommuneLine(c.Unit, c.Plan, c.Met, c.Rows.Count,
                c.Scorecards?.RecognisedTotal, c.Scorecards?.Adults, c.Scorecards?.RecognisedShare, c.Universalization.Evaluation), c.Rows))
            .ToList();

        var ownIndicators = districtRows.Select(r => r.Indicator.Id).ToHashSet();
        var others = communes.SelectMany(c => c.Rows).Select(r => r.Indicator)
            .Where(i => !ownIndicators.Contains(i.Id)).DistinctBy(i => i.Id).ToList();
        var otherOutcomes = await results.OutcomesAsync(district, selected, others, cancellationToken);

        DistrictIndicatorLine Line(TargetIndicator indicator, PlanTarget? target, IndicatorOutcome outcome, TargetResult? result)
        {
            var communeRows = communes.SelectMany(c => c.Rows).Where(r => r.Indicator.Id == indicator.Id).ToList();
            return new DistrictIndicatorLine(indicator, target, outcome, result, communeRows.Count,
                communeRows.Count(r => r.Result?.IsMet == true));
        }

        var indicators = districtRows.Select(r => Line(r.Indicator, r.Target, r.Outcome, r.Result))
            .Concat(others.Select(i => Line(i, null, otherOutcomes[i.Id], null)))
            .OrderBy(l => l.Indicator.Category).ThenBy(l => l.Indicator.SortOrder).ThenBy(l => l.Indicator.Id)
            .ToList();
        var districts = (await UnitOptionsAsync(scope, [AdministrativeLevel.District], cancellationToken)).ToList();
        return new DistrictPage(district, selected, plan, indicators, [.. communes.Select(c => c.Line)], levels.Standards, districts);
    }

    /// <summary>"Thêm chỉ tiêu địa phương" for the owner unit; a Vietnamese message when the domain refuses it.</summary>
    public async Task<string?> AddLocalIndicatorAsync(LocalIndicatorInput input, UnitRef owner, CancellationToken cancellationToken)
    {
        var category = input.Category!.Value;
        var lastOrder = await db.TargetIndicators.Where(i => i.Category == category).MaxAsync(i => (int?)i.SortOrder, cancellationToken) ?? 0;
        try
        {
            db.TargetIndicators.Add(TargetIndicator.CreateLocal(owner.Id, input.IndicatorCode, category, input.Text, input.Kind!.Value,
                input.NumeratorDefinition, input.DenominatorDefinition, input.MaxLevel, input.Source, lastOrder + 1));
        }
        catch (DomainException e)
        {
            return e.Message;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Added by another administrator after the validator looked (the code is unique in the catalogue).
            db.ChangeTracker.Clear();
            return LocalIndicatorInputValidator.CodeTaken(input.IndicatorCode.Trim());
        }

        return null;
    }

    /// <summary>Deactivates an active indicator or reactivates an inactive one, if the user administers its owner; null when not found.</summary>
    public async Task<TargetIndicator?> ToggleAsync(UnitScope scope, int id, CancellationToken cancellationToken)
    {
        var indicator = await db.TargetIndicators.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        var owner = indicator?.OwnerUnitId is int ownerId ? await results.UnitAsync(ownerId, cancellationToken) : null;
        if (indicator is null || (owner is not null && !scope.CanAdminister(owner.Path)))
        {
            return null;
        }

        if (indicator.IsActive)
        {
            indicator.Deactivate();
        }
        else
        {
            indicator.Reactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return indicator;
    }

    private static void ValidateRow(TargetIndicator indicator, AchievementInput row, string prefix, ModelStateDictionary modelState)
    {
        if (row.IsBlank(indicator.Kind))
        {
            if (!string.IsNullOrWhiteSpace(row.Note))
            {
                modelState.AddModelError($"{prefix}.{nameof(row.Note)}", "Ghi chú cần đi kèm kết quả; hãy nhập kết quả hoặc xóa ghi chú.");
            }

            return;
        }

        if (indicator.Kind == TargetKind.Percentage)
        {
            if (row.Numerator is null)
            {
                modelState.AddModelError($"{prefix}.{nameof(row.Numerator)}", $"Cần nhập tử số ({indicator.NumeratorDefinition ?? "số đạt"}).");
                return;
            }

            if (indicator.ValidateAchievement(new Achievement(row.Numerator.Value, row.Denominator)) is { } message)
            {
                var field = row.Denominator is null ? nameof(row.Denominator) : nameof(row.Numerator);
                modelState.AddModelError($"{prefix}.{field}", message);
            }

            return;
        }

        if (indicator.ValidateAchievement(new Achievement(row.Value!.Value, null)) is { } error)
        {
            modelState.AddModelError($"{prefix}.{nameof(row.Value)}", error);
        }
    }

    /// <summary>Upserts (or, for a cleared row, deletes) each record; returns the indicators found stale, with nothing saved.</summary>
    public async Task<IReadOnlyList<int>> SaveAsync(UnitRef unit, TargetResultsInput input, IReadOnlyDictionary<int, TargetIndicator> targets, string by,
        CancellationToken cancellationToken)
    {
        var ids = input.Rows.Select(r => r.IndicatorId).ToList();
        var records = await db.TargetAchievements
            .Where(a => a.UnitId == unit.Id && a.Year == input.Year && ids.Contains(a.IndicatorId))
            .ToDictionaryAsync(a => a.IndicatorId, cancellationToken);
        var stale = Stale(input, records);
        if (stale.Count > 0)
        {
            return stale;
        }

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
            if (record is null)
            {
                db.TargetAchievements.Add(TargetAchievementRecord.Create(unit.Id, indicator, input.Year, value, denominator, row.Note, by, at));
            }
            else
            {
                record.Record(indicator, value, denominator, row.Note, by, at);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
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
                .ToDictionaryAsync(a => a.IndicatorId, cancellationToken);
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

    /// <summary>
    /// The results page of the unit and year; a posted form keeps what was typed, except in rows found stale, which show
    /// the saved values again.
    /// </summary>
    public async Task<ResultsPage> ResultsPageAsync(UnitScope scope, UnitRef unit, int year, TargetResultsInput? posted, IReadOnlyList<int> stale,
        ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var canEdit = scope.CanEditPlansOf(unit);
        var (plan, rows) = await results.JudgeAsync(unit, year, cancellationToken);
        var entered = rows.Where(r => !r.Indicator.IsComputed).Select(r => r.Indicator.Id).ToList();
        var records = await db.TargetAchievements.AsNoTracking()
            .Where(a => a.UnitId == unit.Id && a.Year == year && entered.Contains(a.IndicatorId))
            .ToDictionaryAsync(a => a.IndicatorId, cancellationToken);

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
                    ClearField(modelState, index);
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

        var units = await UnitOptionsAsync(scope, ResultLevels, cancellationToken);
        return new ResultsPage(unit, year, plan, lines, canEdit && plan is not null, units, stale);
    }

    // A reloaded row shows the saved values, not what the browser sent.
    private static void ClearField(ModelStateDictionary modelState, int index)
    {
        foreach (var field in new[] { nameof(AchievementInput.Numerator), nameof(AchievementInput.Denominator), nameof(AchievementInput.Value),
                     nameof(AchievementInput.Note), nameof(AchievementInput.ConcurrencyStamp) })
        {
            modelState.Remove($"{nameof(TargetResultsInput.Rows)}[{index}].{field}");
        }
    }

    public async Task<CataloguePage> CataloguePageAsync(UnitScope scope, LocalIndicatorInput input, CancellationToken cancellationToken)
    {
        var indicators = await db.TargetIndicators.AsNoTracking().ToListAsync(cancellationToken);
        var ownerIds = indicators.Where(i => i.OwnerUnitId is not null).Select(i => i.OwnerUnitId!.Value).Distinct().ToList();
        var owners = await db.AdministrativeUnits.AsNoTracking().Where(u => ownerIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new { u.Name, u.Path }, cancellationToken);

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
            ? await UnitOptionsAsync(scope, [AdministrativeLevel.Province, AdministrativeLevel.District, AdministrativeLevel.Commune], cancellationToken)
            : [];
        return new CataloguePage(lines, scope.IsAdministrator, input, units);
    }

    /// <summary>The user's own unit of one of the levels, else the first such unit they can see; null when none or out of scope.</summary>
    public async Task<UnitRef?> ResolveUnitAsync(UnitScope scope, int? unitId, IReadOnlyCollection<string> levels, CancellationToken cancellationToken)
    {
        UnitRef? unit;
        if (unitId is int id)
        {
            unit = await results.UnitAsync(id, cancellationToken);
        }
        else if (scope.Grants.FirstOrDefault(g => levels.Contains(g.LevelCode)) is { } own)
        {
            unit = await results.UnitAsync(own.UnitId, cancellationToken);
        }
        else
        {
            var first = (await UnitOptionsAsync(scope, levels, cancellationToken)).FirstOrDefault();
            unit = first is null ? null : await results.UnitAsync(first.Id, cancellationToken);
        }

        return unit is not null && levels.Contains(unit.LevelCode) && scope.CanSeePlansOf(unit) ? unit : null;
    }

    /// <summary>Units of the given levels the user can see, each followed by its own units, in Vietnamese order.</summary>
    private async Task<IReadOnlyList<UnitOption>> UnitOptionsAsync(UnitScope scope, IReadOnlyCollection<string> levels, CancellationToken cancellationToken)
    {
        var units = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Where(u => levels.Contains(u.Level.Code) && u.ValidTo == null)
            .Select(u => new { u.Id, u.Name, u.Path, Level = u.Level.Code })
            .ToListAsync(cancellationToken);
        return UnitTree.Walk(units, u => u.Path, u => u.Name).Select(u => new UnitOption(u.Unit.Id, u.Unit.Name, u.Unit.Level, u.Depth)).ToList();
    }
}
