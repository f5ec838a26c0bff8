using System.Globalization;
using LearningSociety.Domain.Citizens;
using LearningSociety.Reporting;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Decisions;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;
using LearningSociety.Domain;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// Report 4: the Quyết định công nhận as recorded (<see cref="RecognitionDecision"/>), with its annex, the list of
/// citizens it recognised. Seen by whoever may see the decision's page, with the list cut the same way as on the page
/// (<see cref="DecisionsController.VisiblePeople"/>): a unit below the issuer prints an extract of its own people.
/// </summary>
public sealed class DecisionReport(AppDbContext db, DecisionWordings wordings)
{
    public async Task<BuiltReport?> BuildAsync(UnitScope scope, int decisionId, CancellationToken cancellationToken)
    {
        var found = await db.RecognitionDecisions.AsNoTracking()
            .Where(d => d.Id == decisionId)
            .Select(d => new
            {
                Decision = d,
                Unit = db.AdministrativeUnits.Where(u => u.Id == d.UnitId)
                    .Select(u => new ReportingUnit(u.Id, u.Name, u.Path, u.Level.Code,
                        u.Parent == null ? null : u.Parent.Name, u.Parent == null ? null : u.Parent.Level.Code,
                        u.Parent == null || u.Parent.Parent == null ? null : u.Parent.Parent.Name))
                    .First(),
                Amends = db.RecognitionDecisions.Where(a => a.Id == d.AmendsDecisionId).Select(a => new { a.Number, a.Date }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null || !scope.CanSeeDecisionOf(found.Unit.Path))
        {
            return null;
        }

        var decision = found.Decision;
        var listed = await db.Candidates.CountAsync(c => c.DecisionId == decisionId, cancellationToken);
        var people = (await DecisionsController.VisiblePeople(scope, found.Unit.Path, db.Candidates.AsNoTracking().Where(c => c.DecisionId == decisionId))
                .Select(c => new
                {
                    c.Registration.Citizen.FullName, c.Registration.Citizen.BirthYear, c.Registration.Citizen.Gender, Village = c.Registration.Village.Name,
                    Commune = c.Registration.Village.Parent!.Name, Group = c.Registration.Group.Name, c.Registration.AppraisedTotal,
                })
                .ToListAsync(cancellationToken))
            .OrderBy(p => p.Commune, VietnameseText.Comparer).ThenBy(p => p.Village, VietnameseText.Comparer).ThenBy(p => p.FullName, VietnameseText.PersonName)
            .ToList();

        // The issuing unit's own recitals, Điều 3 and "Nơi nhận" for the year, or the defaults from the data.
        var wording = await wordings.ForAsync(found.Unit, decision.Year, cancellationToken);
        List<ReportBlock> body =
        [
            new ReportParagraph("ỦY BAN NHÂN DÂN " + UnitNames.Upper(found.Unit.Name)) { Bold = true, Alignment = ReportAlignment.Center },
            .. wording.Recitals.Select(Recital),
            new ReportParagraph("QUYẾT ĐỊNH:") { Bold = true, Alignment = ReportAlignment.Center },
            Article(1, $"Công nhận danh hiệu \"Công dân học tập\" năm {decision.Year} cho {listed} công dân có tên trong danh sách kèm theo Quyết định này."),
            Article(2, "Quyết định này có hiệu lực kể từ ngày ký." + (found.Amends is { } amends
                ? $" Quyết định này sửa đổi, bổ sung Quyết định số {amends.Number} ngày {VietnameseFormat.Date(amends.Date)}."
                : string.Empty)),
            Article(3, wording.Article3),
        ];

        // The list of people is the decision's annex: after the signature, on its own page.
        ReportBlock[] appendix =
        [
            new ReportParagraph($"DANH SÁCH CÔNG DÂN ĐƯỢC CÔNG NHẬN DANH HIỆU \"CÔNG DÂN HỌC TẬP\" NĂM {decision.Year}") { Bold = true, Alignment = ReportAlignment.Center },
            new ReportParagraph($"(Kèm theo Quyết định số {decision.Number} ngày {VietnameseFormat.Date(decision.Date)} của Ủy ban nhân dân " +
                $"{UnitNames.InText(found.Unit.Name)})") { Italic = true, Alignment = ReportAlignment.Center },
            .. (people.Count < listed
                ? [new ReportParagraph($"(Trích danh sách: {people.Count} trong số {listed} công dân, chỉ gồm công dân thuộc đơn vị của người tải tệp)") { Italic = true, Alignment = ReportAlignment.Center }]
                : Array.Empty<ReportBlock>()),
            people.Count == 0
                ? new ReportParagraph("Không có công dân nào thuộc đơn vị của người tải tệp trong danh sách kèm theo.") { Italic = true, Alignment = ReportAlignment.Center }
                : Annex(people.Select(p => new AnnexLine(p.FullName, p.BirthYear, p.Gender, p.Village, p.Commune, p.Group, p.AppraisedTotal)).ToList()),
        ];

        var position = UnitNames.Upper(decision.SignerPosition.Trim());
        string[] authority = position == "CHỦ TỊCH" ? ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"] : ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", position];
        var header = DocumentHeader.PeoplesCommittee(found.Unit.Name, "Số: " + decision.Number, decision.Date);
        var document = new ReportDocument(header, "QUYẾT ĐỊNH", body)
        {
            Abstract = $"Về việc công nhận danh hiệu \"Công dân học tập\" năm {decision.Year}",
            Signature = new ReportSignature(authority, decision.SignerName),
            Recipients = wording.Recipients,
            Appendix = appendix,
        };

        return new BuiltReport(document, $"Quyết định {decision.Number} công nhận CDHT {decision.Year}",
            new ReportAudit(nameof(RecognitionDecision), decisionId.ToString(CultureInfo.InvariantCulture),
                $"Tải Quyết định số {decision.Number} kèm danh sách {people.Count} công dân"));
    }

    private sealed record AnnexLine(string Name, int BirthYear, Gender Gender, string Village, string Commune, string Group, int? Total);

    private static ReportParagraph Recital(string text) => new(text) { Italic = true, FirstLineIndent = true };

    // ND30 (Phụ lục I): "Điều 1." in bold, the article's text upright after it.
    private static ReportParagraph Article(int number, string text) => new(text) { Lead = $"Điều {number}.", FirstLineIndent = true };

    // A decision of one commune lists its villages only; a district's lists the commune beside each village.
    private static ReportTable Annex(IReadOnlyList<AnnexLine> people)
    {
        var withCommune = people.Select(p => p.Commune).Distinct().Count() > 1;
        var columns = new List<ReportColumn>
        {
            new("STT", 0.6, alignment: ReportAlignment.Center),
            new("Họ và tên", 2.2),
            new("Năm sinh", 0.75, alignment: ReportAlignment.Center),
            new("Giới tính", 0.75, alignment: ReportAlignment.Center),
            new("Thôn, tổ dân phố", 2.3),
        };
        if (withCommune)
        {
            columns.Add(new ReportColumn("Xã", 1.7));
        }

        columns.Add(new ReportColumn("Nhóm", 1, alignment: ReportAlignment.Center));
        columns.Add(new ReportColumn("Tổng điểm", 0.8, ColumnKind.Integer, ReportAlignment.Center));
        var rows = people.Select((p, i) => new ReportRow(
            new ReportCell?[] { ReportFigures.Ordinal(i + 1), p.Name, ReportCell.Number(p.BirthYear), p.Gender.Label(), p.Village }
                .Concat(withCommune ? [p.Commune] : [])
                .Concat([p.Group, p.Total is int total ? ReportCell.Number(total) : null])));
        return new ReportTable(columns, rows);
    }
}
