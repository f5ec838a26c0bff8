using System.Globalization;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Reporting;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Scorecards;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// Report 5: one citizen's Phiếu đánh giá as printed for signing: the indicator texts of the card's year and group,
/// self and appraised scores, and the verdict of <see cref="ScorecardEvaluation"/> with its reasons.
/// </summary>
public sealed class ScorecardReport(AppDbContext db, RecognitionRuleLookup rules, TimeProvider clock)
{
    public async Task<BuiltReport?> BuildAsync(UnitScope scope, int registrationId, CancellationToken cancellationToken)
    {
        var registration = await scope.Filter(db.Registrations.AsNoTracking(), r => r.Village.Path)
            .Include(r => r.Entries).Include(r => r.Citizen).Include(r => r.Group).Include(r => r.Village).ThenInclude(v => v.Parent)
            .FirstOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
        if (registration is null)
        {
            return null;
        }

        var definitions = IndicatorDefinition.VersionFor(
            await db.IndicatorDefinitions.AsNoTracking().Where(d => d.GroupId == registration.GroupId).ToListAsync(cancellationToken),
            registration.GroupId, registration.Year);
        var rule = await rules.ForVillageAsync(registration.VillageId, registration.Year, cancellationToken);
        // The verdict printed is the one stored with the card, under the rule it was judged with (never today's rule).
        var result = registration.Verdict();
        var entries = registration.Entries.ToDictionary(e => e.Code);
        var citizen = registration.Citizen;
        var commune = registration.Village.Parent?.Name ?? registration.Village.Name;

        var rows = new List<ReportRow>();
        foreach (var criterion in definitions.GroupBy(d => d.Criterion))
        {
            rows.Add(ReportRow.Group(ReportCell.Text($"Tiêu chí {criterion.Key}. {IndicatorDefinition.CriterionNames[criterion.Key]}").Spanning(4)));
            foreach (var definition in criterion)
            {
                // Evidence and the branch's reason print under the indicator, as the card page shows them.
                var entry = entries.GetValueOrDefault(definition.Code);
                var lines = new[] { definition.Text, entry?.EvidenceNote is { } evidence ? "Minh chứng: " + evidence : null,
                    entry?.AppraisalReason is { } reason ? "Chi hội: " + reason : null }.OfType<string>();
                rows.Add(new ReportRow(ScorecardEvaluation.DisplayCode(definition.Code), string.Join("\n", lines),
                    entry?.SelfScore is int self ? ReportCell.Number(self) : null,
                    entry?.AppraisedScore is int appraised ? ReportCell.Number(appraised) : null));
            }
        }

        rows.Add(ReportRow.Total(ReportCell.Text("Tổng điểm").Spanning(2),
            registration.SelfTotal is int selfTotal ? ReportCell.Number(selfTotal) : null,
            result is null ? null : ReportCell.Number(result.Total)));

        var table = new ReportTable(
            [
                new ReportColumn("Chỉ số", 0.7, alignment: ReportAlignment.Center),
                new ReportColumn("Nội dung chỉ số, minh chứng và ghi chú của chi hội", 7),
                new ReportColumn("Điểm tự đánh giá", 1.2, ColumnKind.Integer, ReportAlignment.Center),
                new ReportColumn("Điểm thẩm định", 1.2, ColumnKind.Integer, ReportAlignment.Center),
            ],
            rows);

        var verdict = result is null
            ? "Kết quả thẩm định: chưa thẩm định."
            : $"Kết quả thẩm định: {result.Label} ({string.Join("; ", result.Reasons)}).";
        var body = new List<ReportBlock>
        {
            Line($"Họ và tên: {citizen.FullName}. Năm sinh: {citizen.BirthYear}. Giới tính: {citizen.Gender.Label()}."),
            Line($"{registration.Village.Name}, {UnitNames.InText(commune)}. {registration.Group.Name}: {registration.Group.Description}."),
            table,
            new ReportParagraph(verdict) { Bold = true, Alignment = ReportAlignment.Left },
            new ReportParagraph(result is null
                ? $"Quy định: từ {rule.Threshold} điểm, không chỉ số nào dưới {rule.MinPerIndicator} ({rule.Name})."
                : $"Quy định: từ {result.Threshold} điểm, không chỉ số nào dưới {result.MinPerIndicator} ({registration.AppraisalRuleName ?? rule.Name})"
                  + (registration.AppraisalDesignation is { } designation ? $"; xã thuộc danh sách xã đặc biệt khó khăn theo {designation}." : "."))
            {
                Italic = true,
                Alignment = ReportAlignment.Left,
            },
        };
        body.Add(Signatures(citizen.FullName));

        var signedOn = registration.AppraisedAt is { } appraisedAt
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(appraisedAt, VietnamClock.TimeZone).DateTime)
            : new VietnamClock(clock).Today();
        var header = DocumentHeader.LearningPromotionBranch(registration.Village.Name, commune, null, signedOn);
        var document = new ReportDocument(header, $"PHIẾU ĐÁNH GIÁ, CHO ĐIỂM \"CÔNG DÂN HỌC TẬP\" NĂM {registration.Year}", body);

        return new BuiltReport(document, $"Phiếu đánh giá CDHT {registration.Year} - {citizen.FullName}",
            new ReportAudit(nameof(CdhtRegistration), registrationId.ToString(CultureInfo.InvariantCulture),
                $"Tải phiếu đánh giá CDHT năm {registration.Year} (phiếu số {registrationId})"),
            TableFontSize: 10);
    }

    private static ReportParagraph Line(string text) => new(text) { Alignment = ReportAlignment.Left };

    // The model has one signature block; a form signed by two parties prints their places side by side instead.
    private static ReportTable Signatures(string citizenName)
    {
        const string space = "\n\n\n\n";
        return new ReportTable(
            [
                new ReportColumn("NGƯỜI TỰ ĐÁNH GIÁ\n(Ký, ghi rõ họ tên)", alignment: ReportAlignment.Center),
                new ReportColumn("TM. CHI HỘI KHUYẾN HỌC\nCHI HỘI TRƯỞNG\n(Ký, ghi rõ họ tên)", alignment: ReportAlignment.Center),
            ],
            [new ReportRow(space + citizenName, space + ProposalListReport.SignerPlaceholder)])
        {
            RepeatHeaderOnEachPage = false,
        };
    }
}
