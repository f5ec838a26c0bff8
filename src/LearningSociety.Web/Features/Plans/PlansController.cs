using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using LearningSociety.Domain;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Plans;

/// <summary>
/// A unit's plans "Thực hiện Đề án Xây dựng xã hội học tập": list, the one form for writing a draft, the plan read
/// as a document, and the moves of <see cref="Plan"/> (issue, revise, start next year's plan, delete a draft).
/// Everyone who can see the unit reads its plans; <see cref="AccessRules.CanEditPlansOf"/> decides who writes them.
/// Out-of-scope plans answer 404, forbidden changes 403.
/// </summary>
public sealed class PlansController(AppDbContext db, TargetResults results, TimeProvider clock) : Controller
{
    private const string StaleMessage =
        "Kế hoạch vừa được người khác cập nhật nên nội dung bạn vừa nhập chưa được lưu. Hãy mở trang chi tiết ở thẻ khác để xem bản mới nhất, kiểm tra rồi bấm Lưu lại.";

    public async Task<IActionResult> Index(int? year)
    {
        var scope = User.Scope();
        if (!scope.MayUsePlans())
        {
            return Forbid();
        }

        var units = (await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
                .Where(u => u.Level.Code != AdministrativeLevel.Village)
                .Select(u => new UnitRef(u.Id, u.Name, u.Path, u.Level.Code)).ToListAsync())
            .OrderBy(u => u.Path.Count(c => c == '/')).ThenBy(u => u.Name, VietnameseText.Comparer).ToList();
        var plans = await (from p in db.Plans.AsNoTracking()
                           join u in scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path) on p.UnitId equals u.Id
                           select new PlanListRow(p.Id, p.UnitId, p.Number, p.Title, p.StartYear, p.EndYear, p.Status, p.Version, p.IssuedOn,
                               p.PreviousVersionId))
            .ToListAsync();

        var groups = units
            .Select(unit =>
            {
                var canEdit = scope.CanEditPlansOf(unit);
                var own = plans.Where(p => p.UnitId == unit.Id).ToList();
                var shown = own.Where(p => year is null || (p.StartYear <= year && p.EndYear >= year))
                    .OrderByDescending(p => p.StartYear).ThenByDescending(p => p.Version).ThenByDescending(p => p.Id)
                    .Select(p => p with
                    {
                        CanCopy = canEdit && IsCurrent(p) && !own.Any(o => o.StartYear == p.EndYear + 1 && o.Status != PlanStatus.Superseded),
                    })
                    .ToList();
                return new PlanUnitGroup(unit, canEdit, shown);
            })
            .Where(g => g.Plans.Count > 0)
            .ToList();
        var editable = units.Where(u => scope.CanEditPlansOf(u)).ToList();
        return View(new PlanIndexViewModel(year, groups, editable, year ?? Today().Year));

        // The version a copy starts from: the issued one, or a first draft (not a revision waiting beside it).
        static bool IsCurrent(PlanListRow p) => p.Status == PlanStatus.Issued || (p.Status == PlanStatus.Draft && p.PreviousVersionId is null);
    }

    public async Task<IActionResult> Details(int id)
    {
        var view = await DetailsViewAsync(id, issue: null);
        return view is null ? NotFound() : View(view);
    }

    [HttpGet]
    public async Task<IActionResult> Create(int? unitId, int? year, int? endYear)
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

        var unit = await results.UnitAsync(unitId.Value);
        if (Deny(unit, edit: true) is { } denied)
        {
            return denied;
        }

        var start = year is >= 2000 and <= 2100 ? year.Value : Today().Year;
        var end = endYear is int e && e >= start && e <= start + 10 ? e : start;
        var form = PlanForm.ForNewPlan(unit!, start, end);
        await PrepareAsync(form, unit!, plan: null);

        // The query's year and endYear share the form fields' names; an empty "endYear=" from the list page would
        // otherwise be shown instead of the defaults just computed.
        ModelState.Clear();
        return View("Form", form);
    }

    [HttpPost]
    public async Task<IActionResult> Create(PlanForm form)
    {
        var unit = await results.UnitAsync(form.UnitId);
        if (Deny(unit, edit: true) is { } denied)
        {
            return denied;
        }

        var read = await ReadFormAsync(form, unit!, plan: null);
        if (read is null)
        {
            return View("Form", form);
        }

        var plan = new Plan { UnitId = unit!.Id, CreatedBy = User.Identity!.Name!, CreatedAt = clock.GetUtcNow() };
        form.ApplyTo(plan, read.Value.Targets, read.Value.LegalBases);
        if (!IsValid(plan))
        {
            return View("Form", form);
        }

        db.Plans.Add(plan);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException) when (form.NewLegalBasis.IsFilled)
        {
            // Someone added the same document to the shared list a moment ago; nothing was saved.
            db.ChangeTracker.Clear();
            ModelState.AddModelError("NewLegalBasis.Number",
                "Văn bản căn cứ này vừa được thêm vào danh sách chung. Hãy đánh dấu văn bản trong danh sách rồi lưu lại.");
            await PrepareAsync(form, unit, plan: null);
            return View("Form", form);
        }

        TempData["Success"] = $"Đã lưu dự thảo kế hoạch {plan.PeriodText}.";
        return RedirectToAction(nameof(Details), new { id = plan.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id)
    {
        var plan = await PlanQuery(db.Plans.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id);
        var unit = plan is null ? null : await results.UnitAsync(plan.UnitId);
        if (Deny(unit, edit: true) is { } denied)
        {
            return denied;
        }

        if (!plan!.IsEditable)
        {
            return Refuse(id, () => plan.EnsureEditable());
        }

        var form = PlanForm.FromEntity(plan);
        await PrepareAsync(form, unit!, plan);
        return View("Form", form);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, PlanForm form)
    {
        var plan = await PlanQuery(db.Plans).FirstOrDefaultAsync(p => p.Id == id);
        var unit = plan is null ? null : await results.UnitAsync(plan.UnitId);
        if (Deny(unit, edit: true) is { } denied)
        {
            return denied;
        }

        if (!plan!.IsEditable)
        {
            return Refuse(id, () => plan.EnsureEditable());
        }

        form.UnitId = plan.UnitId;
        var read = await ReadFormAsync(form, unit!, plan);
        if (read is null)
        {
            return View("Form", form);
        }

        form.ApplyTo(plan, read.Value.Targets, read.Value.LegalBases);
        if (!IsValid(plan))
        {
            return View("Form", form);
        }

        if (!await SaveAsync(plan, form.ConcurrencyStamp))
        {
            // Keep what the user typed; the fresh stamp lets them save it again once they have looked at the newer version.
            ModelState.Remove(nameof(PlanForm.ConcurrencyStamp));
            var current = await PlanQuery(db.Plans.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id);
            if (current is null)
            {
                TempData["Error"] = Deleted;
                return RedirectToAction(nameof(Index));
            }

            form.ConcurrencyStamp = current.ConcurrencyStamp;
            ModelState.AddModelError(string.Empty, StaleMessage);
            await PrepareAsync(form, unit!, current);
            return View("Form", form);
        }

        TempData["Success"] = "Đã lưu dự thảo kế hoạch.";
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Ban hành: the draft becomes read-only and replaces the version it revises.</summary>
    [HttpPost]
    public async Task<IActionResult> Issue(int id, PlanIssueInput input)
    {
        var plan = await db.Plans.Include(p => p.Targets).FirstOrDefaultAsync(p => p.Id == id);
        var unit = plan is null ? null : await results.UnitAsync(plan.UnitId);
        if (Deny(unit, edit: true) is { } denied)
        {
            return denied;
        }

        if (ModelState.IsValid)
        {
            try
            {
                var previous = plan!.PreviousVersionId is int previousId ? await db.Plans.FirstAsync(p => p.Id == previousId) : null;
                plan.Issue(input.Number!, input.IssuedOn!.Value, User.Identity!.Name!, previous);
                previous?.ConcurrencyStamp = Guid.NewGuid();
                if (await SaveAsync(plan, input.ConcurrencyStamp))
                {
                    TempData["Success"] = previous is null
                        ? $"Đã ban hành Kế hoạch số {plan.Number}."
                        : $"Đã ban hành Kế hoạch số {plan.Number} (phiên bản {plan.Version}); phiên bản {previous.Version} được thay thế.";
                    return RedirectToAction(nameof(Details), new { id });
                }

                ModelState.AddModelError(string.Empty, "Kế hoạch vừa được người khác cập nhật nên chưa được ban hành. Vui lòng xem lại nội dung bên dưới rồi ban hành lại.");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        db.ChangeTracker.Clear();
        ModelState.Remove(nameof(PlanIssueInput.ConcurrencyStamp));
        if (await DetailsViewAsync(id, input) is not { } view)
        {
            TempData["Error"] = Deleted;
            return RedirectToAction(nameof(Index));
        }

        return View(nameof(Details), view);
    }

    /// <summary>Điều chỉnh: a new draft version of an issued plan, opened for editing.</summary>
    [HttpPost]
    public async Task<IActionResult> Revise(int id)
    {
        var plan = await PlanQuery(db.Plans.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id);
        var unit = plan is null ? null : await results.UnitAsync(plan.UnitId);
        if (Deny(unit, edit: true) is { } denied)
        {
            return denied;
        }

        var pending = await db.Plans.Where(p => p.PreviousVersionId == id && p.Status == PlanStatus.Draft).Select(p => (int?)p.Id).FirstOrDefaultAsync();
        if (pending is not null)
        {
            TempData["Error"] = "Kế hoạch này đã có một bản điều chỉnh đang soạn thảo; hãy sửa hoặc xóa bản đó.";
            return RedirectToAction(nameof(Details), new { id = pending });
        }

        try
        {
            var draft = plan!.Revise(User.Identity!.Name!, clock.GetUtcNow());
            db.Plans.Add(draft);
            if (!await ClaimAsync(plan))
            {
                TempData["Error"] = "Kế hoạch vừa được người khác điều chỉnh; hãy xem bản điều chỉnh đang có.";
                return RedirectToAction(nameof(Details), new { id });
            }

            TempData["Success"] = $"Đã tạo bản điều chỉnh (phiên bản {draft.Version}). Sửa nội dung rồi ban hành để thay thế phiên bản {plan.Version}.";
            return RedirectToAction(nameof(Edit), new { id = draft.Id });
        }
        catch (DomainException e)
        {
            TempData["Error"] = e.Message;
            return RedirectToAction(nameof(Details), new { id });
        }
    }

    /// <summary>"Bắt đầu từ kế hoạch năm trước": a draft for the next year (or period) with every target moved on.</summary>
    [HttpPost]
    public async Task<IActionResult> CopyToNextPeriod(int id)
    {
        var plan = await PlanQuery(db.Plans.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id);
        var unit = plan is null ? null : await results.UnitAsync(plan.UnitId);
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

        if (await NextPlanAsync(plan.UnitId, next, except: []) is { } existing)
        {
            TempData["Error"] = $"{unit!.Name} đã có kế hoạch bắt đầu năm {next} ({existing}); không tạo thêm.";
            return RedirectToAction(nameof(Index));
        }

        var copy = plan.CopyToNextPeriod(User.Identity!.Name!, clock.GetUtcNow());
        db.Plans.Add(copy);
        if (!await ClaimAsync(plan))
        {
            TempData["Error"] = $"Kế hoạch năm {next} vừa được tạo từ kế hoạch này; hãy mở kế hoạch đó.";
            return RedirectToAction(nameof(Index));
        }

        TempData["Success"] = $"Đã tạo dự thảo kế hoạch {copy.PeriodText} từ kế hoạch {plan.PeriodText}; hãy cập nhật nội dung và chỉ tiêu.";
        return RedirectToAction(nameof(Edit), new { id = copy.Id });
    }

    [HttpPost]
    public async Task<IActionResult> Delete(int id, Guid concurrencyStamp)
    {
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == id);
        var unit = plan is null ? null : await results.UnitAsync(plan.UnitId);
        if (Deny(unit, edit: true) is { } denied)
        {
            return denied;
        }

        if (!plan!.IsEditable)
        {
            TempData["Error"] = "Chỉ xóa được dự thảo; kế hoạch đã ban hành được giữ lại làm hồ sơ.";
            return RedirectToAction(nameof(Details), new { id });
        }

        if (await db.Plans.AnyAsync(p => p.CopiedFromPlanId == id || p.PreviousVersionId == id))
        {
            TempData["Error"] = "Dự thảo này đã được dùng để bắt đầu một kế hoạch khác nên không xóa được.";
            return RedirectToAction(nameof(Details), new { id });
        }

        // Deleted only as the user last saw it: a draft someone has just changed is kept.
        db.Plans.Remove(plan);
        if (!await SaveAsync(plan, concurrencyStamp))
        {
            TempData["Error"] = "Dự thảo vừa được người khác cập nhật nên chưa bị xóa. Vui lòng xem lại nội dung.";
            return RedirectToAction(nameof(Details), new { id });
        }

        TempData["Success"] = $"Đã xóa dự thảo kế hoạch {plan.PeriodText}.";
        return RedirectToAction(nameof(Index));
    }

    private const string Deleted = "Kế hoạch này vừa bị xóa; không còn để lưu hay ban hành.";

    private DateOnly Today() => new VietnamClock(clock).Today();

    private static IQueryable<Plan> PlanQuery(IQueryable<Plan> plans)
        => plans.Include(p => p.Targets).ThenInclude(t => t.Indicator).Include(p => p.LegalBases).Include(p => p.Tasks)
            .Include(p => p.Responsibilities).AsSplitQuery();

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

    /// <summary>
    /// Reads everything the form says and checks it; null (with the messages in ModelState and the form ready to show
    /// again) when something must be corrected.
    /// </summary>
    private async Task<(IReadOnlyList<PlanTarget> Targets, IReadOnlyList<LegalBasis> LegalBases)?> ReadFormAsync(PlanForm form, UnitRef unit, Plan? plan)
    {
        var options = await PrepareAsync(form, unit, plan);

        // The grid is redrawn from the catalogue, so attempted values bound by position must not shadow it.
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(PlanForm.Targets), StringComparison.Ordinal)
            || k.StartsWith("Grid", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        if (form.PeriodDiffersFromGrid)
        {
            form.RedrawGridForPeriod([.. options.Indicators.Values.OrderBy(i => i.Category).ThenBy(i => i.SortOrder).ThenBy(i => i.Id)]);
            ModelState.AddModelError(nameof(PlanForm.Targets),
                $"Thời gian kế hoạch đã đổi thành {PlanForm.PeriodText(form.StartYear!.Value, form.EndYear!.Value)}: bảng chỉ tiêu đã được vẽ lại theo các năm mới. Vui lòng kiểm tra chỉ tiêu rồi bấm Lưu.");
        }

        var targets = form.ReadTargets(options.Indicators, ModelState);

        if (form.StartYear is int start && await NextPlanAsync(unit.Id, start, except: plan is null ? [] : [plan.Id, plan.PreviousVersionId ?? 0]) is { } other)
        {
            ModelState.AddModelError(nameof(PlanForm.StartYear),
                $"{unit.Name} đã có kế hoạch bắt đầu năm {start} ({other}). Hãy sửa kế hoạch đó hoặc tạo bản điều chỉnh.");
        }

        LegalBasis? added = null;
        if (form.NewLegalBasis.IsFilled && form.NewLegalBasis.IssuedOn is { } issuedOn && !string.IsNullOrWhiteSpace(form.NewLegalBasis.Number))
        {
            var number = PlanForm.Clean(form.NewLegalBasis.Number);
            // "1373/qđ-ttg" is the document already listed: the database compares numbers without case on SQL Server.
            added = options.LegalBases.FirstOrDefault(b => b.IssuedOn == issuedOn
                    && string.Equals(b.Number.Normalize(), number.Normalize(), StringComparison.OrdinalIgnoreCase))
                ?? form.NewLegalBasis.ToEntity();
        }

        if (!ModelState.IsValid)
        {
            return null;
        }

        var ticked = form.LegalBasisIds.Concat(added is { Id: > 0 } ? [added.Id] : []).Distinct().ToList();
        var available = options.LegalBases.Where(b => ticked.Contains(b.Id)).ToList();
        return (targets, form.OrderLegalBases(plan, available, added));
    }

    /// <summary>Loads what the form shows and lays its grid out for the unit's indicators (and any the plan already uses).</summary>
    private async Task<PlanFormOptions> PrepareAsync(PlanForm form, UnitRef unit, Plan? plan)
    {
        var indicators = await results.IndicatorsForAsync(unit.Path);
        if (plan is not null)
        {
            indicators.AddRange(plan.Targets.Select(t => t.Indicator).Where(i => indicators.All(x => x.Id != i.Id)).DistinctBy(i => i.Id));
        }

        var ordered = indicators.OrderBy(i => i.Category).ThenBy(i => i.SortOrder).ThenBy(i => i.Id).ToList();
        var legalBases = await db.LegalBases.AsNoTracking().OrderBy(b => b.IssuedOn).ThenBy(b => b.Id).ToListAsync();
        form.Arrange(ordered);
        form.Options = new PlanFormOptions(unit, plan?.Id, plan?.Version ?? 1, plan?.PreviousVersionId is not null,
            ordered.ToDictionary(i => i.Id), legalBases);
        return form.Options;
    }

    private bool IsValid(Plan plan)
    {
        foreach (var error in plan.Validate())
        {
            ModelState.AddModelError(string.Empty, error);
        }

        return ModelState.IsValid;
    }

    /// <summary>Saves when the plan still carries the stamp the user loaded; otherwise changes nothing and answers false.</summary>
    private async Task<bool> SaveAsync(Plan plan, Guid postedStamp)
    {
        db.Entry(plan).Property(p => p.ConcurrencyStamp).OriginalValue = postedStamp;
        plan.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// Saves the new plan added beside <paramref name="source"/> only if nobody used the source meanwhile: the source's
    /// stamp changes in the same save, so of two simultaneous revisions or copies (a double click) only one is made.
    /// </summary>
    private Task<bool> ClaimAsync(Plan source)
    {
        var tracked = new Plan { Id = source.Id, ConcurrencyStamp = source.ConcurrencyStamp };
        db.Attach(tracked);
        return SaveAsync(tracked, source.ConcurrencyStamp);
    }

    /// <summary>A plan of the unit, other than <paramref name="except"/>, that starts in the year and is not superseded.</summary>
    private async Task<string?> NextPlanAsync(int unitId, int startYear, int[] except)
    {
        var other = await db.Plans.AsNoTracking()
            .Where(p => p.UnitId == unitId && p.StartYear == startYear && p.Status != PlanStatus.Superseded && !except.Contains(p.Id))
            .OrderBy(p => p.Id).Select(p => new { p.Number, p.Status }).FirstOrDefaultAsync();
        return other is null ? null : $"{other.Status.Label()}, số {other.Number}";
    }

    private async Task<PlanDetailsViewModel?> DetailsViewAsync(int id, PlanIssueInput? issue)
    {
        var plan = await db.Plans.AsNoTracking()
            .Include(p => p.Targets).ThenInclude(t => t.Indicator).Include(p => p.LegalBases).ThenInclude(b => b.LegalBasis)
            .Include(p => p.Tasks).Include(p => p.Responsibilities).AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id);
        var unit = plan is null ? null : await results.UnitAsync(plan.UnitId);
        if (plan is null || Deny(unit, edit: false) is not null)
        {
            return null;
        }

        // No-tracking queries give each target its own indicator instance: group by id.
        var sections = plan.Targets
            .GroupBy(t => t.IndicatorId)
            .Select(g => (Indicator: g.First().Indicator, Targets: g.ToList()))
            .GroupBy(g => g.Indicator.Category)
            .OrderBy(c => c.Key)
            .Select(c => new PlanTargetSection(c.Key, [.. c
                .OrderBy(g => g.Indicator.SortOrder).ThenBy(g => g.Indicator.Id)
                .Select(g => new PlanTargetLine(g.Indicator, g.Targets.ToDictionary(t => t.Year, t => TargetText.Target(g.Indicator, t.Value)),
                    g.Targets.Select(t => t.Note).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))))]))
            .ToList();

        // The whole chain of versions: back to the first through PreviousVersionId, then every later one.
        var chain = await db.Plans.AsNoTracking().Where(p => p.UnitId == plan.UnitId)
            .Select(p => new { Row = new PlanVersionRow(p.Id, p.Version, p.Status, p.Number, p.IssuedOn, p.StartYear, p.EndYear), p.PreviousVersionId, p.CopiedFromPlanId })
            .ToListAsync();
        var first = chain.First(p => p.Row.Id == id);
        while (first.PreviousVersionId is int previous && chain.FirstOrDefault(p => p.Row.Id == previous) is { } earlier)
        {
            first = earlier;
        }

        var versions = new List<PlanVersionRow>();
        for (var current = first; current is not null; current = chain.FirstOrDefault(p => p.PreviousVersionId == current.Row.Id))
        {
            versions.Add(current.Row);
        }

        var copiedFrom = plan.CopiedFromPlanId is int source ? chain.FirstOrDefault(p => p.Row.Id == source)?.Row : null;
        var draftRevision = chain.FirstOrDefault(p => p.PreviousVersionId == id && p.Row.Status == PlanStatus.Draft)?.Row.Id;
        var today = Today();
        issue ??= new PlanIssueInput
        {
            Number = plan.Number.Contains('…', StringComparison.Ordinal) || plan.Number.StartsWith('/') ? null : plan.Number,
            IssuedOn = plan.Covers(today.Year) || today.Year == plan.StartYear - 1 ? today : null,
        };
        issue.ConcurrencyStamp = plan.ConcurrencyStamp;
        return new PlanDetailsViewModel(plan, unit!, sections, versions, copiedFrom, draftRevision, User.Scope().CanEditPlansOf(unit!),
            Math.Clamp(today.Year, plan.StartYear, plan.EndYear), issue);
    }
}
