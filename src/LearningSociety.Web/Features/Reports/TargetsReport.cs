using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Units;
using LearningSociety.Reporting;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// Biểu 4 "Thực hiện chỉ tiêu kế hoạch xây dựng xã hội học tập năm …" (the targets of QĐ 1373/QĐ-TTg, QĐ 677/QĐ-TTg and QĐ 387/QĐ-TTg as the plan sets them): one row per target of the
/// unit's plan in force for the year, judged by <see cref="TargetResults.JudgeAsync"/>. A district without a plan of
/// its own lists the indicators its communes' plans target, with the district's rolled-up outcome.
/// </summary>
public sealed class TargetsReport(AppDbContext db, TargetResults results, TimeProvider clock)
{
    public async Task<BuiltReport?> BuildAsync(UnitScope scope, int unitId, int year, CancellationToken cancellationToken)
    {
        if (await ReportingUnit.FindAsync(db, scope, unitId, cancellationToken) is not { } unit)
        {
            return null;
        }

        var (plan, rows) = await results.JudgeAsync(unit.ToUnitRef(), year, cancellationToken);
        var fromCommunes = false;
        if (plan is null && !unit.IsCommune)
        {
            rows = await CommuneTargetsAsync(unit, year, cancellationToken);
            fromCommunes = true;
        }

        var body = new List<ReportBlock>
        {
            new ReportParagraph($"Kính gửi: {unit.AddresseeFor(year)}.") { Alignment = ReportAlignment.Center },
            new ReportParagraph($"Ủy ban nhân dân {unit.InText} báo cáo kết quả thực hiện các chỉ tiêu kế hoạch xây dựng xã hội học tập " +
                $"năm {year} như sau:") { FirstLineIndent = true },
        };

        if (rows.Count == 0)
        {
            body.Add(new ReportParagraph(unit.IsCommune
                ? $"Chưa có kế hoạch có chỉ tiêu cho năm {year}."
                : $"Huyện và các xã chưa có kế hoạch có chỉ tiêu cho năm {year}.") { Italic = true, FirstLineIndent = true });
        }
        else
        {
            body.Add(Table(rows, unit.Code));
            if (fromCommunes)
            {
                body.Add(new ReportParagraph($"{UnitNames.Place(unit.Name)} chưa có kế hoạch riêng năm {year}: các dòng là những chỉ tiêu trong kế hoạch " +
                    "của các xã, số thực hiện cộng tử số và mẫu số của các xã.") { Italic = true, FirstLineIndent = true });
            }
            else
            {
                var met = rows.Count(r => r.Result?.Judgement is TargetJudgement.Achieved or TargetJudgement.Exceeded);
                var missing = rows.Count(r => r.Outcome.Achieved is null);
                body.Add(new ReportParagraph($"Số chỉ tiêu đạt và vượt: {met}/{rows.Count}" +
                    (missing > 0 ? $" ({missing} chỉ tiêu chưa có số liệu)." : ".")) { Bold = true, FirstLineIndent = true });
            }
        }

        var subtitles = new List<string> { "Biểu 4" };
        if (plan is not null)
        {
            var issued = plan.IssuedOn is { } d ? " ngày " + LegalBasis.ShortDate(d) : string.Empty;
            // A plan not yet issued is printed by its number alone: a printed page says nothing of drafts.
            subtitles.Add($"(Theo Kế hoạch số {plan.Number}{issued})");
        }

        var today = new VietnamClock(clock).Today();
        var document = new ReportDocument(unit.Header("Số: …/BC-UBND", AdministrativeHeader.FormatPlaceAndDate(UnitNames.Place(unit.Name), today)),
            $"THỰC HIỆN CHỈ TIÊU KẾ HOẠCH XÂY DỰNG XÃ HỘI HỌC TẬP NĂM {year}", body)
        {
            Subtitles = subtitles,
            Orientation = PageOrientation.Landscape,
            Signature = new ReportSignature(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "……………………"),
            Recipients = ["Như trên;", "Lưu: VT."],
        };
        return new BuiltReport(document, $"Biểu 4 chỉ tiêu XHHT {year} - {unit.Name}", Audit: null);
    }

    /// <summary>The indicators any commune of the district targets for the year, with the district's rolled-up outcome.</summary>
    private async Task<IReadOnlyList<TargetRow>> CommuneTargetsAsync(ReportingUnit district, int year, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var communes = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.Path.StartsWith(district.Path) && u.Level.Code == AdministrativeLevel.Commune
                && u.ValidFrom <= last && (u.ValidTo == null || u.ValidTo >= first))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        var indicators = new Dictionary<int, TargetIndicator>();
        foreach (var plan in (await results.PlansCoveringAsync(communes, year, cancellationToken)).Values)
        {
            foreach (var target in plan.Targets.Where(t => t.Year == year))
            {
                indicators.TryAdd(target.IndicatorId, target.Indicator);
            }
        }

        var outcomes = await results.OutcomesAsync(district.ToUnitRef(), year, indicators.Values, cancellationToken);
        return
        [
            .. indicators.Values.OrderBy(i => i.Category).ThenBy(i => i.SortOrder).ThenBy(i => i.Id)
                .Select(i => new TargetRow(i, null, outcomes[i.Id], null)),
        ];
    }

    // Every figure in a cell of its own and stored as a number (a spreadsheet adds and compares them): the target, the
    // result, and for a rate its numerator and denominator; rates as fractions shown as percentages, levels and counts as
    // whole numbers. Each row carries the unit's code, which the province matches rows on when it gathers the units' forms.
    private static ReportTable Table(IReadOnlyList<TargetRow> rows, string unitCode)
    {
        ReportColumn[] columns =
        [
            new("STT", 0.5, alignment: ReportAlignment.Center),
            new("Mã ĐVHC", 0.9, alignment: ReportAlignment.Center),
            new("Nội dung chỉ tiêu", 4.6),
            new("Đơn vị tính", 1, alignment: ReportAlignment.Center),
            new("Chỉ tiêu kế hoạch", 1, ColumnKind.Integer, ReportAlignment.Center),
            new("Kết quả", 1, ColumnKind.Integer, ReportAlignment.Center),
            new("Tử số", 1, ColumnKind.Integer),
            new("Mẫu số", 1, ColumnKind.Integer),
            new("Tỷ lệ hoàn thành", 1.1, ColumnKind.Percent),
            new("Đánh giá", 1.1, alignment: ReportAlignment.Center),
            new("Ghi chú", 2.6),
        ];
        ReportHeaderCell[] top =
        [
            new("STT", 2), new("Mã ĐVHC", 2), new("Nội dung chỉ tiêu", 2), new("Đơn vị tính", 2), new("Chỉ tiêu kế hoạch", 2),
            new("Thực hiện", 1, 3), new("Tỷ lệ hoàn thành", 2), new("Đánh giá", 2), new("Ghi chú", 2),
        ];
        ReportHeaderCell[] bottom = [new("Kết quả"), new("Tử số"), new("Mẫu số")];

        var body = new List<ReportRow>();
        var group = 0;
        foreach (var category in rows.GroupBy(r => r.Indicator.Category))
        {
            body.Add(ReportRow.Group(ReportFigures.Roman(++group), ReportCell.Text(category.Key.Label()).Spanning(columns.Length - 1)));
            var item = 0;
            foreach (var row in category)
            {
                var note = row.Target?.Note?.Trim();
                var detail = row.Result is { IsJudged: false } unjudged ? unjudged.Explanation : row.Outcome.Detail;
                var indicator = row.Indicator;
                var rate = indicator.Kind == TargetKind.Percentage ? row.Outcome.Achieved : null;

                // Levels and yes/no targets are met or not (TargetEvaluation): no completion percentage beside them.
                body.Add(new ReportRow(
                    ReportFigures.Ordinal(++item),
                    unitCode,
                    indicator.Text + (string.IsNullOrEmpty(note) ? string.Empty : $" ({note})"),
                    TargetText.Kind(indicator.Kind),
                    row.Target is { } target ? Figure(indicator, target.Value) : TargetText.None,
                    row.Outcome.Achieved is { } achieved ? Achieved(indicator, achieved) : TargetText.None,
                    rate is { } n ? ReportCell.Number(n.Value) : null,
                    rate?.Denominator is { } d ? ReportCell.Number(d) : null,
                    row.Result?.CompletionRatio is decimal ratio ? ReportCell.Number(ratio) : null,
                    row.Target is null ? TargetText.None : TargetText.Judgement(row.Outcome.Achieved, row.Result),
                    detail));
            }
        }

        return new ReportTable(columns, body, [top, bottom]);
    }

    /// <summary>A target or an achieved value as a number: a rate as its fraction, a level or a count as it is; yes/no in words.</summary>
    private static ReportCell Figure(TargetIndicator indicator, decimal value) => indicator.Kind switch
    {
        TargetKind.Percentage => ReportCell.Number(value).As(ColumnKind.Percent),
        TargetKind.YesNo => value >= 1 ? "Có" : "Không",
        _ when value == decimal.Truncate(value) => ReportCell.Number((long)value),
        _ => ReportCell.Number(value).As(ColumnKind.Decimal),
    };

    private static ReportCell Achieved(TargetIndicator indicator, Achievement achieved) => indicator.Kind switch
    {
        TargetKind.Percentage when achieved.Denominator is { } d => d == 0 ? TargetText.None : Figure(indicator, achieved.Value / d),
        _ => Figure(indicator, achieved.Value),
    };
}
