namespace LearningSociety.Web.Features.Imports.Framework;

/// <summary>
/// The column map of one import sheet: its name, the header row, the first data row and the header of each column
/// (column 1 first). The template writer, the reader, the header check and the error messages all read it, so they
/// cannot drift apart.
/// </summary>
/// <param name="columnName">The name errors use for a column; the header unless given (score columns say their group).</param>
public sealed class ImportSheetLayout(string sheetName, int headerRow, int firstDataRow, IReadOnlyList<string> headers,
    Func<int, string>? columnName = null)
{
    public string SheetName { get; } = sheetName;

    public int HeaderRow { get; } = headerRow;

    public int FirstDataRow { get; } = firstDataRow;

    public IReadOnlyList<string> Headers { get; } = headers;

    /// <summary>The number of columns read.</summary>
    public int Count => Headers.Count;

    /// <summary>The name of a column in error messages, or null for none (a problem of the whole row or file).</summary>
    public string? ColumnName(int? column)
        => column is int c and >= 1 && c <= Count ? columnName?.Invoke(c) ?? Headers[c - 1] : null;

    /// <summary>The rows below the headers.</summary>
    internal IReadOnlyList<XlsxRow> DataRows(XlsxSheet sheet) => [.. sheet.Rows.Where(r => r.Number >= FirstDataRow)];

    /// <summary>
    /// Every column whose header cell differs from the layout's, compared by <paramref name="sameHeader"/> (actual, expected);
    /// a cell that is not text counts as empty. Empty when the sheet is the template's.
    /// </summary>
    internal IReadOnlyList<HeaderMismatch> HeaderMismatches(XlsxSheet sheet, Func<string, string, bool> sameHeader)
    {
        var header = sheet.Rows.FirstOrDefault(r => r.Number == HeaderRow);
        var mismatches = new List<HeaderMismatch>();
        for (var column = 1; column <= Count; column++)
        {
            var cell = header?[column] ?? XlsxCell.Empty;
            var actual = cell.Kind == XlsxCellKind.Text ? cell.Text.Trim() : string.Empty;
            if (!sameHeader(actual, Headers[column - 1]))
            {
                mismatches.Add(new HeaderMismatch(column, Headers[column - 1], actual));
            }
        }

        return mismatches;
    }

    /// <summary>Excel's column letter: 1 → A, 27 → AA.</summary>
    public static string Letter(int column)
    {
        var letters = string.Empty;
        while (column > 0)
        {
            var remainder = (column - 1) % 26;
            letters = (char)('A' + remainder) + letters;
            column = (column - 1) / 26;
        }

        return letters;
    }
}

/// <summary>A header cell that is not the template's: its column, the header expected and the text found (empty when none).</summary>
public sealed record HeaderMismatch(int Column, string Expected, string Actual)
{
    public string Letter => ImportSheetLayout.Letter(Column);
}
