using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Units;

namespace LearningSociety.Domain.Scorecards;

/// <summary>How a registration reached the portal.</summary>
public enum RegistrationChannel
{
    /// <summary>The citizen registered in person with the branch (the default in villages).</summary>
    Branch = 1,
    Import = 2,
    CarriedOver = 3,
}

public enum ScorecardStatus
{
    Registered = 1,
    SelfAssessed = 2,
    Appraised = 3,
}

/// <summary>What a person typed for one indicator of a self-assessment or an appraisal.</summary>
public readonly record struct IndicatorInput(string Code, int Score, string? Note);

/// <summary>
/// A citizen's registration for the title "Công dân học tập" in one year, with the scorecard: the
/// citizen's self-assessment with evidence and the village branch's appraisal kept side by side.
/// </summary>
public sealed class CdhtRegistration
{
    private readonly List<ScorecardEntry> _entries = [];

    private CdhtRegistration()
    {
        RegisteredBy = string.Empty;
    }

    public CdhtRegistration(Citizen citizen, int year, RegistrationChannel channel, string registeredBy, DateTimeOffset at)
    {
        if (year is < RecognitionRule.FirstYear or > RecognitionRule.LastYear)
        {
            throw new DomainException(
                $"Năm đăng ký phải từ {RecognitionRule.FirstYear} (năm bắt đầu chương trình) đến {RecognitionRule.LastYear}.", nameof(Year));
        }

        Citizen = citizen;
        Year = year;
        GroupId = citizen.GroupId;
        VillageId = citizen.VillageId;
        Channel = channel;
        RegisteredBy = registeredBy;
        RegisteredAt = at;
        Status = ScorecardStatus.Registered;
        ConcurrencyStamp = Guid.NewGuid();
    }

    public int Id { get; private set; }

    public int CitizenId { get; private set; }

    public Citizen Citizen { get; private set; } = null!;

    public int Year { get; private set; }

    /// <summary>The group the card is scored under this year (a person may change occupation).</summary>
    public int GroupId { get; private set; }

    public CitizenGroup Group { get; private set; } = null!;

    /// <summary>The village this year's card belongs to; scoping and reports use it.</summary>
    public int VillageId { get; private set; }

    public AdministrativeUnit Village { get; private set; } = null!;

    public RegistrationChannel Channel { get; private set; }

    public string RegisteredBy { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public ScorecardStatus Status { get; private set; }

    public string? SelfAssessedBy { get; private set; }

    public DateTimeOffset? SelfAssessedAt { get; private set; }

    /// <summary>True when branch staff typed the self-assessment for the citizen.</summary>
    public bool SelfAssessedOnBehalf { get; private set; }

    public string? AppraisedBy { get; private set; }

    public DateTimeOffset? AppraisedAt { get; private set; }

    public int? AppraisedTotal { get; private set; }

    public bool? Passed { get; private set; }

    /// <summary>The threshold the appraisal was judged against, kept so the verdict can be explained later.</summary>
    public int? AppraisalThreshold { get; private set; }

    /// <summary>Set once the card is proposed upward: scores can no longer change.</summary>
    public bool IsLocked { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public IReadOnlyList<ScorecardEntry> Entries => _entries;

    public int? SelfTotal => TotalOf([.. _entries.Select(e => e.SelfScore)]);

    /// <summary>A card's total: only once every one of the indicators has a score, else null.</summary>
    public static int? TotalOf(IReadOnlyCollection<int?> scores)
        => scores.Count == RecognitionRule.IndicatorCount && scores.All(s => s is not null) ? scores.Sum(s => s!.Value) : null;

    public void RecordSelfAssessment(IReadOnlyList<IndicatorInput> inputs, bool hasConsent, string enteredBy,
        bool onBehalf, DateTimeOffset at)
    {
        EnsureEditable(hasConsent);
        ValidateInputs(inputs);

        foreach (var input in inputs)
        {
            EntryFor(input.Code).SetSelf(input.Score, input.Note);
        }

        SelfAssessedBy = enteredBy;
        SelfAssessedAt = at;
        SelfAssessedOnBehalf = onBehalf;

        // A changed self-assessment invalidates an earlier appraisal: the branch must look again. Who appraised and when go
        // with it, so no page names an appraisal that no longer stands (the audit trail keeps the earlier values).
        Status = ScorecardStatus.SelfAssessed;
        AppraisedTotal = null;
        Passed = null;
        AppraisalThreshold = null;
        AppraisedBy = null;
        AppraisedAt = null;
        Touch();
    }

    /// <summary>The branch's appraisal: a reason is required wherever its score differs from the self-score.</summary>
    public ScorecardResult Appraise(IReadOnlyList<IndicatorInput> inputs, RecognitionRule rule, bool hasConsent,
        string appraiser, DateTimeOffset at)
    {
        EnsureEditable(hasConsent);
        if (Status == ScorecardStatus.Registered)
        {
            throw new DomainException("Công dân chưa tự đánh giá: cần nhập phiếu tự đánh giá trước khi thẩm định.");
        }

        ValidateInputs(inputs);
        var missingReasons = inputs
            .Where(i => _entries.FirstOrDefault(e => e.Code == i.Code)?.SelfScore != i.Score && string.IsNullOrWhiteSpace(i.Note))
            .Select(i => ScorecardEvaluation.DisplayCode(i.Code))
            .ToList();
        if (missingReasons.Count > 0)
        {
            throw new DomainException($"Cần ghi lý do ở chỉ số {string.Join(", ", missingReasons)} vì điểm thẩm định khác điểm tự đánh giá.",
                nameof(ScorecardEntry.AppraisalReason));
        }

        var result = ScorecardEvaluation.Evaluate(inputs.Select(i => new IndicatorScore(i.Code, i.Score)).ToList(), rule);
        foreach (var input in inputs)
        {
            EntryFor(input.Code).SetAppraised(input.Score, input.Note);
        }

        AppraisedBy = appraiser;
        AppraisedAt = at;
        AppraisedTotal = result.Total;
        Passed = result.Passed;
        AppraisalThreshold = rule.Threshold;
        Status = ScorecardStatus.Appraised;
        Touch();
        return result;
    }

    /// <summary>The rule applied to the appraised scores, or null while the card is not appraised.</summary>
    public ScorecardResult? Evaluate(RecognitionRule rule)
        => Status == ScorecardStatus.Appraised && _entries.All(e => e.AppraisedScore is not null)
            ? ScorecardEvaluation.Evaluate(_entries.Select(e => new IndicatorScore(e.Code, e.AppraisedScore!.Value)).ToList(), rule)
            : null;

    public void Lock()
    {
        IsLocked = true;
        Touch();
    }

    public void Unlock()
    {
        IsLocked = false;
        Touch();
    }

    private void EnsureEditable(bool hasConsent)
    {
        if (!hasConsent)
        {
            throw new DomainException("Chưa ghi nhận sự đồng ý của công dân: không thể chấm điểm.", nameof(Citizen.ConsentDate));
        }

        if (IsLocked)
        {
            throw new DomainException("Phiếu đã được đề nghị lên cấp trên, không thể sửa điểm.");
        }
    }

    private static void ValidateInputs(IReadOnlyList<IndicatorInput> inputs)
        => ScorecardEvaluation.Evaluate(inputs.Select(i => new IndicatorScore(i.Code, i.Score)).ToList(), threshold: 0, minPerIndicator: 0);

    private ScorecardEntry EntryFor(string code)
    {
        var entry = _entries.FirstOrDefault(e => e.Code == code);
        if (entry is null)
        {
            entry = new ScorecardEntry(code);
            _entries.Add(entry);
        }

        return entry;
    }

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();
}

/// <summary>One indicator row of a scorecard: self-score and evidence note beside the appraised score and reason.</summary>
public sealed class ScorecardEntry
{
    private ScorecardEntry()
    {
        Code = string.Empty;
    }

    internal ScorecardEntry(string code)
    {
        Code = code;
    }

    public int Id { get; private set; }

    public int RegistrationId { get; private set; }

    public string Code { get; private set; }

    public int? SelfScore { get; private set; }

    /// <summary>The citizen's evidence described in words (minh chứng); files are attached separately.</summary>
    public string? EvidenceNote { get; private set; }

    public int? AppraisedScore { get; private set; }

    public string? AppraisalReason { get; private set; }

    internal void SetSelf(int score, string? evidence)
    {
        SelfScore = score;
        EvidenceNote = string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim();
    }

    internal void SetAppraised(int score, string? reason)
    {
        AppraisedScore = score;
        AppraisalReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }
}
