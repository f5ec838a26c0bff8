using FluentValidation;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LearningSociety.Web.Features.Plans;

/// <summary>
/// The plan form as typed (create and edit), and the one place that maps it to and from a <see cref="Plan"/>: header,
/// sections I–V as text, the target grid (one row per indicator, one cell per plan year), key tasks, responsibilities
/// and legal bases. Task and responsibility lists carry empty rows that are ignored on save.
/// </summary>
public sealed class PlanForm
{
    public const string DefaultNumber = "…/KH-UBND";
    public const string DefaultSignerAuthority = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH";

    /// <summary>Empty rows offered at the end of the task and responsibility tables.</summary>
    public const int EmptyRows = 3;

    public int UnitId { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public int? StartYear { get; set; }

    public int? EndYear { get; set; }

    /// <summary>The years the target grid was drawn for; when the period is changed the grid is drawn again before saving.</summary>
    public int GridStartYear { get; set; }

    public int GridEndYear { get; set; }

    public string? Number { get; set; }

    public string? Place { get; set; }

    public string? Title { get; set; }

    public string? Preamble { get; set; }

    public string? Purposes { get; set; }

    public string? Requirements { get; set; }

    public string? GeneralObjective { get; set; }

    public string? TasksAndSolutions { get; set; }

    public string? Funding { get; set; }

    public string? Recipients { get; set; }

    public string? SignerAuthority { get; set; }

    public string? SignerName { get; set; }

    public List<PlanTargetRowInput> Targets { get; set; } = [];

    /// <summary>The legal bases ticked in the reusable list.</summary>
    public List<int> LegalBasisIds { get; set; } = [];

    /// <summary>A document not yet in the reusable list; added to it on save.</summary>
    public NewLegalBasisInput NewLegalBasis { get; set; } = new();

    public List<PlanTaskInput> Tasks { get; set; } = [];

    public List<PlanResponsibilityInput> Responsibilities { get; set; } = [];

    /// <summary>What the page shows around the inputs (unit, indicators, the legal basis list); never posted.</summary>
    [BindNever]
    [ValidateNever]
    public PlanFormOptions? Options { get; set; }

    /// <summary>The years of the target grid; posted values are kept within 2000–2100 and at most 11 years.</summary>
    public IEnumerable<int> GridYears
    {
        get
        {
            var start = Math.Clamp(GridStartYear, 2000, 2100);
            var end = Math.Clamp(GridEndYear, start, Math.Min(start + 10, 2100));
            return Enumerable.Range(start, end - start + 1);
        }
    }

    public bool HasValidPeriod => StartYear is >= 2000 and <= 2100 && EndYear is int end && end >= StartYear && end <= StartYear + 10;

    public bool PeriodDiffersFromGrid => HasValidPeriod && (StartYear != GridStartYear || EndYear != GridEndYear);

    public static string PeriodText(int startYear, int endYear) => startYear == endYear ? $"năm {startYear}" : $"giai đoạn {startYear}-{endYear}";

    /// <summary>A new plan with the wording of seed 000 filled in for the unit.</summary>
    public static PlanForm ForNewPlan(UnitRef unit, int startYear, int endYear) => new()
    {
        UnitId = unit.Id,
        StartYear = startYear,
        EndYear = endYear,
        GridStartYear = startYear,
        GridEndYear = endYear,
        Number = DefaultNumber,
        Place = UnitNames.Place(unit.Name),
        Title = $"Thực hiện Đề án “Xây dựng xã hội học tập” {PeriodText(startYear, endYear)} trên địa bàn {UnitNames.InText(unit.Name)}",
        SignerAuthority = DefaultSignerAuthority,
        Recipients = DefaultRecipients(unit),
    };

    /// <summary>The form of a saved plan; its targets must be loaded with their indicators.</summary>
    public static PlanForm FromEntity(Plan plan) => new()
    {
        UnitId = plan.UnitId,
        ConcurrencyStamp = plan.ConcurrencyStamp,
        StartYear = plan.StartYear,
        EndYear = plan.EndYear,
        GridStartYear = plan.StartYear,
        GridEndYear = plan.EndYear,
        Number = plan.Number,
        Place = plan.Place,
        Title = plan.Title,
        Preamble = plan.Preamble,
        Purposes = plan.Purposes,
        Requirements = plan.Requirements,
        GeneralObjective = plan.GeneralObjective,
        TasksAndSolutions = plan.TasksAndSolutions,
        Funding = plan.Funding,
        Recipients = plan.Recipients,
        SignerAuthority = plan.SignerAuthority,
        SignerName = plan.SignerName,
        Targets = [.. plan.Targets.GroupBy(t => t.IndicatorId).Select(g => new PlanTargetRowInput
        {
            IndicatorId = g.Key,
            Note = g.Select(t => t.Note).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
            Cells = [.. g.OrderBy(t => t.Year).Select(t => new PlanTargetCellInput { Year = t.Year, Value = PlanTargetText.InputValue(t.Indicator, t.Value) })],
        })],
        LegalBasisIds = [.. plan.LegalBases.OrderBy(b => b.Order).Select(b => b.LegalBasisId)],
        Tasks = [.. plan.Tasks.OrderBy(t => t.Order).Select(t => new PlanTaskInput
        {
            Content = t.Content, LeadBody = t.LeadBody, CoordinatingBodies = t.CoordinatingBodies, CompletionTime = t.CompletionTime,
        })],
        Responsibilities = [.. plan.Responsibilities.OrderBy(r => r.Order).Select(r => new PlanResponsibilityInput { Body = r.Body, Duties = r.Duties })],
    };

    /// <summary>
    /// Lays the grid out as the page shows it: one row per indicator in catalogue order with a cell per grid year,
    /// keeping what was typed; and three empty task and responsibility rows at the end.
    /// </summary>
    public void Arrange(IReadOnlyList<TargetIndicator> indicators)
    {
        var typed = Targets.GroupBy(r => r.IndicatorId).ToDictionary(g => g.Key, g => g.First());
        Targets = [.. indicators.Select(indicator =>
        {
            var row = typed.GetValueOrDefault(indicator.Id);
            return new PlanTargetRowInput
            {
                IndicatorId = indicator.Id,
                Note = row?.Note,
                Cells = [.. GridYears.Select(year => new PlanTargetCellInput
                {
                    Year = year, Value = row?.Cells.FirstOrDefault(c => c.Year == year)?.Value,
                })],
            };
        })];
        Tasks = Padded(Tasks, t => t.IsEmpty);
        Responsibilities = Padded(Responsibilities, r => r.IsEmpty);
    }

    /// <summary>Redraws the grid for the period typed in the header, keeping values of the years still in it.</summary>
    public void RedrawGridForPeriod(IReadOnlyList<TargetIndicator> indicators)
    {
        GridStartYear = StartYear!.Value;
        GridEndYear = EndYear!.Value;
        Arrange(indicators);
    }

    /// <summary>
    /// Reads the target grid: percentages typed as percent ("50", "12,5") become fractions, each value is checked by
    /// <see cref="TargetIndicator.ValidateTarget"/>, and every problem is reported at its own cell.
    /// </summary>
    public IReadOnlyList<PlanTarget> ReadTargets(IReadOnlyDictionary<int, TargetIndicator> indicators, ModelStateDictionary modelState)
    {
        var targets = new List<PlanTarget>();
        for (var i = 0; i < Targets.Count; i++)
        {
            var row = Targets[i];
            if (!indicators.TryGetValue(row.IndicatorId, out var indicator))
            {
                continue;
            }

            var note = Clean(row.Note);
            if (note.Length > 300)
            {
                modelState.AddModelError($"Targets[{i}].Note", "Ghi chú tối đa 300 ký tự.");
            }

            var typed = false;
            for (var j = 0; j < row.Cells.Count; j++)
            {
                var cell = row.Cells[j];
                if (string.IsNullOrWhiteSpace(cell.Value))
                {
                    continue;
                }

                typed = true;
                var key = $"Targets[{i}].Cells[{j}].Value";
                if (!PlanTargetText.TryParse(indicator, cell.Value, out var value, out var error)
                    || (error = indicator.ValidateTarget(value)) is not null)
                {
                    modelState.AddModelError(key, error!);
                    continue;
                }

                targets.Add(new PlanTarget { IndicatorId = indicator.Id, Year = cell.Year, Value = value, Note = note.Length == 0 ? null : note });
            }

            if (!typed && note.Length > 0)
            {
                modelState.AddModelError($"Targets[{i}].Note", "Nhập giá trị chỉ tiêu cho ít nhất một năm, hoặc xóa ghi chú.");
            }
        }

        return targets;
    }

    /// <summary>
    /// The plan's legal bases in order: those it already cites keep their order, newly ticked ones follow by date,
    /// then the new document (given as <paramref name="added"/>, which may be an existing row with the same number and date).
    /// </summary>
    public IReadOnlyList<LegalBasis> OrderLegalBases(Plan? plan, IReadOnlyList<LegalBasis> available, LegalBasis? added)
    {
        var byId = available.ToDictionary(b => b.Id);
        var ticked = LegalBasisIds.Where(byId.ContainsKey).ToHashSet();
        var cited = plan?.LegalBases.OrderBy(b => b.Order).Select(b => b.LegalBasisId).Where(ticked.Contains).ToList() ?? [];
        var ordered = cited.Concat(ticked.Except(cited).OrderBy(id => byId[id].IssuedOn).ThenBy(id => id)).Select(id => byId[id]).ToList();
        if (added is not null && !ordered.Any(b => b.Id != 0 && b.Id == added.Id))
        {
            ordered.Add(added);
        }

        return ordered;
    }

    /// <summary>Writes the form into the plan. Child rows are updated in place where they match, so the audit shows real changes.</summary>
    public void ApplyTo(Plan plan, IReadOnlyList<PlanTarget> targets, IReadOnlyList<LegalBasis> legalBases)
    {
        plan.StartYear = StartYear!.Value;
        plan.EndYear = EndYear!.Value;
        plan.Number = Clean(Number);
        plan.Place = Clean(Place);
        plan.Title = Clean(Title);
        plan.Preamble = Clean(Preamble);
        plan.Purposes = Clean(Purposes);
        plan.Requirements = Clean(Requirements);
        plan.GeneralObjective = Clean(GeneralObjective);
        plan.TasksAndSolutions = Clean(TasksAndSolutions);
        plan.Funding = Clean(Funding);
        plan.Recipients = Clean(Recipients);
        plan.SignerAuthority = Clean(SignerAuthority);
        plan.SignerName = Clean(SignerName);

        var wanted = targets.ToDictionary(t => (t.IndicatorId, t.Year));
        plan.Targets.RemoveAll(t => !wanted.ContainsKey((t.IndicatorId, t.Year)));
        foreach (var target in targets)
        {
            if (plan.Targets.FirstOrDefault(t => t.IndicatorId == target.IndicatorId && t.Year == target.Year) is { } existing)
            {
                existing.Value = target.Value;
                existing.Note = target.Note;
            }
            else
            {
                plan.Targets.Add(target);
            }
        }

        var tasks = Tasks.Where(t => !t.IsEmpty).ToList();
        Merge(plan.Tasks, t => t.Order, tasks.Count, (task, k) =>
        {
            task.Order = k + 1;
            task.Content = Clean(tasks[k].Content);
            task.LeadBody = Clean(tasks[k].LeadBody);
            task.CoordinatingBodies = Clean(tasks[k].CoordinatingBodies);
            task.CompletionTime = Clean(tasks[k].CompletionTime);
        });

        var bodies = Responsibilities.Where(r => !r.IsEmpty).ToList();
        Merge(plan.Responsibilities, r => r.Order, bodies.Count, (row, k) =>
        {
            row.Order = k + 1;
            row.Body = Clean(bodies[k].Body);
            row.Duties = Clean(bodies[k].Duties);
        });

        plan.LegalBases.RemoveAll(b => !legalBases.Any(l => l.Id != 0 && l.Id == b.LegalBasisId));
        for (var k = 0; k < legalBases.Count; k++)
        {
            var basis = legalBases[k];
            if (basis.Id != 0 && plan.LegalBases.FirstOrDefault(b => b.LegalBasisId == basis.Id) is { } existing)
            {
                existing.Order = k + 1;
            }
            else if (basis.Id != 0)
            {
                plan.LegalBases.Add(new PlanLegalBasis { LegalBasisId = basis.Id, Order = k + 1 });
            }
            else
            {
                plan.LegalBases.Add(new PlanLegalBasis { LegalBasis = basis, Order = k + 1 });
            }
        }
    }

    /// <summary>Text as stored: trimmed, with one kind of line break.</summary>
    public static string Clean(string? text) => (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string DefaultRecipients(UnitRef unit)
    {
        var level = unit.LevelCode switch
        {
            AdministrativeLevel.Commune => "xã",
            AdministrativeLevel.District => "huyện",
            _ => "tỉnh",
        };
        return $"BTV Đảng ủy;\nThường trực HĐND {level};\nCT, các PCT UBND {level};\nCác cơ quan, đơn vị trên địa bàn {level};\nLưu: VT.";
    }

    private static List<T> Padded<T>(List<T> rows, Func<T, bool> isEmpty)
        where T : new()
    {
        var trailingEmpty = rows.AsEnumerable().Reverse().TakeWhile(isEmpty).Count();
        return [.. rows, .. Enumerable.Range(0, Math.Max(0, EmptyRows - trailingEmpty)).Select(_ => new T())];
    }

    // Reuses existing rows by position, adds or removes the difference.
    private static void Merge<T>(List<T> rows, Func<T, int> order, int count, Action<T, int> write)
        where T : new()
    {
        var ordered = rows.OrderBy(order).ToList();
        for (var k = 0; k < count; k++)
        {
            if (k < ordered.Count)
            {
                write(ordered[k], k);
            }
            else
            {
                var row = new T();
                write(row, k);
                rows.Add(row);
            }
        }

        foreach (var extra in ordered.Skip(count))
        {
            rows.Remove(extra);
        }
    }
}

/// <summary>One indicator of the target grid: a value per plan year and one note for the row.</summary>
public sealed class PlanTargetRowInput
{
    public int IndicatorId { get; set; }

    public string? Note { get; set; }

    public List<PlanTargetCellInput> Cells { get; set; } = [];
}

/// <summary>A target value as typed: "50" or "12,5" (percent), a level, a count, or "1" for a ticked yes/no.</summary>
public sealed class PlanTargetCellInput
{
    public int Year { get; set; }

    public string? Value { get; set; }
}

public sealed class PlanTaskInput
{
    public string? Content { get; set; }

    public string? LeadBody { get; set; }

    public string? CoordinatingBodies { get; set; }

    public string? CompletionTime { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Content) && string.IsNullOrWhiteSpace(LeadBody)
        && string.IsNullOrWhiteSpace(CoordinatingBodies) && string.IsNullOrWhiteSpace(CompletionTime);
}

public sealed class PlanResponsibilityInput
{
    public string? Body { get; set; }

    public string? Duties { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Body) && string.IsNullOrWhiteSpace(Duties);
}

/// <summary>A document to add to the reusable list of legal bases while writing a plan.</summary>
public sealed class NewLegalBasisInput
{
    public string? DocumentType { get; set; }

    public string? Number { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public string? Issuer { get; set; }

    public string? Title { get; set; }

    public bool IsFilled => !string.IsNullOrWhiteSpace(DocumentType) || !string.IsNullOrWhiteSpace(Number) || IssuedOn is not null
        || !string.IsNullOrWhiteSpace(Issuer) || !string.IsNullOrWhiteSpace(Title);

    public LegalBasis ToEntity() => new()
    {
        DocumentType = PlanForm.Clean(DocumentType), Number = PlanForm.Clean(Number), IssuedOn = IssuedOn!.Value,
        Issuer = PlanForm.Clean(Issuer), Title = PlanForm.Clean(Title),
    };
}

public sealed class PlanFormValidator : AbstractValidator<PlanForm>
{
    public PlanFormValidator()
    {
        RuleFor(x => x.StartYear).NotNull().WithMessage("Vui lòng nhập năm bắt đầu.")
            .InclusiveBetween(2000, 2100).WithMessage("Năm bắt đầu phải từ 2000 đến 2100.");
        RuleFor(x => x.EndYear).NotNull().WithMessage("Vui lòng nhập năm kết thúc.")
            .Must((form, end) => form.StartYear is null || (end >= form.StartYear && end <= form.StartYear + 10))
            .WithMessage("Năm kết thúc phải từ năm bắt đầu đến tối đa 10 năm sau (ví dụ giai đoạn 2021–2030).");
        RuleFor(x => x.Number).NotEmpty().WithMessage("Vui lòng nhập số kế hoạch, ví dụ …/KH-UBND.").MaximumLength(50).WithMessage("Số kế hoạch tối đa 50 ký tự.");
        RuleFor(x => x.Place).NotEmpty().WithMessage("Vui lòng nhập địa danh (ví dụ Quảng Phú).").MaximumLength(100).WithMessage("Địa danh tối đa 100 ký tự.");
        RuleFor(x => x.Title).NotEmpty().WithMessage("Vui lòng nhập tên kế hoạch.").MaximumLength(500).WithMessage("Tên kế hoạch tối đa 500 ký tự.");
        Length(x => x.Preamble, 4000, "Phần mở đầu");
        Length(x => x.Purposes, 8000, "Mục đích");
        Length(x => x.Requirements, 8000, "Yêu cầu");
        Length(x => x.GeneralObjective, 4000, "Mục tiêu chung");
        Length(x => x.TasksAndSolutions, 32000, "Nhiệm vụ và giải pháp");
        Length(x => x.Funding, 4000, "Kinh phí");
        Length(x => x.Recipients, 2000, "Nơi nhận");
        Length(x => x.SignerAuthority, 300, "Thẩm quyền ký");
        Length(x => x.SignerName, 150, "Họ tên người ký");

        RuleForEach(x => x.Tasks).ChildRules(task =>
        {
            task.RuleFor(t => t.Content).NotEmpty().When(t => !t.IsEmpty).WithMessage("Nhập nội dung nhiệm vụ (hoặc để trống cả dòng).")
                .MaximumLength(2000).WithMessage("Nội dung tối đa 2.000 ký tự.");
            task.RuleFor(t => t.LeadBody).MaximumLength(300).WithMessage("Cơ quan chủ trì tối đa 300 ký tự.");
            task.RuleFor(t => t.CoordinatingBodies).MaximumLength(500).WithMessage("Cơ quan phối hợp tối đa 500 ký tự.");
            task.RuleFor(t => t.CompletionTime).MaximumLength(100).WithMessage("Thời gian hoàn thành tối đa 100 ký tự.");
        });
        RuleForEach(x => x.Responsibilities).ChildRules(row =>
        {
            row.RuleFor(r => r.Body).NotEmpty().When(r => !r.IsEmpty).WithMessage("Nhập tên cơ quan, đơn vị (hoặc để trống cả dòng).")
                .MaximumLength(300).WithMessage("Tên cơ quan tối đa 300 ký tự.");
            row.RuleFor(r => r.Duties).MaximumLength(8000).WithMessage("Nhiệm vụ tối đa 8.000 ký tự.");
        });

        When(x => x.NewLegalBasis.IsFilled, () =>
        {
            RuleFor(x => x.NewLegalBasis.DocumentType).NotEmpty().WithMessage("Nhập loại văn bản (Quyết định, Kế hoạch…).")
                .MaximumLength(50).WithMessage("Loại văn bản tối đa 50 ký tự.");
            RuleFor(x => x.NewLegalBasis.Number).NotEmpty().WithMessage("Nhập số văn bản, ví dụ 162/KH-UBND.")
                .MaximumLength(50).WithMessage("Số văn bản tối đa 50 ký tự.");
            RuleFor(x => x.NewLegalBasis.IssuedOn).NotNull().WithMessage("Nhập ngày ban hành (dd/MM/yyyy).");
            RuleFor(x => x.NewLegalBasis.Issuer).NotEmpty().WithMessage("Nhập cơ quan ban hành.")
                .MaximumLength(200).WithMessage("Cơ quan ban hành tối đa 200 ký tự.");
            RuleFor(x => x.NewLegalBasis.Title).NotEmpty().WithMessage("Nhập trích yếu văn bản.")
                .MaximumLength(1000).WithMessage("Trích yếu tối đa 1.000 ký tự.");
        });
    }

    private void Length(System.Linq.Expressions.Expression<Func<PlanForm, string?>> field, int max, string label)
        => RuleFor(field).MaximumLength(max).WithMessage($"{label} tối đa {max.ToString("N0", Shared.VietnameseText.Culture)} ký tự.");
}

/// <summary>Ban hành: the number and date the plan is issued with, and the stamp of the draft the user read.</summary>
public sealed class PlanIssueInput
{
    public string? Number { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}

public sealed class PlanIssueInputValidator : AbstractValidator<PlanIssueInput>
{
    public PlanIssueInputValidator()
    {
        RuleFor(x => x.Number).NotEmpty().WithMessage("Vui lòng nhập số kế hoạch, ví dụ 45/KH-UBND.")
            .MaximumLength(50).WithMessage("Số kế hoạch tối đa 50 ký tự.");
        RuleFor(x => x.IssuedOn).NotNull().WithMessage("Vui lòng nhập ngày ban hành (dd/MM/yyyy).");
    }
}
