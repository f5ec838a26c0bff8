using ClosedXML.Excel;

namespace LearningSociety.Reporting;

/// <summary>Renders a report to one worksheet with real numbers, merged headers and A4 print setup.</summary>
public sealed class ExcelReportRenderer : IReportRenderer
{
    /// <inheritdoc/>
    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <inheritdoc/>
    public string FileExtension => ".xlsx";

    /// <inheritdoc/>
    public void Render(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = SheetWriter.FontName;
        workbook.Style.Font.FontSize = SheetWriter.BodySize;
        new SheetWriter(workbook.AddWorksheet("Báo cáo"), document).Write();

        // Totals are SUM formulas written without a stored result: every spreadsheet program computes them on opening.
        workbook.FullCalculationOnLoad = true;
        workbook.SaveAs(output);
    }

    private sealed class SheetWriter(IXLWorksheet sheet, ReportDocument document)
    {
        public const string FontName = "Times New Roman";
        public const double BodySize = 13;
        private const double HeaderSize = 12;
        private const double TitleSize = 14;
        private const double TableSize = 11;
        private const double RecipientsSize = 11;
        private const int SignatureSpaceRows = 4;
        private const double MillimetresPerInch = 25.4;

        private readonly double[] widths = ColumnWidths(document);
        private int row = 1;
        private (int First, int Last)? firstTableHeader;

        private int Columns => widths.Length;

        // The left block takes about 40% of the printed width, as in the ND30 header layout.
        private int LeftColumns
        {
            get
            {
                var total = widths.Sum();
                var sum = 0.0;
                for (var k = 1; k < Columns; k++)
                {
                    sum += widths[k - 1];
                    if (sum >= total * 0.4)
                    {
                        return k;
                    }
                }

                return Columns - 1;
            }
        }

        public void Write()
        {
            for (var c = 0; c < Columns; c++)
            {
                sheet.Column(c + 1).Width = widths[c];
            }

            WriteHeader();
            WriteTitle();
            foreach (var block in document.Body)
            {
                WriteBlock(block);
            }

            WriteFooter();
            if (document.Appendix.Count > 0)
            {
                // The annex starts on a new printed page, as in the PDF.
                sheet.PageSetup.AddHorizontalPageBreak(row);
                row++;
                foreach (var block in document.Appendix)
                {
                    WriteBlock(block);
                }
            }

            SetUpPage();
        }

        private void WriteBlock(ReportBlock block)
        {
            switch (block)
            {
                case ReportParagraph paragraph:
                    WriteParagraph(paragraph);
                    break;
                case ReportTable table:
                    WriteTable(table);
                    break;
                default:
                    throw new NotSupportedException($"Unknown report block {block.GetType().Name}.");
            }
        }

        // ND30 Phụ lục I: the superior body (if any) in regular type over the issuer in bold, each line of the
        // model's text on its own row; the national name over the motto on the right; number and date under both.
        private void WriteHeader()
        {
            var header = document.Header;
            int left = LeftColumns, right = left + 1;
            var lines = header.ParentLines.Select(l => (Text: l, Bold: false)).Concat(header.IssuerLines.Select(l => (Text: l, Bold: true))).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                var cell = Put(1 + i, 1, left, lines[i].Text, HeaderSize, bold: lines[i].Bold);
                if (i == lines.Count - 1)
                {
                    // The rule under the issuer (ND30 Phụ lục I), as the motto's: a sheet has no free-standing short line.
                    cell.Style.Font.Underline = XLFontUnderlineValues.Single;
                }
            }

            Put(1, right, Columns, AdministrativeHeader.NationalName, HeaderSize, bold: true);
            Put(2, right, Columns, AdministrativeHeader.Motto, BodySize, bold: true).Style.Font.Underline = XLFontUnderlineValues.Single;
            var numberRow = Math.Max(2, lines.Count) + 1;
            Put(numberRow, 1, left, header.DocumentNumber ?? string.Empty, BodySize);
            Put(numberRow, right, Columns, header.PlaceAndDate ?? string.Empty, BodySize, italic: true);
            row = numberRow + 2;
        }

        private void WriteTitle()
        {
            Put(row++, 1, Columns, document.Title, TitleSize, bold: true);
            if (document.Abstract is { } summary)
            {
                Put(row++, 1, Columns, summary, TitleSize, bold: true);
            }

            foreach (var subtitle in document.Subtitles)
            {
                Put(row++, 1, Columns, subtitle, BodySize, italic: true);
            }

            row++;
        }

        private void WriteParagraph(ReportParagraph paragraph)
        {
            var text = paragraph.Lead is { Length: > 0 } lead ? lead + " " + paragraph.Text : paragraph.Text;
            var range = Put(row++, 1, Columns, text, BodySize, paragraph.Bold, paragraph.Italic, paragraph.Alignment);
            if (paragraph.Lead is { Length: > 0 } bold)
            {
                // "Điều 1." bold, the article's text as the paragraph sets it.
                var cell = sheet.Cell(row - 1, 1);
                cell.Value = string.Empty;
                cell.RichText.AddText(CellText.Nfc(bold + " ")).SetBold(true);
                cell.RichText.AddText(CellText.Nfc(paragraph.Text)).SetBold(paragraph.Bold);
            }

            // Excel indents whole cells, and only left- or right-aligned ones; a first-line indent has no equivalent.
            if (paragraph.FirstLineIndent && paragraph.Alignment is ReportAlignment.Left or ReportAlignment.Right)
            {
                range.Style.Alignment.Indent = 1;
            }
        }

        private void WriteTable(ReportTable table)
        {
            if (row > 1 && !sheet.Row(row - 1).IsEmpty())
            {
                row++;
            }

            var top = row;
            var headerRows = table.HeaderRows.Count;
            var columns = table.Columns.Count;
            var whole = sheet.Range(top, 1, top + headerRows + table.Rows.Count - 1, columns);
            whole.Style.Font.FontSize = TableSize;
            whole.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
            whole.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            whole.Style.Border.InsideBorder = XLBorderStyleValues.Thin;

            foreach (var placed in table.HeaderCells)
            {
                int r0 = top + placed.Row, c0 = placed.Column + 1;
                int r1 = r0 + placed.Cell.RowSpan - 1, c1 = c0 + placed.Cell.ColumnSpan - 1;
                var range = sheet.Range(r0, c0, r1, c1);
                if (r1 > r0 || c1 > c0)
                {
                    range.Merge();
                }

                sheet.Cell(r0, c0).SetValue(CellText.Nfc(placed.Cell.Text));
                range.Style.Font.Bold = true;
                range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                range.Style.Alignment.WrapText = true;
                var height = EstimateHeight(placed.Cell.Text, Width(c0, c1), TableSize) / placed.Cell.RowSpan;
                for (var r = r0; r <= r1; r++)
                {
                    EnsureHeight(r, height);
                }
            }

            row = top + headerRows;
            firstTableHeader ??= (top, row - 1);
            if (table.RepeatHeaderOnEachPage && firstTableHeader.Value.First == top)
            {
                sheet.PageSetup.SetRowsToRepeatAtTop(top, row - 1);
            }

            var firstBodyRow = row;
            if (table.Rows.Count > 0)
            {
                // Styles go on whole columns and rows (one style change per range, not per cell: ClosedXML's cost is per
                // change); WriteBodyCell only sets what differs from its column.
                var lastBodyRow = firstBodyRow + table.Rows.Count - 1;
                for (var c = 0; c < columns; c++)
                {
                    var column = table.Columns[c];
                    var body = sheet.Range(firstBodyRow, c + 1, lastBodyRow, c + 1);
                    body.Style.Alignment.Horizontal = Horizontal(column.Alignment);
                    if (NumberFormat(column.Kind) is { } format)
                    {
                        body.Style.NumberFormat.Format = format;
                    }
                    else if (column.Kind == ColumnKind.Text)
                    {
                        body.Style.Alignment.WrapText = true;
                    }
                }

                foreach (var (bodyRow, index) in table.Rows.Select((r, i) => (r, i)).Where(x => x.r.IsBold))
                {
                    sheet.Range(firstBodyRow + index, 1, firstBodyRow + index, columns).Style.Font.Bold = true;
                }
            }

            foreach (var (bodyRow, index) in table.Rows.Select((r, i) => (r, i)))
            {
                foreach (var (cell, column) in table.PlaceCells(bodyRow))
                {
                    WriteBodyCell(table.Columns[column], cell, column + 1, column + cell.ColumnSpan);
                    if (bodyRow.IsTotal && SumOfRowsAbove(table, index, column, cell) is { } sum)
                    {
                        // The total stays right when someone corrects a figure above it.
                        var totalCell = sheet.Cell(row, column + 1);
                        totalCell.FormulaA1 = $"SUM({sheet.Cell(firstBodyRow + sum.First, column + 1).Address}:{sheet.Cell(firstBodyRow + sum.Last, column + 1).Address})";
                    }
                }

                EnsureHeight(row, TableSize * 1.3 + 3);
                row++;
            }

            row++;
        }

        /// <summary>
        /// The rows a totals cell adds up, when it is a whole number equal to the sum of the list rows above it since the
        /// previous totals row (rates and averages are not sums and stay values).
        /// </summary>
        private static (int First, int Last)? SumOfRowsAbove(ReportTable table, int totalsIndex, int column, ReportCell cell)
        {
            if (cell.ColumnSpan != 1 || cell.Value is not long total || table.Columns[column].Kind != ColumnKind.Integer)
            {
                return null;
            }

            var first = totalsIndex;
            while (first > 0 && !table.Rows[first - 1].IsTotal)
            {
                first--;
            }

            if (first == totalsIndex)
            {
                return null;
            }

            long sum = 0;
            for (var r = first; r < totalsIndex; r++)
            {
                var (value, _) = table.PlaceCells(table.Rows[r]).First(p => p.Column <= column && column < p.Column + p.Cell.ColumnSpan);
                if (value.ColumnSpan == 1 && value.Value is long n)
                {
                    sum += n;
                }
                else if (value.Value is not null && !table.Rows[r].IsGroupHeading)
                {
                    return null;
                }
            }

            return sum == total ? (first, totalsIndex - 1) : null;
        }

        /// <summary>The cell's value, its merge, and the styles in which it differs from its column (set by WriteTable).</summary>
        private void WriteBodyCell(ReportColumn column, ReportCell cell, int first, int last)
        {
            var target = sheet.Cell(row, first);
            IXLRange? range = null;
            if (last > first)
            {
                range = sheet.Range(row, first, row, last);
                range.Merge();
            }

            switch (cell.Value)
            {
                case string text:
                    target.SetValue(CellText.Nfc(text));
                    if (column.Kind != ColumnKind.Text)
                    {
                        (range ?? target.AsRange()).Style.Alignment.WrapText = true;
                    }

                    EnsureHeight(row, EstimateHeight(text, Width(first, last), TableSize));
                    break;
                case long number:
                    target.SetValue(number);
                    break;
                case decimal number:
                    target.SetValue(number);
                    break;
            }

            if (cell.Alignment is { } alignment && alignment != column.Alignment)
            {
                (range ?? target.AsRange()).Style.Alignment.Horizontal = Horizontal(alignment);
            }

            if (cell.Kind is { } kind && kind != column.Kind && cell.Value is long or decimal)
            {
                (range ?? target.AsRange()).Style.NumberFormat.Format = NumberFormat(kind) ?? "General";
            }
        }

        private void WriteFooter()
        {
            if (document.Signature is null && document.LeftSignature is null && document.Recipients.Count == 0)
            {
                return;
            }

            var top = row;
            if (document.LeftSignature is null && document.Recipients.Count > 0)
            {
                var left = LeftColumns;
                Put(row, 1, left, "Nơi nhận:", HeaderSize, bold: true, italic: true, ReportAlignment.Left);
                foreach (var recipient in document.Recipients)
                {
                    Put(++row, 1, left, "- " + recipient.TrimStart('-', ' '), RecipientsSize, alignment: ReportAlignment.Left);
                }
            }

            // A biên bản's two signers (thư ký on the left, chủ trì on the right) sign on one line.
            var authorityRows = Math.Max(document.LeftSignature?.AuthorityLines.Count ?? 0, document.Signature?.AuthorityLines.Count ?? 0);
            foreach (var (signature, first, last) in new[] { (document.LeftSignature, 1, LeftColumns), (document.Signature, LeftColumns + 1, Columns) })
            {
                if (signature is null)
                {
                    continue;
                }

                var r = top;
                foreach (var line in signature.AuthorityLines)
                {
                    Put(r++, first, last, line, BodySize, bold: true);
                }

                r = top + authorityRows + SignatureSpaceRows;
                Put(r, first, last, signature.SignerName, BodySize, bold: true);
                row = Math.Max(row, r);
            }

            row++;
        }

        private void SetUpPage()
        {
            var page = sheet.PageSetup;
            page.PaperSize = XLPaperSize.A4Paper;
            page.PageOrientation = document.Orientation == PageOrientation.Landscape
                ? XLPageOrientation.Landscape
                : XLPageOrientation.Portrait;
            page.CenterHorizontally = true;
            page.Margins.Top = 20 / MillimetresPerInch;
            page.Margins.Bottom = 20 / MillimetresPerInch;
            page.Margins.Left = 30 / MillimetresPerInch;
            page.Margins.Right = 15 / MillimetresPerInch;
            page.Margins.Header = 8 / MillimetresPerInch;
            page.Margins.Footer = 8 / MillimetresPerInch;

            // Columns are sized to the printable width (ColumnWidths), so the page prints at 100 % (at least 90 %) with
            // 13 pt text and 11 pt tables instead of being shrunk to one page wide.
            page.Scale = PrintScale(widths, document.Orientation);

            // Page numbers as the PDF has them (Nghị định 30/2020/NĐ-CP, Phụ lục I): the bare number centred at the top,
            // none on the first page.
            page.DifferentFirstPageOnHF = true;
            page.Header.Center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.OddPages);
            page.Header.Center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.EvenPages);

            // Rows stay frozen only above a table's own header and only when they fit on a screen with room to scroll;
            // a table further down the sheet would freeze the whole screen, so it gets none.
            if (firstTableHeader is { } header && Enumerable.Range(1, header.Last).Sum(r => sheet.Row(r).Height) <= MaxFrozenHeight)
            {
                sheet.SheetView.FreezeRows(header.Last);
            }
        }

        private IXLRange Put(int r, int first, int last, string text, double size, bool bold = false, bool italic = false,
            ReportAlignment alignment = ReportAlignment.Center)
        {
            var range = sheet.Range(r, first, r, last);
            if (last > first)
            {
                range.Merge();
            }

            sheet.Cell(r, first).SetValue(CellText.Nfc(text));
            range.Style.Font.FontSize = size;
            range.Style.Font.Bold = bold;
            range.Style.Font.Italic = italic;
            range.Style.Alignment.Horizontal = Horizontal(alignment);
            range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
            range.Style.Alignment.WrapText = true;
            EnsureHeight(r, EstimateHeight(text, Width(first, last), size));
            return range;
        }

        private double Width(int first, int last) => widths[(first - 1)..last].Sum();

        private void EnsureHeight(int r, double points)
        {
            var xlRow = sheet.Row(r);
            if (xlRow.Height < points)
            {
                xlRow.Height = points;
            }
        }

        // Excel cannot auto-fit merged or wrapped cells and AdjustToContents needs libgdiplus, so
        // heights are estimated: one width unit holds about one character of an 11 pt font.
        private static double EstimateHeight(string text, double widthUnits, double size)
        {
            var charsPerLine = Math.Max(1, widthUnits * 11 / size);
            var lines = text.Split('\n').Sum(part => Math.Max(1, Math.Ceiling(part.Length / charsPerLine)));
            return lines * size * 1.3 + 3;
        }

        // Sheet column widths are in digits of the Normal font (Times New Roman 13 pt: about 9 px at 96 dpi) plus
        // 5 px of padding. The printable width is A4 less the ND30 margins (30 mm left, 15 mm right).
        private const double PixelsPerWidthUnit = 9;
        private const double ColumnPaddingPixels = 5;
        private const double PrintablePortraitPixels = (210 - 45) / MillimetresPerInch * 96;
        private const double PrintableLandscapePixels = (297 - 45) / MillimetresPerInch * 96;
        private const int MinimumScale = 90;

        // About two thirds of the sheet area of a 1366 × 768 laptop screen: rows frozen above a table leave room to scroll.
        private const double MaxFrozenHeight = 300;

        private static double PrintableUnits(PageOrientation orientation, int columns)
            => (((orientation == PageOrientation.Landscape ? PrintableLandscapePixels : PrintablePortraitPixels) / PixelsPerWidthUnit)
                - (columns * ColumnPaddingPixels / PixelsPerWidthUnit));

        /// <summary>
        /// 100 % when the columns fit the printable width, else the scale that makes them fit: 90 % or more whenever
        /// <see cref="ColumnWidths"/> could get them there, lower only for a table whose words alone are wider.
        /// </summary>
        private static int PrintScale(double[] widths, PageOrientation orientation)
        {
            var fit = PrintableUnits(orientation, widths.Length) / widths.Sum();
            return fit >= 1 ? 100 : Math.Max(10, (int)Math.Floor(fit * 100));
        }

        // Widths follow content (headers may wrap to about three lines, body text beyond 24 characters) and are then
        // fitted to the printable width: text columns give up room down to their longest word, so the sheet prints
        // at 100 % (or at least 90 %) instead of being shrunk to fit. Without tables, the columns share the width.
        private static double[] ColumnWidths(ReportDocument document)
        {
            var tables = document.Body.Concat(document.Appendix).OfType<ReportTable>().ToList();
            var used = tables.Select(t => t.Columns.Count).DefaultIfEmpty(0).Max();
            var count = Math.Max(4, used);
            // The widest the columns may be and still print at 90 % (a hair under, so rounding keeps it 90).
            var units = PrintableUnits(document.Orientation, count) / (MinimumScale + 0.5) * 100;
            var need = new double[count];
            var least = new double[count];
            Array.Fill(need, 3, 0, used);
            Array.Fill(least, 1, 0, used);
            foreach (var table in tables)
            {
                foreach (var placed in table.HeaderCells.Where(p => p.Cell.ColumnSpan == 1))
                {
                    need[placed.Column] = Math.Max(need[placed.Column], HeaderNeed(placed.Cell.Text, 3));
                    least[placed.Column] = Math.Max(least[placed.Column], LongestWord(placed.Cell.Text));
                }

                foreach (var bodyRow in table.Rows)
                {
                    foreach (var (cell, column) in table.PlaceCells(bodyRow).Where(p => p.Cell.ColumnSpan == 1))
                    {
                        var text = CellText.Format(cell.Value, cell.KindIn(table.Columns[column]), CellText.Vietnamese);
                        need[column] = Math.Max(need[column], Math.Min(text.Length, 24) + 1);
                        least[column] = Math.Max(least[column], cell.Value is string ? LongestWord(text) : text.Length);
                    }
                }

                foreach (var placed in table.HeaderCells.Where(p => p.Cell.ColumnSpan > 1))
                {
                    var span = need.AsSpan(placed.Column, placed.Cell.ColumnSpan);
                    var missing = HeaderNeed(placed.Cell.Text, 2) - Sum(span);
                    for (var i = 0; i < span.Length && missing > 0; i++)
                    {
                        span[i] += missing / span.Length;
                    }
                }
            }

            if (used == 0)
            {
                return [.. Enumerable.Repeat(PrintableUnits(document.Orientation, count) / count, count)];
            }

            // Table text is 11 pt against the 13 pt digits the width is counted in: an 11 pt character takes about 0.85 of
            // a unit, plus room for the cell's margins.
            var wished = need.Select((n, i) => i < used ? Math.Clamp((n * 0.95) + 1.5, 4, 40) : 4).ToArray();
            var floor = least.Select((n, i) => i < used ? Math.Min(wished[i], Math.Clamp((n * 0.85) + 1.5, 3, 40)) : 3).ToArray();
            var budget = PrintableUnits(document.Orientation, count);
            if (wished.Sum() <= budget)
            {
                return wished;
            }

            // Shrink the columns with room to spare, in proportion, to the full width if possible, else to 90 % of it.
            var target = floor.Sum() <= budget ? budget : Math.Min(units, wished.Sum());
            var slack = wished.Zip(floor, (w, f) => w - f).Sum();
            var cut = Math.Min(slack, wished.Sum() - target);
            return [.. wished.Zip(floor, (w, f) => slack <= 0 ? w : w - ((w - f) * cut / slack))];
        }

        private static double LongestWord(string text) => text.Split(' ', '\n').Max(w => w.Length);

        private static double HeaderNeed(string text, int lines) =>
            Math.Max(text.Split(' ', '\n').Max(w => w.Length), Math.Ceiling(text.Length / (double)lines));

        private static double Sum(Span<double> values)
        {
            var sum = 0.0;
            foreach (var v in values)
            {
                sum += v;
            }

            return sum;
        }

        private static string? NumberFormat(ColumnKind kind) => kind switch
        {
            ColumnKind.Integer => "#,##0",
            ColumnKind.Decimal => "#,##0.0",
            ColumnKind.Percent => "0.0%",
            _ => null,
        };

        private static XLAlignmentHorizontalValues Horizontal(ReportAlignment alignment) => alignment switch
        {
            ReportAlignment.Center => XLAlignmentHorizontalValues.Center,
            ReportAlignment.Right => XLAlignmentHorizontalValues.Right,
            ReportAlignment.Justify => XLAlignmentHorizontalValues.Justify,
            _ => XLAlignmentHorizontalValues.Left,
        };
    }
}
