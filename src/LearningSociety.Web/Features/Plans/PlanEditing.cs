using LearningSociety.Domain;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Plans;

/// <summary>How saving an edited draft ended.</summary>
public enum PlanSaveOutcome
{
    Saved,

    /// <summary>Something must be corrected; the messages are in ModelState and the form is ready to show again.</summary>
    Invalid,

    /// <summary>Someone saved the draft meanwhile; the form keeps what was typed and now carries the newer stamp.</summary>
    Stale,

    /// <summary>The draft was deleted meanwhile.</summary>
    Deleted,
}

/// <summary>What a move of a plan (issue, revise, copy, delete) made, or why it was refused (a Vietnamese message).</summary>
public sealed record PlanMove(Plan? Plan, string? Error)
{
    public static PlanMove Refused(string error) => new(null, error);
}

/// <summary>
/// The work behind the plan pages: reading the list, the form and the document, and every change of a plan through its
/// intent methods, saved with the stamp the user loaded. Who may do it is the controller's question
/// (<see cref="AccessRules.CanEditPlansOf"/>); every query takes the request's cancellation token.
/// </summary>
public sealed class PlanEditing(AppDbContext db, TargetResults results, TimeProvider clock)
{
    public const string StaleMessage =
        "Kế hoạch vừa được người khác cập nhật nên nội dung bạn vừa nhập chưa được lưu. Hãy mở trang chi tiết ở thẻ khác để xem bản mới nhất, kiểm tra rồi bấm Lưu lại.";

    public DateOnly Today() => new VietnamClock(clock).Today();

    public Task<UnitRef?> UnitAsync(int unitId, CancellationToken cancellationToken) => results.UnitAsync(unitId, cancellationToken);

    /// <summary>The plan with its targets (and their indicators), legal bases, tasks and responsibilities.</summary>
    public Task<Plan?> PlanAsync(int id, bool track, CancellationToken cancellationToken)
        => PlanQuery(track ? db.Plans : db.Plans.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>
    /// The plan alone, tracked, for deleting a draft: its rows go with it by the database's cascade, as they always did,
    /// rather than one by one through the change tracker (and the audit).
    /// </summary>
    public Task<Plan?> PlanToDeleteAsync(int id, CancellationToken cancellationToken)
        => db.Plans.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>The list page: the units the user sees (above villages) with their plans, covering the year when one is given.</summary>
    public async Task<PlanIndexViewModel> IndexAsync(UnitScope scope, int? year, CancellationToken cancellationToken)
    {
        var units = UnitTree.Order(await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
                .Where(u => u.Level.Code != AdministrativeLevel.Village)
                .Select(u => new UnitRef(u.Id, u.Name, u.Path, u.Level.Code)).ToListAsync(cancellationToken), u => u.Path, u => u.Name);
        var plans = await (from p in db.Plans.AsNoTracking()
                           join u in scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path) on p.UnitId equals u.Id
                           select new PlanListRow(p.Id, p.UnitId, p.Number, p.Title, p.StartYear, p.EndYear, p.Status, p.Version, p.IssuedOn,
                               p.PreviousVersionId))
            .ToListAsync(cancellationToken);

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
        return new PlanIndexViewModel(year, groups, editable, year ?? Today().Year);

        // The version a copy starts from: the issued one, or a first draft (not a revision waiting beside it).
        static bool IsCurrent(PlanListRow p) => p.Status == PlanStatus.Issued || (p.Status == PlanStatus.Draft && p.PreviousVersionId is null);
    }

    /// <summary>A new plan's form for the unit: the year asked for (else this year) and a valid end year (else the same year).</summary>
    public async Task<PlanForm> NewFormAsync(UnitRef unit, int? year, int? endYear, CancellationToken cancellationToken)
    {
        var start = year is int y && PlanPeriod.IsYear(y) ? y : Today().Year;
        var end = endYear is int e && PlanPeriod.IsValid(start, e) ? e : start;
        var form = PlanForm.ForNewPlan(unit, start, end);
        await PrepareAsync(form, unit, plan: null, cancellationToken);
        return form;
    }

    public async Task<PlanForm> EditFormAsync(Plan plan, UnitRef unit, CancellationToken cancellationToken)
    {
        var form = PlanForm.FromEntity(plan);
        await PrepareAsync(form, unit, plan, cancellationToken);
        return form;
    }

    /// <summary>Saves a new draft from the form; null (with the messages in ModelState) when something must be corrected.</summary>
    public async Task<Plan?> CreateAsync(PlanForm form, UnitRef unit, string by, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        if (await ReadFormAsync(form, unit, plan: null, modelState, cancellationToken) is not { } read)
        {
            return null;
        }

        Plan plan;
        try
        {
            plan = Plan.Create(unit.Id, form.ToContent(), by, clock.GetUtcNow());
            form.ApplyTo(plan, read.Targets, read.LegalBases);
        }
        catch (DomainException e)
        {
            modelState.AddModelError(string.Empty, e.Message);
            return null;
        }

        if (!IsValid(plan, modelState))
        {
            return null;
        }

        db.Plans.Add(plan);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return plan;
        }
        catch (DbUpdateException) when (form.NewLegalBasis.IsFilled)
        {
            // Someone added the same document to the shared list a moment ago; nothing was saved.
            db.ChangeTracker.Clear();
            modelState.AddModelError("NewLegalBasis.Number",
                "Văn bản căn cứ này vừa được thêm vào danh sách chung. Hãy đánh dấu văn bản trong danh sách rồi lưu lại.");
            await PrepareAsync(form, unit, plan: null, cancellationToken);
            return null;
        }
    }

    /// <summary>Writes the form into the (tracked, editable) draft and saves it if nobody saved it since the form was loaded.</summary>
    public async Task<PlanSaveOutcome> EditAsync(Plan plan, PlanForm form, UnitRef unit, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        form.UnitId = plan.UnitId;
        if (await ReadFormAsync(form, unit, plan, modelState, cancellationToken) is not { } read)
        {
            return PlanSaveOutcome.Invalid;
        }

        try
        {
            form.ApplyTo(plan, read.Targets, read.LegalBases);
        }
        catch (DomainException e)
        {
            modelState.AddModelError(string.Empty, e.Message);
        }

        if (!IsValid(plan, modelState))
        {
            return PlanSaveOutcome.Invalid;
        }

        if (await SaveAsync(plan, form.ConcurrencyStamp, cancellationToken))
        {
            return PlanSaveOutcome.Saved;
        }

        // Keep what the user typed; the fresh stamp lets them save it again once they have looked at the newer version.
        modelState.Remove(nameof(PlanForm.ConcurrencyStamp));
        if (await PlanAsync(plan.Id, track: false, cancellationToken) is not { } current)
        {
            return PlanSaveOutcome.Deleted;
        }

        form.ConcurrencyStamp = current.ConcurrencyStamp;
        modelState.AddModelError(string.Empty, StaleMessage);
        await PrepareAsync(form, unit, current, cancellationToken);
        return PlanSaveOutcome.Stale;
    }

    /// <summary>Ban hành: the draft becomes read-only and replaces the version it revises (returned as the move's plan).</summary>
    public async Task<PlanMove> IssueAsync(Plan plan, PlanIssueInput input, string by, CancellationToken cancellationToken)
    {
        try
        {
            var previous = plan.PreviousVersionId is int previousId ? await db.Plans.FirstAsync(p => p.Id == previousId, cancellationToken) : null;
            plan.Issue(input.Number!, input.IssuedOn!.Value, by, previous);
            return await SaveAsync(plan, input.ConcurrencyStamp, cancellationToken)
                ? new PlanMove(previous, null)
                : PlanMove.Refused("Kế hoạch vừa được người khác cập nhật nên chưa được ban hành. Vui lòng xem lại nội dung bên dưới rồi ban hành lại.");
        }
        catch (DomainException e)
        {
            return PlanMove.Refused(e.Message);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The draft revision of the plan waiting to be issued, if there is one.</summary>
    public Task<int?> PendingRevisionAsync(int id, CancellationToken cancellationToken)
        => db.Plans.Where(p => p.PreviousVersionId == id && p.Status == PlanStatus.Draft).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Điều chỉnh of a tracked issued plan: the new draft version, saved only if nobody used the plan meanwhile.</summary>
    public async Task<PlanMove> ReviseAsync(Plan plan, string by, CancellationToken cancellationToken)
    {
        try
        {
            var draft = plan.Revise(by, clock.GetUtcNow());
            db.Plans.Add(draft);
            return await SaveAsync(cancellationToken)
                ? new PlanMove(draft, null)
                : PlanMove.Refused("Kế hoạch vừa được người khác điều chỉnh; hãy xem bản điều chỉnh đang có.");
        }
        catch (DomainException e)
        {
            return PlanMove.Refused(e.Message);
        }
    }

    /// <summary>"Bắt đầu từ kế hoạch năm trước" from a tracked plan, saved only if nobody used the plan meanwhile.</summary>
    public async Task<PlanMove> CopyToNextPeriodAsync(Plan plan, string by, CancellationToken cancellationToken)
    {
        var copy = plan.CopyToNextPeriod(by, clock.GetUtcNow());
        db.Plans.Add(copy);
        return await SaveAsync(cancellationToken)
            ? new PlanMove(copy, null)
            : PlanMove.Refused($"Kế hoạch năm {plan.EndYear + 1} vừa được tạo từ kế hoạch này; hãy mở kế hoạch đó.");
    }

    /// <summary>Deletes a draft as the user last saw it: a draft someone has just changed, or one another plan started from, is kept.</summary>
    public async Task<string?> DeleteAsync(Plan plan, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        if (!plan.IsEditable)
        {
            return "Chỉ xóa được dự thảo; kế hoạch đã ban hành được giữ lại làm hồ sơ.";
        }

        if (await db.Plans.AnyAsync(p => p.CopiedFromPlanId == plan.Id || p.PreviousVersionId == plan.Id, cancellationToken))
        {
            return "Dự thảo này đã được dùng để bắt đầu một kế hoạch khác nên không xóa được.";
        }

        db.Plans.Remove(plan);
        return await SaveAsync(plan, concurrencyStamp, cancellationToken)
            ? null
            : "Dự thảo vừa được người khác cập nhật nên chưa bị xóa. Vui lòng xem lại nội dung.";
    }

    /// <summary>A plan of the unit, other than <paramref name="except"/>, that starts in the year and is not superseded.</summary>
    public async Task<string?> NextPlanAsync(int unitId, int startYear, int[] except, CancellationToken cancellationToken)
    {
        var other = await db.Plans.AsNoTracking()
            .Where(p => p.UnitId == unitId && p.StartYear == startYear && p.Status != PlanStatus.Superseded && !except.Contains(p.Id))
            .OrderBy(p => p.Id).Select(p => new { p.Number, p.Status }).FirstOrDefaultAsync(cancellationToken);
        return other is null ? null : $"{other.Status.Label()}, số {other.Number}";
    }

    /// <summary>The plan read as a document with its versions; null when it is gone or out of the user's sight.</summary>
    public async Task<PlanDetailsViewModel?> DetailsAsync(int id, UnitScope scope, PlanIssueInput? issue, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking()
            .Include(p => p.Targets).ThenInclude(t => t.Indicator).Include(p => p.LegalBases).ThenInclude(b => b.LegalBasis)
            .Include(p => p.Tasks).Include(p => p.Responsibilities).AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        var unit = plan is null ? null : await results.UnitAsync(plan.UnitId, cancellationToken);
        if (plan is null || unit is null || !scope.CanSeePlansOf(unit))
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
            .ToListAsync(cancellationToken);
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
        return new PlanDetailsViewModel(plan, unit, sections, versions, copiedFrom, draftRevision, scope.CanEditPlansOf(unit),
            Math.Clamp(today.Year, plan.StartYear, plan.EndYear), issue);
    }

    /// <summary>Loads what the form shows and lays its grid out for the unit's indicators (and any the plan already uses).</summary>
    public async Task<PlanFormOptions> PrepareAsync(PlanForm form, UnitRef unit, Plan? plan, CancellationToken cancellationToken)
    {
        var indicators = await results.IndicatorsForAsync(unit.Path, cancellationToken);
        if (plan is not null)
        {
            indicators.AddRange(plan.Targets.Select(t => t.Indicator).Where(i => indicators.All(x => x.Id != i.Id)).DistinctBy(i => i.Id));
        }

        var ordered = indicators.OrderBy(i => i.Category).ThenBy(i => i.SortOrder).ThenBy(i => i.Id).ToList();
        var legalBases = await db.LegalBases.AsNoTracking().OrderBy(b => b.IssuedOn).ThenBy(b => b.Id).ToListAsync(cancellationToken);
        form.Arrange(ordered);
        form.Options = new PlanFormOptions(unit, plan?.Id, plan?.Version ?? 1, plan?.PreviousVersionId is not null,
            ordered.ToDictionary(i => i.Id), legalBases);
        return form.Options;
    }

    private static IQueryable<Plan> PlanQuery(IQueryable<Plan> plans)
        => plans.Include(p => p.Targets).ThenInclude(t => t.Indicator).Include(p => p.LegalBases).Include(p => p.Tasks)
            .Include(p => p.Responsibilities).AsSplitQuery();

    /// <summary>
    /// Reads everything the form says and checks it; null (with the messages in ModelState and the form ready to show
    /// again) when something must be corrected.
    /// </summary>
    private async Task<(IReadOnlyList<PlanTargetValue> Targets, IReadOnlyList<LegalBasis> LegalBases)?> ReadFormAsync(
        PlanForm form, UnitRef unit, Plan? plan, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var options = await PrepareAsync(form, unit, plan, cancellationToken);

        // The grid is redrawn from the catalogue, so attempted values bound by position must not shadow it.
        foreach (var key in modelState.Keys.Where(k => k.StartsWith(nameof(PlanForm.Targets), StringComparison.Ordinal)
            || k.StartsWith("Grid", StringComparison.Ordinal)).ToList())
        {
            modelState.Remove(key);
        }

        if (form.PeriodDiffersFromGrid)
        {
            form.RedrawGridForPeriod([.. options.Indicators.Values.OrderBy(i => i.Category).ThenBy(i => i.SortOrder).ThenBy(i => i.Id)]);
            modelState.AddModelError(nameof(PlanForm.Targets),
                $"Thời gian kế hoạch đã đổi thành {PlanPeriod.Text(form.StartYear!.Value, form.EndYear!.Value)}: bảng chỉ tiêu đã được vẽ lại theo các năm mới. Vui lòng kiểm tra chỉ tiêu rồi bấm Lưu.");
        }

        var targets = form.ReadTargets(options.Indicators, modelState);

        if (form.StartYear is int start
            && await NextPlanAsync(unit.Id, start, plan is null ? [] : [plan.Id, plan.PreviousVersionId ?? 0], cancellationToken) is { } other)
        {
            modelState.AddModelError(nameof(PlanForm.StartYear),
                $"{unit.Name} đã có kế hoạch bắt đầu năm {start} ({other}). Hãy sửa kế hoạch đó hoặc tạo bản điều chỉnh.");
        }

        LegalBasis? added = null;
        if (modelState.IsValid && form.NewLegalBasis.IsFilled && form.NewLegalBasis.IssuedOn is { } issuedOn
            && !string.IsNullOrWhiteSpace(form.NewLegalBasis.Number))
        {
            var number = PlanForm.Clean(form.NewLegalBasis.Number);
            try
            {
                // "1373/qđ-ttg" is the document already listed: the database compares numbers without case on SQL Server.
                added = options.LegalBases.FirstOrDefault(b => b.IssuedOn == issuedOn
                        && string.Equals(b.Number.Normalize(), number.Normalize(), StringComparison.OrdinalIgnoreCase))
                    ?? form.NewLegalBasis.ToEntity();
            }
            catch (DomainException e)
            {
                modelState.AddModelError("NewLegalBasis.Number", e.Message);
            }
        }

        if (!modelState.IsValid)
        {
            return null;
        }

        var ticked = form.LegalBasisIds.Concat(added is { Id: > 0 } ? [added.Id] : []).Distinct().ToList();
        var available = options.LegalBases.Where(b => ticked.Contains(b.Id)).ToList();
        return (targets, form.OrderLegalBases(plan, available, added));
    }

    private static bool IsValid(Plan plan, ModelStateDictionary modelState)
    {
        foreach (var error in plan.Validate())
        {
            modelState.AddModelError(string.Empty, error);
        }

        return modelState.IsValid;
    }

    /// <summary>
    /// Saves when the plan still carries the stamp the user loaded (its intent methods have renewed it); otherwise
    /// changes nothing and answers false.
    /// </summary>
    private Task<bool> SaveAsync(Plan plan, Guid postedStamp, CancellationToken cancellationToken)
    {
        db.Entry(plan).Property(p => p.ConcurrencyStamp).OriginalValue = postedStamp;
        return SaveAsync(cancellationToken);
    }

    /// <summary>
    /// Saves unless a tracked plan changed meanwhile: a revision or a copy renews its source's stamp in the same save,
    /// so of two simultaneous revisions or copies (a double click) only one is made.
    /// </summary>
    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
