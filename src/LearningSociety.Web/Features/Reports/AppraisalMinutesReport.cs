using System.Globalization;
using LearningSociety.Domain;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Reporting;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// The village branch's Biên bản thẩm định for the year: who appraised the scorecards and when, every appraised card
/// with its self and appraised totals and the verdict of <see cref="ScorecardEvaluation"/> (with the reason where it
/// failed), and how many passed; signed by the chair (chủ trì) and the secretary (thư ký).
/// </summary>
public sealed class AppraisalMinutesReport(AppDbContext db, RecognitionRuleLookup rules, TimeProvider clock)
{
    // The cards are read in pages of the (SortKey, Id) order, so no query holds more than this many rows.
    private const int ReadBatch = 500;

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

        var rule = await rules.ForVillageAsync(villageId, year, cancellationToken);
        var cards = new List<MinutesLine>();
        var appraisers = new HashSet<string>(StringComparer.Ordinal);
        DateTimeOffset? first = null, last = null;
        (string Key, int Id)? after = null;
        while (true)
        {
            var query = db.Registrations.AsNoTracking()
                .Where(r => r.VillageId == villageId && r.Year == year && r.Status == ScorecardStatus.Appraised);
            if (after is (string key, int id))
            {
                query = query.Where(r => string.Compare(r.Citizen.SortKey, key) > 0 || (r.Citizen.SortKey == key && r.Id > id));
            }

            var page = await query.OrderBy(r => r.Citizen.SortKey).ThenBy(r => r.Id).Take(ReadBatch)
                .Select(r => new
                {
                    r.Id, r.Citizen.SortKey, r.Citizen.FullName, r.Citizen.BirthYear, Group = r.Group.Name, r.AppraisedBy, r.AppraisedAt,
                    r.AppraisalThreshold, r.AppraisalMinPerIndicator,
                    Scores = r.Entries.Select(e => new { e.Code, e.SelfScore, e.AppraisedScore }).ToList(),
                })
                .ToListAsync(cancellationToken);
            foreach (var card in page)
            {
                var appraised = card.Scores.Where(s => s.AppraisedScore is not null).Select(s => new IndicatorScore(s.Code, s.AppraisedScore!.Value)).ToList();
                // Each card's stored verdict, under the rule it was judged with (a later change of the ĐBKK list moves no decided card).
                var result = appraised.Count == RecognitionRule.IndicatorCount
                    ? ScorecardEvaluation.Evaluate(appraised, card.AppraisalThreshold ?? rule.Threshold, card.AppraisalMinPerIndicator ?? rule.MinPerIndicator)
                    : null;
                cards.Add(new MinutesLine(card.FullName, card.BirthYear, card.Group,
                    CdhtRegistration.TotalOf([.. card.Scores.Select(s => s.SelfScore)]), result));
                if (card.AppraisedBy is { } by)
                {
                    appraisers.Add(by);
                }

                if (card.AppraisedAt is { } at)
                {
                    first = first is null || at < first ? at : first;
                    last = last is null || at > last ? at : last;
                }
            }

            if (page.Count < ReadBatch)
            {
                break;
            }

            after = (page[^1].SortKey, page[^1].Id);
        }

        var names = await db.Users.AsNoTracking().Where(u => appraisers.Contains(u.UserName!))
            .Select(u => new { UserName = u.UserName!, u.FullName })
            .ToDictionaryAsync(u => u.UserName, u => u.FullName, cancellationToken);
        var people = appraisers.Select(a => names.GetValueOrDefault(a) is { Length: > 0 } name ? name : a)
            .Order(VietnameseText.PersonName).ToList();

        var branch = "Chi hội khuyến học " + UnitNames.InText(village.Name);
        var today = new VietnamClock(clock).Today();
        var signedOn = last is { } end ? VietnamDate(end) : today;
        var passed = cards.Count(c => c.Result?.Passed == true);
        var body = new List<ReportBlock>();
        if (cards.Count == 0)
        {
            // No empty table and no signatures on a page nobody would sign: it says there is nothing to record.
            body.Add(new ReportParagraph($"Năm {year}, {branch} chưa thẩm định phiếu đánh giá nào.") { FirstLineIndent = true });
        }
        else
        {
            var from = VietnamDate(first!.Value);
            body.Add(Line("Thời gian thẩm định: " + (from == signedOn
                ? $"ngày {VietnameseFormat.Date(from)}."
                : $"từ ngày {VietnameseFormat.Date(from)} đến ngày {VietnameseFormat.Date(signedOn)}.")));
            body.Add(Line($"Địa điểm: {village.Name}, {UnitNames.InText(village.Commune)}."));
            body.Add(Line("Người thẩm định: " + (people.Count == 0 ? ProposalListReport.SignerPlaceholder : string.Join(", ", people)) + "."));
            body.Add(new ReportParagraph($"Căn cứ quy định công nhận danh hiệu \"Công dân học tập\" năm {year} ({rule.Name}: từ {rule.Threshold} điểm, " +
                $"không chỉ số nào dưới {rule.MinPerIndicator} điểm), {branch} đã thẩm định phiếu tự đánh giá, cho điểm của {cards.Count} công dân. " +
                "Kết quả như sau:") { FirstLineIndent = true });
            body.Add(Table(cards));
            body.Add(new ReportParagraph($"Số công dân đạt: {passed}/{cards.Count}; không đạt: {cards.Count - passed}.") { Bold = true, FirstLineIndent = true });
            body.Add(new ReportParagraph("Biên bản được lập thành hai bản, đã được những người tham gia thẩm định thông qua.") { FirstLineIndent = true });
        }

        var header = DocumentHeader.LearningPromotionBranch(village.Name, village.Commune, "Số: …/BB-CHKH", signedOn);
        var document = new ReportDocument(header, "BIÊN BẢN", body)
        {
            Abstract = $"Thẩm định kết quả tự đánh giá, cho điểm \"Công dân học tập\" năm {year}",
            Signature = cards.Count == 0 ? null : new ReportSignature(["CHỦ TRÌ"], ProposalListReport.SignerPlaceholder),
            LeftSignature = cards.Count == 0 ? null : new ReportSignature(["THƯ KÝ"], ProposalListReport.SignerPlaceholder),
        };

        return new BuiltReport(document, $"Biên bản thẩm định CDHT {year} - {village.Name}",
            new ReportAudit("AppraisalMinutes", villageId.ToString(CultureInfo.InvariantCulture),
                $"Tải biên bản thẩm định CDHT năm {year} của {village.Name} ({cards.Count} công dân)"));
    }

    private sealed record MinutesLine(string Name, int BirthYear, string Group, int? SelfTotal, ScorecardResult? Result);

    private static DateOnly VietnamDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, VietnamClock.TimeZone).DateTime);

    private static ReportParagraph Line(string text) => new(text) { Alignment = ReportAlignment.Left };

    private static ReportTable Table(IReadOnlyList<MinutesLine> cards)
    {
        ReportColumn[] columns =
        [
            new("STT", 0.45, alignment: ReportAlignment.Center),
            new("Họ và tên", 2.2),
            new("Năm sinh", 0.75, alignment: ReportAlignment.Center),
            new("Nhóm", 1, alignment: ReportAlignment.Center),
            new("Điểm tự đánh giá", 0.85, ColumnKind.Integer, ReportAlignment.Center),
            new("Điểm thẩm định", 0.85, ColumnKind.Integer, ReportAlignment.Center),
            new("Kết quả", 1.1, alignment: ReportAlignment.Center),
            new("Lý do không đạt", 2.45),
        ];
        var rows = cards.Select((c, i) => new ReportRow(
            ReportFigures.Ordinal(i + 1), c.Name, ReportCell.Number(c.BirthYear), c.Group,
            c.SelfTotal is int self ? ReportCell.Number(self) : null,
            c.Result is { } r ? ReportCell.Number(r.Total) : null,
            c.Result?.Label,
            c.Result is { Passed: false } failed ? string.Join("; ", failed.Reasons) : null));
        return new ReportTable(columns, rows);
    }
}
