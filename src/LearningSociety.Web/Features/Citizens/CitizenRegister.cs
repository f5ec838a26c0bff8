using System.Globalization;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Citizens;

/// <summary>
/// The citizen register of the villages a user may see: the list with its filters and page, one citizen with their
/// cards, and the changes village branches make (register, correct, remove, register for a year, carry a year over).
/// Changes go through the domain's intent methods; a refused change throws <see cref="Domain.DomainException"/>.
/// </summary>
public sealed class CitizenRegister(AppDbContext db, TimeProvider clock, RecognitionRuleLookup rules)
{
    public int CurrentYear => new VietnamClock(clock).Today().Year;

    public DateOnly Today => new VietnamClock(clock).Today();

    /// <summary>One page of the filtered list and the number of citizens on every page.</summary>
    public async Task<(IReadOnlyList<CitizenRow> Rows, int Total)> PageAsync(UnitScope scope, CitizenFilter filter, int year, int page,
        CancellationToken cancellationToken)
    {
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
        var keys = await joined.Select(x => new { x.Citizen.Id, x.Citizen.FullName }).ToListAsync(cancellationToken);
        var pageIds = keys.OrderBy(k => k.FullName, VietnameseText.PersonName)
            .Skip((page - 1) * CitizenFilter.PageSize).Take(CitizenFilter.PageSize).Select(k => k.Id).ToList();
        var rows = await joined.Where(x => pageIds.Contains(x.Citizen.Id))
            .Select(x => new CitizenRow(x.Citizen.Id, x.Citizen.FullName, x.Citizen.BirthYear, x.Citizen.Gender, x.Citizen.Group.Name,
                x.Citizen.Village.Name, x.Registration == null ? null : x.Registration.Id,
                x.Registration == null ? null : x.Registration.Status,
                x.Registration == null ? null : x.Registration.AppraisedTotal,
                x.Registration == null ? null : x.Registration.Passed,
                x.Citizen.ConsentDate != null))
            .ToListAsync(cancellationToken);
        return (rows.OrderBy(r => pageIds.IndexOf(r.Id)).ToList(), keys.Count);
    }

    /// <summary>A citizen the user may see, with their cards; null when there is none in scope.</summary>
    public async Task<CitizenDetailsViewModel?> DetailsAsync(UnitScope scope, int id, CancellationToken cancellationToken)
    {
        var citizen = await scope.Filter(db.Citizens.AsNoTracking(), c => c.Village.Path)
            .Where(c => c.Id == id)
            .Select(c => new { c.Id, c.FullName, c.DateOfBirth, c.BirthYear, c.Gender, Group = c.Group.Name, Village = c.Village.Name,
                VillagePath = c.Village.Path, c.VillageId, c.NationalId, c.Phone, c.ConsentDate, c.ConsentRecordedBy })
            .FirstOrDefaultAsync(cancellationToken);
        if (citizen is null)
        {
            return null;
        }

        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => r.CitizenId == id)
            .OrderByDescending(r => r.Year)
            .Select(r => new { r.Id, r.Year, Group = r.Group.Name, r.Status, r.AppraisedTotal, r.Passed, r.RegisteredBy, r.RegisteredAt, r.IsLocked,
                SelfScores = r.Entries.Select(e => e.SelfScore).ToList() })
            .ToListAsync(cancellationToken);
        var summaries = registrations
            .Select(r => new RegistrationSummary(r.Id, r.Year, r.Group, r.Status,
                CdhtRegistration.TotalOf(r.SelfScores),
                r.AppraisedTotal, r.Passed, r.RegisteredBy, r.RegisteredAt, r.IsLocked))
            .ToList();

        // Which years count as recognised is the shared rule of RecognisedYears (the year's reports use it too).
        var currentYear = CurrentYear;
        var rule = await rules.ForVillageAsync(citizen.VillageId, currentYear, cancellationToken);
        var recognisedYears = await RecognisedYears.Cards(db, currentYear).Where(r => r.CitizenId == id).Select(r => r.Year)
            .ToListAsync(cancellationToken);
        var outstanding = OutstandingCitizen.IsOutstanding(recognisedYears, recognisedYears.DefaultIfEmpty(currentYear).Max(),
            rule.ConsecutiveYearsForOutstanding);

        return new CitizenDetailsViewModel(citizen.Id, citizen.FullName, citizen.DateOfBirth, citizen.BirthYear, citizen.Gender,
            citizen.Group, citizen.Village, NationalIdNumber.Mask(citizen.NationalId), citizen.Phone, citizen.ConsentDate,
            citizen.ConsentRecordedBy, summaries, currentYear, scope.CanKeepRegisterAt(citizen.VillagePath), outstanding,
            rule.ConsecutiveYearsForOutstanding);
    }

    /// <summary>Registers a new citizen (and, when asked, for this year's title) and saves.</summary>
    /// <exception cref="Domain.DomainException">The domain refused the citizen or the card.</exception>
    public async Task<Citizen> CreateAsync(CitizenInput input, string user, CancellationToken cancellationToken)
    {
        var citizen = new Citizen(input.FullName, input.DateOfBirth, input.DateOfBirth?.Year ?? input.BirthYear!.Value, input.Gender!.Value,
            input.GroupId!.Value, input.VillageId!.Value, input.NationalId, input.Phone);
        if (input.Consent)
        {
            citizen.RecordConsent(input.ConsentDate!.Value, user);
        }

        db.Citizens.Add(citizen);
        if (input.RegisterThisYear)
        {
            db.Registrations.Add(new CdhtRegistration(citizen, CurrentYear, RegistrationChannel.Branch, user, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);
        return citizen;
    }

    /// <summary>Corrects a citizen found by <see cref="FindEditableAsync"/>; consent is recorded once and never withdrawn here.</summary>
    /// <exception cref="Domain.DomainException">The domain refused the correction.</exception>
    public async Task CorrectAsync(Citizen citizen, CitizenInput input, string user, CancellationToken cancellationToken)
    {
        citizen.Correct(input.FullName, input.DateOfBirth, input.DateOfBirth?.Year ?? input.BirthYear!.Value, input.Gender!.Value,
            input.GroupId!.Value, input.VillageId!.Value, input.NationalId, input.Phone);
        if (input.Consent && !citizen.HasConsent)
        {
            citizen.RecordConsent(input.ConsentDate!.Value, user);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Removes a citizen on their request, unless a card of theirs was proposed upward; the error to show, or null when removed.</summary>
    public async Task<string?> RemoveAsync(Citizen citizen, CancellationToken cancellationToken)
    {
        if (await db.Registrations.AnyAsync(r => r.CitizenId == citizen.Id && r.IsLocked, cancellationToken))
        {
            return "Công dân đã có phiếu được đề nghị lên cấp trên; không thể xóa.";
        }

        db.Citizens.Remove(citizen);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Registers the citizen for a year (the current one, or an earlier year to enter history); the error to show, or null.</summary>
    /// <exception cref="Domain.DomainException">The domain refused the year.</exception>
    public async Task<string?> RegisterAsync(Citizen citizen, int year, string user, CancellationToken cancellationToken)
    {
        if (await db.Registrations.AnyAsync(r => r.CitizenId == citizen.Id && r.Year == year, cancellationToken))
        {
            return $"Công dân đã đăng ký năm {year}.";
        }

        if (year > CurrentYear)
        {
            return "Không thể đăng ký cho năm chưa tới.";
        }

        db.Registrations.Add(new CdhtRegistration(citizen, year, RegistrationChannel.Branch, user, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Start of a year: every citizen registered last year in the user's villages is registered for this year.</summary>
    public async Task<int> CarryOverAsync(UnitScope scope, int year, string user, CancellationToken cancellationToken)
    {
        var citizens = await CarryOverQuery(scope, year).Include(c => c.Village).ToListAsync(cancellationToken);
        foreach (var citizen in citizens)
        {
            db.Registrations.Add(new CdhtRegistration(citizen, year, RegistrationChannel.CarriedOver, user, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);
        return citizens.Count;
    }

    /// <summary>How many citizens <see cref="CarryOverAsync"/> would register for the year.</summary>
    public Task<int> CarryOverCandidatesAsync(UnitScope scope, int year, CancellationToken cancellationToken)
        => CarryOverQuery(scope, year).CountAsync(cancellationToken);

    /// <summary>The citizen when the user keeps the register of their village; null (404) otherwise.</summary>
    public async Task<Citizen?> FindEditableAsync(UnitScope scope, int id, CancellationToken cancellationToken)
    {
        var citizen = await db.Citizens.Include(c => c.Village).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return citizen is not null && scope.CanKeepRegisterAt(citizen.Village.Path) ? citizen : null;
    }

    public async Task<bool> CanEditVillageAsync(UnitScope scope, int? villageId, CancellationToken cancellationToken)
    {
        var village = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Id == villageId && u.Level.Code == AdministrativeLevel.Village)
            .Select(u => u.Path).FirstOrDefaultAsync(cancellationToken);
        return village is not null && scope.CanKeepRegisterAt(village);
    }

    /// <summary>Whether the group id is one of the citizen groups (the form offers only those; a posted value may not be).</summary>
    public Task<bool> GroupExistsAsync(int? groupId, CancellationToken cancellationToken)
        => db.CitizenGroups.AnyAsync(g => g.Id == groupId, cancellationToken);

    /// <summary>Whether another citizen (not <paramref name="exceptId"/>) already holds the CCCD number.</summary>
    public Task<bool> NationalIdTakenAsync(string? nationalId, int? exceptId, CancellationToken cancellationToken)
    {
        var value = nationalId?.Trim();
        return string.IsNullOrEmpty(value)
            ? Task.FromResult(false)
            : db.Citizens.AnyAsync(c => c.NationalId == value && c.Id != exceptId, cancellationToken);
    }

    /// <summary>The open villages of the user's units ("Thôn (Xã)"), in Vietnamese order; only those whose register the user keeps when <paramref name="editableOnly"/>.</summary>
    public async Task<IReadOnlyList<SelectListItem>> VillageOptionsAsync(UnitScope scope, bool editableOnly, CancellationToken cancellationToken)
    {
        var villages = await (editableOnly ? scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path, AccessRules.RegisterKeepers)
                : scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path))
            .Where(u => u.Level.Code == AdministrativeLevel.Village && u.ValidTo == null)
            .Select(u => new { u.Id, u.Name, Commune = u.Parent!.Name })
            .ToListAsync(cancellationToken);
        return villages
            .OrderBy(v => v.Commune, VietnameseText.Comparer).ThenBy(v => v.Name, VietnameseText.Comparer)
            .Select(v => new SelectListItem($"{v.Name} ({v.Commune})", v.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
    }

    public async Task<IReadOnlyList<SelectListItem>> GroupOptionsAsync(CancellationToken cancellationToken)
        => (await db.CitizenGroups.AsNoTracking().OrderBy(g => g.Code).ToListAsync(cancellationToken))
            .Select(g => new SelectListItem($"{g.Name}: {g.Description}", g.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();

    private IQueryable<Citizen> CarryOverQuery(UnitScope scope, int year)
        => scope.Filter(db.Citizens, c => c.Village.Path, AccessRules.RegisterKeepers)
            .Where(c => db.Registrations.Any(r => r.CitizenId == c.Id && r.Year == year - 1)
                && !db.Registrations.Any(r => r.CitizenId == c.Id && r.Year == year));
}
