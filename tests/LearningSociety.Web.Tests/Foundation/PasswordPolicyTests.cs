using System.Net;
using LearningSociety.Web.Security;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.Web.Tests.Foundation;

/// <summary>Passwords per OWASP ASVS 5.0 level 2: length and a common-password list, no composition rules.</summary>
public sealed class PasswordPolicy : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public void TheCommonPasswordListShippedWithThePortalHasAtLeastTenThousandEntries()
    {
        var list = _factory.Services.GetRequiredService<CommonPasswordList>();

        Assert.True(list.Count >= 10_000, $"{list.Count} entries");
        Assert.True(list.Contains("Password123"));
    }

    [Theory]
    [InlineData("Password123", "quá phổ biến")]
    [InlineData("qwertyuiop", "quá phổ biến")]
    [InlineData("Sunshine2025!!", "quá phổ biến")]
    [InlineData("Demo@12345", "mật khẩu mẫu")]
    [InlineData("Phonggd@2026", "tên đăng nhập")]
    [InlineData("Khuyenhoc-2026", "tên đăng nhập hoặc tên của cổng")]
    public async Task AGuessablePasswordIsRefusedAtTheField(string password, string message)
    {
        using var client = await _factory.SignInAsync("phonggd");

        var response = await client.PostFormAsync(await client.GetPageAsync("/Account/ChangePassword"), "main form", new Dictionary<string, string>
        {
            ["CurrentPassword"] = PortalFactory.DemoPassword, ["NewPassword"] = password, ["ConfirmPassword"] = password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("[data-valmsg-for=NewPassword]")!.TextContent);
    }

    [Fact]
    public async Task APassphraseWithoutDigitsOrCapitalsIsAccepted()
    {
        using var client = await _factory.SignInAsync("ubndxa");

        var response = await client.PostFormAsync(await client.GetPageAsync("/Account/ChangePassword"), "main form", new Dictionary<string, string>
        {
            ["CurrentPassword"] = PortalFactory.DemoPassword, ["NewPassword"] = "hoa sen nở giữa đầm", ["ConfirmPassword"] = "hoa sen nở giữa đầm",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var again = await _factory.SignInAsync("ubndxa", "hoa sen nở giữa đầm");
    }

    [Fact]
    public async Task AnAdministratorCannotGiveANewAccountACommonOrTheDemoPassword()
    {
        using var admin = await _factory.SignInAsync("admin");
        var unit = await _factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Name == "Thôn Đức Nhuận").Select(u => u.Id).SingleAsync());

        foreach (var (password, message) in new[] { ("Password123", "quá phổ biến"), (PortalFactory.DemoPassword, "mật khẩu mẫu") })
        {
            var response = await admin.PostFormAsync(await admin.GetPageAsync("/Users/Create"), "main form", new Dictionary<string, string>
            {
                ["UserName"] = "chihoi3", ["FullName"] = "Trương Văn Ba", ["Password"] = password, ["Role"] = "VillageBranch",
                ["UnitId"] = unit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, (await PortalClient.ParseAsync(response)).QuerySelector("[data-valmsg-for=Password]")!.TextContent);
        }

        Assert.False(await _factory.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "chihoi3")));
    }
}
