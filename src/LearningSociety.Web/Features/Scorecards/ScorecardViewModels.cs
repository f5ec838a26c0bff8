using LearningSociety.Domain.Scorecards;

namespace LearningSociety.Web.Features.Scorecards;

public sealed record IndicatorLine(string Code, int Criterion, string Text, string Guidance, bool IsDraft,
    int? SelfScore, string? EvidenceNote, int? AppraisedScore, string? AppraisalReason);

public sealed record EvidenceLine(int Id, string? IndicatorCode, string FileName, string ContentType, long Length, string UploadedBy, DateTimeOffset UploadedAt);

public sealed record ScorecardViewModel(
    int RegistrationId,
    int CitizenId,
    string CitizenName,
    string VillageName,
    int Year,
    string GroupName,
    ScorecardStatus Status,
    bool IsLocked,
    bool HasConsent,
    Guid ConcurrencyStamp,
    IReadOnlyList<IndicatorLine> Indicators,
    IReadOnlyList<EvidenceLine> Evidence,
    RecognitionRule Rule,
    ScorecardResult? Result,
    string? SelfAssessedBy,
    DateTimeOffset? SelfAssessedAt,
    bool SelfAssessedOnBehalf,
    string? AppraisedBy,
    DateTimeOffset? AppraisedAt,
    bool CanEdit)
{
    public int? SelfTotal => Indicators.All(i => i.SelfScore is not null) ? Indicators.Sum(i => i.SelfScore) : null;
}

/// <summary>The form page: the card as it is, and what the user typed (kept on errors).</summary>
public sealed record ScorecardFormViewModel(ScorecardViewModel Card, ScorecardInput Input, bool IsAppraisal);
