using ClosedXML.Excel;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Imports.Framework;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Universalization;

/// <summary>
/// The PCGD-XMC workbook district offices fill in: sheet "Số liệu PCGD-XMC" with one row per commune (the counts
/// already stored for the year filled in) and a guide sheet. <see cref="SurveyImporter"/> reads it back.
/// </summary>
public sealed class SurveyTemplate(AppDbContext db)
{
    /// <summary>The template for the year: one row per commune, with the counts already stored for that year.</summary>
    public async Task WriteAsync(Stream output, IReadOnlyList<SurveyImportCommune> communes, int year, CancellationToken cancellationToken)
    {
        var ids = communes.Select(c => c.Id).ToList();
        var surveys = await db.UniversalizationSurveys.AsNoTracking().Include(s => s.Figures)
            .Where(s => ids.Contains(s.UnitId) && s.Year == year).ToDictionaryAsync(s => s.UnitId, cancellationToken);

        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = "Times New Roman";
        workbook.Style.Font.FontSize = 12;
        var sheet = workbook.AddWorksheet(SurveyImportColumns.SheetName);
        var guide = workbook.AddWorksheet(SurveyImportColumns.GuideSheetName);

        WriteHeaders(sheet);
        var row = SurveyImportColumns.FirstDataRow;
        foreach (var commune in communes)
        {
            sheet.Cell(row, SurveyImportColumns.Code).SetValue(commune.Code);
            sheet.Cell(row, SurveyImportColumns.Name).SetValue(commune.Name);
            if (surveys.TryGetValue(commune.Id, out var survey))
            {
                foreach (var count in SurveyLayout.Counts)
                {
                    sheet.Cell(row, SurveyImportColumns.ColumnOf(count)).SetValue(survey[count]);
                }
            }

            row++;
        }

        var lastRow = Math.Max(row - 1, SurveyImportColumns.FirstDataRow) + 50;
        var counts = sheet.Range(SurveyImportColumns.FirstDataRow, SurveyImportColumns.FirstCount, lastRow, SurveyImportColumns.Count)
            .SetDataValidation();
        counts.WholeNumber.GreaterThan(-1);
        counts.ErrorStyle = XLErrorStyle.Stop;
        counts.ErrorTitle = "Số liệu";
        counts.ErrorMessage = "Nhập số nguyên không âm.";

        WriteGuide(guide, year, communes.Count);
        sheet.SetTabActive();
        workbook.SaveAs(output);
    }

    private static void WriteHeaders(IXLWorksheet sheet)
    {
        void Group(int first, int last, string title) => ImportSheetStyle.GroupHeader(sheet, SurveyImportColumns.GroupHeaderRow, first, last, title);

        Group(SurveyImportColumns.Code, SurveyImportColumns.Name, "Đơn vị");
        foreach (var group in SurveyLayout.Groups)
        {
            Group(SurveyImportColumns.ColumnOf(group.Counts[0]), SurveyImportColumns.ColumnOf(group.Counts[^1]), TargetText.StandardName(group.Standard));
        }

        for (var column = 1; column <= SurveyImportColumns.Count; column++)
        {
            sheet.Cell(SurveyImportColumns.HeaderRow, column).SetValue(SurveyImportColumns.Headers[column - 1]);
            sheet.Column(column).Width = column switch
            {
                SurveyImportColumns.Code => 12,
                SurveyImportColumns.Name => 24,
                _ => 16,
            };
        }

        ImportSheetStyle.StyleHeaders(sheet, SurveyImportColumns.GroupHeaderRow, SurveyImportColumns.HeaderRow, SurveyImportColumns.Count);
        sheet.Row(SurveyImportColumns.GroupHeaderRow).Height = 32;
        sheet.Row(SurveyImportColumns.HeaderRow).Height = 80;
        sheet.SheetView.Freeze(SurveyImportColumns.HeaderRow, SurveyImportColumns.Name);

        // Codes such as "00001" keep their leading zeros as text.
        sheet.Column(SurveyImportColumns.Code).Style.NumberFormat.Format = "@";
    }

    private static void WriteGuide(IXLWorksheet sheet, int year, int communes)
    {
        string[] lines =
        [
            $"HƯỚNG DẪN NHẬP SỐ LIỆU PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ NĂM {year}",
            string.Empty,
            $"1. Trang tính '{SurveyImportColumns.SheetName}' có sẵn một dòng cho mỗi xã ({communes} xã); không sửa mã đơn vị, không sửa hai dòng tiêu đề.",
            "2. Ghi 18 số liệu của mỗi xã theo số liệu trên Hệ thống thông tin quản lý PCGD-XMC của Bộ GD&ĐT. Mỗi ô là một số nguyên không âm.",
            "3. Số của một nhóm con không được lớn hơn số của cả nhóm (ví dụ số trẻ 5 tuổi đến trường không lớn hơn số trẻ 5 tuổi).",
            "4. Xã chưa có số liệu: để trống cả 18 ô, dòng đó được bỏ qua và số liệu cũ (nếu có) được giữ nguyên.",
            "5. Chọn năm điều tra và tải tệp lên. Nếu có lỗi, mọi lỗi được liệt kê theo dòng và cột và không xã nào được lưu; sửa xong tải lên lại.",
            "6. Mức độ đạt chuẩn được tính tự động theo Nghị định 20/2014/NĐ-CP; xã ĐBKK áp dụng ngưỡng dành cho xã ĐBKK.",
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            sheet.Cell(i + 1, 1).SetValue(lines[i]);
        }

        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Column(1).Width = 120;
    }
}
