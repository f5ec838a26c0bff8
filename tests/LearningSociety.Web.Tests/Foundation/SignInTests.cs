using System.Net;
using LearningSociety.Web.Tests.Infrastructure;

namespace LearningSociety.Web.Tests.Foundation;

public sealed class SignIn(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnonymousVisitorsAreSentToTheSignInPage()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/Units");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("admin", "Quản trị hệ thống")]
    [InlineData("phonggd", "Phòng Giáo dục và Đào tạo – Huyện Quảng Điền")]
    [InlineData("ubndxa", "Cán bộ UBND xã – Xã Quảng Phú")]
    [InlineData("chihoi", "Chi hội khuyến học thôn – Thôn Bác Vọng Đông")]
    [InlineData("chihoi2", "Chi hội khuyến học thôn – Thôn Bác Vọng Tây")]
    public async Task EachDemoAccountSignsInAndSeesItsRoleOnTheDashboard(string userName, string expectedRole)
    {
        using var client = await factory.SignInAsync(userName);

        var page = await client.GetPageAsync("/");

        Assert.Contains(expectedRole, page.QuerySelector("[data-testid=roles]")!.TextContent);
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithAVietnameseMessage()
    {
        using var client = new PortalClient(factory.CreatePortalClient());

        var response = await client.SignInAsync("ubndxa", "sai-mat-khau-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", page.Body!.TextContent);
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRejected()
    {
        using var client = await factory.SignInAsync("admin");

        var response = await client.Http.PostAsync("/Account/Logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task APostWithAnotherSessionsTokenIsRejected()
    {
        using var other = await factory.SignInAsync("phonggd");
        var foreignToken = await other.TokenFromAsync("/Account/ChangePassword");
        using var client = await factory.SignInAsync("admin");

        var response = await client.PostAsync("/Account/ChangePassword", foreignToken, new Dictionary<string, string>
        {
            ["CurrentPassword"] = PortalFactory.DemoPassword, ["NewPassword"] = "Khac@123456", ["ConfirmPassword"] = "Khac@123456",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PagesCarrySecurityHeadersAndSpeakVietnamese()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/Account/Login");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("Đăng nhập", html);
    }

    [Fact]
    public async Task HealthAnswers200WithTheDatabaseChecked()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
