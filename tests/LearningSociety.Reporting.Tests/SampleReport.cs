using LearningSociety.Reporting;

namespace LearningSociety.Reporting.Tests;

/// <summary>Builds a commune report with a two-row merged header, numbers of every kind and a totals row.</summary>
internal static class SampleReport
{
    public const string Title = "KẾT QUẢ XÂY DỰNG MÔ HÌNH HỌC TẬP NĂM 2024";
    public const string SignerName = "Nguyễn Thị Hồng Nhung";

    public static readonly string[] Villages =
    [
        "Thôn Đông Hòa", "Thôn Quảng Lợi", "Thôn Phú Ốc", "Thôn Tây Thượng", "Thôn Ngũ Đông",
        "Tổ dân phố Ưu Điềm", "Thôn Hà Thanh", "Thôn Bắc Vọng", "Thôn Nam Dương", "Thôn Trường Lưu",
    ];

    public static string VillageName(int index) =>
        index < Villages.Length ? Villages[index] : $"{Villages[index % Villages.Length]} {index / Villages.Length + 1}";

    public static ReportTable Table(int rowCount)
    {
        ReportColumn[] columns =
        [
            new("STT", 0.6, alignment: ReportAlignment.Center),
            new("Thôn, tổ dân phố", 2.2),
            new("Số người lớn", 1, ColumnKind.Integer),
            new("Nhóm 1", 0.8, ColumnKind.Integer),
            new("Nhóm 2", 0.8, ColumnKind.Integer),
            new("Nhóm 3", 0.8, ColumnKind.Integer),
            new("Tổng", 0.8, ColumnKind.Integer),
            new("Điểm bình quân", 0.9, ColumnKind.Decimal),
            new("Tỷ lệ công nhận", 0.9, ColumnKind.Percent),
            new("Ghi chú", 1.1),
        ];
        ReportHeaderCell[][] header =
        [
            [
                new("STT", rowSpan: 2), new("Thôn, tổ dân phố", rowSpan: 2), new("Số người lớn", rowSpan: 2),
                new("Số đăng ký", columnSpan: 4), new("Điểm bình quân", rowSpan: 2), new("Tỷ lệ công nhận", rowSpan: 2),
                new("Ghi chú", rowSpan: 2),
            ],
            ["Nhóm 1", "Nhóm 2", "Nhóm 3", "Tổng"],
        ];

        var rows = Enumerable.Range(0, rowCount).Select(i => new ReportRow(
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            VillageName(i),
            1200 + (i * 37),
            300 + i,
            200 + i,
            100 + i,
            600 + (3 * i),
            85.5m + (i % 7),
            0.637m,
            i == 3 ? "Có 2 hộ đăng ký bổ sung sau ngày 30/11" : null)).ToList();
        rows.Add(ReportRow.Total(
            ReportCell.Text("Tổng cộng").Spanning(2) with { Alignment = ReportAlignment.Center },
            rows.Sum(r => (long)r.Cells[2].Value!),
            rows.Sum(r => (long)r.Cells[3].Value!),
            rows.Sum(r => (long)r.Cells[4].Value!),
            rows.Sum(r => (long)r.Cells[5].Value!),
            rows.Sum(r => (long)r.Cells[6].Value!),
            87.25m,
            0.6412m));
        return new ReportTable(columns, rows, header);
    }

    public static ReportDocument Build(int rowCount = 10, PageOrientation orientation = PageOrientation.Portrait) =>
        new(
            new AdministrativeHeader(
                "UBND HUYỆN TÂN AN",
                "UBND XÃ QUẢNG PHÚ",
                "Số: 125/BC-UBND",
                AdministrativeHeader.FormatPlaceAndDate("Quảng Phú", new DateOnly(2024, 6, 14))),
            Title,
            [
                new ReportParagraph("Thực hiện Kế hoạch số 45/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân huyện về xây dựng xã hội học tập, "
                    + "Ủy ban nhân dân xã Quảng Phú báo cáo kết quả như sau:") { FirstLineIndent = true },
                Table(rowCount),
                new ReportParagraph("Ủy ban nhân dân xã kính báo cáo.") { FirstLineIndent = true },
            ])
        {
            Subtitles = ["(Kèm theo Báo cáo số 125/BC-UBND ngày 14/6/2024 của UBND xã Quảng Phú)"],
            Signature = new ReportSignature(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], SignerName),
            Recipients = ["UBND huyện Tân An;", "Phòng GD&ĐT huyện;", "Lưu: VT, VP."],
            Orientation = orientation,
        };
}
