namespace LearningSociety.Domain.Plans;

public enum PlanStatus
{
    /// <summary>Dự thảo: the unit is still writing it.</summary>
    Draft = 0,

    /// <summary>Đã ban hành: read-only; a change is a new version.</summary>
    Issued = 1,

    /// <summary>Đã được thay thế by a later issued version.</summary>
    Superseded = 2,
}

/// <summary>The header and sections I–V of a plan, as written (each text already trimmed by the caller).</summary>
public sealed record PlanContent(
    int StartYear,
    int EndYear,
    string Number,
    string Place,
    string Title,
    string Preamble = "",
    string Purposes = "",
    string Requirements = "",
    string GeneralObjective = "",
    string TasksAndSolutions = "",
    string Funding = "",
    string Recipients = "",
    string SignerAuthority = "",
    string SignerName = "");

/// <summary>A target as the plan sets it: the indicator (which decides what a valid value is), the year and the value.</summary>
public sealed record PlanTargetValue(TargetIndicator Indicator, int Year, decimal Value, string? Note = null);

/// <summary>A row of the key-task annex as written.</summary>
public sealed record PlanTaskContent(string Content, string LeadBody = "", string CoordinatingBodies = "", string CompletionTime = "");

/// <summary>A body and its duties under "V. Tổ chức thực hiện", as written.</summary>
public sealed record PlanResponsibilityContent(string Body, string Duties = "");

/// <summary>
/// A unit's plan "Thực hiện Đề án Xây dựng xã hội học tập năm …" (seed 000) for a year or a period. Content is
/// edited while it is a draft (<see cref="EditDraft"/>, <see cref="SetTargets"/>, <see cref="ReplaceTasks"/>,
/// <see cref="ReplaceResponsibilities"/>, <see cref="CiteLegalBases"/>); issuing freezes it; a change after that is a
/// new version that replaces it when issued, so the history of what was in force stays readable. Every change renews
/// <see cref="ConcurrencyStamp"/>.
/// </summary>
public sealed class Plan
{
    public const int MaxNoteLength = 300;

    private readonly List<PlanLegalBasis> _legalBases = [];
    private readonly List<PlanTarget> _targets = [];
    private readonly List<PlanTask> _tasks = [];
    private readonly List<PlanResponsibility> _responsibilities = [];

    private Plan()
    {
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public int StartYear { get; private set; }

    /// <summary>Equal to <see cref="StartYear"/> for a yearly plan; 2030 for a 2021–2030 plan.</summary>
    public int EndYear { get; private set; }

    /// <summary>"Số: 45/KH-UBND" is stored as "45/KH-UBND"; may stay "…/KH-UBND" until issued.</summary>
    public string Number { get; private set; } = string.Empty;

    public DateOnly? IssuedOn { get; private set; }

    /// <summary>The place of the date line: "Quảng Phú".</summary>
    public string Place { get; private set; } = string.Empty;

    /// <summary>"Thực hiện Đề án “Xây dựng xã hội học tập” năm 2024 trên địa bàn xã Quảng Phú".</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>The opening paragraph before section I (which higher plan it implements).</summary>
    public string Preamble { get; private set; } = string.Empty;

    /// <summary>I.1 Mục đích; one item per line.</summary>
    public string Purposes { get; private set; } = string.Empty;

    /// <summary>I.2 Yêu cầu; one item per line.</summary>
    public string Requirements { get; private set; } = string.Empty;

    /// <summary>Text of section II before the target list (general objective), optional.</summary>
    public string GeneralObjective { get; private set; } = string.Empty;

    /// <summary>III. Nhiệm vụ và giải pháp; one item per line.</summary>
    public string TasksAndSolutions { get; private set; } = string.Empty;

    /// <summary>IV. Kinh phí thực hiện; one item per line.</summary>
    public string Funding { get; private set; } = string.Empty;

    /// <summary>"Nơi nhận", one recipient per line.</summary>
    public string Recipients { get; private set; } = string.Empty;

    /// <summary>"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", one per line.</summary>
    public string SignerAuthority { get; private set; } = string.Empty;

    public string SignerName { get; private set; } = string.Empty;

    public PlanStatus Status { get; private set; }

    /// <summary>1 for the first version; each revision of an issued plan adds one.</summary>
    public int Version { get; private set; } = 1;

    /// <summary>The issued version this draft revises (and replaces when issued).</summary>
    public int? PreviousVersionId { get; private set; }

    /// <summary>The plan of an earlier year this one was started from.</summary>
    public int? CopiedFromPlanId { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public string? IssuedBy { get; private set; }

    /// <summary>Changes on every change, so two people editing the same draft cannot overwrite each other.</summary>
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<PlanLegalBasis> LegalBases => _legalBases;

    public IReadOnlyList<PlanTarget> Targets => _targets;

    public IReadOnlyList<PlanTask> Tasks => _tasks;

    public IReadOnlyList<PlanResponsibility> Responsibilities => _responsibilities;

    public bool IsEditable => Status == PlanStatus.Draft;

    public string PeriodText => PlanPeriod.Text(StartYear, EndYear);

    /// <summary>What <see cref="PlanInForce"/> decides on.</summary>
    public PlanSummary Summary => new(Id, UnitId, StartYear, EndYear, Status, Version);

    public bool Covers(int year) => year >= StartYear && year <= EndYear;

    /// <summary>A new draft (version 1) of the unit; refused when the period or the title is not valid.</summary>
    public static Plan Create(int unitId, PlanContent content, string by, DateTimeOffset at)
    {
        var plan = new Plan { UnitId = unitId, CreatedBy = by, CreatedAt = at };
        plan.Write(content);
        return plan;
    }

    public void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException("Kế hoạch đã ban hành chỉ được xem. Muốn thay đổi, hãy tạo phiên bản điều chỉnh.");
        }
    }

    /// <summary>Rewrites the header and sections I–V of a draft.</summary>
    public void EditDraft(PlanContent content)
    {
        EnsureEditable();
        Write(content);
        Touch();
    }

    /// <summary>
    /// The target grid of a draft: each value checked by its indicator and within the plan's period, one value per
    /// indicator and year. Rows that stay are changed in place, so the audit shows real changes.
    /// </summary>
    public void SetTargets(IEnumerable<PlanTargetValue> targets)
    {
        EnsureEditable();
        var wanted = targets.ToList();
        foreach (var target in wanted)
        {
            if (!Covers(target.Year))
            {
                throw new DomainException(OutsidePeriod(target.Year));
            }

            if (target.Indicator.ValidateTarget(target.Value) is { } error)
            {
                throw new DomainException(error);
            }

            if (target.Note?.Length > MaxNoteLength)
            {
                throw new DomainException("Ghi chú tối đa 300 ký tự.");
            }
        }

        if (wanted.GroupBy(t => (t.Indicator.Id, t.Year)).Any(g => g.Count() > 1))
        {
            throw new DomainException(TwiceInAYear);
        }

        var keys = wanted.Select(t => (t.Indicator.Id, t.Year)).ToHashSet();
        _targets.RemoveAll(t => !keys.Contains((t.IndicatorId, t.Year)));
        foreach (var target in wanted)
        {
            if (_targets.FirstOrDefault(t => t.IndicatorId == target.Indicator.Id && t.Year == target.Year) is { } existing)
            {
                existing.Change(target.Value, target.Note);
            }
            else
            {
                _targets.Add(new PlanTarget(target.Indicator.Id, target.Year, target.Value, target.Note));
            }
        }

        Touch();
    }

    /// <summary>The key-task annex of a draft, in the given order; existing rows are reused by position.</summary>
    public void ReplaceTasks(IEnumerable<PlanTaskContent> tasks)
    {
        EnsureEditable();
        var rows = tasks.ToList();
        if (rows.Any(t => string.IsNullOrWhiteSpace(t.Content)))
        {
            throw new DomainException("Nhập nội dung nhiệm vụ (hoặc để trống cả dòng).");
        }

        Merge(_tasks, t => t.Order, rows.Count, (k, task) => task?.Rewrite(k + 1, rows[k]) ?? new PlanTask(k + 1, rows[k]));
        Touch();
    }

    /// <summary>"V. Tổ chức thực hiện" of a draft, in the given order; existing rows are reused by position.</summary>
    public void ReplaceResponsibilities(IEnumerable<PlanResponsibilityContent> responsibilities)
    {
        EnsureEditable();
        var rows = responsibilities.ToList();
        if (rows.Any(r => string.IsNullOrWhiteSpace(r.Body)))
        {
            throw new DomainException("Nhập tên cơ quan, đơn vị (hoặc để trống cả dòng).");
        }

        Merge(_responsibilities, r => r.Order, rows.Count, (k, row) => row?.Rewrite(k + 1, rows[k]) ?? new PlanResponsibility(k + 1, rows[k]));
        Touch();
    }

    /// <summary>The legal bases a draft cites, in order; a basis not saved yet (Id 0) is added to the shared list with the plan.</summary>
    public void CiteLegalBases(IReadOnlyList<LegalBasis> legalBases)
    {
        EnsureEditable();
        _legalBases.RemoveAll(b => !legalBases.Any(l => l.Id != 0 && l.Id == b.LegalBasisId));
        for (var k = 0; k < legalBases.Count; k++)
        {
            var basis = legalBases[k];
            if (basis.Id != 0 && _legalBases.FirstOrDefault(b => b.LegalBasisId == basis.Id) is { } existing)
            {
                existing.MoveTo(k + 1);
            }
            else
            {
                _legalBases.Add(basis.Id != 0 ? new PlanLegalBasis(basis.Id, k + 1) : new PlanLegalBasis(basis, k + 1));
            }
        }

        Touch();
    }

    /// <summary>Checks what a plan needs before it is saved; Vietnamese messages, empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!PlanPeriod.IsValid(StartYear, EndYear))
        {
            errors.Add(InvalidPeriod);
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            errors.Add(MissingTitle);
        }

        foreach (var target in Targets.Where(t => !Covers(t.Year)))
        {
            errors.Add(OutsidePeriod(target.Year));
        }

        if (Targets.GroupBy(t => (t.IndicatorId, t.Year)).Any(g => g.Count() > 1))
        {
            errors.Add(TwiceInAYear);
        }

        return errors;
    }

    /// <summary>Ban hành: needs a number, a date and a valid draft; the version it revises becomes superseded.</summary>
    public void Issue(string number, DateOnly issuedOn, string by, Plan? previous)
    {
        EnsureEditable();
        if (string.IsNullOrWhiteSpace(number) || number.Contains('…', StringComparison.Ordinal) || number.StartsWith('/'))
        {
            throw new DomainException("Cần nhập số kế hoạch (ví dụ 45/KH-UBND) trước khi ban hành.");
        }

        if (issuedOn.Year < StartYear - 1 || issuedOn.Year > EndYear)
        {
            throw new DomainException($"Ngày ban hành phải trong thời gian của kế hoạch ({PeriodText}) hoặc năm trước đó.");
        }

        if (Targets.Count == 0)
        {
            throw new DomainException("Kế hoạch chưa có chỉ tiêu nào; hãy nhập chỉ tiêu trước khi ban hành.");
        }

        if (Validate() is [var invalid, ..])
        {
            throw new DomainException(invalid);
        }

        if (previous is not null)
        {
            if (previous.Id != PreviousVersionId)
            {
                throw new ArgumentException("Not the version this draft revises.", nameof(previous));
            }

            if (previous.Status != PlanStatus.Issued)
            {
                throw new DomainException("Phiên bản trước đã được thay thế bởi một bản điều chỉnh khác nên bản này không ban hành được.");
            }

            previous.Status = PlanStatus.Superseded;
            previous.Touch();
        }

        Number = number.Trim();
        IssuedOn = issuedOn;
        IssuedBy = by;
        Status = PlanStatus.Issued;
        Touch();
    }

    /// <summary>
    /// Điều chỉnh: a new draft version with the same content, which replaces this one when issued. This plan's stamp
    /// changes too, so of two revisions started at the same moment (a double click) only one is saved.
    /// </summary>
    public Plan Revise(string by, DateTimeOffset at)
    {
        if (Status != PlanStatus.Issued)
        {
            throw new DomainException("Chỉ điều chỉnh được kế hoạch đang có hiệu lực (đã ban hành).");
        }

        var copy = CopyContent(0, by, at);
        copy.Version = Version + 1;
        copy.PreviousVersionId = Id;
        copy.Number = Number;
        Touch();
        return copy;
    }

    /// <summary>
    /// "Bắt đầu từ kế hoạch năm trước": a draft for the next year (or period) with every year moved on. Like
    /// <see cref="Revise"/>, it renews this plan's stamp so that a double click makes one copy.
    /// </summary>
    public Plan CopyToNextPeriod(string by, DateTimeOffset at)
    {
        if (Status == PlanStatus.Superseded)
        {
            throw new DomainException("Kế hoạch này đã được thay thế; hãy bắt đầu từ phiên bản đang có hiệu lực.");
        }

        var shift = EndYear - StartYear + 1;
        var copy = CopyContent(shift, by, at);
        copy.CopiedFromPlanId = Id;
        copy.Number = "…/" + NumberSuffix(Number);
        copy.Title = ShiftYears(Title, shift);
        copy.Preamble = ShiftYears(Preamble, shift);
        Touch();
        return copy;
    }

    private const string InvalidPeriod = "Năm của kế hoạch không hợp lệ: năm kết thúc phải từ năm bắt đầu đến tối đa 10 năm sau.";
    private const string MissingTitle = "Cần nhập tên kế hoạch.";
    private const string TwiceInAYear = "Mỗi chỉ tiêu chỉ có một giá trị cho mỗi năm.";

    private string OutsidePeriod(int year) => $"Chỉ tiêu năm {year} nằm ngoài thời gian của kế hoạch ({PeriodText}).";

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();

    private void Write(PlanContent content)
    {
        if (!PlanPeriod.IsValid(content.StartYear, content.EndYear))
        {
            throw new DomainException(InvalidPeriod);
        }

        if (string.IsNullOrWhiteSpace(content.Title))
        {
            throw new DomainException(MissingTitle);
        }

        StartYear = content.StartYear;
        EndYear = content.EndYear;
        Number = content.Number;
        Place = content.Place;
        Title = content.Title;
        Preamble = content.Preamble;
        Purposes = content.Purposes;
        Requirements = content.Requirements;
        GeneralObjective = content.GeneralObjective;
        TasksAndSolutions = content.TasksAndSolutions;
        Funding = content.Funding;
        Recipients = content.Recipients;
        SignerAuthority = content.SignerAuthority;
        SignerName = content.SignerName;
    }

    private Plan CopyContent(int shift, string by, DateTimeOffset at)
    {
        var copy = new Plan
        {
            UnitId = UnitId,
            StartYear = StartYear + shift,
            EndYear = EndYear + shift,
            Place = Place,
            Title = Title,
            Preamble = Preamble,
            Purposes = Purposes,
            Requirements = Requirements,
            GeneralObjective = GeneralObjective,
            TasksAndSolutions = TasksAndSolutions,
            Funding = Funding,
            Recipients = Recipients,
            SignerAuthority = SignerAuthority,
            SignerName = SignerName,
            CreatedBy = by,
            CreatedAt = at,
        };
        copy._legalBases.AddRange(LegalBases.Select(b => new PlanLegalBasis(b.LegalBasisId, b.Order)));
        copy._targets.AddRange(Targets.Select(t => new PlanTarget(t.IndicatorId, t.Year + shift, t.Value, t.Note)));
        copy._tasks.AddRange(Tasks.Select(t => new PlanTask(t.Order, new PlanTaskContent(
            t.Content, t.LeadBody, t.CoordinatingBodies, ShiftYears(t.CompletionTime, shift, datesToo: true)))));
        copy._responsibilities.AddRange(Responsibilities.Select(r => new PlanResponsibility(r.Order, new PlanResponsibilityContent(r.Body, r.Duties))));
        return copy;
    }

    // Reuses existing rows by position (write gets the row or null for a new one and returns it), removes the rest.
    private static void Merge<T>(List<T> rows, Func<T, int> order, int count, Func<int, T?, T> write)
        where T : class
    {
        var ordered = rows.OrderBy(order).ToList();
        for (var k = 0; k < count; k++)
        {
            if (k < ordered.Count)
            {
                write(k, ordered[k]);
            }
            else
            {
                rows.Add(write(k, null));
            }
        }

        foreach (var extra in ordered.Skip(count))
        {
            rows.Remove(extra);
        }
    }

    // "45/KH-UBND" → "KH-UBND".
    private static string NumberSuffix(string number)
        => number.LastIndexOf('/') is var slash and >= 0 ? number[(slash + 1)..] : "KH-UBND";

    // Moves the plan's own years in its texts ("năm 2024" → "năm 2025"); dates of cited documents ("ngày 11/6/2024")
    // stay, except in a task's completion time ("Tháng 10/2024"), which is the plan's own date.
    private string ShiftYears(string text, int shift, bool datesToo = false)
    {
        if (shift == 0 || string.IsNullOrEmpty(text))
        {
            return text;
        }

        var result = text;
        for (var year = EndYear; year >= StartYear; year--)
        {
            result = result.Replace("năm " + year, "năm " + (year + shift), StringComparison.Ordinal);
            if (datesToo)
            {
                result = result.Replace("/" + year, "/" + (year + shift), StringComparison.Ordinal);
            }
        }

        return StartYear == EndYear ? result : result.Replace($"{StartYear}-{EndYear}", $"{StartYear + shift}-{EndYear + shift}", StringComparison.Ordinal);
    }
}

/// <summary>A legal basis cited by a plan, in the plan's order.</summary>
public sealed class PlanLegalBasis
{
    private PlanLegalBasis()
    {
    }

    internal PlanLegalBasis(int legalBasisId, int order)
    {
        LegalBasisId = legalBasisId;
        Order = order;
    }

    internal PlanLegalBasis(LegalBasis added, int order)
    {
        LegalBasis = added;
        Order = order;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public int LegalBasisId { get; private set; }

    public LegalBasis LegalBasis { get; private set; } = null!;

    public int Order { get; private set; }

    internal void MoveTo(int order) => Order = order;
}

/// <summary>
/// A target value for one indicator in one year of the plan. Percentages are fractions (0.5 = 50%), levels whole
/// numbers, yes/no targets 1. A 2022–2025 ramp is four rows of the same indicator. Set through <see cref="Plan.SetTargets"/>.
/// </summary>
public sealed class PlanTarget
{
    private PlanTarget()
    {
    }

    internal PlanTarget(int indicatorId, int year, decimal value, string? note)
    {
        IndicatorId = indicatorId;
        Year = year;
        Value = value;
        Note = note;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public int IndicatorId { get; private set; }

    public TargetIndicator Indicator { get; private set; } = null!;

    public int Year { get; private set; }

    public decimal Value { get; private set; }

    /// <summary>Wording the plan adds, e.g. "trong đó 8% có trình độ đại học trở lên" or "Trên 20%".</summary>
    public string? Note { get; private set; }

    internal void Change(decimal value, string? note)
    {
        Value = value;
        Note = note;
    }
}

/// <summary>A row of the annex "Danh mục các nhiệm vụ trọng tâm" (seed 002).</summary>
public sealed class PlanTask
{
    private PlanTask()
    {
    }

    internal PlanTask(int order, PlanTaskContent content) => Rewrite(order, content);

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public int Order { get; private set; }

    public string Content { get; private set; } = string.Empty;

    /// <summary>Cơ quan chủ trì.</summary>
    public string LeadBody { get; private set; } = string.Empty;

    /// <summary>Cơ quan phối hợp.</summary>
    public string CoordinatingBodies { get; private set; } = string.Empty;

    /// <summary>Thời gian hoàn thành: "Tháng 11/2024", "Thường xuyên".</summary>
    public string CompletionTime { get; private set; } = string.Empty;

    internal PlanTask Rewrite(int order, PlanTaskContent content)
    {
        Order = order;
        Content = content.Content;
        LeadBody = content.LeadBody;
        CoordinatingBodies = content.CoordinatingBodies;
        CompletionTime = content.CompletionTime;
        return this;
    }
}

/// <summary>A body's duties under "V. Tổ chức thực hiện".</summary>
public sealed class PlanResponsibility
{
    private PlanResponsibility()
    {
    }

    internal PlanResponsibility(int order, PlanResponsibilityContent content) => Rewrite(order, content);

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public int Order { get; private set; }

    /// <summary>"Hội Khuyến học xã", "Các thôn trên địa bàn xã".</summary>
    public string Body { get; private set; } = string.Empty;

    /// <summary>One duty per line.</summary>
    public string Duties { get; private set; } = string.Empty;

    internal PlanResponsibility Rewrite(int order, PlanResponsibilityContent content)
    {
        Order = order;
        Body = content.Body;
        Duties = content.Duties;
        return this;
    }
}
