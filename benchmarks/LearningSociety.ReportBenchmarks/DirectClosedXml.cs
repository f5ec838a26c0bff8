using ClosedXML.Excel;
using LearningSociety.Reporting;

namespace LearningSociety.ReportBenchmarks;

/// <summary>
/// The yardstick for the Excel renderer (issue 11): the same document's table cells written with ClosedXML directly, the
/// quickest way ClosedXML allows — values cell by cell, styles once per range — with the styles the renderer gives them:
/// Times New Roman, 13 pt body and 11 pt tables, bold centred wrapped headers, thin borders inside and out, bold totals,
/// numbers as numbers with a format per column, merged cells where a cell spans columns. None of the renderer's work (no
/// header block, no layout, no page set-up). What the renderer costs above this is its own overhead.
/// </summary>
public static class DirectClosedXml
{
    public static (byte[] Content, int Cells) Write(ReportDocument document)
    {
        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = "Times New Roman";
        workbook.Style.Font.FontSize = 13;
        var sheet = workbook.AddWorksheet("Báo cáo");
        var row = 1;
        var cells = 0;
        foreach (var table in document.Body.OfType<ReportTable>())
        {
            var top = row;
            foreach (var placed in table.HeaderCells)
            {
                sheet.Cell(row + placed.Row, placed.Column + 1).Value = placed.Cell.Text;
                if (placed.Cell.RowSpan > 1 || placed.Cell.ColumnSpan > 1)
                {
                    sheet.Range(row + placed.Row, placed.Column + 1, row + placed.Row + placed.Cell.RowSpan - 1, placed.Column + placed.Cell.ColumnSpan).Merge();
                }

                cells++;
            }

            var header = sheet.Range(row, 1, row + table.HeaderRows.Count - 1, table.Columns.Count);
            header.Style.Font.Bold = true;
            header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            header.Style.Alignment.WrapText = true;
            row += table.HeaderRows.Count;
            var firstBodyRow = row;
            foreach (var line in table.Rows)
            {
                foreach (var (cell, column) in table.PlaceCells(line))
                {
                    var target = sheet.Cell(row, column + 1);
                    switch (cell.Value)
                    {
                        case long number:
                            target.Value = number;
                            break;
                        case decimal number:
                            target.Value = number;
                            break;
                        case { } other:
                            target.Value = other.ToString();
                            break;
                    }

                    if (cell.ColumnSpan > 1)
                    {
                        sheet.Range(row, column + 1, row, column + cell.ColumnSpan).Merge();
                    }

                    cells++;
                }

                if (line.IsTotal)
                {
                    sheet.Range(row, 1, row, table.Columns.Count).Style.Font.Bold = true;
                }

                row++;
            }

            for (var c = 0; c < table.Columns.Count && row > firstBodyRow; c++)
            {
                var column = sheet.Range(firstBodyRow, c + 1, row - 1, c + 1);
                var numeric = table.Columns[c].Kind != ColumnKind.Text;
                column.Style.Alignment.Horizontal = numeric ? XLAlignmentHorizontalValues.Right : XLAlignmentHorizontalValues.Left;
                if (numeric)
                {
                    column.Style.NumberFormat.Format = "#,##0.##";
                }
            }

            var whole = sheet.Range(top, 1, row - 1, table.Columns.Count);
            whole.Style.Font.FontSize = 11;
            whole.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            whole.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
            row++;
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return (output.ToArray(), cells);
    }
}
