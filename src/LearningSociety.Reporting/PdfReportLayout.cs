namespace LearningSociety.Reporting;

/// <summary>Lays a <see cref="ReportDocument"/> out on A4 pages the way Nghị định 30/2020/NĐ-CP arranges a document.</summary>
internal sealed class PdfReportLayout(ReportDocument document, PdfReportOptions options, TextMeasurer measurer)
{
    private const float A4Short = 595;
    private const float A4Long = 842;
    private const float LeftBlockShare = 0.4f;
    private const float CellPaddingX = 3;
    private const float CellPaddingY = 2.5f;
    private const float FirstLineIndent = 28.35f; // 1 cm
    private const float SignatureSpace = 72; // about 25 mm for signature and stamp
    private const float ParagraphSpacing = 6;
    private const float TableSpacing = 10;
    private const float FooterSpacing = 12;

    private PdfPageComposer page = null!;

    public PdfPageComposer Compose()
    {
        page = document.Orientation == PageOrientation.Landscape
            ? new PdfPageComposer(A4Long, A4Short, options)
            : new PdfPageComposer(A4Short, A4Long, options);
        LayoutHeader();
        LayoutTitle();

        // The signature must not stand alone on a page: the end of the last block stays with it.
        var footer = MeasureFooter();
        for (var i = 0; i < document.Body.Count; i++)
        {
            LayoutBlock(document.Body[i], i == document.Body.Count - 1 ? footer.Height : 0);
        }

        LayoutFooter(footer);
        if (document.Appendix.Count > 0)
        {
            page.NewPage();
            foreach (var block in document.Appendix)
            {
                LayoutBlock(block, 0);
            }
        }

        AddPageNumbers();
        return page;
    }

    private void LayoutBlock(ReportBlock block, float keepWithNext)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                LayoutParagraph(paragraph, keepWithNext);
                break;
            case ReportTable table:
                LayoutTable(table, keepWithNext);
                break;
            default:
                throw new NotSupportedException($"Unknown report block {block.GetType().Name}.");
        }
    }

    private float LeftWidth => page.ContentWidth * LeftBlockShare;

    private float RightX => page.Left + LeftWidth;

    private float RightWidth => page.ContentWidth - LeftWidth;

    private void LayoutHeader()
    {
        var header = document.Header;
        float headerSize = options.HeaderFontSize, bodySize = options.BodyFontSize;
        var top = page.Y;

        var left = top;
        if (header.ParentBody is { } parent)
        {
            left += Draw(Wrap(parent, TextStyle.Regular, headerSize, LeftWidth), page.Left, LeftWidth, left, TextStyle.Regular, headerSize, ReportAlignment.Center);
        }

        var issuing = Wrap(header.IssuingBody, TextStyle.Bold, headerSize, LeftWidth);
        left += Draw(issuing, page.Left, LeftWidth, left, TextStyle.Bold, headerSize, ReportAlignment.Center);

        // ND30 underlines the issuer with a rule a third to a half as long as its line.
        var issuerWidth = issuing.Max(l => measurer.Width(l.Text, TextStyle.Bold, headerSize));
        Rule(page.Left + (LeftWidth / 2), left + 3, issuerWidth * 0.4f);

        var right = top;
        right += Draw(Wrap(AdministrativeHeader.NationalName, TextStyle.Bold, headerSize, RightWidth), RightX, RightWidth, right, TextStyle.Bold, headerSize, ReportAlignment.Center);
        var motto = Wrap(AdministrativeHeader.Motto, TextStyle.Bold, bodySize, RightWidth);
        right += Draw(motto, RightX, RightWidth, right, TextStyle.Bold, bodySize, ReportAlignment.Center);

        // ...and the motto with a rule as long as the motto.
        Rule(RightX + (RightWidth / 2), right + 3, motto.Max(l => measurer.Width(l.Text, TextStyle.Bold, bodySize)));

        // The number and the place-and-date line share one baseline under the two blocks.
        var line = Math.Max(left, right) + 8;
        float numberHeight = 0, dateHeight = 0;
        if (header.DocumentNumber is { } number)
        {
            numberHeight = Draw(Wrap(number, TextStyle.Regular, bodySize, LeftWidth), page.Left, LeftWidth, line, TextStyle.Regular, bodySize, ReportAlignment.Center);
        }

        if (header.PlaceAndDate is { } placeAndDate)
        {
            dateHeight = Draw(Wrap(placeAndDate, TextStyle.Italic, bodySize, RightWidth), RightX, RightWidth, line, TextStyle.Italic, bodySize, ReportAlignment.Center);
        }

        page.Y = line + Math.Max(numberHeight, dateHeight);
    }

    private void LayoutTitle()
    {
        page.Y += 18;
        page.Y += Draw(Wrap(document.Title, TextStyle.Bold, options.TitleFontSize, page.ContentWidth), page.Left, page.ContentWidth, page.Y,
            TextStyle.Bold, options.TitleFontSize, ReportAlignment.Center);
        foreach (var subtitle in document.Subtitles)
        {
            page.Y += Draw(Wrap(subtitle, TextStyle.Italic, options.BodyFontSize, page.ContentWidth), page.Left, page.ContentWidth, page.Y,
                TextStyle.Italic, options.BodyFontSize, ReportAlignment.Center);
        }

        page.Y += 12;
    }

    private void LayoutParagraph(ReportParagraph paragraph, float keepWithNext)
    {
        var style = (paragraph.Bold, paragraph.Italic) switch
        {
            (true, true) => TextStyle.BoldItalic,
            (true, false) => TextStyle.Bold,
            (false, true) => TextStyle.Italic,
            _ => TextStyle.Regular,
        };
        var size = options.BodyFontSize;
        var indent = paragraph.FirstLineIndent ? FirstLineIndent : 0;
        var lines = Wrap(paragraph.Text, style, size, page.ContentWidth, indent);
        var lineHeight = LineHeight(size);
        var keepFrom = Math.Max(0, lines.Count - 2);
        for (var i = 0; i < lines.Count; i++)
        {
            page.Reserve(i == keepFrom && keepWithNext > 0 ? ((lines.Count - i) * lineHeight) + ParagraphSpacing + keepWithNext : lineHeight);
            var x = i == 0 ? page.Left + indent : page.Left;
            DrawLine(lines[i], x, page.Right - x, page.Y + measurer.BaselineOffset(size, lineHeight), style, size, paragraph.Alignment);
            page.Y += lineHeight;
        }

        page.Y += ParagraphSpacing;
    }

    private void LayoutTable(ReportTable table, float keepWithNext)
    {
        var size = options.TableFontSize;
        var lineHeight = size * 1.15f;
        var widths = ColumnWidths(table, size);
        var xs = new float[widths.Length + 1];
        xs[0] = page.Left;
        for (var i = 0; i < widths.Length; i++)
        {
            xs[i + 1] = xs[i] + widths[i];
        }

        float SpanWidth(int column, int span) => xs[column + span] - xs[column];
        float CellHeight(int lines) => (lines * lineHeight) + (2 * CellPaddingY);
        IReadOnlyList<TextLine> CellLines(string text, TextStyle style, int column, int span) =>
            Wrap(text, style, size, SpanWidth(column, span) - (2 * CellPaddingX));

        var header = table.HeaderCells
            .Select(p => (Placed: p, Lines: CellLines(p.Cell.Text, TextStyle.Bold, p.Column, p.Cell.ColumnSpan)))
            .ToList();

        // Rows take the height of their single-row cells; a taller row-spanning cell stretches its last row.
        var rowHeights = Enumerable.Repeat(CellHeight(1), table.HeaderRows.Count).ToArray();
        foreach (var (placed, lines) in header.Where(h => h.Placed.Cell.RowSpan == 1))
        {
            rowHeights[placed.Row] = Math.Max(rowHeights[placed.Row], CellHeight(lines.Count));
        }

        foreach (var (placed, lines) in header.Where(h => h.Placed.Cell.RowSpan > 1).OrderBy(h => h.Placed.Cell.RowSpan))
        {
            var have = rowHeights.Skip(placed.Row).Take(placed.Cell.RowSpan).Sum();
            rowHeights[placed.Row + placed.Cell.RowSpan - 1] += Math.Max(0, CellHeight(lines.Count) - have);
        }

        var rowTops = new float[rowHeights.Length + 1];
        for (var i = 0; i < rowHeights.Length; i++)
        {
            rowTops[i + 1] = rowTops[i] + rowHeights[i];
        }

        void DrawHeader()
        {
            foreach (var (placed, lines) in header)
            {
                var y = page.Y + rowTops[placed.Row];
                var height = rowTops[placed.Row + placed.Cell.RowSpan] - rowTops[placed.Row];
                DrawCell(lines, xs[placed.Column], y, SpanWidth(placed.Column, placed.Cell.ColumnSpan), height, TextStyle.Bold, size, lineHeight, ReportAlignment.Center);
            }

            page.Y += rowTops[^1];
        }

        var body = table.Rows.Select(row =>
        {
            var style = row.IsTotal ? TextStyle.Bold : TextStyle.Regular;
            return table.PlaceCells(row).Select(p =>
            {
                var column = table.Columns[p.Column];
                var text = CellText.Format(p.Cell.Value, column.Kind, options.Culture);
                return (p.Column, Span: p.Cell.ColumnSpan, Style: style, Alignment: p.Cell.Alignment ?? column.Alignment,
                    Lines: CellLines(text, style, p.Column, p.Cell.ColumnSpan));
            }).ToList();
        }).ToList();

        // The header never ends a page alone: it goes with the first row (and the footer, if that row is the last).
        page.Y += 4;
        var firstRow = body.Count > 0 ? CellHeight(body[0].Max(c => c.Lines.Count)) : 0;
        page.Reserve(rowTops[^1] + firstRow + (body.Count <= 1 ? keepWithNext + TableSpacing : 0));
        var freshPage = page.AtPageTop;
        DrawHeader();

        for (var r = 0; r < body.Count; r++)
        {
            var cells = body[r];
            var lineCount = cells.Max(c => c.Lines.Count);
            var keep = r == body.Count - 1 ? keepWithNext + TableSpacing : 0;
            var done = 0;
            while (done < lineCount)
            {
                var remaining = lineCount - done;
                var fits = (int)Math.Floor((page.SpaceLeft - keep - (2 * CellPaddingY)) / lineHeight);
                if (remaining > fits && !freshPage)
                {
                    page.NewPage();
                    if (table.RepeatHeaderOnEachPage)
                    {
                        DrawHeader();
                    }

                    freshPage = true;
                    continue;
                }

                // Only a row taller than a whole page is split, a page's worth of lines at a time.
                var take = Math.Min(remaining, Math.Max(1, fits));
                var height = CellHeight(take);
                foreach (var cell in cells)
                {
                    var slice = cell.Lines.Skip(done).Take(take).ToList();
                    DrawCell(slice, xs[cell.Column], page.Y, SpanWidth(cell.Column, cell.Span), height, cell.Style, size, lineHeight, cell.Alignment);
                }

                page.Y += height;
                done += take;
                freshPage = false;
            }
        }

        page.Y += TableSpacing;
    }

    // Relative widths are a wish: no column gets narrower than its longest word (so "STT" is not
    // cut into "ST/T"); the difference comes from columns with room to spare, in proportion.
    private float[] ColumnWidths(ReportTable table, float size)
    {
        var total = table.Columns.Sum(c => c.Width);
        var widths = table.Columns.Select(c => (float)(c.Width / total) * page.ContentWidth).ToArray();
        var minimum = new float[widths.Length];
        void Need(int column, string text, TextStyle style) => minimum[column] = Math.Max(minimum[column],
            text.Split(' ', '\n').Max(word => measurer.Width(word, style, size)) + (2 * CellPaddingX) + 1);

        foreach (var placed in table.HeaderCells.Where(p => p.Cell.ColumnSpan == 1))
        {
            Need(placed.Column, CellText.Nfc(placed.Cell.Text), TextStyle.Bold);
        }

        foreach (var row in table.Rows)
        {
            foreach (var (cell, column) in table.PlaceCells(row).Where(p => p.Cell.ColumnSpan == 1))
            {
                Need(column, CellText.Format(cell.Value, table.Columns[column].Kind, options.Culture), row.IsTotal ? TextStyle.Bold : TextStyle.Regular);
            }
        }

        var deficit = widths.Zip(minimum, (w, m) => Math.Max(0, m - w)).Sum();
        var slack = widths.Zip(minimum, (w, m) => Math.Max(0, w - m)).Sum();
        if (deficit <= 0 || slack < deficit)
        {
            return widths;
        }

        return [.. widths.Zip(minimum, (w, m) => w <= m ? m : w - ((w - m) * deficit / slack))];
    }

    private sealed record Footer(IReadOnlyList<TextLine> Recipients, IReadOnlyList<TextLine> Authority, IReadOnlyList<TextLine> Signer,
        float RecipientsHeight, float SignatureHeight)
    {
        public float Height => RecipientsHeight + SignatureHeight == 0 ? 0 : FooterSpacing + Math.Max(RecipientsHeight, SignatureHeight);
    }

    private Footer MeasureFooter()
    {
        float headerSize = options.HeaderFontSize, bodySize = options.BodyFontSize, recipientsSize = options.RecipientsFontSize;
        var signature = document.Signature;
        var recipients = document.Recipients
            .SelectMany(r => Wrap("- " + r.TrimStart('-', ' '), TextStyle.Regular, recipientsSize, LeftWidth))
            .ToList();
        var authority = signature?.AuthorityLines.SelectMany(l => Wrap(l, TextStyle.Bold, bodySize, RightWidth)).ToList() ?? [];
        var signer = signature is null ? [] : Wrap(signature.SignerName, TextStyle.Bold, bodySize, RightWidth);
        return new Footer(
            recipients,
            authority,
            signer,
            recipients.Count == 0 ? 0 : LineHeight(headerSize) + (recipients.Count * LineHeight(recipientsSize)),
            signature is null ? 0 : ((authority.Count + signer.Count) * LineHeight(bodySize)) + SignatureSpace);
    }

    private void LayoutFooter(Footer footer)
    {
        if (footer.Height == 0)
        {
            return;
        }

        page.Y += FooterSpacing;
        page.Reserve(footer.Height - FooterSpacing);
        var top = page.Y;
        if (footer.Recipients.Count > 0)
        {
            var y = top + Draw([new TextLine("Nơi nhận:", true)], page.Left, LeftWidth, top, TextStyle.BoldItalic, options.HeaderFontSize, ReportAlignment.Left);
            Draw(footer.Recipients, page.Left, LeftWidth, y, TextStyle.Regular, options.RecipientsFontSize, ReportAlignment.Left);
        }

        if (footer.SignatureHeight > 0)
        {
            var y = top + Draw(footer.Authority, RightX, RightWidth, top, TextStyle.Bold, options.BodyFontSize, ReportAlignment.Center) + SignatureSpace;
            Draw(footer.Signer, RightX, RightWidth, y, TextStyle.Bold, options.BodyFontSize, ReportAlignment.Center);
        }

        page.Y = top + Math.Max(footer.RecipientsHeight, footer.SignatureHeight);
    }

    private void AddPageNumbers()
    {
        var count = page.Pages.Count;
        var centre = page.Left + (page.ContentWidth / 2);
        for (var i = 0; i < count; i++)
        {
            var (text, size, baseline) = options.PageNumbers switch
            {
                PageNumberPlacement.BottomWithTotal => ($"Trang {i + 1}/{count}", options.RecipientsFontSize,
                    page.Bottom + ((page.PageHeight - page.Bottom) / 2)),
                _ => (i == 0 ? string.Empty : (i + 1).ToString(options.Culture), options.BodyFontSize, page.Top * 0.6f),
            };
            if (text.Length > 0)
            {
                page.Pages[i].Add(new TextOp(centre - (measurer.Width(text, TextStyle.Regular, size) / 2), baseline, text, TextStyle.Regular, size));
            }
        }
    }

    private void DrawCell(IReadOnlyList<TextLine> lines, float x, float y, float width, float height, TextStyle style, float size, float lineHeight,
        ReportAlignment alignment)
    {
        page.Box(x, y, width, height);
        var textTop = y + ((height - (lines.Count * lineHeight)) / 2);
        var cellAlignment = alignment == ReportAlignment.Justify ? ReportAlignment.Left : alignment;
        Draw(lines, x + CellPaddingX, width - (2 * CellPaddingX), textTop, style, size, cellAlignment, lineHeight);
    }

    /// <summary>Draws lines downwards from <paramref name="top"/> without breaking pages; returns the height used.</summary>
    private float Draw(IReadOnlyList<TextLine> lines, float x, float width, float top, TextStyle style, float size, ReportAlignment alignment,
        float? lineHeight = null)
    {
        var step = lineHeight ?? LineHeight(size);
        var baseline = measurer.BaselineOffset(size, step);
        for (var i = 0; i < lines.Count; i++)
        {
            DrawLine(lines[i], x, width, top + (i * step) + baseline, style, size, alignment);
        }

        return lines.Count * step;
    }

    private void DrawLine(TextLine line, float x, float width, float baseline, TextStyle style, float size, ReportAlignment alignment)
    {
        var textWidth = measurer.Width(line.Text, style, size);
        switch (alignment)
        {
            case ReportAlignment.Center:
                page.Text(x + ((width - textWidth) / 2), baseline, line.Text, style, size);
                break;
            case ReportAlignment.Right:
                page.Text(x + width - textWidth, baseline, line.Text, style, size);
                break;
            case ReportAlignment.Justify when !line.EndsParagraph && line.Text.Contains(' '):
                var words = line.Text.Split(' ');
                var gap = (width - words.Sum(w => measurer.Width(w, style, size))) / (words.Length - 1);
                foreach (var word in words)
                {
                    page.Text(x, baseline, word, style, size);
                    x += measurer.Width(word, style, size) + gap;
                }

                break;
            default:
                page.Text(x, baseline, line.Text, style, size);
                break;
        }
    }

    private void Rule(float centre, float y, float length) => page.Line(centre - (length / 2), y, centre + (length / 2), y, 0.6f);

    private IReadOnlyList<TextLine> Wrap(string text, TextStyle style, float size, float width, float firstLineIndent = 0) =>
        measurer.Wrap(text, style, size, width, firstLineIndent);

    private static float LineHeight(float size) => size * 1.2f;
}
