using System.Text.RegularExpressions;
using LearningSociety.Domain.Plans;
using LearningSociety.Reporting;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// A plan "Thực hiện Đề án Xây dựng xã hội học tập …" printed as the administrative document of seed 000: sections
/// I–V, targets as sentences (a year × indicator table for a multi-year plan), the legal bases cited under III, the
/// signature, and the annex "Danh mục các nhiệm vụ trọng tâm" on its own page after them. Seen by whoever may see the plan's unit.
/// </summary>
public sealed partial class PlanReport(AppDbContext db)
{
    private const string Blank = "……………………";

    public async Task<BuiltReport?> BuildAsync(UnitScope scope, int planId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().AsSplitQuery()
            .Include(p => p.Targets).ThenInclude(t => t.Indicator)
            .Include(p => p.Tasks)
            .Include(p => p.Responsibilities)
            .Include(p => p.LegalBases).ThenInclude(b => b.LegalBasis)
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null || await ReportingUnit.FindAsync(db, scope, plan.UnitId, cancellationToken, communeOrDistrictOnly: false) is not { } unit)
        {
            return null;
        }

        var place = string.IsNullOrWhiteSpace(plan.Place) ? UnitNames.Place(unit.Name) : plan.Place.Trim();
        var number = string.IsNullOrWhiteSpace(plan.Number) ? "…/KH-UBND" : plan.Number.Trim();
        var date = plan.IssuedOn is { } issued
            ? AdministrativeHeader.FormatPlaceAndDate(place, issued)
            : $"{place}, ngày … tháng … năm …";

        var body = new List<ReportBlock>();
        if (!string.IsNullOrWhiteSpace(plan.Preamble))
        {
            body.Add(Text(plan.Preamble.Trim()));
        }

        body.Add(Heading("I. MỤC ĐÍCH, YÊU CẦU"));
        body.Add(Heading("1. Mục đích"));
        body.AddRange(Items(plan.Purposes));
        body.Add(Heading("2. Yêu cầu"));
        body.AddRange(Items(plan.Requirements));

        body.Add(Heading("II. MỤC TIÊU"));
        body.AddRange(Items(plan.GeneralObjective));
        body.AddRange(Targets(plan));

        body.Add(Heading("III. NHIỆM VỤ VÀ GIẢI PHÁP"));

        // Seed 000 cites the documents being implemented inside III.1 ("Tăng cường tuyên truyền, phổ biến …"), under
        // its heading, central documents first, then the province's, district's and commune's, each by date.
        var tasks = Tasks(plan.TasksAndSolutions).ToList();
        var bases = LegalBasis.InCitationOrder(plan.LegalBases, b => b.LegalBasis).ToList();
        if (bases.Count > 0)
        {
            var firstHeading = tasks.FindIndex(p => p.Bold);
            tasks.InsertRange(firstHeading + 1,
            [
                Text("- Tiếp tục tuyên truyền, phổ biến và triển khai thực hiện các văn bản sau:"),
                .. bases.Select(b => Text("+ " + b.LegalBasis.Citation.TrimEnd('.') + ".")),
            ]);
        }

        body.AddRange(tasks);

        body.Add(Heading("IV. KINH PHÍ THỰC HIỆN"));
        body.AddRange(Items(plan.Funding));

        body.Add(Heading("V. TỔ CHỨC THỰC HIỆN"));
        foreach (var (responsibility, index) in plan.Responsibilities.OrderBy(r => r.Order).ThenBy(r => r.Id).Select((r, i) => (r, i + 1)))
        {
            body.Add(Heading($"{index}. {responsibility.Body.Trim()}"));
            body.AddRange(Items(responsibility.Duties));
        }

        body.Add(Text($"Trên đây là Kế hoạch {ReportFigures.LowerFirst(plan.Title.Trim())}. Ủy ban nhân dân {unit.InText} đề nghị các cơ quan, " +
            "đơn vị, địa phương có liên quan triển khai thực hiện./."));

        var keyTasks = plan.Tasks.OrderBy(t => t.Order).ThenBy(t => t.Id).ToList();
        var appendix = new List<ReportBlock>();
        if (keyTasks.Count > 0)
        {
            appendix.Add(new ReportParagraph("PHỤ LỤC") { Bold = true, Alignment = ReportAlignment.Center });
            appendix.Add(new ReportParagraph("DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM") { Bold = true, Alignment = ReportAlignment.Center });
            var issuedOn = plan.IssuedOn is { } d ? " ngày " + LegalBasis.ShortDate(d) : string.Empty;
            appendix.Add(new ReportParagraph($"(Kèm theo Kế hoạch số {number}{issuedOn} của Ủy ban nhân dân {unit.InText})")
            {
                Italic = true,
                Alignment = ReportAlignment.Center,
            });
            appendix.Add(Annex(keyTasks));
        }

        // A plan not yet issued in the portal prints as the official will sign it: nothing on the page says "draft".
        var subtitles = new List<string>();
        if (plan.Status == PlanStatus.Superseded)
        {
            subtitles.Add("(Phiên bản đã được thay thế)");
        }

        var authority = Lines(plan.SignerAuthority).Select(UnitNames.Upper).ToList();
        var document = new ReportDocument(unit.Header("Số: " + number, date), "KẾ HOẠCH", body)
        {
            Abstract = plan.Title.Trim(),
            Subtitles = subtitles,
            Signature = new ReportSignature(authority.Count > 0 ? authority : ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                string.IsNullOrWhiteSpace(plan.SignerName) ? Blank : plan.SignerName.Trim()),
            Recipients = [.. Lines(plan.Recipients).Select(l => l.TrimStart('-', '+', '•', ' '))],
            Appendix = appendix,
        };

        var name = $"Kế hoạch XHHT {plan.PeriodText} - {unit.Name}" + (plan.Status == PlanStatus.Draft ? " (dự thảo)" : string.Empty);
        return new BuiltReport(document, name, Audit: null);
    }

    /// <summary>Targets per category as sentences for a yearly plan; a table of indicators by year for a longer one.</summary>
    private static IEnumerable<ReportBlock> Targets(Plan plan)
    {
        var byIndicator = plan.Targets
            .GroupBy(t => t.IndicatorId)
            .Select(g => (Indicator: g.First().Indicator, Years: g.ToDictionary(t => t.Year)))
            .OrderBy(g => g.Indicator.Category).ThenBy(g => g.Indicator.SortOrder).ThenBy(g => g.Indicator.Id)
            .ToList();
        if (byIndicator.Count == 0)
        {
            yield break;
        }

        if (plan.StartYear == plan.EndYear)
        {
            var number = 0;
            foreach (var category in byIndicator.GroupBy(g => g.Indicator.Category))
            {
                yield return Heading($"{++number}. {category.Key.Label()}");
                foreach (var (indicator, years) in category)
                {
                    var target = years.Values.First();
                    yield return Text(ReportFigures.TargetSentence(indicator, target.Value, target.Note));
                }
            }

            yield break;
        }

        var yearList = Enumerable.Range(plan.StartYear, plan.EndYear - plan.StartYear + 1).ToList();
        yield return Text($"Chỉ tiêu cụ thể theo từng năm {plan.PeriodText}:");
        var columns = new List<ReportColumn> { new("STT", 0.6, alignment: ReportAlignment.Center), new("Chỉ tiêu", 4.5) };
        columns.AddRange(yearList.Select(y => new ReportColumn($"Năm {y}", 1.1, alignment: ReportAlignment.Center)));
        var rows = new List<ReportRow>();
        var group = 0;
        foreach (var category in byIndicator.GroupBy(g => g.Indicator.Category))
        {
            rows.Add(ReportRow.Group(ReportFigures.Roman(++group), ReportCell.Text(category.Key.Label()).Spanning(columns.Count - 1)));
            var item = 0;
            foreach (var (indicator, years) in category)
            {
                var notes = string.Join("; ", years.Values.Select(t => t.Note?.Trim()).Where(n => !string.IsNullOrEmpty(n)).Distinct());
                rows.Add(new ReportRow([
                    ReportFigures.Ordinal(++item),
                    indicator.Text + (notes.Length > 0 ? $" ({notes})" : string.Empty),
                    .. yearList.Select(y => (ReportCell?)(years.TryGetValue(y, out var t) ? TargetText.Target(indicator, t.Value) : TargetText.None)),
                ]));
            }
        }

        yield return new ReportTable(columns, rows);
    }

    private static ReportTable Annex(IReadOnlyList<PlanTask> tasks)
    {
        ReportColumn[] columns =
        [
            new("STT", 0.6, alignment: ReportAlignment.Center),
            new("Nội dung công việc", 4),
            new("Cơ quan chủ trì", 1.8),
            new("Cơ quan phối hợp", 2.2),
            new("Thời gian hoàn thành", 1.4, alignment: ReportAlignment.Center),
        ];
        var rows = tasks.Select((t, i) => new ReportRow(ReportFigures.Ordinal(i + 1), t.Content.Trim(), t.LeadBody.Trim(), t.CoordinatingBodies.Trim(),
            t.CompletionTime.Trim()));
        return new ReportTable(columns, rows);
    }

    // Purposes, requirements, funding and duties are one item per line, printed as "- " items.
    private static IEnumerable<ReportParagraph> Items(string? text)
        => Lines(text).Select(line => Text("- " + line.TrimStart('-', '+', '•', ' ')));

    // Tasks and solutions keep their own structure: "1. …" headings in bold, "+ …" sub-items as typed, other lines as "- " items.
    private static IEnumerable<ReportParagraph> Tasks(string? text)
        => Lines(text).Select(line => NumberedHeading().IsMatch(line) ? Heading(line)
            : line.StartsWith('+') || line.StartsWith('-') ? Text(line)
            : Text("- " + line.TrimStart('•', ' ')));

    private static IEnumerable<string> Lines(string? text)
        => (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static ReportParagraph Heading(string text) => new(text) { Bold = true, FirstLineIndent = true };

    private static ReportParagraph Text(string text) => new(text) { FirstLineIndent = true };

    [GeneratedRegex(@"^(\d+|[IVX]+)\.\s")]
    private static partial Regex NumberedHeading();
}
