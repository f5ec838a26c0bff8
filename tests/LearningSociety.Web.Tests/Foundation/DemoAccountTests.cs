using System.Net;
using LearningSociety.Web.Tests.Infrastructure;

namespace LearningSociety.Web.Tests.Foundation;

/// <summary>The demo accounts of Xã Quảng Vinh and the district viewer find their own units, and the viewer changes nothing.</summary>
public sealed class DemoAccounts : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("ubndvinh", "Cán bộ UBND xã – Xã Quảng Vinh")]
    [InlineData("chihoivinh", "Chi hội khuyến học thôn – Thôn Sơn Tùng")]
    [InlineData("xemhuyen", "Chỉ xem – Huyện Quảng Điền")]
    public async Task EachDemoAccountSignsInToItsOwnUnit(string userName, string grant)
    {
        using var client = await _factory.SignInAsync(userName);

        var dashboard = await client.GetPageAsync("/");

        Assert.Contains(grant, dashboard.QuerySelector("[data-testid=roles]")!.TextContent);
    }

    [Fact]
    public async Task TheViewerReadsTheDistrictsRegisterButCannotAddToIt()
    {
        using var viewer = await _factory.SignInAsync("xemhuyen");

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/Citizens")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await viewer.GetAsync("/Citizens/Create")).StatusCode);
    }
}
