using System.Globalization;

namespace LearningSociety.Reporting;

/// <summary>Where page numbers go in PDF output.</summary>
public enum PageNumberPlacement
{
    /// <summary>ND30: the bare number centred in the top margin, none on the first page.</summary>
    TopFromSecondPage,

    /// <summary>"Trang 1/3" centred in the bottom margin of every page.</summary>
    BottomWithTotal,
}

/// <summary>Margins and type sizes for PDF output; the defaults sit inside the ranges of Nghị định 30/2020/NĐ-CP.</summary>
public sealed record PdfReportOptions
{
    /// <summary>Top margin, 20–25 mm.</summary>
    public float TopMarginMm { get; init; } = 20;

    /// <summary>Bottom margin, 20–25 mm.</summary>
    public float BottomMarginMm { get; init; } = 20;

    /// <summary>Left (binding) margin, 30–35 mm.</summary>
    public float LeftMarginMm { get; init; } = 30;

    /// <summary>Right margin, 15–20 mm.</summary>
    public float RightMarginMm { get; init; } = 15;

    /// <summary>Body text, motto, number and date line, 13–14 pt.</summary>
    public float BodyFontSize { get; init; } = 13;

    /// <summary>Issuing bodies and national name, 12–13 pt.</summary>
    public float HeaderFontSize { get; init; } = 12;

    /// <summary>Title, 13–14 pt bold.</summary>
    public float TitleFontSize { get; init; } = 14;

    /// <summary>Table text; 10–11 pt keeps wide tables legible.</summary>
    public float TableFontSize { get; init; } = 11;

    /// <summary>"Nơi nhận" lines, 11 pt.</summary>
    public float RecipientsFontSize { get; init; } = 11;

    /// <summary>Page number style.</summary>
    public PageNumberPlacement PageNumbers { get; init; } = PageNumberPlacement.TopFromSecondPage;

    /// <summary>Culture for number display: vi-VN shows 1.234,5 and 63,7%.</summary>
    public CultureInfo Culture { get; init; } = CellText.Vietnamese;
}
