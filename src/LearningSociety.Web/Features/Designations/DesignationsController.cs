using LearningSociety.Domain;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningSociety.Web.Features.Designations;

/// <summary>
/// The ĐBKK lists (danh sách xã đặc biệt khó khăn) with their legal basis: everyone sees the lists that name communes on
/// their line; only an administrator at the owning level keeps them (<see cref="AccessRules.DesignationKeepers"/>). A
/// change re-judges the open cards of the communes it moves (<see cref="DesignationKeeping"/>).
/// </summary>
public sealed class DesignationsController(AppDbContext db, DesignationKeeping keeping, IOptions<DesignationOptions> options, TimeProvider clock)
    : Controller
{
    private const int PageSize = 20;
    private const int NamesShown = 40;

    private string OwnerLevel => options.Value.OwnerLevel;

    public async Task<IActionResult> Index(int? year, int page = 1)
    {
        var selectedYear = year is >= Domain.Scorecards.RecognitionRule.EarliestYear and <= Domain.Scorecards.RecognitionRule.LastYear
            ? year.Value : new VietnamClock(clock).Today().Year;
        var scope = User.Scope();
        var visible = await VisibleCommunesAsync(scope);
        var lists = db.DisadvantagedDesignations.AsNoTracking()
            .Where(d => d.FromYear <= selectedYear && d.ToYear >= selectedYear && d.Communes.Any(c => visible.Contains(c.CommuneId)));
        var total = await lists.CountAsync(HttpContext.RequestAborted);
        var pageCount = Pager.PageCountOf(total, PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var designations = await lists.OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(d => new { d.Id, d.DocumentType, d.Number, d.IssuedOn, d.Issuer, d.FromYear, d.ToYear })
            .ToListAsync(HttpContext.RequestAborted);
        var ids = designations.Select(d => d.Id).ToList();
        var communes = await db.DisadvantagedCommunes.AsNoTracking().Where(c => ids.Contains(c.DesignationId))
            .Select(c => new { c.DesignationId, c.CommuneId, c.Commune.Name, c.Commune.Path })
            .ToListAsync(HttpContext.RequestAborted);
        var rows = designations.Select(d =>
        {
            var named = communes.Where(c => c.DesignationId == d.Id).ToList();
            var shown = named.Where(c => visible.Contains(c.CommuneId)).Select(c => c.Name).Order(VietnameseText.Comparer).ToList();
            return new DesignationRow(d.Id, DisadvantagedDesignation.CitationOf(d.DocumentType, d.Number, d.IssuedOn, d.Issuer), d.FromYear, d.ToYear,
                shown.Take(NamesShown).ToList(), shown.Count, named.All(c => scope.CanDesignate(c.Path, OwnerLevel)));
        }).ToList();
        return View(new DesignationListViewModel(selectedYear, rows,
            new Pager(page, pageCount, p => Url.Action(nameof(Index), new { year = selectedYear, page = p })!),
            scope.DesignationKeepers(OwnerLevel).Count > 0, LevelName(OwnerLevel)));
    }

    [HttpGet]
    public async Task<IActionResult> Create(int? year)
    {
        if (User.Scope().DesignationKeepers(OwnerLevel).Count == 0)
        {
            return Forbid();
        }

        var thisYear = year ?? new VietnamClock(clock).Today().Year;
        return View("Form", await WithOptionsAsync(new DesignationInput { FromYear = thisYear, ToYear = thisYear }));
    }

    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Create(DesignationInput input)
    {
        if (User.Scope().DesignationKeepers(OwnerLevel).Count == 0)
        {
            return Forbid();
        }

        input.Id = null;
        return await SaveAsync(input, null);
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id)
    {
        var designation = await FindKeptAsync(id);
        if (designation is null)
        {
            return NotFound();
        }

        return View("Form", await WithOptionsAsync(new DesignationInput
        {
            Id = id, DocumentType = designation.DocumentType, Number = designation.Number, IssuedOn = designation.IssuedOn,
            Issuer = designation.Issuer, FromYear = designation.FromYear, ToYear = designation.ToYear,
            CommuneIds = [.. designation.Communes.Select(c => c.CommuneId)], ConcurrencyStamp = designation.ConcurrencyStamp,
        }));
    }

    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Edit(int id, DesignationInput input)
    {
        var designation = await FindKeptAsync(id);
        if (designation is null)
        {
            return NotFound();
        }

        input.Id = id;
        if (input.ConcurrencyStamp != designation.ConcurrencyStamp)
        {
            ModelState.AddModelError(string.Empty, "Danh sách vừa được người khác thay đổi trong lúc bạn sửa nên thay đổi của bạn chưa được lưu. "
                + "Trang đã hiện danh sách như vừa lưu; hãy kiểm tra rồi sửa lại.");
            return await Edit(id);
        }

        return await SaveAsync(input, designation);
    }

    [HttpPost]
    public async Task<IActionResult> Delete(int id, Guid? concurrencyStamp)
    {
        var designation = await FindKeptAsync(id);
        if (designation is null)
        {
            return NotFound();
        }

        if (concurrencyStamp != designation.ConcurrencyStamp)
        {
            TempData["Error"] = "Danh sách vừa được người khác thay đổi nên chưa xóa; hãy xem lại.";
            return RedirectToAction(nameof(Index), new { year = designation.FromYear });
        }

        var citation = designation.Citation;
        var rejudged = await keeping.DeleteAsync(designation, User.Identity!.Name!, HttpContext.RequestAborted);
        TempData["Success"] = $"Đã xóa danh sách theo {citation}." + Rejudged(rejudged);
        return RedirectToAction(nameof(Index), new { year = designation.FromYear });
    }

    private async Task<IActionResult> SaveAsync(DesignationInput input, DisadvantagedDesignation? designation)
    {
        await WithOptionsAsync(input);
        var allowed = input.Communes.ToDictionary(c => c.Id);
        var byCode = input.Communes.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        var ids = input.CommuneIds.ToHashSet();
        var codes = (input.CommuneCodes ?? string.Empty).Split([',', ';', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var unknown = codes.Where(code => !byCode.ContainsKey(code)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            ModelState.AddModelError(nameof(input.CommuneCodes),
                $"Không có xã nào mang mã {string.Join(", ", unknown.Take(20))}{(unknown.Count > 20 ? "…" : "")} trong phạm vi bạn quản lý.");
        }

        ids.UnionWith(codes.Where(byCode.ContainsKey).Select(code => byCode[code].Id));
        if (ids.Any(id => !allowed.ContainsKey(id)))
        {
            ModelState.AddModelError(nameof(input.CommuneIds), "Có xã không thuộc phạm vi bạn quản lý.");
        }

        if (!ModelState.IsValid)
        {
            return View("Form", input);
        }

        var before = designation is null ? Coverage.None : Coverage.Of(designation);
        try
        {
            if (designation is null)
            {
                designation = DisadvantagedDesignation.Create(input.DocumentType, input.Number, input.IssuedOn!.Value, input.Issuer,
                    input.FromYear!.Value, input.ToYear!.Value, ids);
            }
            else
            {
                designation.Change(input.DocumentType, input.Number, input.IssuedOn!.Value, input.Issuer, input.FromYear!.Value, input.ToYear!.Value, ids);
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Field ?? string.Empty, e.Message);
            return View("Form", input);
        }

        try
        {
            var rejudged = await keeping.SaveAsync(designation, before, User.Identity!.Name!, HttpContext.RequestAborted);
            TempData["Success"] = $"Đã lưu danh sách xã ĐBKK theo {designation.Citation} ({ids.Count} xã, năm {designation.FromYear}–{designation.ToYear})."
                + Rejudged(rejudged);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, "Danh sách vừa được người khác thay đổi nên thay đổi của bạn chưa được lưu; hãy mở lại để xem.");
            return View("Form", input);
        }

        return RedirectToAction(nameof(Index), new { year = designation.FromYear });
    }

    private static string Rejudged(int count)
        => count == 0 ? string.Empty : $" {VietnameseFormat.Number(count)} phiếu chưa đề nghị đã được đánh giá lại theo danh sách mới; chi hội được báo trên trang Tổng quan.";

    /// <summary>A list the user keeps: every commune it names lies under one of the user's keeper grants.</summary>
    private async Task<DisadvantagedDesignation?> FindKeptAsync(int id)
    {
        var designation = await db.DisadvantagedDesignations.Include(d => d.Communes).ThenInclude(c => c.Commune)
            .FirstOrDefaultAsync(d => d.Id == id, HttpContext.RequestAborted);
        var scope = User.Scope();
        return designation is not null && designation.Communes.All(c => scope.CanDesignate(c.Commune.Path, OwnerLevel)) ? designation : null;
    }

    /// <summary>The communes under the user's keeper grants, for the form's ticks.</summary>
    private async Task<DesignationInput> WithOptionsAsync(DesignationInput input)
    {
        var keepers = User.Scope().DesignationKeepers(OwnerLevel).Select(g => g.UnitPath).ToList();
        var communes = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Level.Code == AdministrativeLevel.Commune && u.ValidTo == null)
            .Select(u => new { u.Id, u.Code, u.Name, u.Path, Parent = u.Parent == null ? string.Empty : u.Parent.Name })
            .ToListAsync(HttpContext.RequestAborted);
        input.Communes = communes
            .Where(c => keepers.Any(k => c.Path.StartsWith(k, StringComparison.Ordinal)))
            .OrderBy(c => c.Parent, VietnameseText.Comparer).ThenBy(c => c.Name, VietnameseText.Comparer)
            .Select(c => new CommuneOption(c.Id, c.Code, c.Name, c.Parent))
            .ToList();
        return input;
    }

    /// <summary>Communes on the user's line: those under a grant, and the commune above a village grant.</summary>
    private async Task<List<int>> VisibleCommunesAsync(UnitScope scope)
    {
        var below = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Where(u => u.Level.Code == AdministrativeLevel.Commune).Select(u => u.Id).ToListAsync(HttpContext.RequestAborted);
        var above = scope.Grants.SelectMany(g => g.UnitPath.Split('/', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse);
        return [.. below.Concat(above).Distinct()];
    }

    private static string LevelName(string level) => level switch
    {
        AdministrativeLevel.Province => "tỉnh",
        AdministrativeLevel.District => "huyện",
        _ => level,
    };
}
