using System.Net;
using LearningSociety.Web.Auditing;
using LearningSociety.Web.Security;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.Web.Tests.Foundation;

/// <summary>Tests that change accounts get a database of their own.</summary>
public sealed class AccountSecurity : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword()
    {
        using var client = new PortalClient(_factory.CreatePortalClient());
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync("chihoi2", "Sai@mat-khau");
        }

        var response = await client.SignInAsync("chihoi2", PortalFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("tạm thời bị khóa", page.Body!.TextContent);
        var failures = await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "SignInFailed" && a.Actor == "chihoi2"));
        Assert.Equal(6, failures);
    }

    [Fact]
    public async Task ADisabledUserLosesAccessAtTheNextRequest()
    {
        using var branch = await _factory.SignInAsync("chihoi2");
        Assert.Equal(HttpStatusCode.OK, (await branch.GetAsync("/Units")).StatusCode);

        using var admin = await _factory.SignInAsync("admin");
        var userId = await _factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "chihoi2").Select(u => u.Id).SingleAsync());
        var edit = await admin.GetPageAsync($"/Users/Edit/{userId}");
        var disable = await admin.PostFormAsync(edit, $"form[action='/Users/SetActive/{userId}']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);

        var response = await branch.GetAsync("/Units");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
        var again = await new PortalClient(_factory.CreatePortalClient()).SignInAsync("chihoi2", PortalFactory.DemoPassword);
        Assert.Contains("vô hiệu hóa", (await PortalClient.ParseAsync(again)).Body!.TextContent);
    }

    [Fact]
    public async Task AnEndedAssignmentTakesEffectAtTheNextRequest()
    {
        using var commune = await _factory.SignInAsync("ubndxa");
        Assert.Contains("Xã Quảng Phú", (await commune.GetPageAsync("/Units")).QuerySelector("[data-testid=unit-tree]")!.TextContent);

        await _factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LearningSociety.Web.Data.AppDbContext>();
            var assignment = await db.RoleAssignments.SingleAsync(a => a.UserId == db.Users.Single(u => u.UserName == "ubndxa").Id);
            assignment.End(new DateOnly(2022, 1, 1));
            await db.SaveChangesAsync();
        });

        var tree = (await commune.GetPageAsync("/Units")).QuerySelector("[data-testid=unit-tree]")!.TextContent;
        Assert.DoesNotContain("Xã Quảng Phú", tree);
    }

    [Fact]
    public async Task ChangingThePasswordIsAuditedWithoutTheHash()
    {
        using var client = await _factory.SignInAsync("phonggd");
        var page = await client.GetPageAsync("/Account/ChangePassword");

        var response = await client.PostFormAsync(page, "main form", new Dictionary<string, string>
        {
            ["CurrentPassword"] = PortalFactory.DemoPassword, ["NewPassword"] = "MatKhauMoi2026", ["ConfirmPassword"] = "MatKhauMoi2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var audit = await _factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Entity == nameof(ApplicationUser) && a.Action == "Modified" && a.Actor == "phonggd").ToListAsync());
        var entry = Assert.Single(audit, a => a.Details!.Contains("PasswordHash"));
        Assert.Contains("đã đổi", entry.Details);
        Assert.DoesNotContain("AQAAAA", entry.Details);
    }

    [Fact]
    public async Task ATooShortNewPasswordIsRefusedAtTheField()
    {
        using var client = await _factory.SignInAsync("phonggd");
        var page = await client.GetPageAsync("/Account/ChangePassword");

        var response = await client.PostFormAsync(page, "main form", new Dictionary<string, string>
        {
            ["CurrentPassword"] = PortalFactory.DemoPassword, ["NewPassword"] = "Ngan1", ["ConfirmPassword"] = "Ngan1",
        });

        var result = await PortalClient.ParseAsync(response);
        Assert.Contains("ít nhất 10 ký tự", result.QuerySelector("[data-valmsg-for=NewPassword]")!.TextContent);
    }

    public void Dispose() => _factory.Dispose();
}
