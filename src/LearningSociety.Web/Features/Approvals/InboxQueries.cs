using System.Linq.Expressions;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Approvals;

/// <summary>One card of an inbox list as the database returns it (a flat shape, so filters and order compose in SQL).</summary>
public sealed class InboxRecord
{
    public int RegistrationId { get; init; }

    public string Name { get; init; } = string.Empty;

    public string SortKey { get; init; } = string.Empty;

    public int GroupId { get; init; }

    public string GroupName { get; init; } = string.Empty;

    public int? Total { get; init; }

    public bool? Passed { get; init; }

    public int VillageId { get; init; }

    public string VillageName { get; init; } = string.Empty;

    public bool HasCandidate { get; init; }

    public CandidateState State { get; init; }

    public string? RouteCode { get; init; }

    public int StepOrder { get; init; }

    public int Version { get; init; }

    public string? Reason { get; init; }

    public string? DecisionNumber { get; init; }

    /// <summary>Any indicator of the card carries an evidence note.</summary>
    public bool HasEvidenceNote { get; init; }

    /// <summary>The evidence files attached to the registration.</summary>
    public int EvidenceFiles { get; init; }
}

/// <summary>A unit of the inbox summary: its cards by place in the process, from the card tallies.</summary>
public sealed record InboxSummaryRow(int UnitId, string UnitName, string LevelCode, int Passed, int WaitingAtBranch,
    IReadOnlyList<(string Step, int Count)> InReview, int Returned, int Rejected, int Recognised, int WaitsForMe);

/// <summary>
/// What the inbox reads: a summary per unit from the card tallies (a few hundred rows whatever the district's size), and
/// one unit's cards as a list filtered, ordered and paged in the database, with the same rule for "waits for me" as the
/// bulk action that acts on everything matching.
/// </summary>
public sealed class InboxQueries(AppDbContext db, CardCounts counts)
{
    public const int PageSize = 50;

    /// <summary>The unit one level below each of the user's units (villages for a commune or branch, communes above), with its counts.</summary>
    public async Task<IReadOnlyList<InboxSummaryRow>> SummaryAsync(UnitScope scope, int year, CancellationToken cancellationToken)
    {
        var units = await counts.BelowAsync(scope, year, cancellationToken);
        var routes = await db.ApprovalRoutesAsync(cancellationToken);
        var active = (await db.ActiveCdhtRouteAsync(cancellationToken)).ToDomain();
        var firstLevel = active.FirstStep.LevelCode;
        return units
            .Select(unit => new InboxSummaryRow(unit.UnitId, unit.Name, unit.LevelCode,
                unit.Sum(c => c.Passed),
                unit.Sum(c => c.WaitingAt(routes, active) == firstLevel),
                [.. unit.Cards.Where(c => c.HasCandidate && c.State == CandidateState.InReview)
                    .GroupBy(c => routes[c.RouteCode].Step(c.StepOrder).Name)
                    .Select(g => (g.Key, g.Sum(c => c.Count))).OrderBy(x => x.Key, VietnameseText.Comparer)],
                unit.Sum(c => c.HasCandidate && c.State == CandidateState.Returned),
                unit.Sum(c => c.HasCandidate && c.State == CandidateState.Rejected),
                unit.Sum(c => c.Recognised),
                unit.Sum(c => c.WaitingAt(routes, active) is { } level && scope.ActingGrant(unit.Path, level) is not null)))
            .ToList();
    }

    /// <summary>The cards of a unit's year that the inbox lists (passing, or already on the route), filtered; null when the unit is not the user's.</summary>
    public async Task<InboxFilter?> FilterAsync(UnitScope scope, int year, int unitId, int? groupId, string? state, CancellationToken cancellationToken)
    {
        var unit = await db.AdministrativeUnits.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new { u.Id, u.Name, u.Path, Level = u.Level.Code }).FirstOrDefaultAsync(cancellationToken);
        if (unit is null || !scope.CanSee(unit.Path))
        {
            return null;
        }

        // Villages by id, so a village's or a commune's list is a range of the cards' (VillageId, Year) index.
        var villageIds = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Path.StartsWith(unit.Path) && u.Level.Code == AdministrativeLevel.Village)
            .Select(u => u.Id).ToListAsync(cancellationToken);
        var routes = await db.ApprovalRoutesAsync(cancellationToken);
        var active = (await db.ActiveCdhtRouteAsync(cancellationToken)).ToDomain();
        var levels = scope.Grants.Where(g => g.Role.CanAct() && g.Role != PortalRole.SystemAdministrator && unit.Path.StartsWith(g.UnitPath, StringComparison.Ordinal))
            .Select(g => g.LevelCode).ToHashSet();
        var waitsForMe = WaitsAt(levels, routes.Values, active);

        var records = (
            from r in db.Registrations.AsNoTracking()
            where villageIds.Contains(r.VillageId) && r.Year == year
            join c in db.Candidates on r.Id equals c.RegistrationId into candidates
            from c in candidates.DefaultIfEmpty()
            // A confirmed earlier year entered from paper was decided then: it is in no inbox.
            where (r.Passed == true && r.PastConfirmedAt == null) || c != null
            select new InboxRecord
            {
                RegistrationId = r.Id, Name = r.Citizen.FullName, SortKey = r.Citizen.SortKey, GroupId = r.GroupId, GroupName = r.Group.Name,
                Total = r.AppraisedTotal, Passed = r.Passed, VillageId = r.VillageId, VillageName = r.Village.Name,
                HasCandidate = c != null, State = c == null ? CandidateState.Draft : c.State, RouteCode = c == null ? null : c.RouteCode,
                StepOrder = c == null ? 0 : c.CurrentStepOrder, Version = c == null ? 0 : c.Version, Reason = c == null ? null : c.Reason,
                DecisionNumber = c == null ? null : c.DecisionNumber,
                // Per row of the page only: an EXISTS over the card's entries and a COUNT over its files.
                HasEvidenceNote = r.Entries.Any(e => e.EvidenceNote != null),
                EvidenceFiles = db.EvidenceFiles.Count(f => f.RegistrationId == r.Id),
            });
        if (groupId is int group)
        {
            records = records.Where(x => x.GroupId == group);
        }

        if (state == "mine")
        {
            records = records.Where(waitsForMe);
        }
        else if (Enum.TryParse<CandidateState>(state, out var candidateState) && Enum.IsDefined(candidateState))
        {
            records = records.Where(x => x.State == candidateState);
        }

        return new InboxFilter(unit.Id, unit.Name, unit.Level, records, waitsForMe, routes, active);
    }

    /// <summary>The cards that wait for one of <paramref name="levels"/>: a passing card never proposed waits for the active route's first step.</summary>
    private static Expression<Func<InboxRecord, bool>> WaitsAt(IReadOnlySet<string> levels, IEnumerable<ApprovalRoute> routes, ApprovalRoute active)
    {
        var x = Expression.Parameter(typeof(InboxRecord), "x");
        Expression Member(string name) => Expression.Property(x, name);
        Expression body = Expression.Constant(false);
        if (levels.Contains(active.FirstStep.LevelCode))
        {
            body = Expression.AndAlso(Expression.Not(Member(nameof(InboxRecord.HasCandidate))),
                Expression.Equal(Member(nameof(InboxRecord.Passed)), Expression.Constant(true, typeof(bool?))));
        }

        var open = Expression.OrElse(
            Expression.OrElse(
                Expression.Equal(Member(nameof(InboxRecord.State)), Expression.Constant(CandidateState.Draft)),
                Expression.Equal(Member(nameof(InboxRecord.State)), Expression.Constant(CandidateState.Returned))),
            Expression.Equal(Member(nameof(InboxRecord.State)), Expression.Constant(CandidateState.InReview)));
        foreach (var route in routes)
        {
            foreach (var step in route.Steps.Where(s => levels.Contains(s.LevelCode)))
            {
                var here = Expression.AndAlso(
                    Expression.AndAlso(Member(nameof(InboxRecord.HasCandidate)),
                        Expression.Equal(Member(nameof(InboxRecord.RouteCode)), Expression.Constant(route.Code, typeof(string)))),
                    Expression.AndAlso(Expression.Equal(Member(nameof(InboxRecord.StepOrder)), Expression.Constant(step.Order)), open));
                body = Expression.OrElse(body, here);
            }
        }

        return Expression.Lambda<Func<InboxRecord, bool>>(body, x);
    }
}

/// <summary>A unit's filtered inbox: the query, and how to page it with the user's own work first.</summary>
public sealed record InboxFilter(int UnitId, string UnitName, string LevelCode, IQueryable<InboxRecord> Records,
    Expression<Func<InboxRecord, bool>> WaitsForMe, IReadOnlyDictionary<string, ApprovalRoute> Routes, ApprovalRoute ActiveRoute)
{
    /// <summary>The user's own work first, then Vietnamese name order (the citizens' sort key), one page from the database.</summary>
    public async Task<IReadOnlyList<(InboxRecord Record, bool Mine)>> PageAsync(int page, CancellationToken cancellationToken)
    {
        var mineFirst = Expression.Lambda<Func<InboxRecord, int>>(
            Expression.Condition(WaitsForMe.Body, Expression.Constant(0), Expression.Constant(1)), WaitsForMe.Parameters);
        var records = await Records.OrderBy(mineFirst).ThenBy(x => x.SortKey).ThenBy(x => x.RegistrationId)
            .Skip((page - 1) * InboxQueries.PageSize).Take(InboxQueries.PageSize)
            .ToListAsync(cancellationToken);
        var isMine = WaitsForMe.Compile();
        return records.Select(r => (r, isMine(r))).ToList();
    }

    /// <summary>Every card matching that waits for the user, with the version the action must find (the "act on all" of a bulk action).</summary>
    public async Task<IReadOnlyList<(int RegistrationId, int Version)>> AllWaitingForMeAsync(CancellationToken cancellationToken)
        => (await Records.Where(WaitsForMe).OrderBy(x => x.SortKey).Select(x => new { x.RegistrationId, x.Version }).ToListAsync(cancellationToken))
            .Select(x => (x.RegistrationId, x.Version)).ToList();
}
