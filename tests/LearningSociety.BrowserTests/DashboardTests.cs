using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace LearningSociety.BrowserTests;

public sealed class Dashboards(KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    [BrowserFact]
    public async Task EachDemoRoleSignsInOnAPhoneAndSeesItsOwnDashboard()
    {
        (string User, string Role, string Unit)[] accounts =
        [
            ("admin", "Quản trị hệ thống", "Tỉnh Thừa Thiên Huế"),
            ("phonggd", "Phòng Giáo dục và Đào tạo", "Huyện Quảng Điền"),
            ("ubndxa", "Cán bộ UBND xã", "Xã Quảng Phú"),
            ("chihoi", "Chi hội khuyến học thôn", "Thôn Bác Vọng Đông"),
            ("chihoi2", "Chi hội khuyến học thôn", "Thôn Bác Vọng Tây"),
            ("ubndvinh", "Cán bộ UBND xã", "Xã Quảng Vinh"),
            ("chihoivinh", "Chi hội khuyến học thôn", "Thôn Sơn Tùng"),
            ("xemhuyen", "Chỉ xem", "Huyện Quảng Điền"),
        ];

        foreach (var account in accounts)
        {
            var page = await portal.SignInAsync(account.User);

            var roles = await page.Locator("[data-testid=roles]").InnerTextAsync();
            Assert.Contains($"{account.Role} – {account.Unit}", roles);
            Assert.Contains("Tiến độ \"Công dân học tập\"", await page.Locator("main").InnerTextAsync());
            // Nothing may overflow a 360 px screen horizontally.
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= 360, $"{account.User}: page is {scrollWidth}px wide on a 360px screen");
            await KestrelPortal.ScreenshotAsync(page, $"dashboard-{account.User}");
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task TheMenuShowsAdministrationOnlyToTheAdministrator()
    {
        var admin = await portal.SignInAsync("admin", width: 1280, height: 800);
        var branch = await portal.SignInAsync("chihoi", width: 1280, height: 800);

        Assert.True(await admin.GetByRole(AriaRole.Link, new() { Name = "Tài khoản" }).IsVisibleAsync());
        Assert.Equal(0, await branch.GetByRole(AriaRole.Link, new() { Name = "Tài khoản" }).CountAsync());

        await admin.Context.CloseAsync();
        await branch.Context.CloseAsync();
    }
}
