using LearningSociety.Domain.Scorecards;
using LearningSociety.Reporting;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Domain;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// The layout of "Biểu tổng hợp kết quả xây dựng mô hình "Công dân học tập"" (Biểu 1: the figures QĐ 677/QĐ-TTg asks of each unit, in the administrative format of NĐ 30/2020/NĐ-CP), shared by
/// the commune report (rows per village) and the district report (rows per commune).
/// </summary>
internal static class ResultsSummaryDocument
{
    /// <summary>Twenty-four columns fit an A4 landscape page only at this table size.</summary>
    public const float PdfTableFontSize = 9;

    private static readonly string[] Measures = ["Số đăng ký", "Số tự đánh giá", "Số được chi hội đề nghị", "Số được công nhận"];

    /// <param name="issuer">The reporting unit's name, e.g. "Xã Quảng Phú".</param>
    /// <param name="recipient">"Kính gửi" line, e.g. "Phòng Giáo dục và Đào tạo huyện Quảng Điền".</param>
    /// <param name="rowHeader">Header of the unit column, e.g. "Thôn, tổ dân phố".</param>
    public static ReportDocument Build(string issuer, string recipient, string rowHeader, int year, DateOnly today,
        ResultsRollUp rollUp, IEnumerable<string> recipients)
    {
        var run = rollUp.ConsecutiveYears.Count == 1 ? $"{rollUp.ConsecutiveYears[0]} năm liền" : "nhiều năm liền";
        var header = DocumentHeader.PeoplesCommittee(issuer, "Số: …/BC-UBND", today);
        var title = $"BIỂU TỔNG HỢP KẾT QUẢ XÂY DỰNG MÔ HÌNH \"CÔNG DÂN HỌC TẬP\" NĂM {year}";
        ReportBlock[] body =
        [
            new ReportParagraph($"Kính gửi: {recipient}.") { Alignment = ReportAlignment.Center },
            new ReportParagraph($"Ủy ban nhân dân {UnitNames.InText(issuer)} báo cáo kết quả xây dựng mô hình \"Công dân học tập\" " +
                $"năm {year} trên địa bàn như sau:") { FirstLineIndent = true },
            Table(rollUp, rowHeader, run),
            // Units without an adult population are named under the table rather than in a note column: the table, with
            // the units' codes, must print at 90 % or more of its size.
            .. rollUp.Rows.Where(r => r.Results.Adults is null).Select(r => r.Name).ToList() is { Count: > 0 } unknown
                ? [new ReportParagraph($"Chưa có số người lớn: {string.Join(", ", unknown)}.") { Italic = true }]
                : Array.Empty<ReportBlock>(),
            new ReportParagraph($"Ghi chú: số liệu đến ngày {VietnameseFormat.Date(today)}; tỷ lệ công nhận tính trên số người lớn; " +
                $"đạt kỹ năng số: điểm thẩm định chỉ số {ScorecardEvaluation.DisplayCode(RecognitionRule.DigitalSkillsIndicator)} " +
                $"từ {string.Join(" hoặc ", rollUp.DigitalSkillsCutOffs.DefaultIfEmpty(RecognitionRule.DefaultDigitalSkillsCutOff))} trở lên.")
            {
                Italic = true,
            },
        ];

        return new ReportDocument(header, title, body)
        {
            Orientation = PageOrientation.Landscape,
            Signature = new ReportSignature(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "……………………"),
            Recipients = [.. recipients],
        };
    }

    private static ReportTable Table(ResultsRollUp rollUp, string rowHeader, string run)
    {
        var groups = rollUp.Groups.Count;
        var columns = new List<ReportColumn>
        {
            new("STT", 0.5, alignment: ReportAlignment.Center),
            new("Mã ĐVHC", 0.9, alignment: ReportAlignment.Center),
            new(rowHeader, 2.9),
            new("Số người lớn", 1.1, ColumnKind.Integer),
        };
        foreach (var measure in Measures)
        {
            columns.AddRange(rollUp.Groups.Select(g => new ReportColumn($"{measure} {g.Name}", 0.8, ColumnKind.Integer)));
            columns.Add(new ReportColumn($"{measure} cộng", 0.9, ColumnKind.Integer));
        }

        columns.Add(new ReportColumn("Tỷ lệ công nhận/người lớn", 1.1, ColumnKind.Percent));
        columns.Add(new ReportColumn("Đạt kỹ năng số: số", 0.9, ColumnKind.Integer));
        columns.Add(new ReportColumn("Đạt kỹ năng số: tỷ lệ", 1.1, ColumnKind.Percent));
        columns.Add(new ReportColumn("Tiêu biểu xuất sắc", 1.1, ColumnKind.Integer));

        // Three header rows: the measure, then "Nhóm" over the group numbers beside "Cộng", so the group columns stay
        // as narrow as their numbers.
        var top = new List<ReportHeaderCell> { new("STT", 3), new("Mã ĐVHC", 3), new(rowHeader, 3), new("Số người lớn", 3) };
        top.AddRange(Measures.Select(m => new ReportHeaderCell(m, 1, groups + 1)));
        top.AddRange([new("Tỷ lệ công nhận/ người lớn", 3), new("Trong đó: đạt kỹ năng số", 2, 2),
            new($"Tiêu biểu xuất sắc ({run})", 3)]);
        var middle = Measures.SelectMany(_ => new ReportHeaderCell[] { new("Nhóm", 1, groups), new("Cộng", 2) }).ToList();
        var bottom = Measures.SelectMany(_ => rollUp.Groups.Select(g => new ReportHeaderCell(GroupNumber(g)))).ToList();
        bottom.AddRange([new("Số"), new("Tỷ lệ")]);

        // The unit's code beside its name: the province matches the rows of every unit's form on it.
        var rows = rollUp.Rows.Select((row, i) => new ReportRow(Cells(ReportFigures.Ordinal(i + 1), row.Code, row.Name, row.Results)));
        var total = ReportRow.Total([ReportCell.Text("Tổng cộng").Spanning(3), .. Cells(null, string.Empty, string.Empty, rollUp.Total).Skip(3)]);
        return new ReportTable(columns, [.. rows, total], [top, middle, bottom]);
    }

    private static IEnumerable<ReportCell?> Cells(ReportCell? number, string code, string name, UnitResults r)
    {
        yield return number;
        yield return code;
        yield return name;
        yield return r.Adults is int adults ? ReportCell.Number(adults) : null;
        foreach (var measure in new[] { r.Registered, r.SelfAssessed, r.Proposed, r.Recognised })
        {
            foreach (var count in measure)
            {
                yield return count;
            }

            yield return measure.Sum();
        }

        yield return r.RecognisedShare is decimal share ? ReportCell.Number(share) : null;
        yield return r.DigitalSkills;
        yield return r.DigitalSkillsShare is decimal digital ? ReportCell.Number(digital) : null;
        yield return r.Outstanding;
    }

    // "Nhóm 1" → "1" under the merged "Nhóm" header; a name without a number stays whole.
    private static string GroupNumber(CitizenGroup group)
        => group.Name.StartsWith("Nhóm ", StringComparison.Ordinal) ? group.Name["Nhóm ".Length..] : group.Name;
}
