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

/// <summary>
/// A unit's plan "Thực hiện Đề án Xây dựng xã hội học tập năm …" (seed 000) for a year or a period. Content is
/// edited while it is a draft; issuing freezes it; a change after that is a new version that replaces it when
/// issued, so the history of what was in force stays readable.
/// </summary>
public sealed class Plan
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public int StartYear { get; set; }

    /// <summary>Equal to <see cref="StartYear"/> for a yearly plan; 2030 for a 2021–2030 plan.</summary>
    public int EndYear { get; set; }

    /// <summary>"Số: 45/KH-UBND" is stored as "45/KH-UBND"; may stay "…/KH-UBND" until issued.</summary>
    public string Number { get; set; } = string.Empty;

    public DateOnly? IssuedOn { get; set; }

    /// <summary>The place of the date line: "Quảng Phú".</summary>
    public string Place { get; set; } = string.Empty;

    /// <summary>"Thực hiện Đề án “Xây dựng xã hội học tập” năm 2024 trên địa bàn xã Quảng Phú".</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The opening paragraph before section I (which higher plan it implements).</summary>
    public string Preamble { get; set; } = string.Empty;

    /// <summary>I.1 Mục đích; one item per line.</summary>
    public string Purposes { get; set; } = string.Empty;

    /// <summary>I.2 Yêu cầu; one item per line.</summary>
    public string Requirements { get; set; } = string.Empty;

    /// <summary>Text of section II before the target list (general objective), optional.</summary>
    public string GeneralObjective { get; set; } = string.Empty;

    /// <summary>III. Nhiệm vụ và giải pháp; one item per line.</summary>
    public string TasksAndSolutions { get; set; } = string.Empty;

    /// <summary>IV. Kinh phí thực hiện; one item per line.</summary>
    public string Funding { get; set; } = string.Empty;

    /// <summary>"Nơi nhận", one recipient per line.</summary>
    public string Recipients { get; set; } = string.Empty;

    /// <summary>"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", one per line.</summary>
    public string SignerAuthority { get; set; } = string.Empty;

    public string SignerName { get; set; } = string.Empty;

    public PlanStatus Status { get; private set; }

    /// <summary>1 for the first version; each revision of an issued plan adds one.</summary>
    public int Version { get; private set; } = 1;

    /// <summary>The issued version this draft revises (and replaces when issued).</summary>
    public int? PreviousVersionId { get; private set; }

    /// <summary>The plan of an earlier year this one was started from.</summary>
    public int? CopiedFromPlanId { get; private set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public string? IssuedBy { get; private set; }

    /// <summary>Changes on every save, so two people editing the same draft cannot overwrite each other.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<PlanLegalBasis> LegalBases { get; set; } = [];

    public List<PlanTarget> Targets { get; set; } = [];

    public List<PlanTask> Tasks { get; set; } = [];

    public List<PlanResponsibility> Responsibilities { get; set; } = [];

    public bool IsEditable => Status == PlanStatus.Draft;

    public string PeriodText => PlanPeriod.Text(StartYear, EndYear);

    /// <summary>What <see cref="PlanInForce"/> decides on.</summary>
    public PlanSummary Summary => new(Id, UnitId, StartYear, EndYear, Status, Version);

    public bool Covers(int year) => year >= StartYear && year <= EndYear;

    public void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException("Kế hoạch đã ban hành chỉ được xem. Muốn thay đổi, hãy tạo phiên bản điều chỉnh.");
        }
    }

    /// <summary>Checks what a plan needs before it is saved; Vietnamese messages, empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!PlanPeriod.IsValid(StartYear, EndYear))
        {
            errors.Add("Năm của kế hoạch không hợp lệ: năm kết thúc phải từ năm bắt đầu đến tối đa 10 năm sau.");
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            errors.Add("Cần nhập tên kế hoạch.");
        }

        foreach (var target in Targets.Where(t => !Covers(t.Year)))
        {
            errors.Add($"Chỉ tiêu năm {target.Year} nằm ngoài thời gian của kế hoạch ({PeriodText}).");
        }

        if (Targets.GroupBy(t => (t.IndicatorId, t.Year)).Any(g => g.Count() > 1))
        {
            errors.Add("Mỗi chỉ tiêu chỉ có một giá trị cho mỗi năm.");
        }

        return errors;
    }

    /// <summary>Ban hành: needs a number and a date; the version it revises becomes superseded.</summary>
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
        }

        Number = number.Trim();
        IssuedOn = issuedOn;
        IssuedBy = by;
        Status = PlanStatus.Issued;
    }

    /// <summary>Điều chỉnh: a new draft version with the same content, which replaces this one when issued.</summary>
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
        return copy;
    }

    /// <summary>"Bắt đầu từ kế hoạch năm trước": a draft for the next year (or period) with every year moved on.</summary>
    public Plan CopyToNextPeriod(string by, DateTimeOffset at)
    {
        var shift = EndYear - StartYear + 1;
        var copy = CopyContent(shift, by, at);
        copy.CopiedFromPlanId = Id;
        copy.Number = "…/" + NumberSuffix(Number);
        copy.Title = ShiftYears(Title, shift);
        copy.Preamble = ShiftYears(Preamble, shift);
        return copy;
    }

    private Plan CopyContent(int shift, string by, DateTimeOffset at) => new()
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
        LegalBases = [.. LegalBases.Select(b => new PlanLegalBasis { LegalBasisId = b.LegalBasisId, Order = b.Order })],
        Targets = [.. Targets.Select(t => new PlanTarget { IndicatorId = t.IndicatorId, Year = t.Year + shift, Value = t.Value, Note = t.Note })],
        Tasks = [.. Tasks.Select(t => new PlanTask
        {
            Order = t.Order, Content = t.Content, LeadBody = t.LeadBody, CoordinatingBodies = t.CoordinatingBodies,
            CompletionTime = ShiftYears(t.CompletionTime, shift, datesToo: true),
        })],
        Responsibilities = [.. Responsibilities.Select(r => new PlanResponsibility { Order = r.Order, Body = r.Body, Duties = r.Duties })],
    };

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
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int LegalBasisId { get; set; }

    public LegalBasis LegalBasis { get; set; } = null!;

    public int Order { get; set; }
}

/// <summary>
/// A target value for one indicator in one year of the plan. Percentages are fractions (0.5 = 50%), levels whole
/// numbers, yes/no targets 1. A 2022–2025 ramp is four rows of the same indicator.
/// </summary>
public sealed class PlanTarget
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int IndicatorId { get; set; }

    public TargetIndicator Indicator { get; set; } = null!;

    public int Year { get; set; }

    public decimal Value { get; set; }

    /// <summary>Wording the plan adds, e.g. "trong đó 8% có trình độ đại học trở lên" or "Trên 20%".</summary>
    public string? Note { get; set; }
}

/// <summary>A row of the annex "Danh mục các nhiệm vụ trọng tâm" (seed 002).</summary>
public sealed class PlanTask
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int Order { get; set; }

    public string Content { get; set; } = string.Empty;

    /// <summary>Cơ quan chủ trì.</summary>
    public string LeadBody { get; set; } = string.Empty;

    /// <summary>Cơ quan phối hợp.</summary>
    public string CoordinatingBodies { get; set; } = string.Empty;

    /// <summary>Thời gian hoàn thành: "Tháng 11/2024", "Thường xuyên".</summary>
    public string CompletionTime { get; set; } = string.Empty;
}

/// <summary>A body's duties under "V. Tổ chức thực hiện".</summary>
public sealed class PlanResponsibility
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int Order { get; set; }

    /// <summary>"Hội Khuyến học xã", "Các thôn trên địa bàn xã".</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>One duty per line.</summary>
    public string Duties { get; set; } = string.Empty;
}
