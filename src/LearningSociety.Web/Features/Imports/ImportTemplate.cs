using LearningSociety.Domain;
using ClosedXML.Excel;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Features.Imports.Framework;

namespace LearningSociety.Web.Features.Imports;

/// <summary>
/// The empty workbook branches fill in: sheet "Danh sách" (headers only, text-formatted ID and date
/// columns, drop-down lists) and sheet "Hướng dẫn" (how to fill each column, the groups, the user's villages).
/// Column widths are estimated from the text: AdjustToContents needs libgdiplus and throws on Linux.
/// </summary>
public static class ImportTemplate
{
    public const string FileName = "mau-nhap-cong-dan-hoc-tap.xlsx";

    private const string FontName = "Times New Roman";
    private const double FontSize = 12;

    /// <summary>What each column holds, for the guide sheet: whether required, and how to write it.</summary>
    private static readonly (string Rule, string Example)[] Guidance =
    [
        ("Bắt buộc. Họ, chữ đệm và tên, viết có dấu.", "Nguyễn Văn An"),
        ("Không bắt buộc. Ghi ngày/tháng/năm (dd/MM/yyyy).", "05/03/1980"),
        ("Bắt buộc nếu không có ngày sinh. Bốn chữ số.", "1980"),
        ("Bắt buộc. Nam hoặc Nữ.", "Nam"),
        ("Bắt buộc. 1, 2 hoặc 3 (xem bảng nhóm bên dưới).", "1"),
        ("Bắt buộc. Tên hoặc mã thôn trong danh sách bên dưới.", "Thôn Bác Vọng Đông"),
        ("Không bắt buộc. Đúng 12 chữ số, ghi dạng văn bản để giữ số 0 ở đầu.", "046080000123"),
        ("Không bắt buộc.", "0912345678"),
        ("Ngày công dân đồng ý cho xử lý dữ liệu (dd/MM/yyyy). Bắt buộc nếu có điểm.", "10/01/2025"),
        ("Năm đăng ký. Để trống thì dùng năm chọn khi tải tệp lên.", "2025"),
    ];

    public static void Write(Stream output, IReadOnlyList<ImportVillage> villages, IReadOnlyList<ImportGroup> groups, int year)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = FontName;
        workbook.Style.Font.FontSize = FontSize;
        var list = workbook.AddWorksheet(ImportColumns.SheetName);
        var guide = workbook.AddWorksheet(ImportColumns.GuideSheetName);
        var villageRange = WriteGuide(guide, villages, groups, year);
        WriteList(list, villageRange);
        list.SetTabActive();
        workbook.SaveAs(output);
    }

    private static void WriteList(IXLWorksheet sheet, IXLRange? villageNames)
    {
        var lastDataRow = ImportColumns.FirstDataRow + CitizenImporter.MaxRows - 1;

        Group(sheet, 1, ImportColumns.Year, "Thông tin công dân");
        Group(sheet, ImportColumns.FirstSelfScore, ImportColumns.FirstEvidenceNote - 1, ImportColumns.SelfGroupTitle);
        Group(sheet, ImportColumns.FirstEvidenceNote, ImportColumns.FirstAppraisedScore - 1, ImportColumns.EvidenceGroupTitle);
        Group(sheet, ImportColumns.FirstAppraisedScore, ImportColumns.Reason - 1, ImportColumns.AppraisedGroupTitle);
        Group(sheet, ImportColumns.Reason, ImportColumns.Reason, "Thẩm định");

        for (var column = 1; column <= ImportColumns.Count; column++)
        {
            var header = ImportColumns.Headers[column - 1];
            sheet.Cell(ImportColumns.HeaderRow, column).SetValue(header);
            var example = column <= Guidance.Length ? Guidance[column - 1].Example : "10";
            sheet.Column(column).Width = column == ImportColumns.Reason || ImportColumns.IsEvidenceNote(column) ? 30 : Width(header, example);
        }

        ImportSheetStyle.StyleHeaders(sheet, ImportColumns.GroupHeaderRow, ImportColumns.HeaderRow, ImportColumns.Count);
        sheet.Row(ImportColumns.GroupHeaderRow).Height = 20;
        sheet.Row(ImportColumns.HeaderRow).Height = 20;
        sheet.SheetView.FreezeRows(ImportColumns.HeaderRow);

        // Text format keeps leading zeros of ID and phone numbers and stops Excel turning dates into serials.
        // Set on the column (one <col> element), not on a range, which would write 20,000 empty cells.
        foreach (var column in new[] { ImportColumns.DateOfBirth, ImportColumns.NationalId, ImportColumns.Phone, ImportColumns.ConsentDate })
        {
            sheet.Column(column).Style.NumberFormat.Format = "@";
        }

        var gender = sheet.Range(ImportColumns.FirstDataRow, ImportColumns.Gender, lastDataRow, ImportColumns.Gender).SetDataValidation();
        gender.List("\"Nam,Nữ\"", true);
        Explain(gender, "Giới tính", "Chọn Nam hoặc Nữ.");

        var group = sheet.Range(ImportColumns.FirstDataRow, ImportColumns.Group, lastDataRow, ImportColumns.Group).SetDataValidation();
        group.List("\"1,2,3\"", true);
        Explain(group, "Nhóm", "Chọn 1, 2 hoặc 3.");

        if (villageNames is not null)
        {
            // A list, not a rule: a village code typed instead of the name is accepted by the import.
            var village = sheet.Range(ImportColumns.FirstDataRow, ImportColumns.Village, lastDataRow, ImportColumns.Village).SetDataValidation();
            village.List(villageNames, true);
            village.ShowErrorMessage = false;
        }

        foreach (var first in new[] { ImportColumns.FirstSelfScore, ImportColumns.FirstAppraisedScore })
        {
            var scores = sheet.Range(ImportColumns.FirstDataRow, first, lastDataRow, first + RecognitionRule.IndicatorCount - 1).SetDataValidation();
            scores.WholeNumber.Between(RecognitionRule.MinScore, RecognitionRule.MaxScore);
            Explain(scores, "Điểm", $"Điểm là số nguyên từ {RecognitionRule.MinScore} đến {RecognitionRule.MaxScore}.");
        }

        // Notes are text: the column format stops Excel turning "1/2" into a date.
        for (var column = ImportColumns.FirstEvidenceNote; column < ImportColumns.FirstAppraisedScore; column++)
        {
            sheet.Column(column).Style.NumberFormat.Format = "@";
        }

        var notes = sheet.Range(ImportColumns.FirstDataRow, ImportColumns.FirstEvidenceNote, lastDataRow, ImportColumns.FirstAppraisedScore - 1)
            .SetDataValidation();
        notes.TextLength.EqualOrLessThan(CitizenSheetRow.MaxEvidenceNoteLength);
        Explain(notes, "Minh chứng", $"Minh chứng ghi tối đa {VietnameseFormat.Number(CitizenSheetRow.MaxEvidenceNoteLength)} ký tự.");
    }

    private static void Group(IXLWorksheet sheet, int first, int last, string title)
        => ImportSheetStyle.GroupHeader(sheet, ImportColumns.GroupHeaderRow, first, last, title);

    private static void Explain(IXLDataValidation validation, string title, string message)
    {
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.ErrorTitle = title;
        validation.ErrorMessage = message;
    }

    /// <summary>Writes the instructions and returns the range of village names for the drop-down list.</summary>
    private static IXLRange? WriteGuide(IXLWorksheet sheet, IReadOnlyList<ImportVillage> villages, IReadOnlyList<ImportGroup> groups, int year)
    {
        var widths = new double[5];
        var row = 1;

        void Put(int column, string text, bool bold = false)
        {
            var cell = sheet.Cell(row, column);
            cell.SetValue(text);
            cell.Style.Font.Bold = bold;
            widths[column - 1] = Math.Max(widths[column - 1], Math.Min(Width(text), 80));
        }

        sheet.Cell(row, 1).SetValue("HƯỚNG DẪN NHẬP DANH SÁCH CÔNG DÂN HỌC TẬP TỪ EXCEL");
        sheet.Cell(row, 1).Style.Font.Bold = true;
        sheet.Cell(row, 1).Style.Font.FontSize = 14;
        row += 2;

        string[] steps =
        [
            $"1. Ghi mỗi công dân một dòng cho mỗi năm (nhiều năm của cùng một người thì ghi nhiều dòng, mỗi dòng một năm) ở trang tính '{ImportColumns.SheetName}', bắt đầu từ dòng {ImportColumns.FirstDataRow}; không sửa, không xóa hai dòng tiêu đề.",
            "2. Điểm tự đánh giá: nhập đủ 10 chỉ số hoặc để trống cả nhóm. Điểm thẩm định: cũng vậy, và chỉ nhập khi đã có điểm tự đánh giá.",
            "3. Có điểm thì phải có Ngày đồng ý của công dân.",
            $"4. Minh chứng (không bắt buộc): ghi minh chứng công dân nêu ở từng chỉ số trên phiếu tự đánh giá vào cột 'Minh chứng' của chỉ số đó, tối đa {VietnameseFormat.Number(CitizenSheetRow.MaxEvidenceNoteLength)} ký tự; chỉ ghi khi dòng đó có điểm tự đánh giá. Để trống thì giữ minh chứng đã lưu.",
            "5. Điểm thẩm định khác điểm tự đánh giá ở chỉ số nào thì ghi lý do ở cột 'Lý do điều chỉnh' (một lý do dùng chung cho các chỉ số đó).",
            "6. Lưu tệp dạng .xlsx, vào trang 'Nhập từ Excel', chọn năm và tải tệp lên. Nếu có lỗi, hệ thống liệt kê từng lỗi theo dòng và cột, và không lưu dòng nào; sửa xong tải lên lại.",
            "7. Tải lên lại cùng một tệp không tạo bản ghi trùng: công dân được nhận ra theo Số CCCD, hoặc theo họ tên, ngày/năm sinh và thôn.",
        ];
        foreach (var step in steps)
        {
            Put(1, step);
            sheet.Range(row, 1, row, 5).Merge();
            row++;
        }

        widths[0] = 0;
        row++;
        Put(1, "Cột", bold: true);
        Put(2, "Tên cột", bold: true);
        Put(3, "Cách ghi", bold: true);
        Put(4, "Ví dụ", bold: true);
        Header(row, 4);
        row++;
        for (var column = 1; column <= ImportColumns.Count; column++)
        {
            var (rule, example) = column switch
            {
                <= ImportColumns.Year => Guidance[column - 1],
                _ when ImportColumns.IsSelfScore(column) => ("Điểm tự đánh giá chỉ số " + ScorecardEvaluation.DisplayCode(ImportColumns.Headers[column - 1]) + ", từ 1 đến 10.", "8"),
                _ when ImportColumns.IsEvidenceNote(column) => ("Không bắt buộc. Minh chứng công dân nêu cho chỉ số " + ScorecardEvaluation.DisplayCode(IndicatorDefinition.Codes[column - ImportColumns.FirstEvidenceNote])
                    + $", tối đa {VietnameseFormat.Number(CitizenSheetRow.MaxEvidenceNoteLength)} ký tự. Chỉ ghi khi có điểm tự đánh giá; để trống thì giữ minh chứng đã lưu.", "Giấy chứng nhận hoàn thành lớp tin học cơ bản"),
                _ when ImportColumns.IsAppraisedScore(column) => ("Điểm thẩm định của chi hội chỉ số " + ScorecardEvaluation.DisplayCode(ImportColumns.Headers[column - 1]) + ", từ 1 đến 10.", "8"),
                _ => ("Bắt buộc khi điểm thẩm định khác điểm tự đánh giá.", "Chưa có minh chứng tham gia lớp tập huấn"),
            };
            Put(1, ImportSheetLayout.Letter(column));
            Put(2, ImportColumns.DisplayName(column));
            Put(3, rule);
            Put(4, example);
            row++;
        }

        row++;
        Put(1, "Nhóm", bold: true);
        Put(2, "Tên nhóm", bold: true);
        Put(3, "Đối tượng", bold: true);
        Header(row, 3);
        row++;
        foreach (var group in groups)
        {
            Put(1, group.Number);
            Put(2, group.Name);
            Put(3, group.Description);
            row++;
        }

        row++;
        Put(1, "Mã thôn", bold: true);
        Put(2, "Tên thôn", bold: true);
        Put(3, "Xã", bold: true);
        Header(row, 3);
        row++;
        IXLRange? names = null;
        if (villages.Count > 0)
        {
            var first = row;
            foreach (var village in villages)
            {
                Put(1, village.Code);
                Put(2, village.Name);
                Put(3, village.CommuneName);
                row++;
            }

            names = sheet.Range(first, 2, row - 1, 2);
        }
        else
        {
            Put(1, "Tài khoản chưa được giao thôn nào.");
        }

        row++;
        Put(1, $"Tệp mẫu tạo năm {year}. Cổng thông tin xây dựng xã hội học tập.");
        sheet.Cell(row, 1).Style.Font.Italic = true;

        for (var column = 1; column <= widths.Length; column++)
        {
            sheet.Column(column).Width = Math.Max(widths[column - 1], 8);
        }

        sheet.Column(3).Style.Alignment.WrapText = true;
        return names;

        void Header(int headerRow, int columns)
        {
            var range = sheet.Range(headerRow, 1, headerRow, columns);
            range.Style.Fill.BackgroundColor = ImportSheetStyle.HeaderFill;
            range.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        }
    }

    /// <summary>About one character per unit of Excel width, plus padding; Vietnamese diacritics add no width.</summary>
    private static double Width(params string[] texts) => Math.Max(6, texts.Max(t => t.Length) * 1.1 + 2);
}
