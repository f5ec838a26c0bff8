using LearningSociety.Domain;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Units;
using LearningSociety.Domain.Universalization;
using LearningSociety.Reporting;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// The narrative report "Báo cáo kết quả thực hiện kế hoạch xây dựng xã hội học tập năm …" of a commune or a district
/// (ND30, "Số: …/BC-UBND"), for Word and PDF. Section I states the year's figures from the shared results —
/// CDHT counts (<see cref="CdhtResultsRollUp"/>, <see cref="CardCounts"/>), the plan's targets judged
/// (<see cref="TargetResults"/>), PCGD-XMC levels (<see cref="UniversalizationResults"/>) — each beside the plan; the
/// general assessment, shortcomings, directions and proposals are the official's, kept in <see cref="ResultsReportText"/>.
/// The biểu are not repeated inside: they are landscape tables with their own header and signature, so the report lists
/// them as attached ("Phụ lục kèm theo") and the same page offers each for download with the same figures.
/// </summary>
public sealed class NarrativeReport(
    AppDbContext db,
    CdhtResultsRollUp cdht,
    CardCounts cardCounts,
    TargetResults targets,
    UniversalizationResults universalization,
    TimeProvider clock)
{
    /// <summary>Printed where the official has written nothing yet, to be filled in in Word.</summary>
    public const string Blank = "………………………………………………………………………………";

    public async Task<BuiltReport?> BuildAsync(UnitScope scope, int unitId, int year, CancellationToken cancellationToken)
    {
        if (await ReportingUnit.FindAsync(db, scope, unitId, cancellationToken) is not { } unit)
        {
            return null;
        }

        var texts = await db.ResultsReportTexts.AsNoTracking().FirstOrDefaultAsync(t => t.UnitId == unit.Id && t.Year == year, cancellationToken);
        var (plan, rows) = await targets.JudgeAsync(unit.ToUnitRef(), year, cancellationToken);

        var body = new List<ReportBlock>
        {
            new ReportParagraph($"Kính gửi: {unit.AddresseeFor(year)}.") { Alignment = ReportAlignment.Center },
            Text(Opening(unit, plan, year)),
            Heading("I. KẾT QUẢ THỰC HIỆN"),
            Heading("1. Xây dựng mô hình \"Công dân học tập\""),
        };
        body.AddRange(await CdhtAsync(unit, year, rows, cancellationToken));

        body.Add(Heading("2. Thực hiện các chỉ tiêu kế hoạch"));
        body.AddRange(Targets(rows, plan is not null, year));

        body.Add(Heading("3. Phổ cập giáo dục, xóa mù chữ"));
        body.AddRange(await UniversalizationAsync(unit, year, rows, cancellationToken));

        body.Add(Heading("4. Đánh giá chung"));
        body.AddRange(Written(texts?.Assessment));
        body.Add(Heading("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"));
        body.AddRange(Written(texts?.Shortcomings));
        body.Add(Heading($"III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {year + 1}"));
        body.AddRange(Written(texts?.Directions));
        body.Add(Heading("IV. ĐỀ XUẤT, KIẾN NGHỊ"));
        body.AddRange(Written(texts?.Proposals));

        body.Add(Text($"Trên đây là báo cáo kết quả thực hiện kế hoạch xây dựng xã hội học tập năm {year} của Ủy ban nhân dân {unit.InText}./."));

        // One paragraph, a line per annex: the PDF keeps its last lines with the signature, and the short paragraphs before
        // it flow freely instead of being carried as one chain to the signature's page.
        body.Add(new ReportParagraph(string.Join("\n", ["Phụ lục kèm theo:", .. Annexes(year)])) { Italic = true, FirstLineIndent = true });

        var today = new VietnamClock(clock).Today();
        var document = new ReportDocument(unit.Header("Số: …/BC-UBND", AdministrativeHeader.FormatPlaceAndDate(UnitNames.Place(unit.Name), today)),
            "BÁO CÁO", body)
        {
            Abstract = $"Kết quả thực hiện kế hoạch xây dựng xã hội học tập năm {year}",
            Signature = new ReportSignature(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "……………………"),
            Recipients = ["Như trên;", "Lưu: VT."],
        };
        return new BuiltReport(document, $"Báo cáo kết quả XHHT {year} - {unit.Name}", Audit: null);
    }

    /// <summary>The biểu the report goes with, in the order they are listed as its annexes.</summary>
    public static IReadOnlyList<string> Annexes(int year) =>
    [
        $"- Phụ lục 1: Biểu tổng hợp kết quả xây dựng mô hình \"Công dân học tập\" năm {year};",
        $"- Phụ lục 2: Biểu 3 - Phổ cập giáo dục, xóa mù chữ năm {year};",
        $"- Phụ lục 3: Biểu 4 - Thực hiện chỉ tiêu kế hoạch xây dựng xã hội học tập năm {year}.",
    ];

    private static string Opening(ReportingUnit unit, Plan? plan, int year)
    {
        if (plan is null)
        {
            return $"Ủy ban nhân dân {unit.InText} báo cáo kết quả thực hiện kế hoạch xây dựng xã hội học tập năm {year} như sau:";
        }

        var number = string.IsNullOrWhiteSpace(plan.Number) ? string.Empty : " số " + plan.Number.Trim();
        var date = plan.IssuedOn is { } issued ? " ngày " + LegalBasis.ShortDate(issued) : string.Empty;
        return $"Thực hiện Kế hoạch{number}{date} của Ủy ban nhân dân {unit.InText} {ReportFigures.LowerFirst(plan.Title.Trim().TrimEnd('.'))}, " +
            $"Ủy ban nhân dân {unit.InText} báo cáo kết quả thực hiện năm {year} như sau:";
    }

    private async Task<IEnumerable<ReportBlock>> CdhtAsync(ReportingUnit unit, int year, IReadOnlyList<TargetRow> rows, CancellationToken cancellationToken)
    {
        var rollUp = await cdht.ForChildrenOfAsync(unit.Id, unit.Path, year, cancellationToken: cancellationToken);
        var total = rollUp.Total;

        // The share divides by the unit's own adult population when entered, as the plan's target is judged (TargetResults).
        var adults = await db.UnitYearProfiles.AsNoTracking().Where(p => p.UnitId == unit.Id && p.Year == year)
            .Select(p => p.AdultPopulation).FirstOrDefaultAsync(cancellationToken) ?? total.Adults;

        // Appraised and passing cards are not columns of the roll-up: the same card tallies, summed over the unit's villages.
        var villages = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Path.StartsWith(unit.Path) && u.Level.Code == AdministrativeLevel.Village)
            .Select(u => new TalliedVillage(u.Id, u.Path, u.ParentId)).ToListAsync(cancellationToken);
        var cards = await cardCounts.OfAsync(year, villages, sumToParents: false, cancellationToken);
        var appraised = cards.Where(c => c.Appraised).Sum(c => c.Count);
        var passed = cards.Where(c => c.Appraised && c.Passed).Sum(c => c.Count);

        string ByGroup(int[] counts) => counts.Sum() == 0 || rollUp.Groups.Count == 0
            ? string.Empty
            : " (" + string.Join("; ", rollUp.Groups.Select((g, i) => $"{g.Name}: {VietnameseFormat.Number(counts[i])}")) + ")";

        var blocks = new List<ReportBlock>
        {
            Text($"- Số công dân đăng ký xây dựng danh hiệu \"Công dân học tập\": {People(total.Registered.Sum())}{ByGroup(total.Registered)}."),
            Text($"- Số công dân đã tự đánh giá, cho điểm: {People(total.SelfAssessed.Sum())}; được chi hội khuyến học thẩm định: {People(appraised)}, " +
                $"trong đó đạt điểm công nhận: {People(passed)}."),
            Text($"- Số công dân được đề nghị công nhận: {People(total.Proposed.Sum())}; được công nhận: {People(total.RecognisedTotal)}{ByGroup(total.Recognised)}" +
                (adults is > 0
                    ? $", đạt {TargetText.Rate((decimal)total.RecognisedTotal / adults.Value)} số người lớn " +
                      $"({VietnameseFormat.Number(total.RecognisedTotal)}/{VietnameseFormat.Number(adults.Value)})"
                    : string.Empty) +
                (total.RecognisedTotal > 0
                    ? $"; trong đó đạt kỹ năng số: {People(total.DigitalSkills)}, tiêu biểu xuất sắc: {People(total.Outstanding)}."
                    : "."))
        };

        // The CDHT targets of the plan, as the plan sets them, against what the cards give.
        foreach (var row in rows.Where(r => r.Indicator.Computation is TargetComputation.CdhtRecognisedShare
                     or TargetComputation.CdhtDigitalSkillsShare or TargetComputation.CdhtRegistered))
        {
            blocks.Add(Text("- So với chỉ tiêu kế hoạch: " + TargetLine(row)));
        }

        return blocks;
    }

    private static IEnumerable<ReportBlock> Targets(IReadOnlyList<TargetRow> rows, bool hasPlan, int year)
    {
        if (rows.Count == 0)
        {
            yield return Text(hasPlan ? $"Kế hoạch năm {year} không đặt chỉ tiêu cụ thể." : $"Chưa có kế hoạch có chỉ tiêu cho năm {year}.");
            yield break;
        }

        var met = rows.Count(r => r.Result?.IsMet == true);
        var missing = rows.Count(r => r.Outcome.Achieved is null);
        yield return Text($"Số chỉ tiêu đạt và vượt: {met}/{rows.Count}" + (missing > 0 ? $" ({missing} chỉ tiêu chưa có số liệu)." : ".") +
            " Cụ thể:");
        foreach (var row in rows)
        {
            yield return Text("- " + TargetLine(row));
        }
    }

    // "Tỷ lệ … chỉ tiêu 50%, thực hiện 45,2% (3.550/7.850): Chưa đạt." Levels and yes/no are met or not, with no percentage.
    private static string TargetLine(TargetRow row)
    {
        var note = row.Target?.Note?.Trim();
        var target = row.Target is { } t ? TargetText.Target(row.Indicator, t.Value) : TargetText.None;
        var achieved = row.Outcome.Achieved is { } a ? TargetText.Achieved(row.Indicator, a) : "chưa có số liệu";
        return $"{row.Indicator.Text.Trim().TrimEnd('.')}" + (string.IsNullOrEmpty(note) ? string.Empty : $" ({note})") +
            $": chỉ tiêu {target}, thực hiện {achieved}: {TargetText.Judgement(row.Outcome.Achieved, row.Result)}.";
    }

    private async Task<IEnumerable<ReportBlock>> UniversalizationAsync(ReportingUnit unit, int year, IReadOnlyList<TargetRow> rows,
        CancellationToken cancellationToken)
    {
        var rules = (await universalization.RulesAsync(cancellationToken)).InForce(year);
        string Planned(UniversalizationStandard standard)
            => rows.FirstOrDefault(r => r.Indicator.Computation == TargetComputation.UniversalizationLevel && r.Indicator.Standard == standard) is { } row
                ? $"; chỉ tiêu kế hoạch: {TargetText.Target(row.Indicator, row.Target!.Value)}: {TargetText.Judgement(row.Outcome.Achieved, row.Result)}"
                : string.Empty;

        var blocks = new List<ReportBlock>();
        if (unit.IsCommune)
        {
            var now = await universalization.ForCommuneAsync(unit.Id, year, cancellationToken);
            var before = await universalization.ForCommuneAsync(unit.Id, year - 1, cancellationToken);
            if (now.Evaluation is null)
            {
                blocks.Add(Text($"Chưa có số liệu điều tra phổ cập giáo dục, xóa mù chữ năm {year}."));
                return blocks;
            }

            foreach (var standard in now.Evaluation.Standards)
            {
                var levels = rules.LevelsOf(standard.Standard).Count;
                var last = before.Evaluation is { } e ? TargetText.Level(e.LevelOf(standard.Standard), levels) : "chưa có số liệu";
                blocks.Add(Text($"- {TargetText.StandardName(standard.Standard)}: {TargetText.Level(standard.Level, levels)} (năm {year - 1}: {last})" +
                    Planned(standard.Standard) + "."));
            }

            return blocks;
        }

        var district = await universalization.ForDistrictAsync(unit.Path, year, cancellationToken);
        var surveyed = district.Communes.Count(c => c.Survey is not null);
        blocks.Add(Text($"Số xã đã có số liệu điều tra phổ cập năm {year}: {surveyed}/{district.Communes.Count}."));
        foreach (var standard in district.Standards)
        {
            var levels = rules.LevelsOf(standard.Standard).Count;
            var communes = string.Join("; ", standard.Levels.Select(l =>
                $"{VietnameseFormat.LevelName(l.Level, singleLevel: levels <= 1).ToLower(VietnameseText.Culture)}: {l.CommunesMeeting}/{l.Communes} xã"));
            blocks.Add(Text($"- {TargetText.StandardName(standard.Standard)}: {TargetText.Level(standard.Level, levels)} (số xã đạt {communes})" +
                Planned(standard.Standard) + "."));
        }

        return blocks;
    }

    private static string People(int count) => VietnameseFormat.Number(count) + " người";

    // What the official wrote, one paragraph per line; a dotted line to fill in by hand where nothing is written yet.
    private static IEnumerable<ReportBlock> Written(string? text)
        => string.IsNullOrWhiteSpace(text)
            ? [Text(Blank)]
            : text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(Text);

    private static ReportParagraph Heading(string text) => new(text) { Bold = true, FirstLineIndent = true, KeepWithNext = true };

    private static ReportParagraph Text(string text) => new(text) { FirstLineIndent = true };
}
