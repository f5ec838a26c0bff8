using LearningSociety.Domain;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Universalization;
using LearningSociety.Reporting;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Features.Universalization;
using LearningSociety.Web.Security;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// Biểu 3 "Phổ cập giáo dục, xóa mù chữ năm …" (levels of NĐ 20/2014/NĐ-CP). A commune: per standard the level reached this year
/// and last year and the plan's target, then each condition in force with its numerator, denominator and rate. A
/// district: per standard the share of communes meeting each level, and the communes' counts added up (never their
/// rates averaged). Both end with the literacy rates by age band. Levels come from <see cref="UniversalizationResults"/>.
/// </summary>
public sealed class UniversalizationReport(AppDbContext db, UniversalizationResults universalization, TargetResults targets, TimeProvider clock)
{
    /// <summary>The literacy rates reported by age band (15–25, 15–35 and 15–60, as provinces report them; XMC targets 15–60, NĐ 20/2014/NĐ-CP Điều 17), numerator over population.</summary>
    private static readonly (SurveyCount Numerator, SurveyCount Denominator)[] LiteracyBands =
    [
        (SurveyCount.Age15To25LiterateLevel1, SurveyCount.Age15To25Population),
        (SurveyCount.Age15To35LiterateLevel1, SurveyCount.Age15To35Population),
        (SurveyCount.Age15To35LiterateLevel2, SurveyCount.Age15To35Population),
        (SurveyCount.Age15To60LiterateLevel2, SurveyCount.Age15To60Population),
    ];

    private static readonly ReportColumn[] Columns =
    [
        new("STT", 0.6, alignment: ReportAlignment.Center),
        new("Tiêu chuẩn, mức độ", 1.9),
        new("Chỉ số", 3.6),
        new("Tử số", 0.9, ColumnKind.Integer),
        new("Mẫu số", 0.9, ColumnKind.Integer),
        new("Tỷ lệ", 0.9, ColumnKind.Percent),
        new("Yêu cầu", 0.9, alignment: ReportAlignment.Center),
        new("Mức đạt được năm nay", 1.2, alignment: ReportAlignment.Center),
        new("Mức năm trước", 1.2, alignment: ReportAlignment.Center),
        new("Chỉ tiêu", 1.1, alignment: ReportAlignment.Center),
        new("Ghi chú", 2),
    ];

    public async Task<BuiltReport?> BuildAsync(UnitScope scope, int unitId, int year, CancellationToken cancellationToken)
    {
        if (await ReportingUnit.FindAsync(db, scope, unitId, cancellationToken) is not { } unit)
        {
            return null;
        }

        var rules = await universalization.RulesAsync(cancellationToken);
        var plan = await targets.CurrentPlanAsync(unit.Id, year, cancellationToken);
        string Target(UniversalizationStandard standard)
            => plan?.Targets.FirstOrDefault(t => t.Year == year && t.Indicator.Computation == TargetComputation.UniversalizationLevel
                && t.Indicator.Standard == standard) is { } target
                ? TargetText.Target(target.Indicator, target.Value)
                : TargetText.None;

        var body = new List<ReportBlock>
        {
            new ReportParagraph($"Kính gửi: {unit.AddresseeFor(year)}.") { Alignment = ReportAlignment.Center },
            new ReportParagraph($"Ủy ban nhân dân {unit.InText} báo cáo kết quả phổ cập giáo dục, xóa mù chữ năm {year} như sau:")
            {
                FirstLineIndent = true,
            },
        };

        if (unit.IsCommune)
        {
            var now = await universalization.ForCommuneAsync(unit.Id, year, cancellationToken);
            var before = await universalization.ForCommuneAsync(unit.Id, year - 1, cancellationToken);
            body.Add(new ReportTable(Columns, CommuneRows(now, before, rules, Target)));
            if (now.Survey is null)
            {
                body.Add(Note($"Chưa nhập số liệu điều tra phổ cập năm {year}: các mức độ được tính là chưa đạt."));
            }
            else if (now.IsDisadvantaged)
            {
                body.Add(Note("Xã thuộc danh sách xã có điều kiện kinh tế - xã hội đặc biệt khó khăn: áp dụng ngưỡng và độ tuổi riêng."));
            }
        }
        else
        {
            var now = await universalization.ForDistrictAsync(unit.Path, year, cancellationToken);
            var before = await universalization.ForDistrictAsync(unit.Path, year - 1, cancellationToken);
            body.Add(new ReportTable(Columns, DistrictRows(now, before, rules.InForce(year), Target)));
            body.Add(new ReportParagraph("Mức đạt chuẩn của các xã") { Bold = true, FirstLineIndent = true });
            body.Add(CommuneLevels(now, rules.InForce(year)));
            var missing = now.Communes.Count(c => c.Survey is null);
            body.Add(Note($"Số liệu cộng từ {now.Communes.Count - missing}/{now.Communes.Count} xã đã nhập điều tra phổ cập năm {year}; " +
                "tỷ lệ tính trên tổng tử số và tổng mẫu số của các xã. Xã chưa nhập số liệu được tính là chưa đạt."));
        }

        var today = new VietnamClock(clock).Today();
        var document = new ReportDocument(unit.Header("Số: …/BC-UBND", AdministrativeHeader.FormatPlaceAndDate(UnitNames.Place(unit.Name), today)),
            $"PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ NĂM {year}", body)
        {
            Subtitles = ["Biểu 3"],
            Orientation = PageOrientation.Landscape,
            Signature = new ReportSignature(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "……………………"),
            Recipients = ["Như trên;", "Lưu: VT."],
        };
        return new BuiltReport(document, $"Biểu 3 phổ cập giáo dục, xóa mù chữ {year} - {unit.Name}", Audit: null);
    }

    private static IEnumerable<ReportRow> CommuneRows(CommuneUniversalization now, CommuneUniversalization before, UniversalizationRuleSet rules,
        Func<UniversalizationStandard, string> target)
    {
        // Without a survey the rows still list every condition in force, with no figures.
        var evaluation = now.Evaluation
            ?? UniversalizationEvaluator.Evaluate(new UniversalizationSurvey { SurveyYear = now.Year, IsDisadvantaged = now.IsDisadvantaged }, rules);
        var inForce = rules.InForce(now.Year);
        var group = 0;
        foreach (var standard in evaluation.Standards)
        {
            var levels = inForce.LevelsOf(standard.Standard).Count;
            yield return StandardRow(++group, standard.Standard,
                now.Evaluation is null ? "Chưa có số liệu" : TargetText.Level(standard.Level, levels),
                before.Evaluation is { } last ? TargetText.Level(last.LevelOf(standard.Standard), levels) : "Chưa có số liệu",
                target(standard.Standard));
            foreach (var level in standard.Levels)
            {
                foreach (var condition in level.Conditions)
                {
                    yield return new ReportRow(
                        null,
                        VietnameseFormat.LevelName(level.Level, singleLevel: levels <= 1),
                        "Tỷ lệ " + condition.Numerator.Label(),
                        now.Survey is null ? null : ReportCell.Number(condition.NumeratorCount),
                        now.Survey is null ? null : ReportCell.Number(condition.DenominatorCount),
                        condition.ActualRate is decimal rate ? ReportCell.Number(rate) : null,
                        "≥ " + VietnameseFormat.Threshold(condition.RequiredRate),
                        null, null, null,
                        now.Survey is null ? null : condition.IsMet ? "Đạt" : "Chưa đạt");
                }

                foreach (var prerequisite in level.Prerequisites.Where(p => p.RequiredStandard != standard.Standard))
                {
                    var required = inForce.LevelsOf(prerequisite.RequiredStandard).Count == 1 ? "chuẩn" : $"mức độ {prerequisite.RequiredLevel}";
                    yield return new ReportRow(null, VietnameseFormat.LevelName(level.Level, singleLevel: levels <= 1),
                        $"Đạt {prerequisite.RequiredStandard.Label()} {required}", null, null, null, null, null, null, null,
                        now.Survey is null ? null : prerequisite.IsMet ? "Đạt" : "Chưa đạt");
                }
            }
        }

        yield return LiteracyHeading(++group);
        foreach (var (numerator, denominator) in LiteracyBands)
        {
            yield return now.Survey is { } survey
                ? CountRow("Tỷ lệ " + numerator.Label(), survey[numerator], survey[denominator], null)
                : CountRow("Tỷ lệ " + numerator.Label(), null, null, null);
        }
    }

    private static IEnumerable<ReportRow> DistrictRows(DistrictUniversalizationResult now, DistrictUniversalizationResult before,
        UniversalizationRuleSet inForce, Func<UniversalizationStandard, string> target)
    {
        var surveyed = now.Communes.Where(c => c.Survey is not null).ToList();
        var hadLastYear = before.Communes.Any(c => c.Survey is not null);
        var group = 0;
        foreach (var standard in now.Standards)
        {
            var levels = inForce.LevelsOf(standard.Standard).Count;
            yield return StandardRow(++group, standard.Standard,
                TargetText.Level(standard.Level, levels),
                hadLastYear ? TargetText.Level(before.LevelOf(standard.Standard), levels) : "Chưa có số liệu",
                target(standard.Standard));
            foreach (var level in standard.Levels)
            {
                var name = VietnameseFormat.LevelName(level.Level, singleLevel: levels <= 1);
                yield return new ReportRow(null, name, $"Số xã đạt {name.ToLower(Shared.VietnameseText.Culture)} / tổng số xã",
                    level.CommunesMeeting, level.Communes,
                    level.ShareOfCommunes is decimal share ? ReportCell.Number(share) : null,
                    "≥ " + VietnameseFormat.Threshold(level.MinShareOfCommunes), null, null, null, level.IsMet ? "Đạt" : "Chưa đạt");
            }

            // The communes' counts added up, one row per rate the standard's conditions use.
            var pairs = inForce.Conditions.Where(c => c.Standard == standard.Standard)
                .OrderBy(c => c.Level).ThenBy(c => c.ConditionCode, StringComparer.Ordinal)
                .Select(c => (c.Numerator, c.Denominator)).Distinct();
            foreach (var (numerator, denominator) in pairs)
            {
                yield return CountRow("Tỷ lệ " + numerator.Label(), surveyed.Sum(c => c.Survey![numerator]),
                    surveyed.Sum(c => c.Survey![denominator]), "Cộng các xã");
            }
        }

        yield return LiteracyHeading(++group);
        foreach (var (numerator, denominator) in LiteracyBands)
        {
            yield return CountRow("Tỷ lệ " + numerator.Label(), surveyed.Sum(c => c.Survey![numerator]),
                surveyed.Sum(c => c.Survey![denominator]), "Cộng các xã");
        }
    }

    private static ReportTable CommuneLevels(DistrictUniversalizationResult now, UniversalizationRuleSet inForce)
    {
        var standards = now.Standards.Select(s => s.Standard).ToList();
        // The commune's code beside its name: the province matches the rows of every district's form on it.
        var columns = new List<ReportColumn> { new("STT", 0.6, alignment: ReportAlignment.Center), new("Mã ĐVHC", 1, alignment: ReportAlignment.Center), new("Xã", 2.5) };
        columns.AddRange(standards.Select(s => new ReportColumn(TargetText.StandardShortName(s), 1.4, alignment: ReportAlignment.Center)));
        columns.Add(new ReportColumn("Ghi chú", 2));
        var rows = now.Communes.Select((c, i) => new ReportRow([
            ReportFigures.Ordinal(i + 1),
            c.Code,
            c.Name,
            .. standards.Select(s => (ReportCell?)(c.Evaluation is { } e ? TargetText.Level(e.LevelOf(s), inForce.LevelsOf(s).Count) : TargetText.None)),
            c.Survey is null ? "Chưa nhập số liệu" : c.IsDisadvantaged ? "Xã ĐBKK" : null,
        ]));
        return new ReportTable(columns, rows);
    }

    private static ReportRow StandardRow(int group, UniversalizationStandard standard, string thisYear, string lastYear, string target)
        => ReportRow.Group(ReportFigures.Roman(group), ReportCell.Text(TargetText.StandardName(standard)).Spanning(6), thisYear, lastYear, target);

    private static ReportRow LiteracyHeading(int group)
        => ReportRow.Group(ReportFigures.Roman(group), ReportCell.Text("Tỷ lệ biết chữ theo độ tuổi").Spanning(6));

    private static ReportRow CountRow(string indicator, int? numerator, int? denominator, string? note)
        => new(null, null, indicator, Count(numerator), Count(denominator),
            denominator is > 0 ? ReportCell.Number((decimal)numerator!.Value / denominator.Value) : null,
            null, null, null, null, note);

    private static ReportCell? Count(int? value) => value is int n ? ReportCell.Number(n) : null;


    private static ReportParagraph Note(string text) => new(text) { Italic = true, FirstLineIndent = true };
}
