using LearningSociety.Domain.Approvals;
using LearningSociety.Web.Data;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Demo;

/// <summary>The demo starts on any day: its moves, plans and deadlines stay inside the clock's year, never after its moment.</summary>
public sealed class DemoDatesTests
{
    [Theory]
    [InlineData("2027-01-01T17:30:00+00:00", 2027)] // 02/01/2027 00:30 in Vietnam: everything this year is squeezed into a day and a half
    [InlineData("2027-12-31T09:00:00+00:00", 2027)] // 31/12/2027 16:00 in Vietnam: the deadlines cannot move past the year
    public async Task TheDemoSeedsOnTheFirstAndTheLastDaysOfAYear(string moment, int year)
    {
        var now = DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture);
        using var factory = new PortalFactory(new Dictionary<string, string?> { ["Database:SeedDemoYear"] = "true" }) { Clock = new FixedClock(now) };

        var (transitions, registrations, deadlines, plans, stored, recount) = await factory.WithDbAsync(async db => (
            await db.Candidates.Where(c => c.Year == year).SelectMany(c => c.Transitions).Select(t => t.At).ToListAsync(),
            await db.Registrations.Where(r => r.Year == year).Select(r => new { r.RegisteredAt, r.SelfAssessedAt, r.AppraisedAt }).ToListAsync(),
            await db.Deadlines.Where(d => d.Year == year).Select(d => d.DueDate).ToListAsync(),
            await db.Plans.Where(p => p.StartYear == year).Select(p => p.IssuedOn).ToListAsync(),
            await CardTallyKeeper.StoredAsync(db, CancellationToken.None),
            await CardTallyKeeper.RecountAsync(db, CancellationToken.None)));

        var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
        Assert.NotEmpty(transitions);
        Assert.All(transitions, at => Assert.InRange(at, start, now));
        Assert.Equal(200, registrations.Count);
        Assert.All(registrations.SelectMany(r => new[] { r.RegisteredAt, r.SelfAssessedAt, r.AppraisedAt }).OfType<DateTimeOffset>(),
            at => Assert.InRange(at, start, now));
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(7)).DateTime);
        Assert.All(deadlines, due => Assert.InRange(due, today, new DateOnly(year, 12, 31)));
        Assert.Equal(2, plans.Count);
        Assert.All(plans, issued => Assert.InRange(issued!.Value, new DateOnly(year, 1, 1), today));
        Assert.Equal(recount.OrderBy(x => x.Key.ToString()), stored.OrderBy(x => x.Key.ToString()));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Candidates.CountAsync(c => c.Year == year && c.State == CandidateState.Returned)));
    }
}
