using System.Globalization;
using DocumentFormat.OpenXml;
using LearningSociety.Domain;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LearningSociety.Web.Features.Imports.Framework;

/// <summary>The file cannot be read as a workbook at all; the message is Vietnamese and meant for the user.</summary>
public sealed class XlsxFormatException(string message) : Exception(message);

internal enum XlsxCellKind
{
    Empty,
    Text,
    Number,
    Boolean,
    Error,
}

/// <summary>One cell as stored: text (shared, inline or formula result), a number (dates are serial numbers) or an error.</summary>
internal readonly record struct XlsxCell(XlsxCellKind Kind, string Text, double Number)
{
    public static readonly XlsxCell Empty = new(XlsxCellKind.Empty, string.Empty, 0);

    public bool IsBlank => Kind == XlsxCellKind.Empty || (Kind == XlsxCellKind.Text && string.IsNullOrWhiteSpace(Text));
}

/// <summary>A non-empty row: its 1-based number in the sheet and its first N cells.</summary>
internal sealed record XlsxRow(int Number, XlsxCell[] Cells)
{
    public XlsxCell this[int column] => Cells[column - 1];
}

internal sealed record XlsxSheet(string Name, IReadOnlyList<XlsxRow> Rows);

/// <summary>
/// Reads one worksheet with the Open XML SDK's forward-only reader: a row at a time, values as stored.
/// ClosedXML would build a full object model of the workbook, several hundred megabytes for 10,000
/// rows; this keeps only the cells the import needs.
/// </summary>
internal static class XlsxSheetReader
{
    public const string Corrupt = "Tệp Excel bị hỏng hoặc không đúng định dạng .xlsx nên không đọc được. "
        + "Hãy mở tệp bằng Excel, chọn Lưu thành → Sổ làm việc Excel (.xlsx) rồi tải lên lại.";

    private const int MaxSharedStrings = 2_000_000;

    /// <summary>
    /// Reads the sheet named by <paramref name="layout"/> (or the first sheet when no sheet has that name), its
    /// columns only; more than <paramref name="maxRows"/> data rows (below the header rows) refuse the file.
    /// </summary>
    /// <exception cref="XlsxFormatException">Not an .xlsx, damaged, too large; the message is meant for the user.</exception>
    public static XlsxSheet Read(Stream stream, ImportSheetLayout layout, int maxRows)
    {
        var (sheetName, columns) = (layout.SheetName, layout.Count);
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        EnsureZip(stream);
        try
        {
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = 200_000_000 });
            var workbookPart = document.WorkbookPart ?? throw new XlsxFormatException(Corrupt);
            var sheets = workbookPart.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sheet = sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), sheetName, StringComparison.OrdinalIgnoreCase))
                ?? sheets.FirstOrDefault()
                ?? throw new XlsxFormatException("Tệp Excel không có trang tính nào.");
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart worksheetPart)
            {
                throw new XlsxFormatException($"Trang tính '{sheet.Name?.Value}' không chứa dữ liệu dạng bảng.");
            }

            var shared = ReadSharedStrings(workbookPart.SharedStringTablePart);
            return new XlsxSheet(sheet.Name?.Value ?? sheetName, ReadRows(worksheetPart, shared, columns, maxRows, layout.FirstDataRow));
        }
        catch (Exception e) when (e is not XlsxFormatException and not OperationCanceledException and not OutOfMemoryException)
        {
            // Package, zip and XML errors from a damaged or hand-made file all mean the same to the user.
            throw new XlsxFormatException(Corrupt);
        }
    }

    private static void EnsureZip(Stream stream)
    {
        Span<byte> head = stackalloc byte[4];
        var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read == 4 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
        {
            throw new XlsxFormatException("Đây là tệp Excel 97–2003 (.xls) hoặc tệp đã đặt mật khẩu. "
                + "Hãy mở bằng Excel, bỏ mật khẩu nếu có, lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi tải lên lại.");
        }

        if (read < 4 || head[0] != (byte)'P' || head[1] != (byte)'K')
        {
            throw new XlsxFormatException("Tệp tải lên không phải là tệp Excel .xlsx. Vui lòng dùng tệp mẫu tải về từ trang này.");
        }
    }

    private static List<string> ReadSharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                if (strings.Count >= MaxSharedStrings)
                {
                    throw new XlsxFormatException("Tệp có quá nhiều nội dung văn bản; vui lòng chia nhỏ tệp.");
                }

                strings.Add(TextOf((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }

        return strings;
    }

    /// <summary>Plain text or the runs of rich text, without phonetic guides.</summary>
    private static string TextOf(OpenXmlElement item)
    {
        if (item.GetFirstChild<Text>() is { } text)
        {
            return text.Text;
        }

        return string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
    }

    private static List<XlsxRow> ReadRows(WorksheetPart part, List<string> shared, int columns, int maxRows, int firstDataRow)
    {
        var rows = new List<XlsxRow>();
        var previousRow = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index ? (int)index : previousRow + 1;
            previousRow = number;

            var cells = new XlsxCell[columns];
            Array.Fill(cells, XlsxCell.Empty);
            var previousColumn = 0;
            var any = false;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : previousColumn + 1;
                previousColumn = column;
                if (column < 1 || column > columns)
                {
                    continue;
                }

                var value = ValueOf(cell, shared);
                cells[column - 1] = value;
                any |= !value.IsBlank;
            }

            if (!any)
            {
                continue;
            }

            // Header rows are not counted; maxRows limits the data rows.
            if (rows.Count >= maxRows + firstDataRow - 1)
            {
                throw new XlsxFormatException(
                    $"Tệp có hơn {VietnameseFormat.Number(maxRows)} dòng dữ liệu; vui lòng chia thành nhiều tệp nhỏ hơn.");
            }

            rows.Add(new XlsxRow(number, cells));
        }

        return rows;
    }

    private static XlsxCell ValueOf(Cell cell, List<string> shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? new XlsxCell(XlsxCellKind.Text, TextOf(inline), 0) : XlsxCell.Empty;
        }

        var raw = cell.CellValue?.Text;
        if (string.IsNullOrEmpty(raw))
        {
            return XlsxCell.Empty;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < shared.Count
                ? new XlsxCell(XlsxCellKind.Text, shared[index], 0)
                : throw new XlsxFormatException(Corrupt);
        }

        if (type == CellValues.String || type == CellValues.Date)
        {
            // "str" is a formula's text result; "d" is an ISO 8601 date written by some tools.
            return new XlsxCell(XlsxCellKind.Text, raw, 0);
        }

        if (type == CellValues.Boolean)
        {
            return new XlsxCell(XlsxCellKind.Boolean, raw, raw == "1" ? 1 : 0);
        }

        if (type == CellValues.Error)
        {
            return new XlsxCell(XlsxCellKind.Error, raw, 0);
        }

        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new XlsxCell(XlsxCellKind.Number, raw, number)
            : new XlsxCell(XlsxCellKind.Text, raw, 0);
    }

    /// <summary>"AB12" → 28.</summary>
    internal static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                column = (column * 26) + (c - 'a' + 1);
            }
            else
            {
                break;
            }

            if (column > 16_384)
            {
                return -1;
            }
        }

        return column;
    }
}
