using LearningSociety.Reporting;
using LearningSociety.Web.Auditing;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Reports;

/// <summary>A rendered report file.</summary>
public sealed record ReportFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// Renders a built report with the Excel, PDF or Word renderer and records the export in the audit log when the
/// report lists people. Every format comes from the same <see cref="ReportDocument"/>, so they show the same numbers.
/// </summary>
public sealed class ReportExporter(AuditLog audit)
{
    private static readonly ExcelReportRenderer Excel = new();
    private static readonly PdfReportRenderer Pdf = new();
    private static readonly WordReportRenderer Word = new();

    public static ReportFile Render(BuiltReport report, ReportFormat format)
    {
        IReportRenderer renderer = format switch
        {
            ReportFormat.Pdf when report.TableFontSize is float size => new PdfReportRenderer(new PdfReportOptions { TableFontSize = size }),
            ReportFormat.Pdf => Pdf,
            ReportFormat.Docx => Word,
            _ => Excel,
        };
        return new ReportFile(renderer.Render(report.Document), renderer.ContentType, FileName(report.FileName) + renderer.FileExtension);
    }

    public async Task<ReportFile> ExportAsync(BuiltReport report, ReportFormat format)
    {
        var file = Render(report, format);
        if (report.Audit is { } row)
        {
            await audit.RecordAsync("Export", row.Entity, row.EntityId, $"{row.Description} (tệp {format.ToString().ToLowerInvariant()})");
        }

        return file;
    }

    /// <summary>A volume of documents as one PDF, each from a new page, fonts embedded once for the whole file.</summary>
    public static ReportFile Render(BuiltVolume volume)
    {
        var renderer = volume.TableFontSize is float size ? new PdfReportRenderer(new PdfReportOptions { TableFontSize = size }) : Pdf;
        using var buffer = new MemoryStream();
        renderer.Render(volume.Documents, buffer);
        return new ReportFile(buffer.ToArray(), renderer.ContentType, FileName(volume.FileName) + renderer.FileExtension);
    }

    public async Task<ReportFile> ExportAsync(BuiltVolume volume)
    {
        var file = Render(volume);
        await audit.RecordAsync("Export", volume.Audit.Entity, volume.Audit.EntityId, $"{volume.Audit.Description} (tệp pdf)");
        return file;
    }

    /// <summary>
    /// An attachment named in Vietnamese: RFC 5987 <c>filename*</c> carries the UTF-8 name, <c>filename</c> the same
    /// name without diacritics for clients that ignore the starred form.
    /// </summary>
    public static string ContentDisposition(string fileName)
        => $"attachment; filename=\"{UnitNames.Ascii(fileName).Replace("\"", "'", StringComparison.Ordinal)}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";

    // "125/QĐ-UBND" would otherwise read as a folder on the user's disk; a control character would break the header.
    private static string FileName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', '/', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        return string.Concat(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '-' : c)).Trim();
    }
}
