using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Domain;
using LearningSociety.Web.Auditing;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Approvals;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Scorecards;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Citizens;

/// <summary>
/// The citizen register of the villages a user may see. Village branches (and administrators) register,
/// correct and remove citizens; everyone above them reads.
/// </summary>
public sealed class CitizensController(AppDbContext db, TimeProvider clock, AuditLog audit, RecognitionRuleLookup rules) : Controller
{
    private int CurrentYear => new VietnamClock(clock).Today().Year;

    public async Task<IActionResult> Index(CitizenFilter filter)
    {
        var scope = User.Scope();
        var year = filter.Year ?? CurrentYear;
        var citizens = scope.Filter(db.Citizens.AsNoTracking(), c => c.Village.Path);
        if (filter.VillageId is int villageId)
        {
            citizens = citizens.Where(c => c.VillageId == villageId);
        }

        if (filter.GroupId is int groupId)
        {
            citizens = citizens.Where(c => c.GroupId == groupId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var term = Citizen.NormalizeName(filter.Q);
            citizens = citizens.Where(c => c.FullName.Contains(term) || c.NationalId == term);
        }

        var joined = citizens.Select(c => new
        {
            Citizen = c,
            Registration = db.Registrations.FirstOrDefault(r => r.CitizenId == c.Id && r.Year == year),
        });
        joined = filter.Status switch
        {
            "none" => joined.Where(x => x.Registration == null),
            "registered" => joined.Where(x => x.Registration != null && x.Registration.Status == ScorecardStatus.Registered),
            "selfassessed" => joined.Where(x => x.Registration != null && x.Registration.Status == ScorecardStatus.SelfAssessed),
            "passed" => joined.Where(x => x.Registration != null && x.Registration.Passed == true),
            "failed" => joined.Where(x => x.Registration != null && x.Registration.Passed == false),
            _ => joined,
        };

        // Names sort in Vietnamese order, which SQLite cannot do: sort the (id, name) pairs here, then load one page.
        var keys = await joined.Select(x => new { x.Citizen.Id, x.Citizen.FullName }).ToListAsync();
        var page = Math.Max(1, filter.Page);
        var pageIds = keys.OrderBy(k => k.FullName, VietnameseText.PersonName)
            .Skip((page - 1) * CitizenFilter.PageSize).Take(CitizenFilter.PageSize).Select(k => k.Id).ToList();
        var rows = await joined.Where(x => pageIds.Contains(x.Citizen.Id))
            .Select(x => new CitizenRow(x.Citizen.Id, x.Citizen.FullName, x.Citizen.BirthYear, x.Citizen.Gender, x.Citizen.Group.Name,
                x.Citizen.Village.Name, x.Registration == null ? null : x.Registration.Id,
                x.Registration == null ? null : x.Registration.Status,
                x.Registration == null ? null : x.Registration.AppraisedTotal,
                x.Registration == null ? null : x.Registration.Passed,
                x.Citizen.ConsentDate != null))
            .ToListAsync();
        rows = rows.OrderBy(r => pageIds.IndexOf(r.Id)).ToList();

        filter.Page = page;
        var carryOver = await CarryOverQuery(scope, year).CountAsync();
        return View(new CitizenListViewModel(filter, year, rows, keys.Count, await VillageOptionsAsync(scope, editableOnly: false),
            await GroupOptionsAsync(), scope.MayKeepRegister(), carryOver));
    }

    public async Task<IActionResult> Details(int id)
    {
        var scope = User.Scope();
        var citizen = await scope.Filter(db.Citizens.AsNoTracking(), c => c.Village.Path)
            .Where(c => c.Id == id)
            .Select(c => new { c.Id, c.FullName, c.DateOfBirth, c.BirthYear, c.Gender, Group = c.Group.Name, Village = c.Village.Name,
                VillagePath = c.Village.Path, c.VillageId, c.NationalId, c.Phone, c.ConsentDate, c.ConsentRecordedBy })
            .FirstOrDefaultAsync();
        if (citizen is null)
        {
            return NotFound();
        }

        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => r.CitizenId == id)
            .OrderByDescending(r => r.Year)
            .Select(r => new { r.Id, r.Year, Group = r.Group.Name, r.Status, r.AppraisedTotal, r.Passed, r.RegisteredBy, r.RegisteredAt, r.IsLocked,
                SelfScores = r.Entries.Select(e => e.SelfScore).ToList() })
            .ToListAsync();
        var summaries = registrations
            .Select(r => new RegistrationSummary(r.Id, r.Year, r.Group, r.Status,
                CdhtRegistration.TotalOf(r.SelfScores),
                r.AppraisedTotal, r.Passed, r.RegisteredBy, r.RegisteredAt, r.IsLocked))
            .ToList();

        // Which years count as recognised is the shared rule of RecognisedYears (the year's reports use it too).
        var rule = await rules.ForVillageAsync(citizen.VillageId, CurrentYear);
        var recognisedYears = await RecognisedYears.Cards(db, CurrentYear).Where(r => r.CitizenId == id).Select(r => r.Year).ToListAsync();
        var outstanding = OutstandingCitizen.IsOutstanding(recognisedYears, recognisedYears.DefaultIfEmpty(CurrentYear).Max(),
            rule.ConsecutiveYearsForOutstanding);

        return View(new CitizenDetailsViewModel(citizen.Id, citizen.FullName, citizen.DateOfBirth, citizen.BirthYear, citizen.Gender,
            citizen.Group, citizen.Village, NationalIdNumber.Mask(citizen.NationalId), citizen.Phone, citizen.ConsentDate,
            citizen.ConsentRecordedBy, summaries, CurrentYear, scope.CanKeepRegisterAt(citizen.VillagePath), outstanding,
            rule.ConsecutiveYearsForOutstanding));
    }

    [HttpGet]
    public async Task<IActionResult> Create()
    {
        var input = new CitizenInput { ConsentDate = new VietnamClock(clock).Today(), Consent = true };
        await FillOptionsAsync(input);
        if (input.Villages.Count == 0)
        {
            return Forbid();
        }

        input.VillageId = input.Villages.Count == 1 ? int.Parse(input.Villages[0].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        return View(input);
    }

    [HttpPost]
    public async Task<IActionResult> Create(CitizenInput input)
    {
        if (ModelState.IsValid && !await CanEditVillageAsync(input.VillageId))
        {
            return NotFound();
        }

        if (ModelState.IsValid && await NationalIdTakenAsync(input.NationalId, null))
        {
            ModelState.AddModelError(nameof(input.NationalId), NationalIdMessages.AlreadyRegistered);
        }

        if (!ModelState.IsValid)
        {
            await FillOptionsAsync(input);
            return View(input);
        }

        try
        {
            var citizen = new Citizen(input.FullName, input.DateOfBirth, input.DateOfBirth?.Year ?? input.BirthYear!.Value, input.Gender!.Value,
                input.GroupId!.Value, input.VillageId!.Value, input.NationalId, input.Phone);
            if (input.Consent)
            {
                citizen.RecordConsent(input.ConsentDate!.Value, User.Identity!.Name!);
            }

            db.Citizens.Add(citizen);
            if (input.RegisterThisYear)
            {
                db.Registrations.Add(new CdhtRegistration(citizen, CurrentYear, RegistrationChannel.Branch, User.Identity!.Name!, clock.GetUtcNow()));
            }

            await db.SaveChangesAsync();
            TempData["Success"] = $"Đã đăng ký công dân {citizen.FullName}.";
            return RedirectToAction(nameof(Details), new { id = citizen.Id });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            await FillOptionsAsync(input);
            return View(input);
        }
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id)
    {
        var citizen = await FindEditableAsync(id);
        if (citizen is null)
        {
            return NotFound();
        }

        // The edit form shows the full CCCD: a read of personal data, so it is audited.
        await audit.RecordAsync("View", nameof(Citizen), id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Mở hồ sơ để sửa (hiển thị đầy đủ số CCCD)");
        var input = new CitizenInput
        {
            Id = citizen.Id, FullName = citizen.FullName, DateOfBirth = citizen.DateOfBirth, BirthYear = citizen.BirthYear,
            Gender = citizen.Gender, GroupId = citizen.GroupId, VillageId = citizen.VillageId, NationalId = citizen.NationalId,
            Phone = citizen.Phone, Consent = citizen.HasConsent, ConsentDate = citizen.ConsentDate ?? new VietnamClock(clock).Today(),
            RegisterThisYear = false,
        };
        await FillOptionsAsync(input);
        return View(input);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, CitizenInput input)
    {
        var citizen = await FindEditableAsync(id);
        if (citizen is null || (ModelState.IsValid && !await CanEditVillageAsync(input.VillageId)))
        {
            return NotFound();
        }

        if (ModelState.IsValid && await NationalIdTakenAsync(input.NationalId, id))
        {
            ModelState.AddModelError(nameof(input.NationalId), NationalIdMessages.AlreadyRegistered);
        }

        if (ModelState.IsValid)
        {
            try
            {
                citizen.Correct(input.FullName, input.DateOfBirth, input.DateOfBirth?.Year ?? input.BirthYear!.Value, input.Gender!.Value,
                    input.GroupId!.Value, input.VillageId!.Value, input.NationalId, input.Phone);
                if (input.Consent && !citizen.HasConsent)
                {
                    citizen.RecordConsent(input.ConsentDate!.Value, User.Identity!.Name!);
                }

                await db.SaveChangesAsync();
                TempData["Success"] = "Đã lưu thông tin công dân.";
                return RedirectToAction(nameof(Details), new { id });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        input.Id = id;
        await FillOptionsAsync(input);
        return View(input);
    }

    /// <summary>Removes a citizen on their request; the audit trail keeps that it happened and who did it.</summary>
    [HttpPost]
    public async Task<IActionResult> Delete(int id)
    {
        var citizen = await FindEditableAsync(id);
        if (citizen is null)
        {
            return NotFound();
        }

        if (await db.Registrations.AnyAsync(r => r.CitizenId == id && r.IsLocked))
        {
            TempData["Error"] = "Công dân đã có phiếu được đề nghị lên cấp trên; không thể xóa.";
            return RedirectToAction(nameof(Details), new { id });
        }

        db.Citizens.Remove(citizen);
        await db.SaveChangesAsync();
        TempData["Success"] = "Đã xóa công dân khỏi sổ theo yêu cầu.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Registers the citizen for a year (the current one, or an earlier year to enter history).</summary>
    [HttpPost]
    public async Task<IActionResult> Register(int id, int year)
    {
        var citizen = await FindEditableAsync(id);
        if (citizen is null)
        {
            return NotFound();
        }

        if (await db.Registrations.AnyAsync(r => r.CitizenId == id && r.Year == year))
        {
            TempData["Error"] = $"Công dân đã đăng ký năm {year}.";
        }
        else if (year > CurrentYear)
        {
            TempData["Error"] = "Không thể đăng ký cho năm chưa tới.";
        }
        else
        {
            try
            {
                db.Registrations.Add(new CdhtRegistration(citizen, year, RegistrationChannel.Branch, User.Identity!.Name!, clock.GetUtcNow()));
                await db.SaveChangesAsync();
                TempData["Success"] = $"Đã đăng ký danh hiệu \"Công dân học tập\" năm {year}.";
            }
            catch (DomainException e)
            {
                TempData["Error"] = e.Message;
            }
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Start of a year: every citizen registered last year in the user's villages is registered for this year.</summary>
    [HttpPost]
    public async Task<IActionResult> CarryOver(int year)
    {
        var scope = User.Scope();
        if (!scope.MayKeepRegister())
        {
            return Forbid();
        }

        var citizens = await CarryOverQuery(scope, year).Include(c => c.Village).ToListAsync();
        foreach (var citizen in citizens)
        {
            db.Registrations.Add(new CdhtRegistration(citizen, year, RegistrationChannel.CarriedOver, User.Identity!.Name!, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync();
        TempData["Success"] = citizens.Count == 0
            ? $"Không có công dân nào của năm {year - 1} cần chuyển sang năm {year}."
            : $"Đã chuyển {citizens.Count:N0} công dân đăng ký năm {year - 1} sang danh sách đăng ký năm {year}.";
        return RedirectToAction(nameof(Index), new { year });
    }

    private IQueryable<Citizen> CarryOverQuery(UnitScope scope, int year)
        => scope.Filter(db.Citizens, c => c.Village.Path, AccessRules.RegisterKeepers)
            .Where(c => db.Registrations.Any(r => r.CitizenId == c.Id && r.Year == year - 1)
                && !db.Registrations.Any(r => r.CitizenId == c.Id && r.Year == year));

    private async Task<Citizen?> FindEditableAsync(int id)
    {
        var citizen = await db.Citizens.Include(c => c.Village).FirstOrDefaultAsync(c => c.Id == id);
        return citizen is not null && User.Scope().CanKeepRegisterAt(citizen.Village.Path) ? citizen : null;
    }

    private async Task<bool> CanEditVillageAsync(int? villageId)
    {
        var village = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Id == villageId && u.Level.Code == AdministrativeLevel.Village)
            .Select(u => u.Path).FirstOrDefaultAsync();
        return village is not null && User.Scope().CanKeepRegisterAt(village);
    }

    private Task<bool> NationalIdTakenAsync(string? nationalId, int? exceptId)
    {
        var value = nationalId?.Trim();
        return string.IsNullOrEmpty(value)
            ? Task.FromResult(false)
            : db.Citizens.AnyAsync(c => c.NationalId == value && c.Id != exceptId);
    }

    private async Task FillOptionsAsync(CitizenInput input)
    {
        input.Villages = await VillageOptionsAsync(User.Scope(), editableOnly: true);
        input.Groups = await GroupOptionsAsync();
    }

    private async Task<IReadOnlyList<SelectListItem>> VillageOptionsAsync(UnitScope scope, bool editableOnly)
    {
        var villages = await (editableOnly ? scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path, AccessRules.RegisterKeepers)
                : scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path))
            .Where(u => u.Level.Code == AdministrativeLevel.Village && u.ValidTo == null)
            .Select(u => new { u.Id, u.Name, Commune = u.Parent!.Name })
            .ToListAsync();
        return villages
            .OrderBy(v => v.Commune, VietnameseText.Comparer).ThenBy(v => v.Name, VietnameseText.Comparer)
            .Select(v => new SelectListItem($"{v.Name} ({v.Commune})", v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    private async Task<IReadOnlyList<SelectListItem>> GroupOptionsAsync()
        => (await db.CitizenGroups.AsNoTracking().OrderBy(g => g.Code).ToListAsync())
            .Select(g => new SelectListItem($"{g.Name}: {g.Description}", g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
}
