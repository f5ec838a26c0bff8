using AngleSharp.Html.Dom;
using LearningSociety.Domain;
using LearningSociety.Web.Features.Audit;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Audit;

public sealed class AuditTrailPaging : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task TheTrailHasTheSharedPagerWithFirstAndLastPages()
    {
        using var admin = await _factory.SignInAsync("admin"); // signing in is audited too: count after it
        var total = await _factory.WithDbAsync(db => db.AuditEntries.CountAsync());
        var pages = (total + AuditController.PageSize - 1) / AuditController.PageSize;
        Assert.True(pages >= 3, $"the demo seed leaves {total} audit rows");

        var page = await admin.GetPageAsync("/Audit?page=2");

        var links = page.QuerySelectorAll("nav[data-testid=pager] a").Cast<IHtmlAnchorElement>().ToList();
        Assert.InRange(links.Count, 5, 9);
        Assert.Equal("Trang đầu", links[0].GetAttribute("aria-label"));
        Assert.Equal("Trang cuối", links[^1].GetAttribute("aria-label"));
        Assert.EndsWith($"page={pages}", links[^1].Href);
        Assert.Equal("2", Assert.Single(links, a => a.GetAttribute("aria-current") == "page").TextContent);
        Assert.Equal($"Trang 2 / {VietnameseFormat.Number(pages)}", page.QuerySelector("[data-testid=page-of]")!.TextContent.Trim());
    }

    public void Dispose() => _factory.Dispose();
}
