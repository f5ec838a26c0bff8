using LearningSociety.Reporting;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// Several documents printed as one PDF, each from a new page (the scorecards of a village): the documents, the download
/// name (without extension), what the audit log records about the export and the PDF table font size.
/// </summary>
public sealed record BuiltVolume(IReadOnlyList<ReportDocument> Documents, string FileName, ReportAudit Audit, float? TableFontSize = null);
