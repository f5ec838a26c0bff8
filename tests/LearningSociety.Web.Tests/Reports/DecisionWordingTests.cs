using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Deadlines;
using LearningSociety.TestSupport;
using LearningSociety.Web.Features.Reports;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Reports;

/// <summary>
/// The recitals, Điều 3 and "Nơi nhận" of a Quyết định công nhận: drawn from the data until the issuing unit writes its
/// own for the year, then the unit's own in every decision of that year; only its officers write them.
/// </summary>
public sealed class DecisionWordingTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly CardData _data;

    public DecisionWordingTests() => _data = new CardData(_factory.Services, new VietnamClock(TimeProvider.System).Today().Year);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheDecisionCitesTheLawThePlanItsLocalBasesAndTheProposerAndNamesTheUnitsBelowInArticle3()
    {
        await new PlanData(_factory.Services).PlanAsync("Huyện Quảng Điền", _data.Year, _data.Year, [new TestTarget("CDHT_CITIZENS", _data.Year, 0.5m)],
            legalBases: ["1373/QĐ-TTg", "336/KH-UBND", "677/QĐ-TTg"], issue: ("40/KH-UBND", new DateOnly(_data.Year, 2, 20)));
        var decision = await RecognisedDecisionAsync("130/QĐ-UBND");
        using var district = await _factory.SignInAsync("phonggd");

        var (paragraphs, runs) = await WordAsync(district, $"/Reports/Decision/{decision}?format=docx");

        Assert.Contains(LocalGovernmentLaw.Recitals(_data.Year)[0], paragraphs);
        Assert.Contains("Căn cứ Quyết định số 677/QĐ-TTg ngày 03/6/2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Xây dựng mô hình Công dân học tập giai đoạn 2021-2030”;", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Căn cứ Kế hoạch số 336/KH-UBND ngày 27/10/2021 của UBND tỉnh Thừa Thiên Huế", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("1373/QĐ-TTg", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith($"Căn cứ Kế hoạch số 40/KH-UBND ngày 20/02/{_data.Year} của Ủy ban nhân dân huyện Quảng Điền thực hiện", StringComparison.Ordinal));
        Assert.Contains($"Xét kết quả thẩm định và đề nghị công nhận danh hiệu \"Công dân học tập\" năm {_data.Year} của Ủy ban nhân dân các xã và Phòng Giáo dục và Đào tạo huyện Quảng Điền.", paragraphs);
        Assert.True(paragraphs.FindIndex(p => p.Contains("677/QĐ-TTg", StringComparison.Ordinal)) < paragraphs.FindIndex(p => p.Contains("336/KH-UBND", StringComparison.Ordinal)));
        Assert.Contains("Điều 3. Văn phòng Ủy ban nhân dân huyện Quảng Điền, Phòng Giáo dục và Đào tạo huyện Quảng Điền, Hội Khuyến học huyện Quảng Điền, " +
            "Ủy ban nhân dân xã Quảng Phú, Ủy ban nhân dân xã Quảng Vinh và các công dân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.", paragraphs);
        Assert.Contains("- Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế (để báo cáo);", paragraphs);
        Assert.Contains("Điều 3.", runs.Where(r => r.Bold).Select(r => r.Text.Trim()));
    }

    [Fact]
    public void TheLawOfLocalGovernmentIsCitedWithItsDateOnlyWhereTheSourcesGiveIt()
    {
        Assert.Equal(["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ " +
            "và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"], LocalGovernmentLaw.Recitals(2024));
        Assert.Equal(["Căn cứ Luật Tổ chức chính quyền địa phương;"], LocalGovernmentLaw.Recitals(2025));
    }

    [Fact]
    public async Task TheIssuingOfficersWordingIsPrintedByEveryDecisionOfTheYear()
    {
        var districtId = await _data.UnitIdAsync("Huyện Quảng Điền");
        var decision = await RecognisedDecisionAsync("131/QĐ-UBND");
        using var district = await _factory.SignInAsync("phonggd");
        var index = await district.GetPageAsync($"/Reports?year={_data.Year}");
        Assert.NotNull(index.QuerySelector($"[data-testid='decision-wording'] a[href='/Reports/DecisionWording?unitId={districtId}&year={_data.Year}']"));

        var page = await district.GetPageAsync($"/Reports/DecisionWording?unitId={districtId}&year={_data.Year}");
        Assert.NotNull(page.QuerySelector("[data-testid='wording-defaults']"));
        Assert.StartsWith("Căn cứ Luật Tổ chức chính quyền địa phương", page.QuerySelector("textarea[name='Recitals']")!.TextContent.Trim());
        var saved = await district.PostFormAsync(page, "main form[method='post']", new Dictionary<string, string>
        {
            ["Recitals"] = "Căn cứ Luật Tổ chức chính quyền địa phương số 99/2099/QH99;\r\n\r\nXét đề nghị của Trưởng phòng Giáo dục và Đào tạo.",
            ["Executors"] = "- Chánh Văn phòng HĐND và UBND huyện\r\n- Trưởng phòng Giáo dục và Đào tạo\r\n- các công dân có tên tại Điều 1",
            ["Recipients"] = "Như Điều 3;\r\nUBND tỉnh (để báo cáo);\r\nLưu: VT, PGD.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var amending = await RecognisedDecisionAsync("132/QĐ-UBND");
        foreach (var id in new[] { decision, decision, amending })
        {
            var (paragraphs, _) = await WordAsync(district, $"/Reports/Decision/{id}?format=docx");
            Assert.Contains("Căn cứ Luật Tổ chức chính quyền địa phương số 99/2099/QH99;", paragraphs);
            Assert.Contains("Xét đề nghị của Trưởng phòng Giáo dục và Đào tạo.", paragraphs);
            Assert.DoesNotContain(paragraphs, p => p.Contains("677/QĐ-TTg", StringComparison.Ordinal));
            Assert.Contains("Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Giáo dục và Đào tạo và các công dân có tên tại Điều 1 " +
                "chịu trách nhiệm thi hành Quyết định này.", paragraphs);
            Assert.Contains("- UBND tỉnh (để báo cáo);", paragraphs);
            Assert.Contains("- Lưu: VT, PGD.", paragraphs);
        }

        var pdf = NarrativeReports.Words(Poppler.PdfText(await ReportFiles.DownloadAsync(district, $"/Reports/Decision/{decision}?format=pdf")));
        Assert.Contains("Căn cứ Luật Tổ chức chính quyền địa phương số 99/2099/QH99;", pdf);
        Assert.Contains("Lưu: VT, PGD.", pdf);

        var reopened = await district.GetPageAsync($"/Reports/DecisionWording?unitId={districtId}&year={_data.Year}");
        Assert.Null(reopened.QuerySelector("[data-testid='wording-defaults']"));
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == nameof(DecisionWording)).ToListAsync());
        Assert.Equal("phonggd", Assert.Single(audit).Actor);
    }

    [Fact]
    public async Task OnlyTheIssuingUnitsOfficersWriteTheWording()
    {
        var districtId = await _data.UnitIdAsync("Huyện Quảng Điền");
        var communeId = await _data.UnitIdAsync("Xã Quảng Phú");
        var url = $"/Reports/DecisionWording?unitId={districtId}&year={_data.Year}";

        using var commune = await _factory.SignInAsync("ubndxa");
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync(url)).StatusCode);
        // Under the three-tier route the commune issues no decision.
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/Reports/DecisionWording?unitId={communeId}&year={_data.Year}")).StatusCode);
        var token = await commune.TokenFromAsync($"/Reports/NarrativeText?unitId={communeId}&year={_data.Year}");
        var posted = await commune.PostAsync("/Reports/DecisionWording", token, new Dictionary<string, string>
        {
            ["UnitId"] = districtId.ToString(CultureInfo.InvariantCulture), ["Year"] = _data.Year.ToString(CultureInfo.InvariantCulture),
            ["Recitals"] = "Căn cứ gì đó;", ["Executors"] = "Ai đó", ["Recipients"] = "Lưu: VT.",
        });
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);

        using var viewer = await _factory.SignInAsync("xemhuyen");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(url)).StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.DecisionWordings.AnyAsync()));
    }

    [Fact]
    public async Task AnEmptyOrTooLongWordingGetsAVietnameseMessageAtItsField()
    {
        var districtId = await _data.UnitIdAsync("Huyện Quảng Điền");
        using var district = await _factory.SignInAsync("phonggd");
        var page = await district.GetPageAsync($"/Reports/DecisionWording?unitId={districtId}&year={_data.Year}");

        var response = await district.PostFormAsync(page, "main form[method='post']", new Dictionary<string, string>
        {
            ["Recitals"] = " \r\n - \r\n",
            ["Recipients"] = new string('x', DecisionWording.MaxRecipientsLength + 1),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await PortalClient.ParseAsync(response);
        Assert.Equal("Nhập ít nhất một căn cứ (mỗi căn cứ một dòng).", answer.QuerySelector("[data-valmsg-for='Recitals']")!.TextContent.Trim());
        Assert.Equal("Nơi nhận tối đa 1.000 ký tự.", answer.QuerySelector("[data-valmsg-for='Recipients']")!.TextContent.Trim());
        Assert.False(await _factory.WithDbAsync(db => db.DecisionWordings.AnyAsync()));
    }

    private async Task<int> RecognisedDecisionAsync(string number)
    {
        var ids = await _data.CardsAsync(new CardSpec("Nguyễn Thị Lan " + number[..3], "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised));
        return await _data.DecisionAsync(number, new DateOnly(_data.Year, 12, 5), ids);
    }

    private static async Task<(List<string> Paragraphs, List<(string Text, bool Bold)> Runs)> WordAsync(PortalClient client, string url)
    {
        var bytes = await ReportFiles.DownloadAsync(client, url);
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = word.MainDocumentPart!.Document.Body!;
        return (body.Descendants<Paragraph>().Select(p => p.InnerText).ToList(),
            body.Descendants<Run>().Select(r => (r.InnerText, r.RunProperties?.Bold is not null)).ToList());
    }
}
