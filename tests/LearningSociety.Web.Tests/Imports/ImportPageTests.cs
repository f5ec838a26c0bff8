using System.Net;
using ClosedXML.Excel;
using LearningSociety.Web.Features.Imports;
using LearningSociety.Web.Tests.Infrastructure;

namespace LearningSociety.Web.Tests.Imports;

/// <summary>The import page and its template; nothing here writes to the database.</summary>
public sealed class ImportPage(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheTemplateDownloadsAndOpensWithTheExpectedHeaders()
    {
        using var client = await factory.SignInAsync("chihoi");

        var response = await client.GetAsync("/Imports/Template");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ImportUploads.XlsxType, response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet("Danh sách");
        string[] citizenHeaders = ["Họ và tên", "Ngày sinh", "Năm sinh", "Giới tính", "Nhóm", "Thôn", "Số CCCD", "Điện thoại", "Ngày đồng ý", "Năm"];
        string[] codes = ["TC1.1", "TC1.2", "TC1.3", "TC1.4", "TC2.1", "TC2.2", "TC2.3", "TC2.4", "TC3.1", "TC3.2"];
        string[] notes = ["Minh chứng 1.1", "Minh chứng 1.2", "Minh chứng 1.3", "Minh chứng 1.4", "Minh chứng 2.1", "Minh chứng 2.2", "Minh chứng 2.3",
            "Minh chứng 2.4", "Minh chứng 3.1", "Minh chứng 3.2"];
        string[] expected = [.. citizenHeaders, .. codes, .. notes, .. codes, "Lý do điều chỉnh"];
        Assert.Equal(expected, Enumerable.Range(1, expected.Length).Select(c => sheet.Cell(2, c).GetString()));
        Assert.True(sheet.Cell(2, 1).Style.Font.Bold);
        Assert.Equal("Điểm tự đánh giá (1–10)", sheet.Cell(1, 11).GetString());
        Assert.Equal("Minh chứng của công dân (không bắt buộc)", sheet.Cell(1, 21).GetString());
        Assert.Equal("Điểm thẩm định của chi hội (1–10)", sheet.Cell(1, 31).GetString());
        Assert.Equal("@", sheet.Cell(3, 21).Style.NumberFormat.Format); // notes are text, "1/2" stays "1/2"
        Assert.Equal("@", sheet.Cell(3, 7).Style.NumberFormat.Format);
        Assert.True(sheet.Column(1).Width > 8, "Column widths are set from content.");

        var guide = workbook.Worksheet("Hướng dẫn");
        var guideText = string.Join('\n', guide.CellsUsed().Select(c => c.GetString()));
        Assert.Contains("Thôn Bác Vọng Đông", guideText);
        Assert.DoesNotContain("Thôn Bác Vọng Tây", guideText);
        Assert.Contains("Nông dân, lao động nông thôn", guideText);

        // The guide explains every column of the list, the notes included, at its real letter.
        var columns = guide.CellsUsed().Where(c => c.GetString() == "Minh chứng 1.1").ToList();
        var noteRow = Assert.Single(columns).Address.RowNumber;
        Assert.Equal("U", guide.Cell(noteRow, 1).GetString());
        Assert.Contains("Không bắt buộc. Minh chứng công dân nêu cho chỉ số 1.1", guide.Cell(noteRow, 3).GetString());
        Assert.Contains("để trống thì giữ minh chứng đã lưu", guide.Cell(noteRow, 3).GetString());
        Assert.Contains(guide.CellsUsed(), c => c.GetString() == "Thẩm định TC1.1" && guide.Cell(c.Address.RowNumber, 1).GetString() == "AE");
    }

    [Fact]
    public async Task ThePageExplainsTheStepsAndPostsAMultipartFormWithAnAntiforgeryToken()
    {
        using var client = await factory.SignInAsync("chihoi");

        var page = await client.GetPageAsync("/Imports");

        Assert.Contains("Tải tệp mẫu Excel", page.QuerySelector("[data-testid=template-link]")!.TextContent);
        Assert.Equal("/Imports/Template", page.QuerySelector("[data-testid=template-link]")!.GetAttribute("href"));
        var form = page.QuerySelector("#import-form")!;
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.NotNull(form.QuerySelector("input[type=file][name=File]"));
        Assert.Equal(ImportUploads.CurrentYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            form.QuerySelector("select[name=Year] option[selected]")!.GetAttribute("value"));
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/js/imports.js", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Theory]
    [InlineData("ubndxa")]
    [InlineData("phonggd")]
    public async Task OnlyVillageBranchesAndAdministratorsMayImport(string userName)
    {
        using var client = await factory.SignInAsync(userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Imports")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Imports/Template")).StatusCode);
    }

    [Fact]
    public async Task TheAdministratorsTemplateListsEveryVillage()
    {
        using var client = await factory.SignInAsync("admin");

        using var workbook = new XLWorkbook(new MemoryStream(await ImportUploads.TemplateAsync(client)));

        var guideText = string.Join('\n', workbook.Worksheet("Hướng dẫn").CellsUsed().Select(c => c.GetString()));
        Assert.Contains("Thôn Bác Vọng Tây", guideText);
        Assert.Contains("Thôn Thủy Lập", guideText);
    }
}
