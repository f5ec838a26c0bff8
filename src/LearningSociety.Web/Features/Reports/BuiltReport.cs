using LearningSociety.Reporting;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// A report built from the data, ready for either renderer: the document, the download name (without
/// extension) and, when it lists people, what the audit log records about its export.
/// </summary>
/// <param name="TableFontSize">A smaller PDF table font for wide roll-ups; null keeps the renderer's default.</param>
public sealed record BuiltReport(ReportDocument Document, string FileName, ReportAudit? Audit, float? TableFontSize = null);

/// <summary>The audit row of an export of personal data (no names: the row says which record, not whose).</summary>
public sealed record ReportAudit(string Entity, string EntityId, string Description);
