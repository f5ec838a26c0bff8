using System.Globalization;
using LearningSociety.Domain;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Approvals;

/// <summary>A link of a <see cref="WaitingLine"/>: where the work is.</summary>
public sealed record WaitingLink(string Text, string Url);

/// <summary>One line of "what waits for me", e.g. "3 hồ sơ chờ UBND xã xem xét, chuyển lên — hạn 30/11 (còn 5 ngày)", with its links.</summary>
public sealed record WaitingLine(string Text, IReadOnlyList<WaitingLink> Links, bool IsOverdue);

/// <summary>
/// What waits for a user this year, one line per unit they act for (or one line of what waits in their units for a viewer or
/// an administrator, who act on no step): the cards at the step of their level, from the card tallies (<see cref="CardCounts"/>,
/// the inbox's "chờ tôi xử lý"), the branch's cards still to appraise, the recognising level's candidates without a decision,
/// and the nearest deadline the dashboard shows them. Its cost is the number of units and tally rows, never of the cards.
/// </summary>
public sealed class WaitingWork(AppDbContext db, CardCounts counts, ResultsCache cache, TimeProvider clock)
{
    public async Task<IReadOnlyList<WaitingLine>> ForAsync(UnitScope scope, CancellationToken cancellationToken)
    {
        var today = new VietnamClock(clock).Today();
        var year = today.Year;
        var routes = await db.ApprovalRoutesAsync(cancellationToken);
        var active = (await db.ActiveCdhtRouteAsync(cancellationToken)).ToDomain();
        var deadlines = (await db.Deadlines.AsNoTracking().Where(d => d.Year == year).ToListAsync(cancellationToken))
            .Select(d => d.ToDomain()).ToList();

        var acting = scope.Grants.Where(g => g.Role.CanAct() && g.Role != PortalRole.SystemAdministrator).DistinctBy(g => g.UnitId).ToList();
        var lines = new List<WaitingLine>();
        foreach (var grant in acting.Count > 0 ? acting : scope.Grants.DistinctBy(g => g.UnitId).ToList())
        {
            var villages = await db.AdministrativeUnits.AsNoTracking()
                .Where(u => u.Path.StartsWith(grant.UnitPath) && u.Level.Code == AdministrativeLevel.Village)
                .Select(u => new TalliedVillage(u.Id, u.Path, u.ParentId))
                .ToListAsync(cancellationToken);
            var cards = await counts.OfAsync(year, villages, sumToParents: false, cancellationToken);
            lines.Add(acting.Count > 0
                ? await ActingLineAsync(grant, cards, routes, active, deadlines, today, cancellationToken)
                : OverseeingLine(grant, cards, routes, active, year));
        }

        return lines;
    }

    private async Task<WaitingLine> ActingLineAsync(ScopeGrant grant, IReadOnlyList<CardCount> cards, IReadOnlyDictionary<string, ApprovalRoute> routes,
        ApprovalRoute active, IReadOnlyList<Deadline> deadlines, DateOnly today, CancellationToken cancellationToken)
    {
        var year = today.Year;
        var inbox = $"/Approvals?year={year}&unitId={grant.UnitId}&state=mine";
        var waiting = cards.Where(c => c.WaitingAt(routes, active) == grant.LevelCode).Sum(c => c.Count);
        var step = active.Steps.FirstOrDefault(s => s.LevelCode == grant.LevelCode);
        var parts = new List<string>
        {
            step is null
                ? $"{Count(waiting)} hồ sơ chờ {grant.UnitName} xử lý"
                : $"{Count(waiting)} hồ sơ chờ {step.Name}",
        };
        var links = new List<WaitingLink> { new("Mở hồ sơ chờ xử lý", inbox) };

        var returned = cards.Where(c => c.HasCandidate && c.State == CandidateState.Returned && c.WaitingAt(routes, active) == grant.LevelCode)
            .Sum(c => c.Count);
        if (returned > 0)
        {
            parts[0] += $" (trong đó {Count(returned)} hồ sơ bị trả lại)";
        }

        if (grant.LevelCode == active.FirstStep.LevelCode)
        {
            var toAppraise = cards.Where(c => c.Status == ScorecardStatus.SelfAssessed).Sum(c => c.Count);
            if (toAppraise > 0)
            {
                parts.Add($"{Count(toAppraise)} phiếu chờ thẩm định");
                links.Add(new("Phiếu chờ thẩm định", $"/Citizens?villageId={grant.UnitId}&status=selfassessed"));
            }
        }

        if (grant.LevelCode == active.FinalStep.LevelCode)
        {
            // The one count the tallies do not hold: recognised candidates no decision lists yet (a few per unit, by the candidates' index).
            // A district's are thousands of rows to count (30 ms of SQLite CPU at 200,000 citizens): once per data version (ADR-011).
            var undecided = (await cache.GetOrComputeAsync(db, $"undecided:{year}:{grant.UnitPath}",
                async () => new UndecidedCount(await db.Candidates.AsNoTracking()
                    .CountAsync(c => c.Year == year && c.State == CandidateState.Recognised && c.DecisionNumber == null
                        && c.Registration.Village.Path.StartsWith(grant.UnitPath), cancellationToken)),
                _ => 1, cancellationToken)).Value;
            if (undecided > 0)
            {
                parts.Add($"{Count(undecided)} công dân đã công nhận chờ ra quyết định");
                links.Add(new("Ghi quyết định công nhận", $"/Decisions/Create?year={year}"));
            }
        }

        var deadline = NearestDeadline(grant.LevelCode, deadlines, today);
        var text = string.Join("; ", parts);
        var overdue = false;
        if (deadline is not null)
        {
            var status = DeadlineStatus.Of(deadline, today);
            // Red only while the user still has work: cards at their step, or (a branch) cards to appraise.
            overdue = status.IsOverdue && cards.Any(c => c.Count > 0 && c.IsWorkAt(grant.LevelCode, routes, active));
            text += $" — hạn {deadline.DueDate.ToString("dd/MM", CultureInfo.InvariantCulture)} ({LowerFirst(status.Text)})";
        }

        return new WaitingLine(text, links, overdue);
    }

    /// <summary>A viewer or an administrator acts on no step: what waits in their units, by level.</summary>
    private static WaitingLine OverseeingLine(ScopeGrant grant, IReadOnlyList<CardCount> cards, IReadOnlyDictionary<string, ApprovalRoute> routes,
        ApprovalRoute active, int year)
    {
        var byStep = active.Steps
            .Select(s => (s.Name, Count: cards.Where(c => c.WaitingAt(routes, active) == s.LevelCode).Sum(c => c.Count)))
            .Where(x => x.Count > 0)
            .Select(x => $"{Count(x.Count)} chờ {x.Name}")
            .ToList();
        var total = cards.Where(c => c.WaitingAt(routes, active) is not null).Sum(c => c.Count);
        var text = total == 0
            ? $"Không có việc chờ bạn xử lý; {grant.UnitName} không còn hồ sơ nào chờ xét duyệt năm {year}"
            : $"Không có việc chờ bạn xử lý; {grant.UnitName} có {Count(total)} hồ sơ đang chờ các cấp xét duyệt: {string.Join("; ", byStep)}";
        return new WaitingLine(text, [new("Xem hộp hồ sơ", $"/Approvals?year={year}")], false);
    }

    /// <summary>
    /// The deadline of the user's own level, or else of the level just below (the dashboard shows both): the nearest one
    /// still ahead, or the last one when all have passed.
    /// </summary>
    private static Deadline? NearestDeadline(string levelCode, IReadOnlyList<Deadline> deadlines, DateOnly today)
    {
        var below = new Dictionary<string, string> { ["district"] = "commune", ["commune"] = "village", ["province"] = "district" };
        var mine = deadlines.Where(d => d.LevelCode == levelCode).ToList();
        if (mine.Count == 0 && below.TryGetValue(levelCode, out var lower))
        {
            mine = deadlines.Where(d => d.LevelCode == lower).ToList();
        }

        return mine.Where(d => d.DueDate >= today).OrderBy(d => d.DueDate).FirstOrDefault() ?? mine.MaxBy(d => d.DueDate);
    }

    private static string Count(int value) => VietnameseFormat.Number(value);

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}

/// <summary>A count kept in <see cref="ResultsCache"/> (which holds reference types).</summary>
internal sealed record UndecidedCount(int Value);
