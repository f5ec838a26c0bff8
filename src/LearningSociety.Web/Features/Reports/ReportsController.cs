using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Approvals;
using LearningSociety.Web.Features.Decisions;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// The year's CDHT reports as Excel and PDF, each only for units the user may see (404 elsewhere, as everywhere in
/// the portal); downloads of lists of people are written to the audit log.
/// </summary>
public sealed partial class ReportsController(
    AppDbContext db,
    ProposalListReport proposals,
    CommuneSummaryReport communeSummaries,
    DistrictSummaryReport districtSummaries,
    DecisionReport decisions,
    ScorecardReport scorecards,
    AppraisalMinutesReport minutes,
    PlanReport plans,
    UniversalizationReport universalization,
    TargetsReport targets,
    ReportExporter exporter,
    CardCounts cardCounts,
    TimeProvider clock) : Controller
{
    private const int FirstYear = 2022;

    private int CurrentYear => new VietnamClock(clock).Today().Year;

    /// <param name="communeId">Above a commune, the commune whose villages' proposal lists are shown (a district has hundreds of villages).</param>
    public async Task<IActionResult> Index(int? year, int? communeId, [FromServices] DecisionWordings wordings)
    {
        var scope = User.Scope();
        var selected = year is >= FirstYear and <= 2100 ? year.Value : CurrentYear;
        var units = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Select(u => new { u.Id, u.Name, u.Path, u.ParentId, Level = u.Level.Code, Parent = u.Parent == null ? null : u.Parent.Name })
            .ToListAsync(HttpContext.RequestAborted);
        var communeCount = units.Count(u => u.Level == AdministrativeLevel.Commune);
        var villages = units.Where(u => u.Level == AdministrativeLevel.Village && (communeCount <= 1 || u.ParentId == communeId)).ToList();

        // "N người đã đề nghị" per listed village, from the card tallies.
        var routes = await db.ApprovalRoutesAsync(HttpContext.RequestAborted);
        var tallies = await cardCounts.OfAsync(selected, villages.Select(v => new TalliedVillage(v.Id, v.Path, v.ParentId)).ToList(),
            sumToParents: false, HttpContext.RequestAborted);
        var proposed = tallies.Where(c => c.IsProposed(routes)).GroupBy(c => c.UnitId).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var cards = tallies.GroupBy(c => c.UnitId).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));

        var issuers = await db.RecognitionDecisions.AsNoTracking().Where(d => d.Year == selected).Select(d => d.UnitId).Distinct()
            .Join(db.AdministrativeUnits, id => id, u => u.Id, (id, u) => new { u.Id, u.Path }).ToListAsync(HttpContext.RequestAborted);
        var visibleIssuers = issuers.Where(u => scope.CanSeeDecisionOf(u.Path)).Select(u => u.Id).ToList();
        var decisionRows = await db.RecognitionDecisions.AsNoTracking()
            .Where(d => d.Year == selected && visibleIssuers.Contains(d.UnitId))
            .OrderByDescending(d => d.Date).ThenByDescending(d => d.Id)
            .Select(d => new DecisionRow(d.Id, d.Number, d.Date, d.Year, d.IssuingBody, d.AmendsDecisionId, db.Candidates.Count(c => c.DecisionId == d.Id)))
            .ToListAsync(HttpContext.RequestAborted);

        // Each level's list in the tree's order (a district's communes together, as on /Units).
        List<ReportUnit> At(string level) => UnitTree.Order(units.Where(u => u.Level == level && (level != AdministrativeLevel.Village || villages.Any(v => v.Id == u.Id))),
                u => u.Path, u => u.Name, group: u => u.Parent ?? string.Empty)
            .Select(u => new ReportUnit(u.Id, u.Name, u.Parent, proposed.GetValueOrDefault(u.Id), cards.GetValueOrDefault(u.Id)))
            .ToList();
        // The units whose narrative report and decision wording the user writes (their own commune or district).
        var writes = units.Where(u => u.Level is AdministrativeLevel.Commune or AdministrativeLevel.District
                && scope.CanEditPlansOf(new UnitRef(u.Id, u.Name, u.Path, u.Level)))
            .Select(u => (u.Id, u.Level)).ToList();
        var issuingLevel = (await wordings.RouteForYearAsync(selected, HttpContext.RequestAborted)).FinalStep.LevelCode;

        return View(new ReportsIndexViewModel(selected, Enumerable.Range(FirstYear, Math.Max(1, CurrentYear - FirstYear + 1)).Reverse().ToList(),
            At(AdministrativeLevel.District), At(AdministrativeLevel.Commune), At(AdministrativeLevel.Village), decisionRows)
        {
            ChoosesCommune = communeCount > 1,
            CommuneId = communeId,
            WritesTextsOf = [.. writes.Select(w => w.Id)],
            WritesDecisionWordingOf = [.. writes.Where(w => w.Level == issuingLevel).Select(w => w.Id)],
        });
    }

    /// <summary>Report 1: a village's proposal list.</summary>
    public Task<IActionResult> Proposals(int villageId, int? year, string? format)
        => DownloadAsync(format, year, y => proposals.BuildAsync(User.Scope(), villageId, y, HttpContext.RequestAborted));

    /// <summary>Report 2: a commune's roll-up, rows per village.</summary>
    public Task<IActionResult> Commune(int communeId, int? year, string? format)
        => DownloadAsync(format, year, y => communeSummaries.BuildAsync(User.Scope(), communeId, y, HttpContext.RequestAborted));

    /// <summary>Report 3: a district's roll-up, rows per commune.</summary>
    public Task<IActionResult> District(int districtId, int? year, string? format)
        => DownloadAsync(format, year, y => districtSummaries.BuildAsync(User.Scope(), districtId, y, HttpContext.RequestAborted));

    /// <summary>Report 4: a recognition decision with its annex list.</summary>
    public Task<IActionResult> Decision(int id, string? format)
        => DownloadAsync(format, null, _ => decisions.BuildAsync(User.Scope(), id, HttpContext.RequestAborted), editableInWord: true);

    /// <summary>Report 5: one citizen's scorecard for signing.</summary>
    [HttpGet("/Reports/Scorecard/{registrationId:int}")]
    public Task<IActionResult> Scorecard(int registrationId, string? format)
        => DownloadAsync(format, null, _ => scorecards.BuildAsync(User.Scope(), registrationId, HttpContext.RequestAborted));

    /// <summary>A village branch's appraisal minutes (biên bản thẩm định) for the year.</summary>
    public Task<IActionResult> Minutes(int villageId, int? year, string? format)
        => DownloadAsync(format, year, y => minutes.BuildAsync(User.Scope(), villageId, y, HttpContext.RequestAborted), editableInWord: true);

    /// <summary>
    /// Every scorecard of a village for the year (<paramref name="list"/> "proposed": those of its proposal list) as one
    /// PDF, each from a new page; <see cref="ScorecardReport.MaxCardsPerFile"/> cards a file, <paramref name="part"/> from 1.
    /// </summary>
    public async Task<IActionResult> Scorecards(int villageId, int? year, string? list, int? part, string? format)
    {
        var selected = year ?? CurrentYear;
        if (ReportFormats.Parse(format ?? "pdf") != ReportFormat.Pdf || selected is < FirstYear or > 2100 || list is not (null or "all" or "proposed"))
        {
            return NotFound();
        }

        var volume = await scorecards.BuildVillageAsync(User.Scope(), villageId, selected, list == "proposed", part ?? 1, HttpContext.RequestAborted);
        if (volume is null)
        {
            return NotFound();
        }

        var file = await exporter.ExportAsync(volume);
        Response.Headers.ContentDisposition = ReportExporter.ContentDisposition(file.FileName);
        Response.DoNotStore();
        return File(file.Content, file.ContentType);
    }

    /// <summary>A plan printed as its administrative document (Kế hoạch with the annex of key tasks).</summary>
    [HttpGet("/Reports/Plan/{id:int}")]
    public Task<IActionResult> Plan(int id, string? format)
        => DownloadAsync(format, null, _ => plans.BuildAsync(User.Scope(), id, HttpContext.RequestAborted), editableInWord: true);

    /// <summary>Biểu 3: phổ cập giáo dục, xóa mù chữ of a commune or a district.</summary>
    public Task<IActionResult> Universalization(int unitId, int? year, string? format)
        => DownloadAsync(format, year, y => universalization.BuildAsync(User.Scope(), unitId, y, HttpContext.RequestAborted));

    /// <summary>Biểu 4: thực hiện chỉ tiêu kế hoạch of a commune or a district.</summary>
    public Task<IActionResult> Targets(int unitId, int? year, string? format)
        => DownloadAsync(format, year, y => targets.BuildAsync(User.Scope(), unitId, y, HttpContext.RequestAborted));

    // Word is for the documents an official edits before signing (the decision, the plan, the minutes); the statistical forms stay
    // Excel and PDF, so their figures are not retyped.
    private async Task<IActionResult> DownloadAsync(string? format, int? year, Func<int, Task<BuiltReport?>> build, bool editableInWord = false)
    {
        var selected = year ?? CurrentYear;
        if (ReportFormats.Parse(format) is not { } parsed || selected is < FirstYear or > 2100 || (parsed == ReportFormat.Docx && !editableInWord))
        {
            return NotFound();
        }

        var report = await build(selected);
        if (report is null)
        {
            return NotFound();
        }

        var file = await exporter.ExportAsync(report, parsed);
        Response.Headers.ContentDisposition = ReportExporter.ContentDisposition(file.FileName);
        Response.DoNotStore();
        return File(file.Content, file.ContentType);
    }
}
