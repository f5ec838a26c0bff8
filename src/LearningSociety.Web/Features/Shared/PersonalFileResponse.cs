using Microsoft.Net.Http.Headers;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// How files with personal data leave the portal (evidence, lists, decisions, reports): never kept by the browser's or a
/// proxy's cache (a shared computer at the commune office keeps no copy after the officer signs out), and saved as a
/// file rather than opened inside the portal's origin.
/// </summary>
public static class PersonalFileResponse
{
    /// <summary>Cache-Control: no-store (and Pragma: no-cache for HTTP/1.0 caches).</summary>
    public static void DoNotStore(this HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
    }

    /// <summary>No-store and Content-Disposition: attachment with the name in UTF-8 (RFC 6266 filename*) and in ASCII.</summary>
    public static void SendAsPersonalFile(this HttpResponse response, string fileName)
    {
        response.DoNotStore();
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
    }
}
