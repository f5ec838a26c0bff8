using System.Net;
using AngleSharp.Html.Dom;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using LearningSociety.TestSupport;

namespace LearningSociety.Web.Tests.PostgreSql;

/// <summary>
/// Two portal instances (each its own host, services, caches and key ring) on one PostgreSQL database, as behind a
/// load balancer: what one does the other sees at once, and a race between them has one winner.
/// </summary>
public sealed class TwoInstancesOnOnePostgreSqlDatabase : IAsyncLifetime
{
    private PortalFactory _first = null!;
    private PortalFactory _second = null!;

    public Task InitializeAsync()
    {
        if (TestPostgreSql.SkipReason is null)
        {
            _first = new PortalFactory(TestDatabaseProvider.PostgreSql);
            _first.CreateClient().Dispose();
            _second = PortalFactory.SharingPostgreSql(_first.PostgreSqlConnectionString!);
            _second.CreateClient().Dispose();
        }

        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _second?.Dispose();
        _first?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A client of <paramref name="instance"/> carrying the cookies another instance set.</summary>
    private static PortalClient WithCookiesOf(PortalFactory instance, HttpResponseMessage signIn)
    {
        var http = instance.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        http.DefaultRequestHeaders.Add("Cookie", string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        return new PortalClient(http);
    }

    private static async Task<HttpResponseMessage> ApproveAsync(PortalClient client, IHtmlDocument candidatePage)
        => await client.PostFormAsync(candidatePage, "form:has(input[name=action][value=Approve])", new Dictionary<string, string>());

    [PostgreSqlFact]
    public async Task ASignInOnOneIsAcceptedByTheOther()
    {
        var onFirst = new PortalClient(_first.CreatePortalClient());
        var signIn = await onFirst.SignInAsync("phonggd", PortalFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var onSecond = WithCookiesOf(_second, signIn);
        var dashboard = await onSecond.GetPageAsync("/");

        Assert.Contains("Nguyễn Thị Hồng Nhung", dashboard.Body!.TextContent);
    }

    [PostgreSqlFact]
    public async Task AnApprovalOnOneIsSeenOnTheOtherAndARaceBetweenThemHasOneWinner()
    {
        var year = new VietnamClock(TimeProvider.System).Today().Year;
        var data = new CardData(_first.Services, year);
        var seen = (await data.CardsAsync(new CardSpec("Đoàn Thị Xuân", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Proposed)))[0];
        var raced = (await data.CardsAsync(new CardSpec("Văn Thị Yến", "Thôn Bác Vọng Tây", "N1", CardSpec.Uniform(9), CardStage.Proposed)))[0];
        using var communeOnFirst = await _first.SignInAsync("ubndxa");
        using var communeOnSecond = await _second.SignInAsync("ubndxa");

        var forward = await communeOnFirst.GetPageAsync($"/Approvals/Candidate/{seen}");
        await communeOnFirst.PostFormAsync(forward, "form:has(input[name=action][value=Forward])", new Dictionary<string, string>());
        var history = (await communeOnSecond.GetPageAsync($"/Approvals/Candidate/{seen}")).QuerySelector("[data-testid=history]")!.TextContent;
        Assert.Contains("ubndxa", history);
        Assert.Contains(ApprovalAction.Forward, await _second.WithDbAsync(db => db.Candidates.Where(c => c.RegistrationId == seen)
            .SelectMany(c => c.Transitions).Select(t => t.Action).ToListAsync()));

        await communeOnFirst.PostFormAsync(await communeOnFirst.GetPageAsync($"/Approvals/Candidate/{raced}"),
            "form:has(input[name=action][value=Forward])", new Dictionary<string, string>());
        using var districtOnFirst = await _first.SignInAsync("phonggd");
        using var districtOnSecond = await _second.SignInAsync("phonggd");
        var recognisedBefore = await RecognisedAsync(districtOnSecond);
        var pageOnFirst = await districtOnFirst.GetPageAsync($"/Approvals/Candidate/{raced}");
        var pageOnSecond = await districtOnSecond.GetPageAsync($"/Approvals/Candidate/{raced}");

        var won = await ApproveAsync(districtOnFirst, pageOnFirst);
        var lost = await ApproveAsync(districtOnSecond, pageOnSecond);

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, lost.StatusCode);
        var candidate = await _second.WithDbAsync(db => db.Candidates.AsNoTracking().Include(c => c.Transitions).SingleAsync(c => c.RegistrationId == raced));
        Assert.Equal(CandidateState.Recognised, candidate.State);
        Assert.Single(candidate.Transitions, t => t.Action == ApprovalAction.Approve);
        Assert.Contains("vừa được người khác xử lý", (await districtOnSecond.GetPageAsync(lost.Headers.Location!.OriginalString)).Body!.TextContent);

        // Both instances count the same from the one database.
        foreach (var kpi in new[] { "kpi-registered", "kpi-recognised", "dashboard-table" })
        {
            var onFirst = (await districtOnFirst.GetPageAsync("/")).QuerySelector($"[data-testid={kpi}]")!.TextContent.Trim();
            var onSecond = (await districtOnSecond.GetPageAsync("/")).QuerySelector($"[data-testid={kpi}]")!.TextContent.Trim();
            Assert.Equal(onFirst, onSecond);
        }

        Assert.Equal(recognisedBefore + 1, await RecognisedAsync(districtOnSecond));
    }

    private static async Task<int> RecognisedAsync(PortalClient client)
    {
        var text = (await client.GetPageAsync("/")).QuerySelector("[data-testid=kpi-recognised]")!.TextContent;
        return int.Parse(new string(text.SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
    }
}
