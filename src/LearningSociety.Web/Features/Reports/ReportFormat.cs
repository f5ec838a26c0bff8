namespace LearningSociety.Web.Features.Reports;

/// <summary>The file formats of a report: Excel and PDF for every report, Word for the documents an official edits before signing.</summary>
public enum ReportFormat
{
    Xlsx,
    Pdf,
    Docx,
}

public static class ReportFormats
{
    /// <summary>"xlsx" (the default when absent), "pdf" or "docx"; anything else is not a format we serve.</summary>
    public static ReportFormat? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "xlsx" or "excel" => ReportFormat.Xlsx,
        "pdf" => ReportFormat.Pdf,
        "docx" or "word" => ReportFormat.Docx,
        _ => null,
    };
}
