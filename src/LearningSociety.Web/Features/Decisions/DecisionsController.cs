using System.Globalization;
using FluentValidation;
using LearningSociety.Domain;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Approvals;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Decisions;

/// <summary>
/// The recognising level records its Quyết định công nhận: issuing it locks the listed candidates for the year, in
/// one transaction. A correction is a new decision that names the decision it amends.
/// </summary>
public sealed class DecisionsController(AppDbContext db, DecisionIssuing issuing, TimeProvider clock) : Controller
{
    public const string NumberTaken = "Số quyết định này đã được ghi nhận.";

    public async Task<IActionResult> Index()
    {
        var scope = User.Scope();
        var issuers = await db.RecognitionDecisions.AsNoTracking().Select(d => d.UnitId).Distinct()
            .Join(db.AdministrativeUnits, id => id, u => u.Id, (id, u) => new { u.Id, u.Path }).ToListAsync(HttpContext.RequestAborted);
        var visibleUnits = issuers.Where(u => scope.CanSeeDecisionOf(u.Path)).Select(u => u.Id).ToList();
        var decisions = await db.RecognitionDecisions.AsNoTracking()
            .Where(d => visibleUnits.Contains(d.UnitId))
            .OrderByDescending(d => d.Date).ThenByDescending(d => d.Id)
            .Select(d => new DecisionRow(d.Id, d.Number, d.Date, d.Year, d.IssuingBody, d.AmendsDecisionId,
                db.Candidates.Count(c => c.DecisionId == d.Id)))
            .ToListAsync(HttpContext.RequestAborted);
        return View(new DecisionListViewModel(decisions, await RecognisingGrantAsync() is not null));
    }

    public async Task<IActionResult> Details(int id)
    {
        var decision = await db.RecognitionDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, HttpContext.RequestAborted);
        var unitPath = decision is null ? null : await db.AdministrativeUnits.Where(u => u.Id == decision.UnitId).Select(u => u.Path).FirstAsync(HttpContext.RequestAborted);
        if (decision is null || !User.Scope().CanSeeDecisionOf(unitPath!))
        {
            return NotFound();
        }

        var listed = await db.Candidates.CountAsync(c => c.DecisionId == id, HttpContext.RequestAborted);
        var people = await VisiblePeople(User.Scope(), unitPath!, db.Candidates.AsNoTracking().Where(c => c.DecisionId == id))
            .Select(c => new DecisionPerson(c.RegistrationId, c.Registration.Citizen.FullName, c.Registration.Citizen.BirthYear,
                c.Registration.Village.Name, c.Registration.Village.Parent!.Name, c.Registration.Group.Name, c.Registration.AppraisedTotal))
            .ToListAsync(HttpContext.RequestAborted);
        return View(new DecisionDetailsViewModel(decision, people.OrderBy(p => p.Commune, VietnameseText.Comparer)
            .ThenBy(p => p.Village, VietnameseText.Comparer).ThenBy(p => p.Name, VietnameseText.PersonName).ToList(), listed));
    }

    [HttpGet]
    public async Task<IActionResult> Create(int? year)
    {
        var grant = await RecognisingGrantAsync();
        if (grant is null)
        {
            return Forbid();
        }

        var selectedYear = year ?? new VietnamClock(clock).Today().Year;
        var input = new DecisionInput
        {
            Year = selectedYear, Date = new VietnamClock(clock).Today(), IssuingBody = IssuingBodyFor(grant),
            SignerPosition = "PHÓ CHỦ TỊCH",
        };
        await FillAsync(input, grant);
        input.Selected = input.Candidates.Select(c => c.RegistrationId).ToList();
        return View(input);
    }

    [HttpPost]
    [OncePerForm]
    public async Task<IActionResult> Create(DecisionInput input)
    {
        var grant = await RecognisingGrantAsync();
        if (grant is null)
        {
            return Forbid();
        }

        await FillAsync(input, grant);
        var chosen = input.Candidates.Where(c => input.Selected.Contains(c.RegistrationId)).Select(c => c.RegistrationId).ToList();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError(nameof(input.Selected), "Chọn ít nhất một công dân đã được công nhận.");
        }

        if (input.AmendsDecisionId is int amended && input.EarlierDecisions.All(d => d.Id != amended))
        {
            ModelState.AddModelError(nameof(input.AmendsDecisionId), "Quyết định được sửa đổi không có trong các quyết định của đơn vị.");
        }

        if (await db.RecognitionDecisions.AnyAsync(d => d.UnitId == grant.UnitId && d.Number == input.Number.Trim(), HttpContext.RequestAborted))
        {
            ModelState.AddModelError(nameof(input.Number), NumberTaken);
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var decision = new RecognitionDecision
        {
            Number = input.Number.Trim(), Date = input.Date!.Value, Year = input.Year, UnitId = grant.UnitId, IssuingBody = input.IssuingBody.Trim(),
            SignerName = input.SignerName.Trim(), SignerPosition = input.SignerPosition.Trim(), AmendsDecisionId = input.AmendsDecisionId,
            CreatedBy = User.Identity!.Name!, CreatedAt = clock.GetUtcNow(),
        };
        try
        {
            await issuing.IssueAsync(decision, grant.LevelCode, chosen, HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is DomainException or DbUpdateException)
        {
            if (e is DbUpdateException update && update.IsUniqueViolation() && decision.Id == 0)
            {
                // Another officer recorded a decision with this number a moment ago (the index saw what the check above could not).
                ModelState.AddModelError(nameof(input.Number), NumberTaken);
            }
            else
            {
                ModelState.AddModelError(string.Empty, e is DomainException ? e.Message
                    : "Một số hồ sơ vừa được người khác xử lý; quyết định chưa được ghi. Vui lòng tải lại và thử lại.");
            }

            await FillAsync(input, grant);
            return View(input);
        }

        TempData["Success"] = $"Đã ghi nhận Quyết định số {decision.Number} công nhận {chosen.Count} công dân.";
        return RedirectToAction(nameof(Details), new { id = decision.Id });
    }

    /// <summary>
    /// The people of a decision that the user may read. The decision itself is a public document once signed
    /// (<see cref="AccessRules.CanSeeDecisionOf"/>); its list is personal data: the whole list for the issuer's unit and
    /// above, for a unit below the issuer only the people of its own villages (an extract). The page and the printed
    /// decision both use it.
    /// </summary>
    internal static IQueryable<Candidate> VisiblePeople(UnitScope scope, string issuerPath, IQueryable<Candidate> people)
        => scope.CanSee(issuerPath) ? people : scope.Filter(people, c => c.Registration.Village.Path);

    /// <summary>The user's grant at the level of the active route's final step, if they hold one.</summary>
    private async Task<ScopeGrant?> RecognisingGrantAsync()
    {
        var route = (await db.ActiveCdhtRouteAsync(HttpContext.RequestAborted)).ToDomain();
        return User.Scope().Grants.FirstOrDefault(g => g.Role.CanAct() && g.Role != PortalRole.SystemAdministrator
            && g.LevelCode == route.FinalStep.LevelCode);
    }

    private static string IssuingBodyFor(ScopeGrant grant) => "UBND " + UnitNames.Upper(grant.UnitName);

    private async Task FillAsync(DecisionInput input, ScopeGrant grant)
    {
        var candidates = await db.Candidates.AsNoTracking()
            .Where(c => c.Year == input.Year && c.State == CandidateState.Recognised && c.DecisionNumber == null
                && c.Registration.Village.Path.StartsWith(grant.UnitPath))
            .Select(c => new DecisionPerson(c.RegistrationId, c.Registration.Citizen.FullName, c.Registration.Citizen.BirthYear,
                c.Registration.Village.Name, c.Registration.Village.Parent!.Name, c.Registration.Group.Name, c.Registration.AppraisedTotal))
            .ToListAsync(HttpContext.RequestAborted);
        input.Candidates = candidates.OrderBy(p => p.Commune, VietnameseText.Comparer).ThenBy(p => p.Village, VietnameseText.Comparer)
            .ThenBy(p => p.Name, VietnameseText.PersonName).ToList();
        input.EarlierDecisions = await db.RecognitionDecisions.AsNoTracking().Where(d => d.UnitId == grant.UnitId)
            .OrderByDescending(d => d.Date).Select(d => new DecisionRow(d.Id, d.Number, d.Date, d.Year, d.IssuingBody, d.AmendsDecisionId, 0))
            .ToListAsync(HttpContext.RequestAborted);
    }
}
