using System.Text.RegularExpressions;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Demo;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace LearningSociety.Web.Tests.Demo;

/// <summary>
/// Each demo account's first page says in one line what waits for that person, with a link to it (issue 17). The numbers
/// are checked against the cards and candidates themselves, not against the tallies the line is read from, and the link
/// opens the inbox listing exactly that work.
/// </summary>
public sealed partial class WaitingWorkTests(DemoYearPortal portal, ITestOutputHelper output) : IClassFixture<DemoYearPortal>
{
    private const int Year = DemoYearPortal.Year;

    public static TheoryData<string> BranchAccounts() => [.. DemoYear.BranchOf];

    [Theory]
    [MemberData(nameof(BranchAccounts))]
    public async Task ABranchSeesItsPassingCardsToProposeItsReturnedOneAndItsCardsToAppraise(string userName)
    {
        var village = await UnitOfAsync(userName);
        var (toPropose, returned, toAppraise) = await portal.Factory.WithDbAsync(async db => (
            await db.Registrations.CountAsync(r => r.VillageId == village && r.Year == Year && r.Passed == true
                && (!db.Candidates.Any(c => c.RegistrationId == r.Id)
                    || db.Candidates.Any(c => c.RegistrationId == r.Id && c.CurrentStepOrder == 1 && c.State == CandidateState.Returned))),
            await db.Candidates.CountAsync(c => c.Registration.VillageId == village && c.Year == Year && c.State == CandidateState.Returned),
            await db.Registrations.CountAsync(r => r.VillageId == village && r.Year == Year && r.Status == ScorecardStatus.SelfAssessed)));

        var line = await LineAsync(userName);

        Assert.StartsWith($"{toPropose} hồ sơ chờ Chi hội khuyến học thôn thẩm định, đề nghị", line.Text);
        Assert.Equal(returned > 0, line.Text.Contains($"(trong đó {returned} hồ sơ bị trả lại)", StringComparison.Ordinal));
        Assert.Contains($"; {toAppraise} phiếu chờ thẩm định", line.Text);
        Assert.Matches(@" — hạn \d\d/\d\d \(còn \d+ ngày\)\.$", line.Text);
        Assert.Equal(toPropose, await WaitingInInboxAsync(userName, line.Links[0], village));
    }

    [Theory]
    [InlineData("ubndxa", "Xã Quảng Phú")]
    [InlineData("ubndvinh", "Xã Quảng Vinh")]
    public async Task ACommuneOfficerSeesTheProposalsWaitingForTheCommune(string userName, string commune)
    {
        var unit = await UnitOfAsync(userName);
        var waiting = await portal.Factory.WithDbAsync(db => db.Candidates.CountAsync(c => c.Year == Year && c.CurrentStepOrder == 2
            && c.State == CandidateState.InReview && c.Registration.Village.Parent!.Name == commune));

        var line = await LineAsync(userName);

        Assert.True(waiting > 0);
        Assert.StartsWith($"{waiting} hồ sơ chờ UBND xã xem xét, chuyển lên — hạn ", line.Text);
        Assert.Equal(waiting, await WaitingInInboxAsync(userName, line.Links[0], unit));
    }

    [Fact]
    public async Task TheDistrictOfficeSeesTheFilesToRecogniseAndTheRecognisedWaitingForTheirDecision()
    {
        var unit = await UnitOfAsync("phonggd");
        var (waiting, undecided) = await portal.Factory.WithDbAsync(async db => (
            await db.Candidates.CountAsync(c => c.Year == Year && c.CurrentStepOrder == 3 && c.State == CandidateState.InReview),
            await db.Candidates.CountAsync(c => c.Year == Year && c.State == CandidateState.Recognised && c.DecisionNumber == null)));

        var line = await LineAsync("phonggd");

        Assert.StartsWith($"{waiting} hồ sơ chờ Phòng GD&ĐT phê duyệt, công nhận; {undecided} công dân đã công nhận chờ ra quyết định — hạn ", line.Text);
        Assert.Equal(waiting, await WaitingInInboxAsync("phonggd", line.Links[0], unit));
        Assert.Equal($"/Decisions/Create?year={Year}", line.Links[1].Url);
    }

    [Theory]
    [InlineData("xemhuyen", "Huyện Quảng Điền")]
    [InlineData("admin", "Tỉnh Thừa Thiên Huế")]
    public async Task ThoseWhoActOnNoStepSeeWhatWaitsInTheirUnitsByStep(string userName, string unit)
    {
        var waiting = await portal.Factory.WithDbAsync(async db =>
            await db.Candidates.CountAsync(c => c.Year == Year && (c.State == CandidateState.InReview || c.State == CandidateState.Returned))
            + await db.Registrations.CountAsync(r => r.Year == Year && r.Passed == true && !db.Candidates.Any(c => c.RegistrationId == r.Id)));

        var line = await LineAsync(userName);

        Assert.StartsWith($"Không có việc chờ bạn xử lý; {unit} có {waiting} hồ sơ đang chờ các cấp xét duyệt: ", line.Text);
        Assert.Equal($"/Approvals?year={Year}", line.Links[0].Url);
    }

    private sealed record Line(string Text, IReadOnlyList<(string Text, string Url)> Links);

    private async Task<Line> LineAsync(string userName)
    {
        using var client = await portal.Factory.SignInAsync(userName);
        var page = await client.GetPageAsync("/");
        var line = Assert.Single(page.QuerySelectorAll("[data-testid=waiting-line]"));
        var text = Regex.Replace(line.QuerySelector("span")!.TextContent, @"\s+", " ").Trim();
        output.WriteLine($"{userName}: {text}");
        return new Line(text, line.QuerySelectorAll("a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href")!)).ToList());
    }

    private async Task<int> WaitingInInboxAsync(string userName, (string Text, string Url) link, int unitId)
    {
        Assert.Equal($"/Approvals?year={Year}&unitId={unitId}&state=mine", link.Url);
        using var client = await portal.Factory.SignInAsync(userName);
        var inbox = await client.GetPageAsync(link.Url);
        var count = inbox.QuerySelector("[data-testid=list-count]")!.TextContent;
        var match = ListCount().Match(count);
        Assert.True(match.Success, count);
        Assert.Equal(match.Groups["all"].Value, match.Groups["mine"].Value); // the link's filter lists only the user's work
        return int.Parse(match.Groups["mine"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<int> UnitOfAsync(string userName)
        => portal.Factory.WithDbAsync(db => db.RoleAssignments.Where(a => db.Users.Any(u => u.Id == a.UserId && u.UserName == userName))
            .Select(a => a.UnitId).SingleAsync());

    [GeneratedRegex(@"(?<all>\d+) hồ sơ, (?<mine>\d+) chờ tôi xử lý")]
    private static partial Regex ListCount();
}
