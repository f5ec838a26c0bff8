using System.Globalization;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Reporting;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Approvals;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// Report 1: a village branch's Danh sách đề nghị công nhận for the year: every candidate the branch has proposed
/// (<see cref="CandidateProgress.HasBeenProposed"/>), with group, appraised indicator scores and total.
/// </summary>
public sealed class ProposalListReport(AppDbContext db, TimeProvider clock)
{
    /// <summary>Written where the signer's name goes, for the branch head to sign and write by hand.</summary>
    public const string SignerPlaceholder = "……………………";

    public async Task<BuiltReport?> BuildAsync(UnitScope scope, int villageId, int year, CancellationToken cancellationToken)
    {
        var village = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Where(u => u.Id == villageId && u.Level.Code == AdministrativeLevel.Village)
            .Select(u => new { u.Id, u.Name, Commune = u.Parent!.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (village is null)
        {
            return null;
        }

        var routes = await db.ApprovalRoutesAsync(cancellationToken);
        var candidates = await db.Candidates.AsNoTracking()
            .Where(c => c.Registration.VillageId == villageId && c.Registration.Year == year)
            .Select(c => new
            {
                c.State, c.RouteCode, c.CurrentStepOrder, c.Registration.Citizen.FullName, c.Registration.Citizen.BirthYear,
                c.Registration.Citizen.Gender, Group = c.Registration.Group.Name, c.Registration.AppraisedTotal,
                Scores = c.Registration.Entries.Select(e => new { e.Code, e.AppraisedScore }).ToList(),
                // Whether the card has evidence, in the same query: an EXISTS over its notes and a COUNT over its files.
                HasEvidenceNote = c.Registration.Entries.Any(e => e.EvidenceNote != null),
                EvidenceFiles = db.EvidenceFiles.Count(f => f.RegistrationId == c.RegistrationId),
            })
            .ToListAsync(cancellationToken);
        var people = candidates
            .Where(c => CandidateProgress.HasBeenProposed(c.State, c.CurrentStepOrder, routes[c.RouteCode].FirstStep.Order))
            .OrderBy(c => c.FullName, VietnameseText.PersonName)
            .ToList();

        var columns = new List<ReportColumn>
        {
            new("STT", 0.6, alignment: ReportAlignment.Center),
            new("Họ và tên", 3.6),
            new("Năm sinh", 1.1, alignment: ReportAlignment.Center),
            new("Giới tính", 1, alignment: ReportAlignment.Center),
            new("Nhóm", 1.2, alignment: ReportAlignment.Center),
        };
        columns.AddRange(IndicatorDefinition.Codes.Select(code => new ReportColumn(ScorecardEvaluation.DisplayCode(code), 0.7, ColumnKind.Integer, ReportAlignment.Center)));
        columns.Add(new ReportColumn("Tổng điểm", 1.1, ColumnKind.Integer, ReportAlignment.Center));
        columns.Add(new ReportColumn(CardEvidence.ColumnTitle, 1.6, alignment: ReportAlignment.Center));

        var top = new List<ReportHeaderCell> { new("STT", 2), new("Họ và tên", 2), new("Năm sinh", 2), new("Giới tính", 2), new("Nhóm", 2),
            new("Điểm các chỉ số", 1, IndicatorDefinition.Codes.Count), new("Tổng điểm", 2),
            new(CardEvidence.ColumnTitle, 2) };
        var bottom = IndicatorDefinition.Codes.Select(code => new ReportHeaderCell(ScorecardEvaluation.DisplayCode(code))).ToList();

        var rows = people.Select((p, i) =>
        {
            var scores = p.Scores.ToDictionary(s => s.Code, s => s.AppraisedScore);
            // The birth year goes in as a number in a text column: a number in Excel, but without a thousands separator.
            return new ReportRow([
                ReportFigures.Ordinal(i + 1), p.FullName, ReportCell.Number(p.BirthYear), p.Gender.Label(), p.Group,
                .. IndicatorDefinition.Codes.Select(code => scores.GetValueOrDefault(code) is int score ? ReportCell.Number(score) : null),
                p.AppraisedTotal is int total ? ReportCell.Number(total) : null,
                new CardEvidence(p.HasEvidenceNote, p.EvidenceFiles).Label]);
        });

        var byGroup = string.Join("; ", people.GroupBy(p => p.Group).OrderBy(g => g.Key, VietnameseText.Comparer).Select(g => $"{g.Key}: {g.Count()}"));
        var branch = "Chi hội khuyến học " + UnitNames.InText(village.Name);
        var header = DocumentHeader.LearningPromotionBranch(village.Name, village.Commune, null, new VietnamClock(clock).Today());
        var document = new ReportDocument(header, $"DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU \"CÔNG DÂN HỌC TẬP\" NĂM {year}",
        [
            new ReportParagraph($"Kính gửi: Ủy ban nhân dân {UnitNames.InText(village.Commune)}.") { Alignment = ReportAlignment.Center },
            // No empty table on a page the branch signs: it says there is nobody to list.
            .. (people.Count == 0
                ? [new ReportParagraph($"Năm {year}, {branch} chưa đề nghị công nhận công dân nào.") { FirstLineIndent = true }]
                : new ReportBlock[]
                {
                    new ReportParagraph($"Căn cứ kết quả tự đánh giá của công dân và kết quả thẩm định, {branch} đề nghị Ủy ban nhân dân " +
                        $"{UnitNames.InText(village.Commune)} xem xét, công nhận danh hiệu \"Công dân học tập\" năm {year} cho {people.Count} công dân có tên dưới đây:")
                    {
                        FirstLineIndent = true,
                    },
                    new ReportTable(columns, rows, [top, bottom]),
                    new ReportParagraph($"Tổng số: {people.Count} người" + (byGroup.Length > 0 ? $" ({byGroup})." : ".")) { Alignment = ReportAlignment.Left },
                }),
        ])
        {
            Subtitles = [$"{village.Name}, {UnitNames.InText(village.Commune)}"],
            Orientation = PageOrientation.Landscape,
            Signature = new ReportSignature(["TM. CHI HỘI KHUYẾN HỌC", "CHI HỘI TRƯỞNG"], SignerPlaceholder),
        };

        return new BuiltReport(document, $"Danh sách đề nghị CDHT {year} - {village.Name}",
            new ReportAudit("ProposalList", villageId.ToString(CultureInfo.InvariantCulture),
                $"Tải danh sách đề nghị công nhận CDHT năm {year} của {village.Name} ({people.Count} công dân)"));
    }
}
