namespace LearningSociety.Web.Features.Reports;

/// <summary>The two file formats every report is offered in.</summary>
public enum ReportFormat
{
    Xlsx,
    Pdf,
}

public static class ReportFormats
{
    /// <summary>"xlsx" (the default when absent) or "pdf"; anything else is not a format we serve.</summary>
    public static ReportFormat? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "xlsx" or "excel" => ReportFormat.Xlsx,
        "pdf" => ReportFormat.Pdf,
        _ => null,
    };
}
