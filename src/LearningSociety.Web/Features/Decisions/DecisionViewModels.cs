using LearningSociety.Web.Data;

namespace LearningSociety.Web.Features.Decisions;

public sealed record DecisionRow(int Id, string Number, DateOnly Date, int Year, string IssuingBody, int? AmendsDecisionId, int People);

public sealed record DecisionListViewModel(IReadOnlyList<DecisionRow> Decisions, bool CanCreate);

public sealed record DecisionPerson(int RegistrationId, string Name, int BirthYear, string Village, string Commune, string Group, int? Total);

/// <summary>A decision and the people the user may read; <paramref name="Listed"/> is how many it recognises in all.</summary>
public sealed record DecisionDetailsViewModel(RecognitionDecision Decision, IReadOnlyList<DecisionPerson> People, int Listed = 0)
{
    /// <summary>The user reads an extract: only the people of their own villages.</summary>
    public bool IsExtract => People.Count < Listed;
}
