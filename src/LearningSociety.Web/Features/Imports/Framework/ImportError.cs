namespace LearningSociety.Web.Features.Imports.Framework;

/// <summary>
/// One problem found in an uploaded file, at its sheet, row and column, with a Vietnamese message. <see cref="Row"/>
/// and <see cref="Column"/> are null for problems with the file as a whole (not an .xlsx, damaged, wrong headers).
/// </summary>
public sealed record ImportError(string? Sheet, int? Row, int? Column, string? ColumnName, string Message)
{
    public string? ColumnLetter => Column is int c ? ImportSheetLayout.Letter(c) : null;

    /// <summary>"Trang tính 'Danh sách', dòng 14, cột 'Số CCCD': Số CCCD phải gồm đúng 12 chữ số."</summary>
    public override string ToString()
    {
        var place = new List<string>();
        if (Sheet is not null)
        {
            place.Add($"Trang tính '{Sheet}'");
        }

        if (Row is not null)
        {
            place.Add($"dòng {Row}");
        }

        if (ColumnName is not null)
        {
            place.Add($"cột '{ColumnName}'");
        }

        return place.Count == 0 ? Message : $"{string.Join(", ", place)}: {Message}";
    }

    public static ImportError ForFile(string message) => new(null, null, null, null, message);
}

/// <summary>Collects the errors of one sheet once each, in the order found, and remembers which rows have any.</summary>
public sealed class ImportErrorList(string sheet, ImportSheetLayout layout)
{
    private readonly List<ImportError> _errors = [];
    private readonly HashSet<(int?, int?, string)> _seen = [];
    private readonly Dictionary<int, HashSet<int>> _columnsWithErrors = [];

    public IReadOnlyList<ImportError> Items => _errors;

    /// <summary>The sheet's name as the file spells it.</summary>
    public string Sheet { get; } = sheet;

    public int Count => _errors.Count;

    public void Add(int row, int? column, string message)
    {
        if (!_columnsWithErrors.TryGetValue(row, out var columns))
        {
            _columnsWithErrors[row] = columns = [];
        }

        columns.Add(column ?? 0);
        if (_seen.Add((row, column, message)))
        {
            _errors.Add(new ImportError(Sheet, row, column, layout.ColumnName(column), message));
        }
    }

    public bool HasErrors(int row) => _columnsWithErrors.ContainsKey(row);

    public bool HasErrorIn(int row, IEnumerable<int> columns)
        => _columnsWithErrors.TryGetValue(row, out var found) && columns.Any(found.Contains);

    /// <summary>Errors by row, then by column, as a person reads the sheet.</summary>
    public IReadOnlyList<ImportError> Sorted()
        => [.. _errors.OrderBy(e => e.Row ?? 0).ThenBy(e => e.Column ?? int.MaxValue)];
}
