namespace LearningSociety.Reporting;

internal abstract record PdfOp;

internal sealed record TextOp(float X, float Baseline, string Text, TextStyle Style, float Size) : PdfOp;

internal sealed record LineOp(float X1, float Y1, float X2, float Y2, float Width) : PdfOp;

/// <summary>Pages of drawing operations with a top-to-bottom cursor; painting happens later, once the page count is known.</summary>
internal sealed class PdfPageComposer
{
    private const float PointsPerMillimetre = 72f / 25.4f;

    public PdfPageComposer(float pageWidth, float pageHeight, PdfReportOptions options)
    {
        PageWidth = pageWidth;
        PageHeight = pageHeight;
        Left = options.LeftMarginMm * PointsPerMillimetre;
        Right = pageWidth - (options.RightMarginMm * PointsPerMillimetre);
        Top = options.TopMarginMm * PointsPerMillimetre;
        Bottom = pageHeight - (options.BottomMarginMm * PointsPerMillimetre);
        NewPage();
    }

    public float PageWidth { get; }

    public float PageHeight { get; }

    public float Left { get; }

    public float Right { get; }

    public float Top { get; }

    public float Bottom { get; }

    public float ContentWidth => Right - Left;

    /// <summary>Top of the free space on the current page.</summary>
    public float Y { get; set; }

    public float SpaceLeft => Bottom - Y;

    public bool AtPageTop => Y <= Top;

    public List<List<PdfOp>> Pages { get; } = [];

    public void NewPage()
    {
        Pages.Add([]);
        Y = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits or the page is empty anyway.</summary>
    public void Reserve(float height)
    {
        if (height > SpaceLeft && !AtPageTop)
        {
            NewPage();
        }
    }

    public void Text(float x, float baseline, string text, TextStyle style, float size)
    {
        if (text.Length > 0)
        {
            Pages[^1].Add(new TextOp(x, baseline, text, style, size));
        }
    }

    public void Line(float x1, float y1, float x2, float y2, float width = 0.5f) =>
        Pages[^1].Add(new LineOp(x1, y1, x2, y2, width));

    public void Box(float x, float y, float width, float height)
    {
        Line(x, y, x + width, y);
        Line(x, y + height, x + width, y + height);
        Line(x, y, x, y + height);
        Line(x + width, y, x + width, y + height);
    }
}
