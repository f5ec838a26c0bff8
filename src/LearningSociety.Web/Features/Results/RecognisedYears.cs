using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;

namespace LearningSociety.Web.Features.Results;

/// <summary>
/// The cards whose year counts as a recognised year of their citizen, for "tiêu biểu xuất sắc"
/// (<see cref="OutstandingCitizen"/>): the citizen page and the year's reports ask the same question here.
/// </summary>
public static class RecognisedYears
{
    /// <summary>
    /// A year counts when its candidate was recognised on the route; a year before <paramref name="historyBefore"/>
    /// also counts when its card passed and never travelled the route in the portal (history entered from the
    /// paper decisions of earlier years). One card per citizen and year, so each card is one recognised year.
    /// </summary>
    public static IQueryable<CdhtRegistration> Cards(AppDbContext db, int historyBefore)
        => db.Registrations.Where(r =>
            db.Candidates.Any(c => c.RegistrationId == r.Id && c.State == CandidateState.Recognised)
            || (r.Passed == true && r.Year < historyBefore && !db.Candidates.Any(c => c.RegistrationId == r.Id)));
}
