using System.Net;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Citizens;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using LearningSociety.TestSupport;

namespace LearningSociety.Web.Tests.Foundation;

/// <summary>Files with personal data are not kept by caches and are saved, not opened; a CCCD number taken elsewhere names no one.</summary>
public sealed class PersonalFiles : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task EvidenceIsSentAsAnAttachmentThatNoCacheKeeps()
    {
        var evidenceId = 0;
        await _factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var registration = await db.Registrations.Where(r => r.Village.Name == "Thôn Bác Vọng Đông").Select(r => r.Id).FirstAsync();
            var file = new EvidenceFile(registration, "TC1.1", "giấy khen.pdf", "application/pdf", "%PDF-1.4 test"u8.ToArray(), "chihoi", DateTimeOffset.UtcNow);
            db.EvidenceFiles.Add(file);
            await db.SaveChangesAsync();
            evidenceId = file.Id;
        });
        using var branch = await _factory.SignInAsync("chihoi");

        var response = await branch.GetAsync($"/Scorecards/Evidence/{evidenceId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("giấy khen.pdf", disposition.FileNameStar);
    }

    [Fact]
    public async Task ReportsAreSentAsAttachmentsThatNoCacheKeeps()
    {
        var data = new CardData(_factory.Services, new VietnamClock(TimeProvider.System).Today().Year);
        var ids = await data.CardsAsync(new CardSpec("Nguyễn Thị Lan", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised));
        var decision = await data.DecisionAsync("9/QĐ-UBND", new DateOnly(data.Year, 12, 5), ids);
        var village = await data.UnitIdAsync("Thôn Bác Vọng Đông");
        using var district = await _factory.SignInAsync("phonggd");

        foreach (var url in new[] { $"/Reports/Decision/{decision}?format=xlsx", $"/Reports/Decision/{decision}?format=pdf",
                     $"/Reports/Proposals?villageId={village}&year={data.Year}&format=xlsx", $"/Reports/Scorecard/{ids[0]}?format=pdf" })
        {
            var response = await district.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore, url);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        }
    }

    [Fact]
    public async Task ACccdHeldInAnotherVillageIsAnsweredWithoutSayingWhereOrWhose()
    {
        var group = await _factory.WithDbAsync(db => db.CitizenGroups.Where(g => g.Code == "N3").Select(g => g.Id).SingleAsync());
        Dictionary<string, string> Fields(string name) => new()
        {
            ["FullName"] = name, ["BirthYear"] = "1990", ["Gender"] = "Female", ["NationalId"] = "046190004321",
            ["Consent"] = "true", ["ConsentDate"] = "01/02/2026", ["GroupId"] = group.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        using (var holderBranch = await _factory.SignInAsync("chihoi"))
        {
            var created = await holderBranch.PostFormAsync(await holderBranch.GetPageAsync("/Citizens/Create"), "main form", Fields("Bùi Thị Yến"));
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        using var otherBranch = await _factory.SignInAsync("chihoi2");
        var response = await otherBranch.PostFormAsync(await otherBranch.GetPageAsync("/Citizens/Create"), "main form", Fields("Bùi Thị Yên"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(NationalIdMessages.AlreadyRegistered, page.QuerySelector("[data-valmsg-for=NationalId]")!.TextContent.Trim());
        Assert.Contains("liên hệ Phòng Giáo dục và Đào tạo", page.Body!.TextContent);
        Assert.DoesNotContain("Bùi Thị Yến", page.Body.TextContent);
        Assert.DoesNotContain("Bác Vọng Đông", page.Body.TextContent);
        Assert.DoesNotContain("ngoài", page.QuerySelector("[data-valmsg-for=NationalId]")!.TextContent);
    }
}
