using LearningSociety.Web.Data;

namespace LearningSociety.Web.Features.Decisions;

public sealed record DecisionRow(int Id, string Number, DateOnly Date, int Year, string IssuingBody, int? AmendsDecisionId, int People);

public sealed record DecisionListViewModel(IReadOnlyList<DecisionRow> Decisions, bool CanCreate);

public sealed record DecisionPerson(int RegistrationId, string Name, int BirthYear, string Village, string Commune, string Group, int? Total);

public sealed record DecisionDetailsViewModel(RecognitionDecision Decision, IReadOnlyList<DecisionPerson> People);
