using System.Globalization;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Reporting;
using LearningSociety.Web.Data;
using LearningSociety.Domain.Approvals;
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
    /// <summary>The most cards one file holds (about 750 pages); a village with more prints its cards in several files.</summary>
    public const int MaxCardsPerFile = 500;

    // Cards are read from the database this many at a time, with their entries, citizen and group.
    private const int ReadBatch = 100;

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
        var commune = registration.Village.Parent?.Name ?? registration.Village.Name;
        var document = Document(registration, definitions, rule, registration.Village.Name, commune);

        return new BuiltReport(document, $"Phiếu đánh giá CDHT {registration.Year} - {registration.Citizen.FullName}",
            new ReportAudit(nameof(CdhtRegistration), registrationId.ToString(CultureInfo.InvariantCulture),
                $"Tải phiếu đánh giá CDHT năm {registration.Year} (phiếu số {registrationId})"),
            TableFontSize: TableFontSize);
    }

    /// <summary>
    /// The scorecards of a village for the year in one PDF, in the register's name order, each from a new page: every
    /// card of the year, or (<paramref name="proposedOnly"/>) the cards of the branch's proposal list. A village with more
    /// than <see cref="MaxCardsPerFile"/> cards prints them in parts; <paramref name="part"/> counts from 1. Null when the
    /// village is not the user's to see or the part does not exist.
    /// </summary>
    public async Task<BuiltVolume?> BuildVillageAsync(UnitScope scope, int villageId, int year, bool proposedOnly, int part,
        CancellationToken cancellationToken)
    {
        var village = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Where(u => u.Id == villageId && u.Level.Code == AdministrativeLevel.Village)
            .Select(u => new { u.Id, u.Name, Commune = u.Parent!.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (village is null || part < 1)
        {
            return null;
        }

        var ids = await CardIdsAsync(villageId, year, proposedOnly, part, cancellationToken);
        var total = ids.Total;
        if (ids.Page.Count == 0 && part > 1)
        {
            return null;
        }

        var what = proposedOnly ? "trong danh sách đề nghị" : "của thôn";
        var parts = (total + MaxCardsPerFile - 1) / MaxCardsPerFile;
        var partText = parts > 1 ? $" (phần {part}/{parts})" : string.Empty;
        var fileName = $"Phiếu đánh giá CDHT {year} - {village.Name}" + (proposedOnly ? " - danh sách đề nghị" : string.Empty) + partText;
        var audit = new ReportAudit("Scorecards", villageId.ToString(CultureInfo.InvariantCulture),
            $"Tải {ids.Page.Count} phiếu đánh giá CDHT năm {year} {what} {village.Name}{partText}");
        if (ids.Page.Count == 0)
        {
            // Nobody to print: one page that says so, never an empty form with a signature.
            var header = DocumentHeader.LearningPromotionBranch(village.Name, village.Commune, null, new VietnamClock(clock).Today());
            var empty = new ReportDocument(header, $"PHIẾU ĐÁNH GIÁ, CHO ĐIỂM \"CÔNG DÂN HỌC TẬP\" NĂM {year}",
                [new ReportParagraph(proposedOnly
                    ? $"Năm {year}, Chi hội khuyến học {UnitNames.InText(village.Name)} chưa đề nghị công nhận công dân nào."
                    : $"Năm {year}, {village.Name} chưa có công dân đăng ký \"Công dân học tập\".") { FirstLineIndent = true }]);
            return new BuiltVolume([empty], fileName, audit, TableFontSize);
        }

        var rule = await rules.ForVillageAsync(villageId, year, cancellationToken);
        var definitions = (await db.IndicatorDefinitions.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(d => d.GroupId)
            .ToDictionary(g => g.Key, g => IndicatorDefinition.VersionFor([.. g], g.Key, year));
        var documents = new List<ReportDocument>(ids.Page.Count);
        foreach (var batch in ids.Page.Chunk(ReadBatch))
        {
            var cards = await db.Registrations.AsNoTracking().Where(r => batch.Contains(r.Id))
                .Include(r => r.Entries).Include(r => r.Citizen).Include(r => r.Group).AsSplitQuery()
                .ToListAsync(cancellationToken);
            var byId = cards.ToDictionary(r => r.Id);
            documents.AddRange(batch.Select(id => Document(byId[id], definitions[byId[id].GroupId], rule, village.Name, village.Commune)));
        }

        return new BuiltVolume(documents, fileName, audit, TableFontSize);
    }

    /// <summary>How many cards the village's file would hold in all, and the ids of one part's, in the register's name order.</summary>
    public async Task<(int Total, IReadOnlyList<int> Page)> CardIdsAsync(int villageId, int year, bool proposedOnly, int part,
        CancellationToken cancellationToken)
    {
        var skip = (part - 1) * MaxCardsPerFile;
        if (!proposedOnly)
        {
            var cards = db.Registrations.AsNoTracking().Where(r => r.VillageId == villageId && r.Year == year);
            var count = await cards.CountAsync(cancellationToken);
            var page = await cards.OrderBy(r => r.Citizen.SortKey).ThenBy(r => r.Id).Skip(skip).Take(MaxCardsPerFile)
                .Select(r => r.Id).ToListAsync(cancellationToken);
            return (count, page);
        }

        // The proposal list's people (ProposalListReport): whether a card has been proposed depends on its route.
        var routeMap = await db.ApprovalRoutesAsync(cancellationToken);
        var candidates = await db.Candidates.AsNoTracking()
            .Where(c => c.Registration.VillageId == villageId && c.Registration.Year == year)
            .OrderBy(c => c.Registration.Citizen.SortKey).ThenBy(c => c.RegistrationId)
            .Select(c => new { c.RegistrationId, c.State, c.RouteCode, c.CurrentStepOrder })
            .ToListAsync(cancellationToken);
        var proposed = candidates
            .Where(c => CandidateProgress.HasBeenProposed(c.State, c.CurrentStepOrder, routeMap[c.RouteCode].FirstStep.Order))
            .Select(c => c.RegistrationId)
            .ToList();
        return (proposed.Count, [.. proposed.Skip(skip).Take(MaxCardsPerFile)]);
    }

    private const float TableFontSize = 10;

    private ReportDocument Document(CdhtRegistration registration, IReadOnlyList<IndicatorDefinition> definitions, RecognitionRule rule,
        string villageName, string communeName)
    {
        // The verdict printed is the one stored with the card, under the rule it was judged with (never today's rule).
        var result = registration.Verdict();
        var entries = registration.Entries.ToDictionary(e => e.Code);
        var citizen = registration.Citizen;

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
            Line($"{villageName}, {UnitNames.InText(communeName)}. {registration.Group.Name}: {registration.Group.Description}."),
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
        var header = DocumentHeader.LearningPromotionBranch(villageName, communeName, null, signedOn);
        return new ReportDocument(header, $"PHIẾU ĐÁNH GIÁ, CHO ĐIỂM \"CÔNG DÂN HỌC TẬP\" NĂM {registration.Year}", body);
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
