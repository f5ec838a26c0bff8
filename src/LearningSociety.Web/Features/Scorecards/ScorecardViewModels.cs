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
    bool CanEdit,
    JudgedUnder? Judged = null,
    PastRecognition? Past = null)
{
    /// <summary>The minimum per indicator the scores are shown against: the judged card's own, else today's rule.</summary>
    public int MinPerIndicator => Judged?.MinPerIndicator ?? Rule.MinPerIndicator;

    public int? SelfTotal => Indicators.All(i => i.SelfScore is not null) ? Indicators.Sum(i => i.SelfScore) : null;
}

/// <summary>The form page: the card as it is, and what the user typed (kept on errors).</summary>
public sealed record ScorecardFormViewModel(ScorecardViewModel Card, ScorecardInput Input, bool IsAppraisal);

/// <summary>The rule an appraised card was judged under, as stored with its verdict.</summary>
public sealed record JudgedUnder(int Threshold, int MinPerIndicator, string? RuleName, string? Designation)
{
    public string Text => $"tổng điểm từ {Threshold}, không chỉ số nào dưới {MinPerIndicator} điểm"
        + (RuleName is null ? string.Empty : $" ({RuleName})")
        + (Designation is null ? string.Empty : $"; xã thuộc danh sách xã đặc biệt khó khăn theo {Designation}");
}

/// <summary>An earlier year entered from paper: what the branch entered, the commune's confirmation, and who may act on it.</summary>
public sealed record PastRecognition(string? DecisionNumber, DateOnly? DecisionDate, bool WithoutDecision, string? ConfirmedBy,
    DateTimeOffset? ConfirmedAt, bool CanRecord, bool CanConfirm)
{
    public bool IsRecorded => DecisionNumber is not null || WithoutDecision;
}
