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
    /// A year counts when its candidate was recognised on the route, or when its card passed, never travelled the route in
    /// the portal and was confirmed by the commune (an earlier year entered from its paper decision, or marked as without
    /// one). One card per citizen and year, so each card is one recognised year. <c>CardTallyKeeper</c> counts the same.
    /// </summary>
    public static IQueryable<CdhtRegistration> Cards(AppDbContext db)
        => db.Registrations.Where(r =>
            db.Candidates.Any(c => c.RegistrationId == r.Id && c.State == CandidateState.Recognised)
            || (r.Passed == true && r.PastConfirmedAt != null && !db.Candidates.Any(c => c.RegistrationId == r.Id)));
}
