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

        private void WriteHeader()
        {
            var header = document.Header;
            int left = LeftColumns, right = left + 1;
            var lines = header.ParentBody is null
                ? new[] { (header.IssuingBody, true), (string.Empty, false) }
                : [(header.ParentBody, false), (header.IssuingBody, true)];
            Put(1, 1, left, lines[0].Item1, HeaderSize, bold: lines[0].Item2);
            Put(2, 1, left, lines[1].Item1, HeaderSize, bold: lines[1].Item2);
            Put(1, right, Columns, AdministrativeHeader.NationalName, HeaderSize, bold: true);
            Put(2, right, Columns, AdministrativeHeader.Motto, BodySize, bold: true).Style.Font.Underline = XLFontUnderlineValues.Single;
            Put(3, 1, left, header.DocumentNumber ?? string.Empty, BodySize);
            Put(3, right, Columns, header.PlaceAndDate ?? string.Empty, BodySize, italic: true);
            row = 5;
        }

        private void WriteTitle()
        {
            Put(row++, 1, Columns, document.Title, TitleSize, bold: true);
            foreach (var subtitle in document.Subtitles)
            {
                Put(row++, 1, Columns, subtitle, BodySize, italic: true);
            }

            row++;
        }

        private void WriteParagraph(ReportParagraph paragraph)
        {
            var range = Put(row++, 1, Columns, paragraph.Text, BodySize, paragraph.Bold, paragraph.Italic, paragraph.Alignment);
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

            foreach (var bodyRow in table.Rows)
            {
                foreach (var (cell, column) in table.PlaceCells(bodyRow))
                {
                    WriteBodyCell(table.Columns[column], cell, column + 1, column + cell.ColumnSpan, bodyRow.IsBold);
                }

                EnsureHeight(row, TableSize * 1.3 + 3);
                row++;
            }

            row++;
        }

        private void WriteBodyCell(ReportColumn column, ReportCell cell, int first, int last, bool total)
        {
            var range = sheet.Range(row, first, row, last);
            if (last > first)
            {
                range.Merge();
            }

            var target = sheet.Cell(row, first);
            switch (cell.Value)
            {
                case string text:
                    target.SetValue(CellText.Nfc(text));
                    range.Style.Alignment.WrapText = true;
                    EnsureHeight(row, EstimateHeight(text, Width(first, last), TableSize));
                    break;
                case long number:
                    target.SetValue(number);
                    break;
                case decimal number:
                    target.SetValue(number);
                    break;
            }

            if (cell.Value is long or decimal && NumberFormat(column.Kind) is { } format)
            {
                range.Style.NumberFormat.Format = format;
            }

            range.Style.Alignment.Horizontal = Horizontal(cell.Alignment ?? column.Alignment);
            range.Style.Font.Bold = total;
        }

        private void WriteFooter()
        {
            if (document.Signature is null && document.Recipients.Count == 0)
            {
                return;
            }

            var top = row;
            if (document.Recipients.Count > 0)
            {
                var left = LeftColumns;
                Put(row, 1, left, "Nơi nhận:", HeaderSize, bold: true, italic: true, ReportAlignment.Left);
                foreach (var recipient in document.Recipients)
                {
                    Put(++row, 1, left, "- " + recipient.TrimStart('-', ' '), RecipientsSize, alignment: ReportAlignment.Left);
                }
            }

            if (document.Signature is { } signature)
            {
                var r = top;
                foreach (var line in signature.AuthorityLines)
                {
                    Put(r++, LeftColumns + 1, Columns, line, BodySize, bold: true);
                }

                r += SignatureSpaceRows;
                Put(r, LeftColumns + 1, Columns, signature.SignerName, BodySize, bold: true);
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
            page.FitToPages(1, 0);
            page.CenterHorizontally = true;
            page.Margins.Top = 20 / MillimetresPerInch;
            page.Margins.Bottom = 20 / MillimetresPerInch;
            page.Margins.Left = 30 / MillimetresPerInch;
            page.Margins.Right = 15 / MillimetresPerInch;
            page.Margins.Header = 8 / MillimetresPerInch;
            page.Margins.Footer = 8 / MillimetresPerInch;
            page.Footer.Center.AddText("Trang ");
            page.Footer.Center.AddText(XLHFPredefinedText.PageNumber);
            page.Footer.Center.AddText("/");
            page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages);
            if (firstTableHeader is { } header)
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

        // Widths follow content: headers may wrap to about three lines, body text beyond 24 characters.
        // Columns no table uses (the sheet has at least four, for the header blocks) get a plain width.
        private static double[] ColumnWidths(ReportDocument document)
        {
            var tables = document.Body.Concat(document.Appendix).OfType<ReportTable>().ToList();
            var used = tables.Select(t => t.Columns.Count).DefaultIfEmpty(0).Max();
            var need = new double[Math.Max(4, used)];
            Array.Fill(need, 3, 0, used);
            Array.Fill(need, 10, used, need.Length - used);
            foreach (var table in tables)
            {
                foreach (var placed in table.HeaderCells.Where(p => p.Cell.ColumnSpan == 1))
                {
                    need[placed.Column] = Math.Max(need[placed.Column], HeaderNeed(placed.Cell.Text, 3));
                }

                foreach (var bodyRow in table.Rows)
                {
                    foreach (var (cell, column) in table.PlaceCells(bodyRow).Where(p => p.Cell.ColumnSpan == 1))
                    {
                        var text = CellText.Format(cell.Value, table.Columns[column].Kind, CellText.Vietnamese);
                        need[column] = Math.Max(need[column], Math.Min(text.Length, 24) + 1);
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

            return [.. need.Select(n => Math.Clamp((n * 1.1) + 2, 5, 40))];
        }

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
