using System.Net;
using AngleSharp.Html.Dom;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Approvals;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using LearningSociety.TestSupport;

namespace LearningSociety.Web.Tests.Approvals;

/// <summary>The three-tier route through the real inbox pages: branch proposes, commune returns or forwards, district recognises.</summary>
public class ApprovalRouteThroughTheInboxes : IDisposable
{
    private readonly PortalFactory _factory;

    public ApprovalRouteThroughTheInboxes()
        : this(TestDatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another database (see PostgreSql/OnPostgreSql.cs).</summary>
    protected ApprovalRouteThroughTheInboxes(TestDatabaseProvider provider) => _factory = new PortalFactory(provider);
    private readonly int _year = new VietnamClock(TimeProvider.System).Today().Year;

    private async Task<int> AppraisedCardAsync(string name, string village, int score)
        => (await new CardData(_factory.Services, _year).CardsAsync(new CardSpec(name, village, "N1", CardSpec.Uniform(score), CardStage.Appraised)))[0];

    private async Task<HttpResponseMessage> BulkAsync(PortalClient client, ApprovalAction action, params int[] registrationIds)
    {
        // The list of the first card's village (a commune or district opens on the summary of its units).
        var village = await _factory.WithDbAsync(db => db.Registrations.Where(r => r.Id == registrationIds[0]).Select(r => r.VillageId).SingleAsync());
        var inbox = await client.GetPageAsync($"/Approvals?unitId={village}");
        var form = (IHtmlFormElement)inbox.QuerySelector("#bulk-form")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", token), new("action", action.ToString()),
            new("year", form.QuerySelector("input[name=year]")!.GetAttribute("value")!),
        };
        foreach (var id in registrationIds)
        {
            var box = inbox.QuerySelector($"input[name=selected][value^='{id}:']")
                ?? throw new InvalidOperationException($"Registration {id} is not selectable in this inbox.");
            fields.Add(new("selected", box.GetAttribute("value")!));
        }

        return await client.Http.PostAsync("/Approvals/Bulk", new FormUrlEncodedContent(fields));
    }

    private async Task<HttpResponseMessage> ActAsync(PortalClient client, int registrationId, ApprovalAction action, string? comment = null)
    {
        var page = await client.GetPageAsync($"/Approvals/Candidate/{registrationId}");
        var form = page.QuerySelectorAll("main form").Cast<IHtmlFormElement>()
            .First(f => f.QuerySelector($"[name=action][value={action}]") is not null);
        var fields = new Dictionary<string, string> { ["action"] = action.ToString() };
        if (comment is not null)
        {
            fields["comment"] = comment;
        }

        var selector = form.Id is { Length: > 0 } ? $"#{form.Id}" : $"form:has(input[name=action][value={action}])";
        return await client.PostFormAsync(page, selector, fields);
    }

    private Task<Candidate> CandidateAsync(int registrationId) => _factory.WithDbAsync(db => db.Candidates.AsNoTracking()
        .Include(c => c.Transitions).SingleAsync(c => c.RegistrationId == registrationId));

    [PortalFact]
    public async Task ACandidateTravelsVillageCommuneDistrictWithAReturnOnTheWay()
    {
        var lan = await AppraisedCardAsync("Nguyễn Thị Lan", "Thôn Bác Vọng Đông", 9);
        var mai = await AppraisedCardAsync("Trần Thị Mai", "Thôn Bác Vọng Đông", 8);
        using var branch = await _factory.SignInAsync("chihoi");
        using var commune = await _factory.SignInAsync("ubndxa");
        using var district = await _factory.SignInAsync("phonggd");

        Assert.Equal(HttpStatusCode.Redirect, (await BulkAsync(branch, ApprovalAction.Propose, lan, mai)).StatusCode);
        Assert.Contains("2/2 hồ sơ thành công", (await branch.GetPageAsync("/Approvals")).Body!.TextContent);

        await ActAsync(commune, mai, ApprovalAction.Return, "Thiếu minh chứng chỉ số 2.1");
        await BulkAsync(commune, ApprovalAction.Forward, lan);

        var branchInbox = await branch.GetPageAsync("/Approvals");
        Assert.Contains("Lý do: Thiếu minh chứng chỉ số 2.1", branchInbox.QuerySelector("[data-testid=inbox]")!.TextContent);
        Assert.False((await _factory.WithDbAsync(db => db.Registrations.SingleAsync(r => r.Id == mai))).IsLocked);
        await BulkAsync(branch, ApprovalAction.Propose, mai);
        await BulkAsync(commune, ApprovalAction.Forward, mai);
        await BulkAsync(district, ApprovalAction.Approve, lan, mai);

        var recognised = await CandidateAsync(mai);
        Assert.Equal(CandidateState.Recognised, recognised.State);
        Assert.Equal(
            [ApprovalAction.Propose, ApprovalAction.Return, ApprovalAction.Propose, ApprovalAction.Forward, ApprovalAction.Approve],
            recognised.Transitions.OrderBy(t => t.Sequence).Select(t => t.Action));
        Assert.Equal(["chihoi", "ubndxa", "chihoi", "ubndxa", "phonggd"], recognised.Transitions.OrderBy(t => t.Sequence).Select(t => t.Actor));
        var history = (await district.GetPageAsync($"/Approvals/Candidate/{mai}")).QuerySelector("[data-testid=history]")!.TextContent;
        Assert.Contains("Thiếu minh chứng chỉ số 2.1", history);
        Assert.True((await _factory.WithDbAsync(db => db.Registrations.SingleAsync(r => r.Id == lan))).IsLocked);

        var decisionForm = await district.GetPageAsync("/Decisions/Create");
        var bad = await district.PostFormAsync(decisionForm, "main form", new Dictionary<string, string> { ["Number"] = "125", ["SignerName"] = "Lê Văn Tâm" });
        Assert.Contains("Số quyết định có dạng 125/QĐ-UBND.", (await PortalClient.ParseAsync(bad)).Body!.TextContent);
        var recorded = await district.PostFormAsync(decisionForm, "main form", new Dictionary<string, string>
        {
            ["Number"] = "125/QĐ-UBND", ["Date"] = "05/12/" + _year, ["SignerName"] = "Lê Văn Tâm",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var decision = await district.GetPageAsync(recorded.Headers.Location!.OriginalString);
        var listed = decision.QuerySelector("[data-testid=decision-people]")!.TextContent;
        Assert.Contains("Nguyễn Thị Lan", listed);
        Assert.Contains("Trần Thị Mai", listed);
        var locked = await CandidateAsync(lan);
        Assert.Equal("125/QĐ-UBND", locked.DecisionNumber);
        Assert.NotNull(locked.DecisionId);

        // Locked by the decision: nobody can send it back any more.
        var token = await district.TokenFromAsync("/Account/ChangePassword");
        await district.PostAsync($"/Approvals/Act/{lan}", token, new Dictionary<string, string>
        {
            ["version"] = locked.Version.ToString(), ["action"] = "Return", ["comment"] = "Nhầm",
        });
        Assert.Equal(CandidateState.Recognised, (await CandidateAsync(lan)).State);
        Assert.Contains("125/QĐ-UBND", (await branch.GetPageAsync("/Decisions")).Body!.TextContent);
    }

    [PortalFact]
    public async Task ABranchCannotProposeAFailingCard()
    {
        var failing = await AppraisedCardAsync("Lò Văn Hùng", "Thôn Bác Vọng Đông", 7);
        using var branch = await _factory.SignInAsync("chihoi");

        var page = await branch.GetPageAsync($"/Approvals/Candidate/{failing}");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? await branch.TokenFromAsync("/Citizens/Create");
        var response = await branch.PostAsync($"/Approvals/Act/{failing}", token, new Dictionary<string, string> { ["version"] = "0", ["action"] = "Propose" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("phiếu đánh giá chưa đạt", (await branch.GetPageAsync($"/Approvals/Candidate/{failing}")).Body!.TextContent);
        Assert.False(await _factory.WithDbAsync(db => db.Candidates.AnyAsync(c => c.RegistrationId == failing)));
    }

    [PortalFact]
    public async Task ACommuneCannotActOnAnotherCommunesCandidate()
    {
        var other = await AppraisedCardAsync("Hồ Thị Nga", "Thôn Sơn Tùng", 9); // Xã Quảng Vinh
        using var admin = await _factory.SignInAsync("admin");
        using var commune = await _factory.SignInAsync("ubndxa");
        var token = await commune.TokenFromAsync("/Account/ChangePassword");

        var response = await commune.PostAsync($"/Approvals/Act/{other}", token, new Dictionary<string, string> { ["version"] = "0", ["action"] = "Propose" });

        // A card outside the commune is not there for it: the same 404 as its page, and nothing moves.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.Candidates.AnyAsync(c => c.RegistrationId == other)));
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/Approvals/Candidate/{other}")).StatusCode);
    }

    [PortalFact]
    public async Task TwoDistrictOfficersApprovingAtOnceApplyItOnce()
    {
        var card = await AppraisedCardAsync("Phan Văn Khoa", "Thôn Bác Vọng Tây", 9);
        using var branch2 = await _factory.SignInAsync("chihoi2");
        using var commune = await _factory.SignInAsync("ubndxa");
        await BulkAsync(branch2, ApprovalAction.Propose, card);
        await BulkAsync(commune, ApprovalAction.Forward, card);
        using var first = await _factory.SignInAsync("phonggd");
        using var second = await _factory.SignInAsync("phonggd");
        var firstPage = await first.GetPageAsync($"/Approvals/Candidate/{card}");
        var secondPage = await second.GetPageAsync($"/Approvals/Candidate/{card}");

        await first.PostFormAsync(firstPage, "form:has(input[name=action][value=Approve])", new Dictionary<string, string>());
        await second.PostFormAsync(secondPage, "form:has(input[name=action][value=Approve])", new Dictionary<string, string>());

        var candidate = await CandidateAsync(card);
        Assert.Single(candidate.Transitions, t => t.Action == ApprovalAction.Approve);
        Assert.Contains("vừa được người khác xử lý", (await second.GetPageAsync($"/Approvals/Candidate/{card}")).Body!.TextContent);
    }

    public void Dispose() => _factory.Dispose();
}
