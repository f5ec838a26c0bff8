namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// Excel and PDF links to a report; <paramref name="Url"/> is the report address without the format. <paramref name="Word"/>
/// adds a Word link, for the documents an official edits before signing (the decision, the plan); <paramref name="Excel"/>
/// false leaves the Excel link out, for a file that is PDF only (a village's scorecards).
/// </summary>
public sealed record ReportLink(string Label, string Url, bool Word = false, bool Excel = true)
{
    public string For(string format) => Url + (Url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "format=" + format;
}
