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
        if (year is < RecognitionRule.EarliestYear or > RecognitionRule.LastYear)
        {
            throw new DomainException(
                $"Năm đăng ký phải từ {RecognitionRule.EarliestYear} đến {RecognitionRule.LastYear}.", nameof(Year));
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

    /// <summary>The minimum per indicator the appraisal was judged against.</summary>
    public int? AppraisalMinPerIndicator { get; private set; }

    /// <summary>The rule the appraisal was judged under, by its name ("KH 196/KH-KHVN (mặc định toàn quốc)").</summary>
    public string? AppraisalRuleName { get; private set; }

    /// <summary>
    /// The ĐBKK designation that applied when the card was judged ("Quyết định số … của …"); null when the commune was
    /// not on a list for the year. Kept with the verdict, so a later change of the list never rewrites a decided card.
    /// </summary>
    public string? AppraisalDesignation { get; private set; }

    /// <summary>
    /// For a card of an earlier year entered from paper ("lịch sử"): the number of the decision that recognised the
    /// citizen that year; null with <see cref="PastWithoutDecision"/> when there was none, or before it is entered.
    /// </summary>
    public string? PastDecisionNumber { get; private set; }

    public DateOnly? PastDecisionDate { get; private set; }

    /// <summary>Entered as recognised that year without a decision to cite (the branch says so explicitly).</summary>
    public bool PastWithoutDecision { get; private set; }

    /// <summary>Who at the commune confirmed the earlier year; only a confirmed year counts toward "tiêu biểu xuất sắc".</summary>
    public string? PastConfirmedBy { get; private set; }

    public DateTimeOffset? PastConfirmedAt { get; private set; }

    /// <summary>True once the branch has entered the recognition of an earlier year (decision or none).</summary>
    public bool HasPastRecognition => PastDecisionNumber is not null || PastWithoutDecision;

    public bool IsPastConfirmed => PastConfirmedAt is not null;

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
        AppraisalMinPerIndicator = null;
        AppraisalRuleName = null;
        AppraisalDesignation = null;
        AppraisedBy = null;
        AppraisedAt = null;
        Touch();
    }

    /// <summary>The branch's appraisal: a reason is required wherever its score differs from the self-score.</summary>
    /// <param name="designation">The ĐBKK designation that made <paramref name="rule"/> apply, if any (its citation).</param>
    public ScorecardResult Appraise(IReadOnlyList<IndicatorInput> inputs, RecognitionRule rule, bool hasConsent,
        string appraiser, DateTimeOffset at, string? designation = null)
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
        Status = ScorecardStatus.Appraised;
        Judge(result, rule, designation);
        Touch();
        return result;
    }

    /// <summary>The rule applied to the appraised scores, or null while the card is not appraised.</summary>
    public ScorecardResult? Evaluate(RecognitionRule rule)
        => AppraisedScores() is { } scores ? ScorecardEvaluation.Evaluate(scores, rule) : null;

    /// <summary>
    /// The stored verdict with its reasons, under the rule the card was judged with (not today's rule): what every page,
    /// list and document shows. Null while the card is not appraised.
    /// </summary>
    public ScorecardResult? Verdict()
        => AppraisedScores() is { } scores && AppraisalThreshold is int threshold
            ? ScorecardEvaluation.Evaluate(scores, threshold, AppraisalMinPerIndicator ?? RecognitionRule.DefaultMinPerIndicator)
            : null;

    /// <summary>
    /// Judges an appraised card again under another rule (the commune's ĐBKK designation for the year changed). A card
    /// already proposed, or not appraised, keeps its verdict: false. True when the card was judged again (its verdict may
    /// be the same).
    /// </summary>
    public bool Rejudge(RecognitionRule rule, string? designation)
    {
        if (IsLocked || Status != ScorecardStatus.Appraised || AppraisedScores() is not { } scores)
        {
            return false;
        }

        if (AppraisalThreshold == rule.Threshold && AppraisalMinPerIndicator == rule.MinPerIndicator && AppraisalRuleName == rule.Name
            && AppraisalDesignation == designation)
        {
            return false;
        }

        Judge(ScorecardEvaluation.Evaluate(scores, rule), rule, designation);
        Touch();
        return true;
    }

    /// <summary>
    /// The branch enters how an earlier year was recognised on paper: the decision's number and date, or that there was
    /// none. A changed entry needs the commune's confirmation again.
    /// </summary>
    public void RecordPastRecognition(string? decisionNumber, DateOnly? decisionDate, bool withoutDecision, int currentYear)
    {
        if (Year >= currentYear)
        {
            throw new DomainException($"Chỉ ghi quyết định công nhận cho năm trước năm {currentYear}; năm nay đi theo quy trình đề nghị.");
        }

        if (IsPastConfirmed)
        {
            throw new DomainException("UBND xã đã xác nhận năm này; cần bỏ xác nhận trước khi sửa.");
        }

        if (Passed != true)
        {
            throw new DomainException($"Phiếu năm {Year} cần được thẩm định Đạt trước khi ghi quyết định công nhận.");
        }

        decisionNumber = string.IsNullOrWhiteSpace(decisionNumber) ? null : decisionNumber.Trim();
        if (withoutDecision)
        {
            decisionNumber = null;
            decisionDate = null;
        }
        else
        {
            if (decisionNumber is null || decisionNumber.Length > MaxDecisionNumberLength)
            {
                throw new DomainException($"Cần nhập số quyết định công nhận (tối đa {MaxDecisionNumberLength} ký tự), hoặc chọn “Không có quyết định”.",
                    nameof(PastDecisionNumber));
            }

            if (decisionDate is not { } date || date.Year < Year || date.Year > Year + 1)
            {
                throw new DomainException($"Ngày quyết định phải trong năm {Year} hoặc năm {Year + 1}.", nameof(PastDecisionDate));
            }
        }

        PastDecisionNumber = decisionNumber;
        PastDecisionDate = decisionDate;
        PastWithoutDecision = withoutDecision;
        Touch();
    }

    /// <summary>The commune confirms an earlier year entered by the branch: from now on it counts as a recognised year.</summary>
    public void ConfirmPast(string confirmedBy, DateTimeOffset at, int currentYear)
    {
        if (Year >= currentYear || !HasPastRecognition || Passed != true)
        {
            throw new DomainException($"Năm {Year} chưa được chi hội ghi quyết định công nhận nên chưa thể xác nhận.");
        }

        if (IsPastConfirmed)
        {
            return;
        }

        PastConfirmedBy = confirmedBy;
        PastConfirmedAt = at;

        // A confirmed year is part of the record: its scores no longer change.
        IsLocked = true;
        Touch();
    }

    /// <summary>The commune takes its confirmation back (entered wrongly): the year stops counting until confirmed again.</summary>
    public void WithdrawPastConfirmation()
    {
        if (!IsPastConfirmed)
        {
            return;
        }

        PastConfirmedBy = null;
        PastConfirmedAt = null;
        IsLocked = false;
        Touch();
    }

    public const int MaxDecisionNumberLength = 50;

    private void Judge(ScorecardResult result, RecognitionRule rule, string? designation)
    {
        AppraisedTotal = result.Total;
        Passed = result.Passed;
        AppraisalThreshold = rule.Threshold;
        AppraisalMinPerIndicator = rule.MinPerIndicator;
        AppraisalRuleName = rule.Name;
        AppraisalDesignation = designation;
    }

    private List<IndicatorScore>? AppraisedScores()
        => Status == ScorecardStatus.Appraised && _entries.Count > 0 && _entries.All(e => e.AppraisedScore is not null)
            ? _entries.Select(e => new IndicatorScore(e.Code, e.AppraisedScore!.Value)).ToList()
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

        if (IsPastConfirmed)
        {
            throw new DomainException("UBND xã đã xác nhận kết quả năm này, không thể sửa điểm.");
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
