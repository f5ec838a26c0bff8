using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Deadlines;
using LearningSociety.TestSupport;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Integrity;

/// <summary>
/// Values the pages never send, or send only by mistake — a consent date in 2099 or 1900, a deadline for year −1, a
/// 200,000-character reason, a 4,240-character indicator code: refused at their field with a Vietnamese message, nothing
/// stored, nothing cut short, never a 500.
/// </summary>
public sealed class StoredValueBounds : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly int _year = new VietnamClock(TimeProvider.System).Today().Year;

    public void Dispose() => _factory.Dispose();

    private static string ErrorAt(IHtmlDocument page, string field) => page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? string.Empty;

    private async Task<Dictionary<string, string>> CitizenAsync(string name, string consentDate) => new()
    {
        ["FullName"] = name, ["DateOfBirth"] = "15/06/1990", ["BirthYear"] = "1990", ["Gender"] = "Female",
        ["GroupId"] = (await _factory.WithDbAsync(db => db.CitizenGroups.Where(g => g.Code == "N3").Select(g => g.Id).SingleAsync())).ToString(CultureInfo.InvariantCulture),
        ["Consent"] = "true", ["ConsentDate"] = consentDate,
    };

    [Theory]
    [InlineData("01/01/2099", "Ngày đồng ý không được sau ngày hôm nay.")]
    [InlineData("01/01/1900", "Ngày đồng ý không được trước ngày công dân đủ 15 tuổi (15/06/2005).")]
    [InlineData("14/06/2005", "Ngày đồng ý không được trước ngày công dân đủ 15 tuổi (15/06/2005).")]
    public async Task AConsentDateInTheFutureOrBeforeTheFifteenthBirthdayIsRefusedAtTheField(string consentDate, string message)
    {
        using var branch = await _factory.SignInAsync("chihoi");

        var response = await branch.PostFormAsync(await branch.GetPageAsync("/Citizens/Create"), "main form", await CitizenAsync("Đinh Thị Hạnh", consentDate));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, ErrorAt(await PortalClient.ParseAsync(response), "ConsentDate"));
        Assert.False(await _factory.WithDbAsync(db => db.Citizens.AnyAsync(c => c.FullName == "Đinh Thị Hạnh")));
    }

    [Fact]
    public async Task AConsentDateOnTheFifteenthBirthdayIsSaved()
    {
        using var branch = await _factory.SignInAsync("chihoi");

        var response = await branch.PostFormAsync(await branch.GetPageAsync("/Citizens/Create"), "main form", await CitizenAsync("Đinh Thị Hạnh", "15/06/2005"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new DateOnly(2005, 6, 15), await _factory.WithDbAsync(db => db.Citizens.Where(c => c.FullName == "Đinh Thị Hạnh").Select(c => c.ConsentDate).SingleAsync()));
    }

    [Fact]
    public async Task ConsentFirstRecordedOnTheEditFormIsBoundedTheSameWay()
    {
        var id = await _factory.WithDbAsync(db => db.Citizens.Where(c => c.FullName == "Lê Văn Cường").Select(c => c.Id).SingleAsync());
        await _factory.WithDbAsync(db => db.Citizens.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ConsentDate, (DateOnly?)null)));
        using var branch = await _factory.SignInAsync("chihoi");

        var response = await branch.PostFormAsync(await branch.GetPageAsync($"/Citizens/Edit/{id}"), "main form", new Dictionary<string, string>
        {
            ["Consent"] = "true", ["ConsentDate"] = "01/01/2099",
        });

        Assert.Equal("Ngày đồng ý không được sau ngày hôm nay.", ErrorAt(await PortalClient.ParseAsync(response), "ConsentDate"));
        Assert.Null(await _factory.WithDbAsync(db => db.Citizens.Where(c => c.Id == id).Select(c => c.ConsentDate).SingleAsync()));
    }

    [Theory]
    [InlineData("-1", "15/06/2026", "Năm phải từ 2022 đến 2100.")]
    [InlineData("2026", "15/06/2099", "Hạn của năm 2026 phải trong các năm 2025–2027.")]
    public async Task ADeadlineForAYearOutOfRangeIsRefusedAndNotSaved(string year, string dueDate, string message)
    {
        using var admin = await _factory.SignInAsync("admin");
        var before = await _factory.WithDbAsync(db => db.Deadlines.CountAsync());
        var token = await admin.TokenFromAsync("/Deadlines?year=2026", "form[data-testid=deadline-form]");

        var response = await admin.PostAsync("/Deadlines/Save", token, new Dictionary<string, string>
        {
            ["year"] = year, ["levelCode"] = "commune", ["description"] = "Nộp báo cáo", ["dueDate"] = dueDate,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(message, (await admin.GetPageAsync(response.Headers.Location!.OriginalString)).Body!.TextContent);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Deadlines.CountAsync()));
    }

    [Fact]
    public async Task ADeadlineDescriptionLongerThanItsColumnIsRefusedNotCut()
    {
        using var admin = await _factory.SignInAsync("admin");
        var before = await _factory.WithDbAsync(db => db.Deadlines.CountAsync());

        var response = await admin.PostFormAsync(await admin.GetPageAsync("/Deadlines?year=2030"), "form[data-testid=deadline-form]", new Dictionary<string, string>
        {
            ["levelCode"] = "commune", ["description"] = new string('x', 301), ["dueDate"] = "15/06/2030",
        });

        Assert.Contains("Nội dung tối đa 300 ký tự.", (await admin.GetPageAsync(response.Headers.Location!.OriginalString)).Body!.TextContent);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Deadlines.CountAsync()));
    }

    [Fact]
    public async Task AReturnReasonOfTwoHundredThousandCharactersIsRefusedAtTheFieldAndNothingMoves()
    {
        var card = (await new CardData(_factory.Services, _year).CardsAsync(
            new CardSpec("Nguyễn Thị Thu", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Proposed)))[0];
        using var commune = await _factory.SignInAsync("ubndxa");
        var page = await commune.GetPageAsync($"/Approvals/Candidate/{card}");

        var response = await commune.PostFormAsync(page, "#reason-form", new Dictionary<string, string>
        {
            ["action"] = "Return", ["comment"] = new string('x', 200_000),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Lý do, ghi chú tối đa 1.000 ký tự (bạn nhập 200.000 ký tự).", ErrorAt(await PortalClient.ParseAsync(response), "comment"));
        var candidate = await _factory.WithDbAsync(db => db.Candidates.AsNoTracking().SingleAsync(c => c.RegistrationId == card));
        Assert.Equal((CandidateState.InReview, (string?)null), (candidate.State, candidate.Reason));
    }

    [Fact]
    public async Task ABulkReturnWithAnOverlongReasonChangesNothing()
    {
        var card = (await new CardData(_factory.Services, _year).CardsAsync(
            new CardSpec("Nguyễn Thị Thu", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Proposed)))[0];
        var version = await _factory.WithDbAsync(db => db.Candidates.Where(c => c.RegistrationId == card).Select(c => c.Version).SingleAsync());
        using var commune = await _factory.SignInAsync("ubndxa");
        var token = await commune.TokenFromAsync("/Approvals", "#logout-form");

        var response = await commune.PostAsync("/Approvals/Bulk", token, new Dictionary<string, string>
        {
            ["action"] = "Return", ["year"] = _year.ToString(CultureInfo.InvariantCulture), ["selected"] = $"{card}:{version}",
            ["comment"] = new string('x', 200_000),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CandidateState.InReview, await _factory.WithDbAsync(db => db.Candidates.Where(c => c.RegistrationId == card).Select(c => c.State).SingleAsync()));
    }

    [Fact]
    public async Task AnEvidenceIndicatorCodeOfThousandsOfCharactersIsRefusedAndNoFileIsStored()
    {
        var card = (await new CardData(_factory.Services, _year).CardsAsync(
            new CardSpec("Ngô Thị Lan", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(8), CardStage.Registered)))[0];
        using var branch = await _factory.SignInAsync("chihoi");
        var form = (IHtmlFormElement)(await branch.GetPageAsync($"/Scorecards/SelfAssessment/{card}")).QuerySelector("#scorecard-form")!;
        using var multipart = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>())
        {
            multipart.Add(new StringContent(input.Value), input.Name!);
        }

        for (var i = 0; i < 10; i++)
        {
            multipart.Add(new StringContent("8"), $"Indicators[{i}].Score");
        }

        multipart.Add(new StringContent(new string('T', 4240)), "FileIndicator");
        var png = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        png.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        multipart.Add(png, "Files", "sinh-hoat-clb.png");

        var response = await branch.Http.PostAsync($"/Scorecards/SelfAssessment/{card}", multipart);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Chỉ số của minh chứng không có trong phiếu", (await PortalClient.ParseAsync(response)).Body!.TextContent);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.EvidenceFiles.CountAsync()));
    }

    [Theory]
    [InlineData("-1", "Năm -1 chưa có quy định công nhận")]
    [InlineData("2021", "Năm 2021 chưa có quy định công nhận \"Công dân học tập\" (sớm nhất năm 2022)")]
    [InlineData("2101", "Không thể đăng ký cho năm chưa tới.")]
    public async Task RegisteringACitizenForAYearOutsideTheProgrammeIsRefused(string year, string message)
    {
        var id = await _factory.WithDbAsync(db => db.Citizens.Where(c => c.FullName == "Lê Văn Cường").Select(c => c.Id).SingleAsync());
        var before = await _factory.WithDbAsync(db => db.Registrations.CountAsync());
        using var branch = await _factory.SignInAsync("chihoi");

        var response = await branch.PostFormAsync(await branch.GetPageAsync($"/Citizens/Details/{id}"), $"details form", new Dictionary<string, string> { ["year"] = year });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(message, (await branch.GetPageAsync(response.Headers.Location!.OriginalString)).Body!.TextContent);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Registrations.CountAsync()));
    }

    [Fact]
    public async Task CarryingOverToAYearOutsideTheProgrammeIsRefused()
    {
        var before = await _factory.WithDbAsync(db => db.Registrations.CountAsync());
        using var branch = await _factory.SignInAsync("chihoi");
        var token = await branch.TokenFromAsync("/Citizens", "#logout-form");

        var response = await branch.PostAsync("/Citizens/CarryOver", token, new Dictionary<string, string> { ["year"] = "99999" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Năm đăng ký phải từ 2022 đến 2100.", (await branch.GetPageAsync(response.Headers.Location!.OriginalString)).Body!.TextContent);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Registrations.CountAsync()));
    }

    [Theory]
    [InlineData("Number", "1234567890123456789012345678901234567890/QĐ-UBNDUBND", "Số quyết định tối đa 50 ký tự.")]
    [InlineData("Year", "-1", "Năm công nhận phải từ 2022 đến 2100.")]
    public async Task ADecisionWithANumberTooLongOrAYearOutOfRangeIsRefusedAtTheField(string field, string value, string message)
    {
        var card = (await new CardData(_factory.Services, _year).CardsAsync(
            new CardSpec("Trần Văn Hải", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised)))[0];
        using var district = await _factory.SignInAsync("phonggd");
        var fields = new Dictionary<string, string>
        {
            ["Number"] = "128/QĐ-UBND", ["Date"] = "05/12/" + _year, ["SignerName"] = "Lê Văn Tâm", ["Selected"] = card.ToString(CultureInfo.InvariantCulture),
        };
        fields[field] = value;

        var response = await district.PostFormAsync(await district.GetPageAsync("/Decisions/Create"), "main form", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await PortalClient.ParseAsync(response)).Body!.TextContent);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.RecognitionDecisions.CountAsync()));
    }

    [Fact]
    public async Task ARecognitionRuleNameLongerThanItsColumnIsRefusedAtTheField()
    {
        var before = await _factory.WithDbAsync(db => db.RecognitionRules.CountAsync());
        using var admin = await _factory.SignInAsync("admin");

        var response = await admin.PostFormAsync(await admin.GetPageAsync("/Catalogue/Rule"), "main form", new Dictionary<string, string>
        {
            ["Name"] = new string('x', 201), ["ValidFromYear"] = "2027",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Căn cứ, tên quy định tối đa 200 ký tự.", ErrorAt(await PortalClient.ParseAsync(response), "Name"));
        Assert.Equal(before, await _factory.WithDbAsync(db => db.RecognitionRules.CountAsync()));
    }
}
