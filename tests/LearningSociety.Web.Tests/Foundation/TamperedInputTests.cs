using System.Net;
using LearningSociety.Domain.Deadlines;
using LearningSociety.TestSupport;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Foundation;

/// <summary>Values the pages never send, posted by hand: a clear refusal, never a 500, and nothing changed.</summary>
public sealed class TamperedInput : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly int _year = new VietnamClock(TimeProvider.System).Today().Year;

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("abc:def")]
    [InlineData("99999999999:1")]
    [InlineData("1:-1")]
    [InlineData("1:2:3")]
    public async Task ABulkActionWithASelectionThePageNeverSendsIsABadRequestThatChangesNothing(string selected)
    {
        var card = (await new CardData(_factory.Services, _year).CardsAsync(
            new CardSpec("Nguyễn Thị Thu", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Appraised)))[0];
        using var branch = await _factory.SignInAsync("chihoi");
        var token = await branch.TokenFromAsync("/Approvals", "#bulk-form");

        var response = await branch.PostAsync("/Approvals/Bulk", token, new Dictionary<string, string>
        {
            ["action"] = "Propose", ["year"] = _year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["selected"] = selected,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Candidates.CountAsync(c => c.RegistrationId == card)));
    }

    [Fact]
    public async Task ADecisionAmendingADecisionTheUnitNeverIssuedIsRefusedAtTheFieldAndNothingIsSaved()
    {
        var card = (await new CardData(_factory.Services, _year).CardsAsync(
            new CardSpec("Trần Văn Hải", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised)))[0];
        using var district = await _factory.SignInAsync("phonggd");
        var form = await district.GetPageAsync("/Decisions/Create");

        var response = await district.PostFormAsync(form, "main form", new Dictionary<string, string>
        {
            ["Number"] = "126/QĐ-UBND", ["Date"] = "05/12/" + _year, ["SignerName"] = "Lê Văn Tâm",
            ["Selected"] = card.ToString(System.Globalization.CultureInfo.InvariantCulture), ["AmendsDecisionId"] = "999999",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Quyết định được sửa đổi không có trong các quyết định của đơn vị.", (await PortalClient.ParseAsync(response)).Body!.TextContent);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.RecognitionDecisions.CountAsync()));
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("-1")]
    public async Task ACitizenWithAGroupTheCatalogueDoesNotHaveIsRefusedAtTheFieldAndNotSaved(string groupId)
    {
        using var branch = await _factory.SignInAsync("chihoi");
        var before = await _factory.WithDbAsync(db => db.Citizens.CountAsync());

        var response = await branch.PostFormAsync(await branch.GetPageAsync("/Citizens/Create"), "main form", new Dictionary<string, string>
        {
            ["FullName"] = "Lâm Thị Hoa", ["BirthYear"] = "1990", ["Gender"] = "Female", ["GroupId"] = groupId,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nhóm đối tượng không có trong danh mục", (await PortalClient.ParseAsync(response)).Body!.TextContent);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Citizens.CountAsync()));
    }
}
