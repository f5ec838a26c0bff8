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

        // The signature must not stand alone on a page: the end of the body stays with it, through any short blocks
        // before it ("Tổng số: 8 người" after a list); a heading stays with the start of what follows it.
        var footer = MeasureFooter();
        var body = document.Body.Select(Prepare).ToList();
        var keeps = KeepsWithNext(body, footer.Height);
        for (var i = 0; i < body.Count; i++)
        {
            LayoutBlock(body[i], keeps[i]);
        }

        LayoutFooter(footer);
        if (document.Appendix.Count > 0)
        {
            page.NewPage();
            var appendix = document.Appendix.Select(Prepare).ToList();
            var appendixKeeps = KeepsWithNext(appendix, 0);
            for (var i = 0; i < appendix.Count; i++)
            {
                LayoutBlock(appendix[i], appendixKeeps[i]);
            }
        }

        AddPageNumbers();
        return page;
    }

    /// <summary>A block measured for the page width: wrapped lines, or a table's cells and row heights.</summary>
    private abstract record PreparedBlock
    {
        /// <summary>Height of the part that must start on one page (the first lines; a table's header and first rows).</summary>
        public abstract float Head { get; }

        /// <summary>The head is the whole block, so what the block keeps with must fit with it.</summary>
        public abstract bool HeadIsWhole { get; }
    }

    private sealed record PreparedParagraph(ReportParagraph Paragraph, TextStyle Style, IReadOnlyList<TextLine> Lines, float LineHeight, float Indent,
        float LeadWidth) : PreparedBlock
    {
        // Orphan control: at least two lines start a page's share of a paragraph.
        public override float Head => (Math.Min(2, Lines.Count) * LineHeight) + (HeadIsWhole ? ParagraphSpacing : 0);

        public override bool HeadIsWhole => Lines.Count <= 2;

        // Bold or marked paragraphs are headings: never the last thing on a page.
        public bool IsHeading => Paragraph.KeepWithNext || (Paragraph.Bold && Lines.Count <= 2);
    }

    private PreparedBlock Prepare(ReportBlock block)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                var style = (paragraph.Bold, paragraph.Italic) switch
                {
                    (true, true) => TextStyle.BoldItalic,
                    (true, false) => TextStyle.Bold,
                    (false, true) => TextStyle.Italic,
                    _ => TextStyle.Regular,
                };
                var indent = paragraph.FirstLineIndent ? FirstLineIndent : 0;
                var leadWidth = paragraph.Lead is { Length: > 0 } lead
                    ? measurer.Width(CellText.Nfc(lead) + " ", paragraph.Italic ? TextStyle.BoldItalic : TextStyle.Bold, options.BodyFontSize)
                    : 0;
                return new PreparedParagraph(paragraph, style, Wrap(paragraph.Text, style, options.BodyFontSize, page.ContentWidth, indent + leadWidth),
                    LineHeight(options.BodyFontSize), indent, leadWidth);
            case ReportTable table:
                return PrepareTable(table);
            default:
                throw new NotSupportedException($"Unknown report block {block.GetType().Name}.");
        }
    }

    /// <summary>
    /// What each block must keep on its page after its own end: the last block the footer; a heading the head of the
    /// next block; any block the next one when that is short, is no heading and itself keeps with something (a chain to the
    /// footer).
    /// </summary>
    private static float[] KeepsWithNext(IReadOnlyList<PreparedBlock> blocks, float footer)
    {
        var keeps = new float[blocks.Count];
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (i == blocks.Count - 1)
            {
                keeps[i] = footer;
                continue;
            }

            var next = blocks[i + 1];
            // A heading keeps with what follows it, not with what precedes it: a run of short paragraphs and headings
            // (a narrative report's sections) is no single chain to the signature.
            var nextCarries = next.HeadIsWhole && keeps[i + 1] > 0 && next is not PreparedParagraph { IsHeading: true };
            if (blocks[i] is PreparedParagraph { IsHeading: true } || nextCarries)
            {
                keeps[i] = next.Head + (nextCarries ? keeps[i + 1] : 0);
            }
        }

        return keeps;
    }

    private void LayoutBlock(PreparedBlock block, float keepWithNext)
    {
        switch (block)
        {
            case PreparedParagraph paragraph:
                LayoutParagraph(paragraph, keepWithNext);
                break;
            case PreparedTable table:
                LayoutTable(table, keepWithNext);
                break;
        }
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits; a keep taller than a page is given up for <paramref name="fallback"/>.</summary>
    private void ReserveKeeping(float height, float fallback) => page.Reserve(height > page.Bottom - page.Top ? fallback : height);

    // ND30 gives the left block about 40 % of the width; it widens as far as the national name on the right allows,
    // so that "HỘI KHUYẾN HỌC XÃ QUẢNG PHÚ" stays on one line as the official writes it.
    private float LeftWidth => field > 0 ? field : field = HeaderLeftWidth();

    private float HeaderLeftWidth()
    {
        var header = document.Header;
        var size = options.HeaderFontSize;
        var widest = header.ParentLines.Select(l => measurer.Width(CellText.Nfc(l), TextStyle.Regular, size))
            .Concat(header.IssuerLines.Select(l => measurer.Width(CellText.Nfc(l), TextStyle.Bold, size)))
            .DefaultIfEmpty(0).Max() + (2 * CellPaddingX);
        var rightNeeds = measurer.Width(AdministrativeHeader.NationalName, TextStyle.Bold, size) + (2 * CellPaddingX);
        return Math.Clamp(widest, page.ContentWidth * LeftBlockShare, Math.Max(page.ContentWidth * LeftBlockShare, page.ContentWidth - rightNeeds));
    }

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
        if (document.Abstract is { } summary)
        {
            // ND30: the trích yếu bold and upright under the document's name, a short rule under it.
            var lines = Wrap(summary, TextStyle.Bold, options.TitleFontSize, page.ContentWidth);
            page.Y += Draw(lines, page.Left, page.ContentWidth, page.Y, TextStyle.Bold, options.TitleFontSize, ReportAlignment.Center);
            var widest = lines.Max(l => measurer.Width(l.Text, TextStyle.Bold, options.TitleFontSize));
            Rule(page.Left + (page.ContentWidth / 2), page.Y + 3, Math.Min(widest * 0.4f, page.ContentWidth / 3));
            page.Y += 6;
        }

        foreach (var subtitle in document.Subtitles)
        {
            page.Y += Draw(Wrap(subtitle, TextStyle.Italic, options.BodyFontSize, page.ContentWidth), page.Left, page.ContentWidth, page.Y,
                TextStyle.Italic, options.BodyFontSize, ReportAlignment.Center);
        }

        page.Y += 12;
    }

    private void LayoutParagraph(PreparedParagraph prepared, float keepWithNext)
    {
        var (paragraph, style, lines, lineHeight) = (prepared.Paragraph, prepared.Style, prepared.Lines, prepared.LineHeight);
        var size = options.BodyFontSize;
        var keepFrom = Math.Max(0, lines.Count - 2);
        for (var i = 0; i < lines.Count; i++)
        {
            // No orphan (a first line alone at the foot of a page), no widow (a last line alone at the top of the next),
            // and the last two lines go with what the paragraph keeps with.
            if (i == keepFrom)
            {
                ReserveKeeping(((lines.Count - i) * lineHeight) + (keepWithNext > 0 ? ParagraphSpacing + keepWithNext : 0), (lines.Count - i) * lineHeight);
            }
            else
            {
                page.Reserve((i == 0 ? 2 : 1) * lineHeight);
            }

            var x = i == 0 ? page.Left + prepared.Indent : page.Left;
            if (i == 0 && prepared.LeadWidth > 0)
            {
                // "Điều 1." in bold, the article's text after it on the same line.
                page.Text(x, page.Y + measurer.BaselineOffset(size, lineHeight), CellText.Nfc(paragraph.Lead), paragraph.Italic ? TextStyle.BoldItalic : TextStyle.Bold, size);
                x += prepared.LeadWidth;
            }

            DrawLine(lines[i], x, page.Right - x, page.Y + measurer.BaselineOffset(size, lineHeight), style, size, paragraph.Alignment);
            page.Y += lineHeight;
        }

        page.Y += ParagraphSpacing;
    }

    private sealed record PreparedCell(int Column, int Span, TextStyle Style, ReportAlignment Alignment, IReadOnlyList<TextLine> Lines);

    private sealed record PreparedTable(
        ReportTable Table,
        float[] Xs,
        IReadOnlyList<(PlacedHeaderCell Placed, IReadOnlyList<TextLine> Lines)> Header,
        float[] HeaderRowTops,
        IReadOnlyList<IReadOnlyList<PreparedCell>> Rows,
        float[] RowHeights,
        int[] KeepUntil,
        float LineHeight) : PreparedBlock
    {
        public float HeaderHeight => HeaderRowTops[^1];

        /// <summary>Height of rows <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
        public float RowsHeight(int from, int to) => RowHeights.Skip(from).Take(to - from + 1).Sum();

        public override float Head => TableTopSpacing + HeaderHeight + (Rows.Count == 0 ? 0 : RowsHeight(0, KeepUntil[0]))
            + (HeadIsWhole ? TableSpacing : 0);

        public override bool HeadIsWhole => Rows.Count == 0 || KeepUntil[0] == Rows.Count - 1;
    }

    private const float TableTopSpacing = 4;

    // Rows that open a group keep its first two rows with them; the last two rows of a table stay together so a
    // page never starts with one orphan row (and the totals) alone.
    private const int GroupRowsKept = 2;

    private PreparedTable PrepareTable(ReportTable table)
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
        IReadOnlyList<TextLine> CellLines(string text, TextStyle style, int column, int span) =>
            Wrap(text, style, size, SpanWidth(column, span) - (2 * CellPaddingX));

        var header = table.HeaderCells
            .Select(p => (Placed: p, Lines: CellLines(p.Cell.Text, TextStyle.Bold, p.Column, p.Cell.ColumnSpan)))
            .ToList();

        // Rows take the height of their single-row cells; a taller row-spanning cell stretches its last row.
        var headerHeights = Enumerable.Repeat(CellHeight(1, lineHeight), table.HeaderRows.Count).ToArray();
        foreach (var (placed, lines) in header.Where(h => h.Placed.Cell.RowSpan == 1))
        {
            headerHeights[placed.Row] = Math.Max(headerHeights[placed.Row], CellHeight(lines.Count, lineHeight));
        }

        foreach (var (placed, lines) in header.Where(h => h.Placed.Cell.RowSpan > 1).OrderBy(h => h.Placed.Cell.RowSpan))
        {
            var have = headerHeights.Skip(placed.Row).Take(placed.Cell.RowSpan).Sum();
            headerHeights[placed.Row + placed.Cell.RowSpan - 1] += Math.Max(0, CellHeight(lines.Count, lineHeight) - have);
        }

        var rowTops = new float[headerHeights.Length + 1];
        for (var i = 0; i < headerHeights.Length; i++)
        {
            rowTops[i + 1] = rowTops[i] + headerHeights[i];
        }

        var body = table.Rows.Select(row =>
        {
            var style = row.IsBold ? TextStyle.Bold : TextStyle.Regular;
            return (IReadOnlyList<PreparedCell>)[.. table.PlaceCells(row).Select(p =>
            {
                var column = table.Columns[p.Column];
                var text = CellText.Format(p.Cell.Value, p.Cell.KindIn(column), options.Culture);
                return new PreparedCell(p.Column, p.Cell.ColumnSpan, style, p.Cell.Alignment ?? column.Alignment,
                    CellLines(text, style, p.Column, p.Cell.ColumnSpan));
            })];
        }).ToList();
        var heights = body.Select(cells => CellHeight(cells.Max(c => c.Lines.Count), lineHeight)).ToArray();

        // keepUntil[r]: the last row that must be on the same page as row r. Totals rows do not count as rows here:
        // the last two rows of the list go with them.
        var listRows = Enumerable.Range(0, body.Count).Where(r => !table.Rows[r].IsTotal).ToList();
        var secondToLastRow = listRows.Count >= 2 ? listRows[^2] : -1;
        var keepUntil = new int[body.Count];
        for (var r = body.Count - 1; r >= 0; r--)
        {
            var own = r;
            if (table.Rows[r].IsGroupHeading)
            {
                var end = r;
                while (end + 1 < body.Count && end - r < GroupRowsKept && !table.Rows[end + 1].IsGroupHeading)
                {
                    end++;
                }

                own = end;
            }

            if (r == secondToLastRow)
            {
                own = body.Count - 1;
            }

            keepUntil[r] = own;
            for (var k = r + 1; k <= own; k++)
            {
                keepUntil[r] = Math.Max(keepUntil[r], keepUntil[k]);
            }
        }

        return new PreparedTable(table, xs, header, rowTops, body, heights, keepUntil, lineHeight);
    }

    private static float CellHeight(int lines, float lineHeight) => (lines * lineHeight) + (2 * CellPaddingY);

    private void LayoutTable(PreparedTable prepared, float keepWithNext)
    {
        var size = options.TableFontSize;
        var (table, xs, rowTops, body, lineHeight) = (prepared.Table, prepared.Xs, prepared.HeaderRowTops, prepared.Rows, prepared.LineHeight);
        float SpanWidth(int column, int span) => xs[column + span] - xs[column];

        void DrawHeader()
        {
            foreach (var (placed, lines) in prepared.Header)
            {
                var y = page.Y + rowTops[placed.Row];
                var height = rowTops[placed.Row + placed.Cell.RowSpan] - rowTops[placed.Row];
                DrawCell(lines, xs[placed.Column], y, SpanWidth(placed.Column, placed.Cell.ColumnSpan), height, TextStyle.Bold, size, lineHeight, ReportAlignment.Center);
            }

            page.Y += rowTops[^1];
        }

        // What must share the page with row r: the rows it keeps with, and what follows the table after the last row.
        float Needed(int r)
        {
            var until = prepared.KeepUntil[r];
            return prepared.RowsHeight(r, until) + (until == body.Count - 1 ? keepWithNext + TableSpacing : 0);
        }

        var repeatedHeader = table.RepeatHeaderOnEachPage ? prepared.HeaderHeight : 0;
        var pageRoom = page.Bottom - page.Top;

        // The header never ends a page alone: it goes with the first rows (and the footer, if those are the last).
        page.Y += TableTopSpacing;
        var first = prepared.HeaderHeight + (body.Count > 0 ? Needed(0) : keepWithNext + TableSpacing);
        ReserveKeeping(first, prepared.HeaderHeight + (body.Count > 0 ? prepared.RowHeights[0] : 0));
        var freshPage = page.AtPageTop;
        DrawHeader();

        for (var r = 0; r < body.Count; r++)
        {
            var cells = body[r];
            var lineCount = cells.Max(c => c.Lines.Count);
            var needed = Needed(r);
            if (needed > page.SpaceLeft && !freshPage && needed + repeatedHeader <= pageRoom)
            {
                NewTablePage();
            }

            var done = 0;
            while (done < lineCount)
            {
                var remaining = lineCount - done;
                var fits = (int)Math.Floor((page.SpaceLeft - (2 * CellPaddingY)) / lineHeight);
                if (remaining > fits && !freshPage)
                {
                    NewTablePage();
                    continue;
                }

                // Only a row taller than a whole page is split, a page's worth of lines at a time.
                var take = Math.Min(remaining, Math.Max(1, fits));
                var height = CellHeight(take, lineHeight);
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

        void NewTablePage()
        {
            page.NewPage();
            if (table.RepeatHeaderOnEachPage)
            {
                DrawHeader();
            }

            freshPage = true;
        }
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
                Need(column, CellText.Format(cell.Value, cell.KindIn(table.Columns[column]), options.Culture), row.IsBold ? TextStyle.Bold : TextStyle.Regular);
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

    private sealed record Footer(IReadOnlyList<TextLine> Recipients, SignatureLines? Left, SignatureLines? Right, float RecipientsHeight,
        float SignatureHeight)
    {
        public float Height => RecipientsHeight + SignatureHeight == 0 ? 0 : FooterSpacing + Math.Max(RecipientsHeight, SignatureHeight);
    }

    private sealed record SignatureLines(IReadOnlyList<TextLine> Authority, IReadOnlyList<TextLine> Signer)
    {
        public int Count => Authority.Count + Signer.Count;
    }

    private Footer MeasureFooter()
    {
        float headerSize = options.HeaderFontSize, bodySize = options.BodyFontSize, recipientsSize = options.RecipientsFontSize;
        SignatureLines? Measure(ReportSignature? signature, float width) => signature is null
            ? null
            : new SignatureLines([.. signature.AuthorityLines.SelectMany(l => Wrap(l, TextStyle.Bold, bodySize, width))],
                Wrap(signature.SignerName, TextStyle.Bold, bodySize, width));

        // A second signature on the left (a biên bản's secretary) takes the place of "Nơi nhận".
        var left = Measure(document.LeftSignature, LeftWidth);
        var right = Measure(document.Signature, RightWidth);
        var recipients = left is not null
            ? []
            : document.Recipients.SelectMany(r => Wrap("- " + r.TrimStart('-', ' '), TextStyle.Regular, recipientsSize, LeftWidth)).ToList();
        var lines = Math.Max(left?.Count ?? 0, right?.Count ?? 0);
        return new Footer(
            recipients,
            left,
            right,
            recipients.Count == 0 ? 0 : LineHeight(headerSize) + (recipients.Count * LineHeight(recipientsSize)),
            left is null && right is null ? 0 : (lines * LineHeight(bodySize)) + SignatureSpace);
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

        // Both signers' names stand on one line under the same space, as ND30's biên bản sets them.
        var authorityLines = Math.Max(footer.Left?.Authority.Count ?? 0, footer.Right?.Authority.Count ?? 0);
        var signerTop = top + (authorityLines * LineHeight(options.BodyFontSize)) + SignatureSpace;
        foreach (var (signature, x, width) in new[] { (footer.Left, page.Left, LeftWidth), (footer.Right, RightX, RightWidth) })
        {
            if (signature is not null)
            {
                Draw(signature.Authority, x, width, top, TextStyle.Bold, options.BodyFontSize, ReportAlignment.Center);
                Draw(signature.Signer, x, width, signerTop, TextStyle.Bold, options.BodyFontSize, ReportAlignment.Center);
            }
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
