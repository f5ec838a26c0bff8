namespace LearningSociety.Reporting;

/// <summary>How a column's values are stored and shown.</summary>
public enum ColumnKind
{
    /// <summary>Text; numbers in it are shown as they are.</summary>
    Text,

    /// <summary>Whole numbers with thousands separators.</summary>
    Integer,

    /// <summary>Numbers with one decimal.</summary>
    Decimal,

    /// <summary>Fractions (0.637) shown as percentages with one decimal (63,7%).</summary>
    Percent,
}

/// <summary>One column of a table.</summary>
public sealed record ReportColumn
{
    /// <summary>Creates a column.</summary>
    /// <param name="header">Header text, used when the table has no explicit header rows.</param>
    /// <param name="width">Width relative to the other columns (PDF); Excel widths come from content.</param>
    /// <param name="kind">How values are stored and shown.</param>
    /// <param name="alignment">Defaults to left for text and right for numbers.</param>
    public ReportColumn(string header, double width = 1, ColumnKind kind = ColumnKind.Text, ReportAlignment? alignment = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        Header = header;
        Width = width;
        Kind = kind;
        Alignment = alignment ?? (kind == ColumnKind.Text ? ReportAlignment.Left : ReportAlignment.Right);
    }

    /// <summary>Header text for a single-row header.</summary>
    public string Header { get; }

    /// <summary>Relative width.</summary>
    public double Width { get; }

    /// <summary>Value kind.</summary>
    public ColumnKind Kind { get; }

    /// <summary>Alignment of body cells.</summary>
    public ReportAlignment Alignment { get; }
}

/// <summary>A header cell that may span rows and columns, like an HTML th.</summary>
public sealed record ReportHeaderCell
{
    /// <summary>Creates a header cell.</summary>
    public ReportHeaderCell(string text, int rowSpan = 1, int columnSpan = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowSpan, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(columnSpan, 1);
        Text = text;
        RowSpan = rowSpan;
        ColumnSpan = columnSpan;
    }

    /// <summary>Header text.</summary>
    public string Text { get; }

    /// <summary>Number of header rows covered.</summary>
    public int RowSpan { get; }

    /// <summary>Number of columns covered.</summary>
    public int ColumnSpan { get; }

    /// <summary>A single-row, single-column cell.</summary>
    public static implicit operator ReportHeaderCell(string text) => new(text);
}

/// <summary>A body cell: text, a whole number, a decimal (a fraction in a percent column) or nothing.</summary>
public sealed record ReportCell
{
    // Takes object so the record's copy constructor never wins overload resolution through an implicit conversion.
    private ReportCell(object? value) => Value = value;

    /// <summary>A <see cref="string"/>, <see cref="long"/>, <see cref="decimal"/> or null.</summary>
    public object? Value { get; }

    /// <summary>Number of columns this cell covers, e.g. a totals label over STT and name.</summary>
    public int ColumnSpan { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(ColumnSpan)); } = 1;

    /// <summary>Overrides the column's alignment for this cell.</summary>
    public ReportAlignment? Alignment { get; init; }

    /// <summary>
    /// Overrides the column's kind for this cell, for a column whose rows measure different things (a target that is a
    /// rate in one row and a count in the next). Null keeps the column's kind.
    /// </summary>
    public ColumnKind? Kind { get; init; }

    /// <summary>How this cell's value is stored and shown in <paramref name="column"/>.</summary>
    public ColumnKind KindIn(ReportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return Kind ?? column.Kind;
    }

    /// <summary>An empty cell.</summary>
    public static ReportCell Empty { get; } = new((object?)null);

    /// <summary>A text cell.</summary>
    public static ReportCell Text(string? text) => new((object?)text);

    /// <summary>A whole-number cell.</summary>
    public static ReportCell Number(long value) => new((object)value);

    /// <summary>A decimal cell; in a percent column pass the fraction (0.637 for 63,7%).</summary>
    public static ReportCell Number(decimal value) => new((object)value);

    /// <summary>A copy of this cell spanning <paramref name="columns"/> columns.</summary>
    public ReportCell Spanning(int columns) => this with { ColumnSpan = columns };

    /// <summary>A copy of this cell stored and shown as <paramref name="kind"/> whatever its column's kind.</summary>
    public ReportCell As(ColumnKind kind) => this with { Kind = kind };

    /// <summary>Text cell.</summary>
    public static implicit operator ReportCell(string? text) => Text(text);

    /// <summary>Whole-number cell.</summary>
    public static implicit operator ReportCell(int value) => Number(value);

    /// <summary>Whole-number cell.</summary>
    public static implicit operator ReportCell(long value) => Number(value);

    /// <summary>Decimal cell.</summary>
    public static implicit operator ReportCell(decimal value) => Number(value);
}

/// <summary>A table body row.</summary>
public sealed record ReportRow
{
    /// <summary>Creates a row; a null cell is an empty cell.</summary>
    public ReportRow(params IEnumerable<ReportCell?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Cells = [.. cells.Select(c => c ?? ReportCell.Empty)];
    }

    /// <summary>Cells left to right; spans count towards the column total.</summary>
    public IReadOnlyList<ReportCell> Cells { get; }

    /// <summary>A totals row, drawn bold.</summary>
    public bool IsTotal { get; init; }

    /// <summary>
    /// A group heading ("I. Mục tiêu chung" over its rows), drawn bold; a page never ends with it: it goes to the next
    /// page with its first rows.
    /// </summary>
    public bool IsGroupHeading { get; init; }

    /// <summary>Drawn bold: a totals row or a group heading.</summary>
    public bool IsBold => IsTotal || IsGroupHeading;

    /// <summary>A totals row.</summary>
    public static ReportRow Total(params IEnumerable<ReportCell?> cells) => new(cells) { IsTotal = true };

    /// <summary>A group heading row.</summary>
    public static ReportRow Group(params IEnumerable<ReportCell?> cells) => new(cells) { IsGroupHeading = true };
}

/// <summary>A table with a possibly multi-row, merged header.</summary>
public sealed record ReportTable : ReportBlock
{
    /// <summary>Creates a table and checks that the header rows and body rows fit the columns.</summary>
    /// <param name="columns">The leaf columns, left to right.</param>
    /// <param name="rows">Body rows.</param>
    /// <param name="headerRows">Header rows placed like HTML: each cell takes the next column not covered by a row span
    /// from above. Null gives one header row from the column headers.</param>
    public ReportTable(IEnumerable<ReportColumn> columns, IEnumerable<ReportRow> rows, IEnumerable<IEnumerable<ReportHeaderCell>>? headerRows = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Columns = [.. columns];
        if (Columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        HeaderRows = headerRows is null
            ? [[.. Columns.Select(c => new ReportHeaderCell(c.Header))]]
            : [.. headerRows.Select(r => (IReadOnlyList<ReportHeaderCell>)[.. r])];
        Rows = [.. rows];
        HeaderCells = PlaceHeaderCells(HeaderRows, Columns.Count);
        foreach (var (row, index) in Rows.Select((r, i) => (r, i)))
        {
            var span = row.Cells.Sum(c => c.ColumnSpan);
            if (span > Columns.Count)
            {
                throw new ArgumentException($"Body row {index + 1} covers {span} columns; the table has {Columns.Count}.", nameof(rows));
            }
        }
    }

    /// <summary>Leaf columns.</summary>
    public IReadOnlyList<ReportColumn> Columns { get; }

    /// <summary>Header rows as given.</summary>
    public IReadOnlyList<IReadOnlyList<ReportHeaderCell>> HeaderRows { get; }

    /// <summary>Body rows; rows with fewer cells than columns are padded with empty cells.</summary>
    public IReadOnlyList<ReportRow> Rows { get; }

    /// <summary>Repeats the header rows at the top of every printed page.</summary>
    public bool RepeatHeaderOnEachPage { get; init; } = true;

    /// <summary>Header cells with their zero-based grid positions.</summary>
    public IReadOnlyList<PlacedHeaderCell> HeaderCells { get; }

    /// <summary>Body cells of a row with their zero-based start columns, padded to the full width.</summary>
    public IEnumerable<(ReportCell Cell, int Column)> PlaceCells(ReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var column = 0;
        foreach (var cell in row.Cells)
        {
            yield return (cell, column);
            column += cell.ColumnSpan;
        }

        for (; column < Columns.Count; column++)
        {
            yield return (ReportCell.Empty, column);
        }
    }

    private static PlacedHeaderCell[] PlaceHeaderCells(IReadOnlyList<IReadOnlyList<ReportHeaderCell>> rows, int columnCount)
    {
        var covered = new bool[rows.Count, columnCount];
        var placed = new List<PlacedHeaderCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in rows[r])
            {
                while (c < columnCount && covered[r, c])
                {
                    c++;
                }

                if (c + cell.ColumnSpan > columnCount || r + cell.RowSpan > rows.Count)
                {
                    throw new ArgumentException($"Header cell \"{cell.Text}\" in header row {r + 1} runs past the table's columns or header rows.");
                }

                for (var rr = r; rr < r + cell.RowSpan; rr++)
                {
                    for (var cc = c; cc < c + cell.ColumnSpan; cc++)
                    {
                        covered[rr, cc] = true;
                    }
                }

                placed.Add(new PlacedHeaderCell(cell, r, c));
                c += cell.ColumnSpan;
            }
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columnCount; c++)
            {
                if (!covered[r, c])
                {
                    throw new ArgumentException($"Header row {r + 1} leaves column {c + 1} uncovered.");
                }
            }
        }

        return [.. placed];
    }
}

/// <summary>A header cell at its zero-based header row and column.</summary>
public sealed record PlacedHeaderCell(ReportHeaderCell Cell, int Row, int Column);
