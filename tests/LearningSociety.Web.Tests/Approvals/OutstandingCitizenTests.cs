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

public sealed class OutstandingCitizenStatus : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly int _year = new VietnamClock(TimeProvider.System).Today().Year;

    private async Task<int> CitizenWithHistoryAsync(string name, int earlierYears, bool recogniseThisYear)
    {
        var registration = (await new CardData(_factory.Services, _year).CardsAsync(new CardSpec(name, "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9),
            recogniseThisYear ? CardStage.Recognised : CardStage.Appraised, RecognisedYearsBefore: earlierYears)))[0];
        return await _factory.WithDbAsync(db => db.Registrations.Where(r => r.Id == registration).Select(r => r.CitizenId).SingleAsync());
    }

    [Fact]
    public async Task FiveRecognisedYearsInARowMakeACitizenOutstanding()
    {
        var id = await CitizenWithHistoryAsync("Trương Văn Đạt", 4, recogniseThisYear: true);
        using var client = await _factory.SignInAsync("chihoi");

        var page = await client.GetPageAsync($"/Citizens/Details/{id}");

        Assert.Contains("tiêu biểu xuất sắc", page.QuerySelector("[data-testid=outstanding]")!.TextContent);
    }

    [Fact]
    public async Task APassedCardNotYetRecognisedThisYearDoesNotCount()
    {
        var id = await CitizenWithHistoryAsync("Trương Văn Bảo", 4, recogniseThisYear: false);
        using var client = await _factory.SignInAsync("chihoi");

        var page = await client.GetPageAsync($"/Citizens/Details/{id}");

        Assert.Null(page.QuerySelector("[data-testid=outstanding]"));
    }

    public void Dispose() => _factory.Dispose();
}
