using System.Net;
using System.Net.Sockets;
using System.Text;
using AngleSharp.Html.Dom;
using LearningSociety.Domain.Deadlines;
using LearningSociety.TestSupport;
using LearningSociety.Web.Features.Scorecards;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.Web.Tests.Integrity;

/// <summary>
/// Evidence posted over the limit, on real Kestrel and a real socket: refused from its declared length before the body is
/// read, with a whole status line (413) and a Vietnamese page, never a reset connection or a status of 0; nothing stored.
/// </summary>
public sealed class OversizedUploads : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly int _year = new VietnamClock(TimeProvider.System).Today().Year;

    public OversizedUploads()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
    }

    public void Dispose() => _factory.Dispose();

    private Uri BaseAddress => new(_factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
        .First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("[::]", "127.0.0.1", StringComparison.Ordinal));

    [Fact]
    public async Task AnEvidencePostDeclaredLongerThanTheLimitIsAnsweredWith413AndAVietnamesePageBeforeItsBodyIsSent()
    {
        var card = (await new CardData(_factory.Services, _year).CardsAsync(
            new CardSpec("Ngô Thị Lan", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(8), CardStage.Registered)))[0];
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
        var branch = new PortalClient(http);
        Assert.Equal(HttpStatusCode.Redirect, (await branch.SignInAsync("chihoi", PortalFactory.DemoPassword)).StatusCode);
        var page = await branch.GetPageAsync($"/Scorecards/SelfAssessment/{card}");
        var token = ((IHtmlInputElement)page.QuerySelector("#scorecard-form input[name=__RequestVerificationToken]")!).Value;

        // Thirteen photos of 4.9 MB, as the probe sent: only the head of the body goes out, the rest never does.
        const string Boundary = "----bang-chung";
        var head = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n"
            + $"--{Boundary}\r\nContent-Disposition: form-data; name=\"Files\"; filename=\"anh-1.png\"\r\nContent-Type: image/png\r\n\r\n";
        var declared = 13L * 4_900_000;
        Assert.True(declared > ScorecardsController.MaxRequestBytes);
        using var socket = new TcpClient();
        await socket.ConnectAsync(BaseAddress.Host, BaseAddress.Port);
        var stream = socket.GetStream();
        var request = $"POST /Scorecards/SelfAssessment/{card} HTTP/1.1\r\nHost: {BaseAddress.Authority}\r\n"
            + $"Cookie: {cookies.GetCookieHeader(BaseAddress)}\r\nContent-Type: multipart/form-data; boundary={Boundary}\r\n"
            + $"Content-Length: {declared}\r\n\r\n{head}";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        await stream.WriteAsync(new byte[64 * 1024]);

        var answer = await ReadResponseAsync(stream);

        Assert.StartsWith("HTTP/1.1 413 ", answer, StringComparison.Ordinal);
        Assert.Contains("Dữ liệu gửi lên quá lớn", answer, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.EvidenceFiles.CountAsync(f => f.RegistrationId == card)));
        Assert.Null(await _factory.WithDbAsync(db => db.Registrations.Where(r => r.Id == card).Select(r => r.SelfAssessedAt).SingleAsync()));
    }

    [Fact]
    public async Task EvidenceWithinTheRequestLimitButOverTheFilesLimitComesBackWithTheMessageAndTheTypedScores()
    {
        var card = (await new CardData(_factory.Services, _year).CardsAsync(
            new CardSpec("Ngô Văn Lâm", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(8), CardStage.Registered)))[0];
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
        var branch = new PortalClient(http);
        await branch.SignInAsync("chihoi", PortalFactory.DemoPassword);
        var page = await branch.GetPageAsync($"/Scorecards/SelfAssessment/{card}");
        var (_, fields) = PortalClient.FormOf(page, "#scorecard-form", Enumerable.Range(0, 10).ToDictionary(i => $"Indicators[{i}].Score", _ => "8"));
        using var multipart = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            multipart.Add(new StringContent(value), key);
        }

        // Eleven PDFs of 4.8 MB: each under 5 MB, 52.8 MB together, over the files' 50 MB but within the request's 51 MB.
        var pdf = new byte[4_800_000];
        "%PDF-1.4\n"u8.CopyTo(pdf);
        for (var i = 0; i < 11; i++)
        {
            multipart.Add(new ByteArrayContent(pdf), "Files", $"chung-nhan-{i}.pdf");
        }

        var response = await http.PostAsync($"/Scorecards/SelfAssessment/{card}", multipart);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await PortalClient.ParseAsync(response);
        Assert.Contains(EvidenceLimits.TotalTooLarge, shown.Body!.TextContent, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(0, 10), i => Assert.Equal("8", ((IHtmlInputElement)shown.QuerySelector($"input[name='Indicators[{i}].Score']")!).Value));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.EvidenceFiles.CountAsync(f => f.RegistrationId == card)));
    }

    /// <summary>The status line, headers and the body of one response, read until the server has sent its declared length.</summary>
    private static async Task<string> ReadResponseAsync(NetworkStream stream)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            received.Write(buffer, 0, read);
            var text = Encoding.UTF8.GetString(received.ToArray());
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0 && System.Text.RegularExpressions.Regex.Match(text[..end], @"Content-Length: (\d+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase) is
                { Success: true } length && received.Length >= Encoding.UTF8.GetByteCount(text[..(end + 4)]) + long.Parse(length.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            {
                return text;
            }
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }
}
