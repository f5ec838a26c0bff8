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
using Microsoft.AspNetCore.Mvc.ModelBinding;
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

    /// <summary>
    /// Above this many villages in a user's scope (a province) the list filters by unit path instead of village ids:
    /// providers cap the parameters of one command (SQL Server at 2,100, and EF pads a list of ids to a round size),
    /// and such a list reads most of the register anyway.
    /// </summary>
    public const int MaxVillageIdsInQuery = 1_000;

    /// <summary>
    /// One page of the filtered list in Vietnamese name order, and the number of citizens on every page. The page is
    /// read from the database in <c>SortKey, Id</c> order (an index range); a page past the middle is read from the end
    /// and turned round, so the last page of a district is as cheap as the first. A page past the last gives the last.
    /// </summary>
    public async Task<CitizenPage> PageAsync(UnitScope scope, CitizenFilter filter, int year, int page, CancellationToken cancellationToken)
    {
        var citizens = await InScopeAsync(db.Citizens.AsNoTracking(), scope, filter.VillageId, [], cancellationToken);
        if (filter.GroupId is int groupId)
        {
            citizens = citizens.Where(c => c.GroupId == groupId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var term = Citizen.NormalizeName(filter.Q);
            citizens = citizens.Where(c => c.FullName.Contains(term) || c.NationalId == term);
        }

        // The year's card, when the status filter needs it, is one look-up on (CitizenId, Year) per citizen.
        var cards = db.Registrations.Where(r => r.Year == year);
        citizens = filter.Status switch
        {
            "none" => citizens.Where(c => !cards.Any(r => r.CitizenId == c.Id)),
            "registered" => citizens.Where(c => cards.Any(r => r.CitizenId == c.Id && r.Status == ScorecardStatus.Registered)),
            "selfassessed" => citizens.Where(c => cards.Any(r => r.CitizenId == c.Id && r.Status == ScorecardStatus.SelfAssessed)),
            "passed" => citizens.Where(c => cards.Any(r => r.CitizenId == c.Id && r.Passed == true)),
            "failed" => citizens.Where(c => cards.Any(r => r.CitizenId == c.Id && r.Passed == false)),
            "recognised" => citizens.Where(c => RecognisedYears.Cards(db).Any(r => r.CitizenId == c.Id && r.Year == year)),
            _ => citizens,
        };

        var total = await citizens.CountAsync(cancellationToken);
        var pageCount = Pager.PageCountOf(total, CitizenFilter.PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var start = (page - 1) * CitizenFilter.PageSize;
        var size = Math.Min(CitizenFilter.PageSize, total - start);
        if (size <= 0)
        {
            return new CitizenPage([], total, page);
        }

        var afterPage = total - start - size;
        var ordered = afterPage < start
            ? citizens.OrderByDescending(c => c.SortKey).ThenByDescending(c => c.Id).Skip(afterPage)
            : citizens.OrderBy(c => c.SortKey).ThenBy(c => c.Id).Skip(start);
        var rows = await (
                from c in ordered.Take(size)
                join r in cards on c.Id equals r.CitizenId into card
                from r in card.DefaultIfEmpty()
                select new
                {
                    c.SortKey,
                    Row = new CitizenRow(c.Id, c.FullName, c.BirthYear, c.Gender, c.Group.Name, c.Village.Name,
                        r == null ? null : r.Id, r == null ? null : r.Status, r == null ? null : r.AppraisedTotal,
                        r == null ? null : r.Passed, c.ConsentDate != null),
                })
            .ToListAsync(cancellationToken);

        // Keys are ASCII and every provider compares them byte by byte, as the ordinal comparison does here.
        return new CitizenPage(
            rows.OrderBy(x => x.SortKey, StringComparer.Ordinal).ThenBy(x => x.Row.Id).Select(x => x.Row).ToList(), total, page);
    }

    /// <summary>A citizen the user may see, with their cards; null when there is none in scope.</summary>
    /// <param name="viewedYear">The year whose badge and title the page shows (this year when null).</param>
    public async Task<CitizenDetailsViewModel?> DetailsAsync(UnitScope scope, int id, int? viewedYear, CancellationToken cancellationToken)
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
                SelfScores = r.Entries.Select(e => e.SelfScore).ToList(),
                r.PastDecisionNumber, r.PastDecisionDate, r.PastWithoutDecision, r.PastConfirmedAt,
                Candidate = db.Candidates.Where(c => c.RegistrationId == r.Id).Select(c => new
                {
                    c.State, c.DecisionNumber,
                    DecisionDate = db.RecognitionDecisions.Where(d => d.Id == c.DecisionId).Select(d => (DateOnly?)d.Date).FirstOrDefault(),
                }).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var summaries = registrations
            .Select(r => new RegistrationSummary(r.Id, r.Year, r.Group, r.Status,
                CdhtRegistration.TotalOf(r.SelfScores),
                r.AppraisedTotal, r.Passed, r.RegisteredBy, r.RegisteredAt, r.IsLocked,
                r.Candidate is { State: Domain.Approvals.CandidateState.Recognised } c ? new Recognition(false, c.DecisionNumber, c.DecisionDate, true)
                : r.Candidate is null && r.Passed == true && (r.PastDecisionNumber is not null || r.PastWithoutDecision)
                    ? new Recognition(true, r.PastDecisionNumber, r.PastDecisionDate, r.PastConfirmedAt is not null)
                : null))
            .ToList();

        // Which years count as recognised is the shared rule of RecognisedYears (the year's reports and tallies count the same);
        // the badge and the title are those of the year viewed.
        var currentYear = CurrentYear;
        var year = viewedYear is int v && v >= RecognitionRule.EarliestYear && v <= currentYear ? v : currentYear;
        var rule = await rules.ForVillageAsync(citizen.VillageId, year, cancellationToken);
        var recognisedYears = await RecognisedYears.Cards(db).Where(r => r.CitizenId == id).Select(r => r.Year)
            .ToListAsync(cancellationToken);
        var outstanding = OutstandingCitizen.IsOutstanding(recognisedYears, year, rule.ConsecutiveYearsForOutstanding);

        return new CitizenDetailsViewModel(citizen.Id, citizen.FullName, citizen.DateOfBirth, citizen.BirthYear, citizen.Gender,
            citizen.Group, citizen.Village, NationalIdNumber.Mask(citizen.NationalId), citizen.Phone, citizen.ConsentDate,
            citizen.ConsentRecordedBy, summaries, currentYear, scope.CanKeepRegisterAt(citizen.VillagePath), outstanding,
            rule.ConsecutiveYearsForOutstanding, year, recognisedYears.Contains(year), await rules.EarliestYearAsync(cancellationToken));
    }

    /// <summary>Registers a new citizen (and, when asked, for this year's title) and saves.</summary>
    /// <exception cref="Domain.DomainException">The domain refused the citizen or the card.</exception>
    public async Task<Citizen> CreateAsync(CitizenInput input, string user, CancellationToken cancellationToken)
    {
        var citizen = new Citizen(input.FullName, input.DateOfBirth, input.DateOfBirth?.Year ?? input.BirthYear!.Value, input.Gender!.Value,
            input.GroupId!.Value, input.VillageId!.Value, input.NationalId, input.Phone);
        if (input.Consent)
        {
            citizen.RecordConsent(input.ConsentDate!.Value, user, Today);
        }

        db.Citizens.Add(citizen);
        if (input.RegisterThisYear)
        {
            db.Registrations.Add(new CdhtRegistration(citizen, CurrentYear, RegistrationChannel.Branch, user, clock.GetUtcNow()));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // A new citizen can only collide on the CCCD: registered elsewhere a moment ago, after the form's check.
            db.ChangeTracker.Clear();
            throw new Domain.DomainException(NationalIdMessages.AlreadyRegistered, nameof(Citizen.NationalId));
        }

        return citizen;
    }

    /// <summary>
    /// Corrects a citizen found by <see cref="FindEditableAsync"/> as the form opened with <see cref="CitizenInput.ConcurrencyStamp"/>
    /// says; consent is recorded once and never withdrawn here. False, with nothing saved, when someone else saved the
    /// citizen since the form was opened (<see cref="ReconcileAsync"/> then prepares the form again).
    /// </summary>
    /// <exception cref="Domain.DomainException">The domain refused the correction.</exception>
    public async Task<bool> CorrectAsync(Citizen citizen, CitizenInput input, string user, CancellationToken cancellationToken)
    {
        if (input.ConcurrencyStamp != citizen.ConcurrencyStamp)
        {
            return false;
        }

        citizen.Correct(input.FullName, input.DateOfBirth, input.DateOfBirth?.Year ?? input.BirthYear!.Value, input.Gender!.Value,
            input.GroupId!.Value, input.VillageId!.Value, input.NationalId, input.Phone);
        if (input.Consent && !citizen.HasConsent)
        {
            citizen.RecordConsent(input.ConsentDate!.Value, user, Today);
        }

        try
        {
            // The UPDATE is conditional on the stamp read above: a save committed since then makes it touch no row.
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            throw new Domain.DomainException(NationalIdMessages.AlreadyRegistered, nameof(Citizen.NationalId));
        }
    }

    /// <summary>
    /// After a refused save: the form again with the citizen as saved now — the other officer's changes in the fields the
    /// user left alone, the user's typing in the fields they changed —, the current stamp, and the list of what the other
    /// officer changed. False when the citizen is gone (removed meanwhile) or out of the user's villages.
    /// </summary>
    public async Task<bool> ReconcileAsync(UnitScope scope, int id, CitizenInput input, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await db.Citizens.AsNoTracking().Include(c => c.Village).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (current is null || !scope.CanKeepRegisterAt(current.Village.Path))
        {
            return false;
        }

        var saved = CitizenValues.Of(current);
        var typed = CitizenValues.Typed(input);
        var loaded = ConcurrentEdit.Read<CitizenValues>(input.Loaded);
        var villageIds = new[] { saved.VillageId, typed.VillageId, loaded?.VillageId ?? saved.VillageId }.Distinct().ToList();
        var groupIds = new[] { saved.GroupId, typed.GroupId, loaded?.GroupId ?? saved.GroupId }.Distinct().ToList();
        var villageNames = await db.AdministrativeUnits.AsNoTracking().Where(u => villageIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var groupNames = await db.CitizenGroups.AsNoTracking().Where(g => groupIds.Contains(g.Id))
            .ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var fields = CitizenValues.Compare(loaded, saved, typed, groupNames, villageNames);

        foreach (var field in fields.Where(f => f.TakeSaved))
        {
            saved.CopyTo(input, field.Name);
            modelState.Remove(field.Name);
            if (field.Name == nameof(CitizenInput.ConsentDate))
            {
                modelState.Remove(nameof(CitizenInput.Consent));
            }
        }

        input.ChangedByOthers = ConcurrentEdit.ChangesOfOthers(fields);
        input.ConcurrencyStamp = current.ConcurrencyStamp;
        input.Loaded = ConcurrentEdit.Snapshot(saved);
        modelState.Remove(nameof(CitizenInput.ConcurrencyStamp));
        modelState.Remove(nameof(CitizenInput.Loaded));
        return true;
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
            return AlreadyRegistered(year);
        }

        if (year > CurrentYear)
        {
            return "Không thể đăng ký cho năm chưa tới.";
        }

        // The earliest year is data: the first year a recognition rule is in force.
        var earliest = await rules.EarliestYearAsync(cancellationToken);
        if (year < earliest)
        {
            return $"Năm {year} chưa có quy định công nhận \"Công dân học tập\" (sớm nhất năm {earliest}); quản trị viên thêm quy định cho năm đó ở trang Bộ chỉ số trước.";
        }

        db.Registrations.Add(new CdhtRegistration(citizen, year, RegistrationChannel.Branch, user, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Registered by another post a moment ago (a second click, another officer): the card exists, once.
            db.ChangeTracker.Clear();
            return AlreadyRegistered(year);
        }

        return null;
    }

    private static string AlreadyRegistered(int year) => $"Công dân đã đăng ký năm {year}.";

    /// <summary>
    /// Start of a year: every citizen registered last year in the user's villages is registered for this year. The number
    /// registered, or null when another post carried (some of) them over at the same moment and nothing was saved.
    /// </summary>
    public async Task<int?> CarryOverAsync(UnitScope scope, int year, string user, CancellationToken cancellationToken)
    {
        var citizens = await (await CarryOverQueryAsync(scope, year, cancellationToken)).Include(c => c.Village).ToListAsync(cancellationToken);
        foreach (var citizen in citizens)
        {
            db.Registrations.Add(new CdhtRegistration(citizen, year, RegistrationChannel.CarriedOver, user, clock.GetUtcNow()));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return null;
        }

        return citizens.Count;
    }

    /// <summary>How many citizens <see cref="CarryOverAsync"/> would register for the year.</summary>
    public async Task<int> CarryOverCandidatesAsync(UnitScope scope, int year, CancellationToken cancellationToken)
        => await (await CarryOverQueryAsync(scope, year, cancellationToken)).CountAsync(cancellationToken);

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

    /// <summary>The open villages of the user's units ("Thôn (Xã)"), in the tree's order (<see cref="UnitTree"/>); only those whose register the user keeps when <paramref name="editableOnly"/>.</summary>
    public async Task<IReadOnlyList<SelectListItem>> VillageOptionsAsync(UnitScope scope, bool editableOnly, CancellationToken cancellationToken)
    {
        var villages = await (editableOnly ? scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path, AccessRules.RegisterKeepers)
                : scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path))
            .Where(u => u.Level.Code == AdministrativeLevel.Village && u.ValidTo == null)
            .Select(u => new { u.Id, u.Name, u.Path, Commune = u.Parent!.Name })
            .ToListAsync(cancellationToken);
        return UnitTree.Options(villages, v => v.Id, v => v.Path, v => v.Name, text: v => $"{v.Name} ({v.Commune})", group: v => v.Commune);
    }

    public async Task<IReadOnlyList<SelectListItem>> GroupOptionsAsync(CancellationToken cancellationToken)
        => (await db.CitizenGroups.AsNoTracking().OrderBy(g => g.Code).ToListAsync(cancellationToken))
            .Select(g => new SelectListItem($"{g.Name}: {g.Description}", g.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();

    private async Task<IQueryable<Citizen>> CarryOverQueryAsync(UnitScope scope, int year, CancellationToken cancellationToken)
        => (await InScopeAsync(db.Citizens, scope, null, AccessRules.RegisterKeepers, cancellationToken))
            .Where(c => db.Registrations.Any(r => r.CitizenId == c.Id && r.Year == year - 1)
                && !db.Registrations.Any(r => r.CitizenId == c.Id && r.Year == year));

    /// <summary>
    /// The citizens of the villages under the user's grants (of <paramref name="roles"/>, any when empty), or of the one
    /// village asked for when it is among them. Filtered by village id, so a village's or a commune's list reads its
    /// own rows of the <c>(VillageId, SortKey)</c> index, not the district's rows through a join on unit paths.
    /// </summary>
    private async Task<IQueryable<Citizen>> InScopeAsync(IQueryable<Citizen> citizens, UnitScope scope, int? villageId, PortalRole[] roles,
        CancellationToken cancellationToken)
    {
        var villages = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path, roles)
            .Where(u => u.Level.Code == AdministrativeLevel.Village)
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
        if (villageId is int only)
        {
            villages = villages.Contains(only) ? [only] : [];
        }

        if (villages.Count == 0)
        {
            return citizens.Where(_ => false);
        }

        if (villages.Count == 1)
        {
            var village = villages[0];
            return citizens.Where(c => c.VillageId == village);
        }

        // Every village of the database (a district on its own portal, an administrator): no filter at all, so a page deep
        // in the list steps through the SortKey index alone instead of reading each citizen's row to test its village.
        if (villages.Count == await db.AdministrativeUnits.CountAsync(u => u.Level.Code == AdministrativeLevel.Village, cancellationToken))
        {
            return citizens;
        }

        return villages.Count <= MaxVillageIdsInQuery
            ? citizens.Where(c => villages.Contains(c.VillageId))
            : scope.Filter(citizens, c => c.Village.Path, roles);
    }
}
