using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LearningSociety.Reporting;

/// <summary>
/// Renders a report to a Word document (.docx) an official edits before signing: the same model and the same ND30
/// layout as the PDF (Nghị định 30/2020/NĐ-CP, Phụ lục I) — header block with its rules, title and trích yếu, body,
/// tables with repeated headers, signature and "Nơi nhận", annex on a new page, page numbers from the second page.
/// </summary>
public sealed class WordReportRenderer : IReportRenderer
{
    /// <inheritdoc/>
    public string ContentType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <inheritdoc/>
    public string FileExtension => ".docx";

    /// <inheritdoc/>
    public void Render(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        // The package is written to a seekable buffer: a response stream is not.
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body());
            new DocumentWriter(document, main).Write();
            main.Document.Save();
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private sealed class DocumentWriter(ReportDocument document, MainDocumentPart main)
    {
        // Sizes in half-points and lengths in twentieths of a point, as WordprocessingML counts them.
        private const string FontName = "Times New Roman";
        private const int BodySize = 26;
        private const int HeaderSize = 24;
        private const int TitleSize = 28;
        private const int TableSize = 22;
        private const int RecipientsSize = 22;
        private const int TwipsPerMillimetre = 1440 * 10 / 254;
        private const int A4Short = 11906;
        private const int A4Long = 16838;
        private const int FirstLineIndent = 567; // 1 cm
        private const int ParagraphAfter = 120; // 6 pt
        private const double HeaderLeftShare = 0.45;

        private readonly Body body = main.Document.Body!;

        private bool Landscape => document.Orientation == PageOrientation.Landscape;

        private int ContentWidth => (Landscape ? A4Long : A4Short) - (45 * TwipsPerMillimetre);

        public void Write()
        {
            AddStyles();
            WriteHeader();
            WriteTitle();
            var blocks = document.Body.ToList();
            for (var i = 0; i < blocks.Count; i++)
            {
                // The last block keeps with the signature; headings keep with what follows them.
                WriteBlock(blocks[i], keepWithNext: i == blocks.Count - 1 && (document.Signature is not null || document.LeftSignature is not null || document.Recipients.Count > 0));
            }

            WriteFooter();
            for (var i = 0; i < document.Appendix.Count; i++)
            {
                WriteBlock(document.Appendix[i], keepWithNext: false, pageBreakBefore: i == 0);
            }

            body.Append(Section());
        }

        private void AddStyles()
        {
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new DocDefaults(
                    new RunPropertiesDefault(new RunPropertiesBaseStyle(
                        new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
                        new FontSize { Val = BodySize.ToString(Inv) },
                        new Languages { Val = "vi-VN" })),
                    new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                        new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                        new WidowControl()))));
        }

        // Nghị định 30/2020/NĐ-CP, Phụ lục I: superior body (regular) over the issuer (bold) with a short rule under it on
        // the left; national name over the motto with a rule as long as the motto on the right; number and date below.
        private void WriteHeader()
        {
            var header = document.Header;
            var leftWidth = (int)(ContentWidth * HeaderLeftShare);
            var rightWidth = ContentWidth - leftWidth;
            var left = new List<OpenXmlElement>();
            left.AddRange(header.ParentLines.Select(l => Line(l, HeaderSize, bold: false)));
            left.AddRange(header.IssuerLines.Select(l => Line(l, HeaderSize, bold: true)));

            // A third to a half of the issuer's line (ND30): 40 % of its estimated width.
            var issuerWidth = header.IssuerLines.Select(l => EstimatedWidth(l, HeaderSize, bold: true)).DefaultIfEmpty(0).Max();
            left.Add(Rule(leftWidth, (int)(issuerWidth * 0.4)));

            List<OpenXmlElement> right =
            [
                Line(AdministrativeHeader.NationalName, HeaderSize, bold: true),
                Line(AdministrativeHeader.Motto, BodySize, bold: true),
                Rule(rightWidth, EstimatedWidth(AdministrativeHeader.Motto, BodySize, bold: true)),
            ];

            var table = BorderlessTable(leftWidth, rightWidth);
            table.Append(new TableRow(Cell(leftWidth, left), Cell(rightWidth, right)));
            table.Append(new TableRow(
                Cell(leftWidth, [Line(header.DocumentNumber ?? string.Empty, BodySize, bold: false, spaceBefore: 120)]),
                Cell(rightWidth, [Line(header.PlaceAndDate ?? string.Empty, BodySize, bold: false, italic: true, spaceBefore: 120)])));
            body.Append(table);
        }

        private void WriteTitle()
        {
            body.Append(Line(document.Title, TitleSize, bold: true, spaceBefore: 360));
            if (document.Abstract is { } summary)
            {
                // ND30: the trích yếu in bold upright type under the document's name, with a short rule under it.
                body.Append(Line(summary, TitleSize, bold: true));
                body.Append(Rule(ContentWidth, Math.Min(ContentWidth / 2, (int)(EstimatedWidth(summary, TitleSize, bold: true) * 0.4))));
            }

            foreach (var subtitle in document.Subtitles)
            {
                body.Append(Line(subtitle, BodySize, bold: false, italic: true));
            }

            body.Append(Line(string.Empty, BodySize, bold: false));
        }

        private void WriteBlock(ReportBlock block, bool keepWithNext, bool pageBreakBefore = false)
        {
            switch (block)
            {
                case ReportParagraph paragraph:
                    body.Append(Paragraph(paragraph, keepWithNext, pageBreakBefore));
                    break;
                case ReportTable table:
                    if (pageBreakBefore)
                    {
                        body.Append(new Paragraph(new ParagraphProperties(new PageBreakBefore())));
                    }

                    body.Append(Table(table, keepWithNext));
                    body.Append(Line(string.Empty, TableSize, bold: false));
                    break;
                default:
                    throw new NotSupportedException($"Unknown report block {block.GetType().Name}.");
            }
        }

        private static Paragraph Paragraph(ReportParagraph paragraph, bool keepWithNext, bool pageBreakBefore)
        {
            var properties = new ParagraphProperties();
            if (keepWithNext || paragraph.KeepWithNext || paragraph.Bold)
            {
                properties.Append(new KeepNext());
            }

            if (pageBreakBefore)
            {
                properties.Append(new PageBreakBefore());
            }

            properties.Append(new SpacingBetweenLines { After = ParagraphAfter.ToString(Inv) });
            if (paragraph.FirstLineIndent)
            {
                properties.Append(new Indentation { FirstLine = FirstLineIndent.ToString(Inv) });
            }

            properties.Append(new Justification { Val = Justify(paragraph.Alignment) });
            var result = new Paragraph(properties);
            if (paragraph.Lead is { Length: > 0 } lead)
            {
                result.Append(TextRun(lead + " ", BodySize, bold: true, italic: paragraph.Italic));
            }

            result.Append(TextRuns(paragraph.Text, BodySize, paragraph.Bold, paragraph.Italic));
            return result;
        }

        private Table Table(ReportTable model, bool keepWithNext)
        {
            var total = model.Columns.Sum(c => c.Width);
            var widths = model.Columns.Select(c => (int)(c.Width / total * ContentWidth)).ToArray();
            var table = new Table(new TableProperties(
                new TableWidth { Width = ContentWidth.ToString(Inv), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })));
            table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(Inv) })));

            int Span(int column, int span) => widths.Skip(column).Take(span).Sum();

            for (var r = 0; r < model.HeaderRows.Count; r++)
            {
                var rowProperties = new TableRowProperties(new CantSplit());
                if (model.RepeatHeaderOnEachPage)
                {
                    rowProperties.Append(new TableHeader());
                }

                var row = new TableRow(rowProperties);

                var column = 0;
                while (column < model.Columns.Count)
                {
                    var placed = model.HeaderCells.First(p => p.Column <= column && column < p.Column + p.Cell.ColumnSpan
                        && p.Row <= r && r < p.Row + p.Cell.RowSpan);
                    var starts = placed.Row == r;
                    var merge = placed.Cell.RowSpan > 1 ? new VerticalMerge { Val = starts ? MergedCellValues.Restart : MergedCellValues.Continue } : null;
                    var content = starts ? placed.Cell.Text : string.Empty;
                    row.Append(TableCell(Span(placed.Column, placed.Cell.ColumnSpan), placed.Cell.ColumnSpan, merge, content, bold: true,
                        ReportAlignment.Center, keepWithNext: true));
                    column = placed.Column + placed.Cell.ColumnSpan;
                }

                table.Append(row);
            }

            var listRows = Enumerable.Range(0, model.Rows.Count).Where(i => !model.Rows[i].IsTotal).ToList();
            var secondToLast = listRows.Count >= 2 ? listRows[^2] : -1;
            for (var i = 0; i < model.Rows.Count; i++)
            {
                var bodyRow = model.Rows[i];

                // As in the PDF: a group heading goes with its first rows, the last two list rows with the totals, and
                // the last row with the signature when the table ends the body.
                var keep = bodyRow.IsGroupHeading || i >= secondToLast && i < model.Rows.Count - 1 || keepWithNext && i == model.Rows.Count - 1;
                var row = new TableRow(new TableRowProperties(new CantSplit()));
                foreach (var (cell, column) in model.PlaceCells(bodyRow))
                {
                    var kind = cell.KindIn(model.Columns[column]);
                    row.Append(TableCell(Span(column, cell.ColumnSpan), cell.ColumnSpan, null, CellText.Format(cell.Value, kind, CellText.Vietnamese),
                        bodyRow.IsBold, cell.Alignment ?? model.Columns[column].Alignment, keep));
                }

                table.Append(row);
            }

            return table;
        }

        private static TableCell TableCell(int width, int span, VerticalMerge? merge, string text, bool bold, ReportAlignment alignment, bool keepWithNext)
        {
            var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(Inv), Type = TableWidthUnitValues.Dxa });
            if (span > 1)
            {
                properties.Append(new GridSpan { Val = span });
            }

            if (merge is not null)
            {
                properties.Append(merge);
            }

            properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            var paragraphProperties = new ParagraphProperties();
            if (keepWithNext)
            {
                paragraphProperties.Append(new KeepNext());
            }

            paragraphProperties.Append(new Justification { Val = Justify(alignment == ReportAlignment.Justify ? ReportAlignment.Left : alignment) });
            var paragraph = new Paragraph(paragraphProperties);
            paragraph.Append(TextRuns(text, TableSize, bold, italic: false));
            return new TableCell(properties, paragraph);
        }

        private void WriteFooter()
        {
            var signature = document.Signature;
            if (signature is null && document.LeftSignature is null && document.Recipients.Count == 0)
            {
                return;
            }

            var leftWidth = (int)(ContentWidth * HeaderLeftShare);
            var rightWidth = ContentWidth - leftWidth;

            // A biên bản's secretary signs on the left, in the place of "Nơi nhận"; both names stand on one line.
            var authorityLines = Math.Max(document.LeftSignature?.AuthorityLines.Count ?? 0, signature?.AuthorityLines.Count ?? 0);
            var left = new List<OpenXmlElement>();
            if (document.LeftSignature is { } secretary)
            {
                left.AddRange(SignatureLines(secretary, authorityLines));
            }
            else if (document.Recipients.Count > 0)
            {
                left.Add(Line("Nơi nhận:", HeaderSize, bold: true, italic: true, ReportAlignment.Left, spaceBefore: 240));
                left.AddRange(document.Recipients.Select(r => Line("- " + r.TrimStart('-', ' '), RecipientsSize, bold: false, alignment: ReportAlignment.Left)));
            }
            else
            {
                left.Add(Line(string.Empty, HeaderSize, bold: false));
            }

            var right = signature is not null ? SignatureLines(signature, authorityLines) : [Line(string.Empty, BodySize, bold: false)];
            var table = BorderlessTable(leftWidth, rightWidth);
            table.Append(new TableRow(new TableRowProperties(new CantSplit()), Cell(leftWidth, left), Cell(rightWidth, right)));
            body.Append(table);
        }

        private List<OpenXmlElement> SignatureLines(ReportSignature signature, int authorityLines)
        {
            var lines = new List<OpenXmlElement>();
            lines.AddRange(signature.AuthorityLines.Select((l, i) => Line(l, BodySize, bold: true, spaceBefore: i == 0 ? 240 : 0)));

            // Room for the signature and the seal, about 25 mm, below the taller of the two authority blocks.
            lines.AddRange(Enumerable.Range(0, 4 + authorityLines - signature.AuthorityLines.Count).Select(_ => Line(string.Empty, BodySize, bold: false)));
            lines.Add(Line(signature.SignerName, BodySize, bold: true));
            return lines;
        }

        private SectionProperties Section()
        {
            // Page numbers centred at the top from the second page (ND30); the first page's header is empty.
            var numbered = main.AddNewPart<HeaderPart>();
            numbered.Header = new Header(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new SimpleField(new Run(new Text("2"))) { Instruction = " PAGE " }));
            var first = main.AddNewPart<HeaderPart>();
            first.Header = new Header(new Paragraph());
            return new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
                new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
                Landscape
                    ? new PageSize { Width = A4Long, Height = A4Short, Orient = PageOrientationValues.Landscape }
                    : new PageSize { Width = A4Short, Height = A4Long },
                new PageMargin
                {
                    Top = 20 * TwipsPerMillimetre, Bottom = 20 * TwipsPerMillimetre,
                    Left = (uint)(30 * TwipsPerMillimetre), Right = (uint)(15 * TwipsPerMillimetre),
                    Header = (uint)(10 * TwipsPerMillimetre), Footer = (uint)(10 * TwipsPerMillimetre), Gutter = 0,
                },
                new TitlePage());
        }

        private static Table BorderlessTable(int leftWidth, int rightWidth) => new(
            new TableProperties(
                new TableWidth { Width = (leftWidth + rightWidth).ToString(Inv), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableBorders(
                    new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                    new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                    new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })),
            new TableGrid(new GridColumn { Width = leftWidth.ToString(Inv) }, new GridColumn { Width = rightWidth.ToString(Inv) }));

        private static TableCell Cell(int width, IEnumerable<OpenXmlElement> content) => new(
            [new TableCellProperties(new TableCellWidth { Width = width.ToString(Inv), Type = TableWidthUnitValues.Dxa }), .. content]);

        /// <summary>A one-line paragraph with no spacing after it, centred unless told otherwise.</summary>
        private static Paragraph Line(string text, int size, bool bold, bool italic = false, ReportAlignment alignment = ReportAlignment.Center,
            int spaceBefore = 0)
        {
            var paragraph = new Paragraph(new ParagraphProperties(
                new SpacingBetweenLines { Before = spaceBefore.ToString(Inv), After = "0" },
                new Justification { Val = Justify(alignment) }));
            paragraph.Append(TextRuns(text, size, bold, italic));
            return paragraph;
        }

        /// <summary>
        /// A centred rule <paramref name="length"/> long in a block <paramref name="blockWidth"/> wide: the bottom border of
        /// an empty paragraph indented from both sides.
        /// </summary>
        private static Paragraph Rule(int blockWidth, int length)
        {
            var indent = Math.Max(0, (blockWidth - length) / 2);
            return new Paragraph(new ParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1 }),
                new SpacingBetweenLines { Before = "0", After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { Left = indent.ToString(Inv), Right = indent.ToString(Inv) }),
                new Run(new RunProperties(new FontSize { Val = "4" })));
        }

        private static IEnumerable<Run> TextRuns(string text, int size, bool bold, bool italic)
        {
            var lines = CellText.Nfc(text).ReplaceLineEndings("\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var run = TextRun(lines[i], size, bold, italic);
                if (i > 0)
                {
                    run.InsertAfter(new Break(), run.RunProperties);
                }

                yield return run;
            }
        }

        private static Run TextRun(string text, int size, bool bold, bool italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            properties.Append(new FontSize { Val = size.ToString(Inv) });
            return new Run(properties, new Text(CellText.Nfc(text)) { Space = SpaceProcessingModeValues.Preserve });
        }

        // Times New Roman capitals average about 0.65 em (bold 0.7), lower case about 0.45 em; close enough for rules.
        private static int EstimatedWidth(string text, int halfPoints, bool bold)
        {
            var ems = text.Sum(c => char.IsUpper(c) ? (bold ? 0.7 : 0.65) : char.IsWhiteSpace(c) ? 0.25 : 0.47);
            return (int)(ems * halfPoints * 10);
        }

        private static JustificationValues Justify(ReportAlignment alignment) => alignment switch
        {
            ReportAlignment.Center => JustificationValues.Center,
            ReportAlignment.Right => JustificationValues.Right,
            ReportAlignment.Justify => JustificationValues.Both,
            _ => JustificationValues.Left,
        };

        private static System.Globalization.CultureInfo Inv => System.Globalization.CultureInfo.InvariantCulture;
    }
}
