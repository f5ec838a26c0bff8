using System.Diagnostics;
using System.Net;
using LearningSociety.Web.Features.Account;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Foundation;

/// <summary>Sessions end when they should: at sign-out, at the end of an assignment, and sign-in tells nothing about accounts.</summary>
public sealed class Sessions : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ACopiedCookieStopsWorkingWhenItsOwnerSignsOut()
    {
        using var owner = new PortalClient(_factory.CreatePortalClient());
        var signIn = await owner.SignInAsync("chihoi", PortalFactory.DemoPassword);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(".LearningSociety.Auth=", StringComparison.Ordinal));
        using var thief = _factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/Citizens")).StatusCode);

        var signOut = await owner.PostFormAsync(await owner.GetPageAsync("/"), "#logout-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var response = await thief.GetAsync("/Citizens");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task AnAssignmentThatBeganTodayAndIsEndedTodayStopsAtTheNextRequest()
    {
        using var officer = await _factory.SignInAsync("ubndxa");
        using var admin = await _factory.SignInAsync("admin");
        var userId = await _factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "ubndxa").Select(u => u.Id).SingleAsync());
        var quangVinh = await _factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Name == "Xã Quảng Vinh").Select(u => u.Id).SingleAsync());
        var added = await admin.PostFormAsync(await admin.GetPageAsync($"/Users/Edit/{userId}"), $"form[action='/Users/AddAssignment/{userId}']",
            new Dictionary<string, string> { ["Role"] = "CommuneOfficer", ["UnitId"] = quangVinh.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Xã Quảng Vinh", (await officer.GetPageAsync("/Units")).QuerySelector("[data-testid=unit-tree]")!.TextContent);

        var edit = await admin.GetPageAsync($"/Users/Edit/{userId}");
        var assignmentId = await _factory.WithDbAsync(db => db.RoleAssignments.Where(a => a.UserId == userId && a.UnitId == quangVinh).Select(a => a.Id).SingleAsync());
        var form = edit.QuerySelectorAll($"form[action='/Users/EndAssignment/{userId}']")
            .Single(f => f.QuerySelector("input[name=assignmentId]")!.GetAttribute("value") == assignmentId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        form.Id = "end-this";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(edit, "#end-this", new Dictionary<string, string>())).StatusCode);

        var tree = (await officer.GetPageAsync("/Units")).QuerySelector("[data-testid=unit-tree]")!.TextContent;
        Assert.DoesNotContain("Xã Quảng Vinh", tree);
        Assert.Contains("Xã Quảng Phú", tree);
        Assert.Contains("đã hủy, chưa từng áp dụng", (await admin.GetPageAsync($"/Users/Edit/{userId}")).Body!.TextContent);
    }

    [Fact]
    public async Task UnknownDisabledAndLockedAccountsAnswerLikeAWrongPassword()
    {
        await _factory.WithDbAsync(async db =>
        {
            var disabled = await db.Users.SingleAsync(u => u.UserName == "chihoi2");
            disabled.IsActive = false;
            var locked = await db.Users.SingleAsync(u => u.UserName == "phonggd");
            locked.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(10);
            return await db.SaveChangesAsync();
        });

        var answers = new Dictionary<string, string>
        {
            ["unknown"] = await SignInMessageAsync("khong-co-ai", "Mat-khau-bat-ky-1"),
            ["wrong password"] = await SignInMessageAsync("ubndxa", "Mat-khau-bat-ky-1"),
            ["disabled, wrong password"] = await SignInMessageAsync("chihoi2", "Mat-khau-bat-ky-1"),
            ["locked, wrong password"] = await SignInMessageAsync("phonggd", "Mat-khau-bat-ky-1"),
            ["locked, right password"] = await SignInMessageAsync("phonggd", PortalFactory.DemoPassword),
        };

        Assert.All(answers, a => Assert.Equal(AccountController.SignInFailedMessage, a.Value));
        Assert.Contains("vô hiệu hóa", await SignInMessageAsync("chihoi2", PortalFactory.DemoPassword));
    }

    [Fact]
    public async Task ADisabledAccountLocksAfterFiveWrongPasswordsAndThenNoLongerConfirmsTheRightOne()
    {
        await _factory.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.UserName == "chihoi2")).IsActive = false;
            return await db.SaveChangesAsync();
        });
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(AccountController.SignInFailedMessage, await SignInMessageAsync("chihoi2", "Mat-khau-doan-" + i));
        }

        Assert.Equal(AccountController.SignInFailedMessage, await SignInMessageAsync("chihoi2", PortalFactory.DemoPassword));
    }

    [Fact]
    public async Task AnUnknownAccountTakesAsLongToRefuseAsAWrongPassword()
    {
        using var client = new PortalClient(_factory.CreatePortalClient());
        var page = await client.GetPageAsync("/Account/Login");
        await PostSignInAsync(client, page, "ubndxa", "Khoi-dong-1"); // warm-up: the first hash and query pay for JIT

        var unknown = new List<double>();
        var wrong = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            unknown.Add(await PostSignInAsync(client, page, $"khong-co-ai-{i}", "Mat-khau-bat-ky-1"));
            wrong.Add(await PostSignInAsync(client, page, "chihoi", "Mat-khau-bat-ky-1"));
        }

        // Without a hash check for unknown names the refusal takes a few milliseconds against tens for a wrong password.
        Assert.True(Median(unknown) >= 0.5 * Median(wrong), $"unknown {Median(unknown):F1} ms, wrong password {Median(wrong):F1} ms");
    }

    private static async Task<double> PostSignInAsync(PortalClient client, AngleSharp.Html.Dom.IHtmlDocument page, string userName, string password)
    {
        var watch = Stopwatch.StartNew();
        var response = await client.PostFormAsync(page, "form[action='/Account/Login']",
            new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private async Task<string> SignInMessageAsync(string userName, string password)
    {
        using var client = new PortalClient(_factory.CreatePortalClient());
        var response = await client.SignInAsync(userName, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        return page.QuerySelector("[role=alert] .validation-summary-errors li, [role=alert] li")!.TextContent.Trim();
    }
}
