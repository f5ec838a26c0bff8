using ClosedXML.Excel;

namespace LearningSociety.Web.Features.Imports.Framework;

/// <summary>How every import template looks and is sent: the same two header rows, the same content type.</summary>
public static class ImportSheetStyle
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    internal static readonly XLColor HeaderFill = XLColor.FromHtml("#DCE6F1");

    private static readonly XLColor GroupFill = XLColor.FromHtml("#B8CCE4");

    /// <summary>A title over a run of columns in the group row of an import template (merged when it spans several).</summary>
    public static void GroupHeader(IXLWorksheet sheet, int row, int first, int last, string title)
    {
        var range = sheet.Range(row, first, row, last);
        if (last > first)
        {
            range.Merge();
        }

        sheet.Cell(row, first).SetValue(title);
        range.Style.Fill.BackgroundColor = GroupFill;
    }

    /// <summary>The look shared by every import template's two header rows: bold, centred, wrapped, boxed, tinted.</summary>
    public static void StyleHeaders(IXLWorksheet sheet, int groupRow, int headerRow, int columns)
    {
        var headers = sheet.Range(groupRow, 1, headerRow, columns);
        headers.Style.Font.Bold = true;
        headers.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        headers.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        headers.Style.Alignment.WrapText = true;
        headers.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        headers.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        sheet.Range(headerRow, 1, headerRow, columns).Style.Fill.BackgroundColor = HeaderFill;
    }
}
