namespace LearningSociety.Reporting;

/// <summary>Turns a <see cref="ReportDocument"/> into a file format.</summary>
public interface IReportRenderer
{
    /// <summary>MIME type of the output, for HTTP responses.</summary>
    string ContentType { get; }

    /// <summary>File name extension including the dot.</summary>
    string FileExtension { get; }

    /// <summary>Writes the document to <paramref name="output"/>.</summary>
    void Render(ReportDocument document, Stream output);
}

/// <summary>Conveniences over <see cref="IReportRenderer"/>.</summary>
public static class ReportRendererExtensions
{
    /// <summary>Renders the document to a byte array.</summary>
    public static byte[] Render(this IReportRenderer renderer, ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        using var buffer = new MemoryStream();
        renderer.Render(document, buffer);
        return buffer.ToArray();
    }
}
