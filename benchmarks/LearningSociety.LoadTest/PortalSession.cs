using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace LearningSociety.LoadTest;

/// <summary>
/// One account signed in through the real sign-in form: GET /Account/Login for the antiforgery cookie and token, POST the
/// credentials, keep the cookies it sets. <see cref="CookieHeader"/> is what hey sends with every request.
/// </summary>
public sealed partial class PortalSession : IDisposable
{
    /// <summary>The header a TLS-terminating proxy adds; the portal trusts it from loopback.</summary>
    public const string ForwardedProto = "X-Forwarded-Proto";

    private readonly HttpClient http;
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

    private PortalSession(HttpClient http, string account)
    {
        this.http = http;
        Account = account;
    }

    public string Account { get; }

    public string CookieHeader => string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));

    public static async Task<PortalSession> SignInAsync(Uri portal, string account, string password)
    {
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = portal,
            Timeout = TimeSpan.FromMinutes(3),
        };
        var session = new PortalSession(http, account);
        var (status, login, _) = await session.GetAsync("/Account/Login");
        var token = status == HttpStatusCode.OK && LoginToken().Match(login) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"GET /Account/Login answered {(int)status} without the sign-in form's token.");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = account,
                ["Password"] = password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        using var response = await session.SendAsync(post);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("Login", StringComparison.OrdinalIgnoreCase) == true)
        {
            throw new InvalidOperationException($"Sign-in of {account} answered {(int)response.StatusCode} {response.Headers.Location}, not a redirect home.");
        }

        return session;
    }

    /// <summary>One request as the account: status, body and time to the last byte.</summary>
    public async Task<(HttpStatusCode Status, string Body, TimeSpan Took)> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        var watch = Stopwatch.StartNew();
        using var response = await SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body, watch.Elapsed);
    }

    /// <summary>The size in bytes of one answer (HTML or a file), its status and time to the last byte.</summary>
    public async Task<(HttpStatusCode Status, long Bytes, string? ContentType, TimeSpan Took)> MeasureAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        var watch = Stopwatch.StartNew();
        using var response = await SendAsync(request);
        var bytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
        return (response.StatusCode, bytes, response.Content.Headers.ContentType?.MediaType, watch.Elapsed);
    }

    public void Dispose() => http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        request.Headers.Add(ForwardedProto, "https");
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", CookieHeader);
        }

        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                var pair = setCookie.Split(';', 2)[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    continue;
                }

                var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
                var expired = value.Length == 0 || setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
                if (expired)
                {
                    cookies.Remove(name);
                }
                else
                {
                    cookies[name] = value;
                }
            }
        }

        return response;
    }

    [GeneratedRegex(""""<form[^>]*action="/Account/Login"[\s\S]*?name="__RequestVerificationToken"[^>]*value="([^"]+)"""", RegexOptions.IgnoreCase)]
    private static partial Regex LoginToken();
}
