namespace LearningSociety.Domain;

/// <summary>A rule of the domain refused an action; the message is Vietnamese and meant for the user.</summary>
/// <param name="message">What was refused and why, in Vietnamese.</param>
/// <param name="field">The input the rule concerns (see <see cref="Field"/>), or null when it concerns the whole record.</param>
public class DomainException(string message, string? field = null) : Exception(message)
{
    /// <summary>
    /// The input the refusal concerns, so a form or an import can point at it without reading the message:
    /// the name of the entity property (<c>nameof(Citizen.NationalId)</c>, <c>nameof(CdhtRegistration.Year)</c>,
    /// <c>nameof(ScorecardEntry.AppraisalReason)</c>), or an indicator code ("TC2.1") when one indicator's score is refused.
    /// Null when the rule concerns the record as a whole (a locked card, a card with the wrong number of indicators).
    /// </summary>
    public string? Field { get; } = field;
}
