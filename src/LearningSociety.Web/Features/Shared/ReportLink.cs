namespace LearningSociety.Web.Features.Shared;

/// <summary>An Excel/PDF link pair; <paramref name="Url"/> is the report address without the format.</summary>
public sealed record ReportLink(string Label, string Url)
{
    public string For(string format) => Url + (Url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "format=" + format;
}
