using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Data;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Universalization;

/// <summary>What saving a commune's survey form did: saved, refused with the problems of its counts, or stale.</summary>
public sealed record SurveyEntryOutcome(IReadOnlyList<SurveyProblem> Problems, bool IsStale)
{
    public static readonly SurveyEntryOutcome Saved = new([], false);

    public static readonly SurveyEntryOutcome Stale = new([], true);

    public bool IsSaved => Problems.Count == 0 && !IsStale;
}

/// <summary>
/// A commune officer enters the PCGD-XMC counts of a year on the commune page: the counts are checked by the domain,
/// the form's stamp must still be the record's (or the record must still not exist), and the record changes only
/// through <see cref="UniversalizationSurveyRecord.Record"/>.
/// </summary>
public sealed class SurveyEntry(AppDbContext db, TimeProvider clock)
{
    /// <param name="unit">A commune the user may enter counts for (checked by the caller).</param>
    public async Task<SurveyEntryOutcome> SaveAsync(UnitRef unit, SurveyInput input, string recordedBy, CancellationToken cancellationToken)
    {
        var isDisadvantaged = await DesignatedCommunes.In(db, input.Year).AnyAsync(c => c.CommuneId == unit.Id, cancellationToken);
        var survey = input.ToSurvey(isDisadvantaged);
        var problems = survey.Problems();
        if (problems.Count > 0)
        {
            return new SurveyEntryOutcome(problems, false);
        }

        var record = await db.UniversalizationSurveys.Include(s => s.Figures)
            .FirstOrDefaultAsync(s => s.UnitId == unit.Id && s.Year == input.Year, cancellationToken);
        if (record is null ? input.ConcurrencyStamp is not null : input.ConcurrencyStamp != record.ConcurrencyStamp)
        {
            return SurveyEntryOutcome.Stale;
        }

        if (record is null)
        {
            db.UniversalizationSurveys.Add(new UniversalizationSurveyRecord(unit.Id, survey, recordedBy, clock.GetUtcNow()));
        }
        else
        {
            // The stamp the user loaded is the one the update must still find, or someone else saved in between.
            db.Entry(record).Property(r => r.ConcurrencyStamp).OriginalValue = input.ConcurrencyStamp!.Value;
            record.Record(survey, recordedBy, clock.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SurveyEntryOutcome.Saved;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            // A concurrency conflict, or another first survey of the same commune and year (unique index).
            db.ChangeTracker.Clear();
            return SurveyEntryOutcome.Stale;
        }
    }
}
