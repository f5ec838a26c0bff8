using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Features.Universalization;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LearningSociety.Web.Tests.Universalization.SurveyData;

namespace LearningSociety.Web.Tests.Universalization;

/// <summary>District offices import the counts of all their communes from the template; a file with any error saves nothing.</summary>
public sealed class SurveyImport : IDisposable
{
    private const int Year = 2025;

    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static async Task<byte[]> TemplateAsync(PortalClient client, int year = Year)
    {
        var response = await client.GetAsync($"/Universalization/Template?year={year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Fills the rows of the downloaded template whose code is in <paramref name="rows"/>; a cell value may be any text.</summary>
    private static byte[] Fill(byte[] template, IReadOnlyDictionary<string, IReadOnlyDictionary<SurveyCount, object>> rows,
        params (string Code, string Name)[] extraRows)
    {
        using var workbook = new XLWorkbook(new MemoryStream(template));
        var sheet = workbook.Worksheet(SurveyImportColumns.SheetName);
        var last = sheet.LastRowUsed()!.RowNumber();
        foreach (var (code, name) in extraRows)
        {
            last++;
            sheet.Cell(last, SurveyImportColumns.Code).SetValue(code);
            sheet.Cell(last, SurveyImportColumns.Name).SetValue(name);
        }

        for (var r = SurveyImportColumns.FirstDataRow; r <= last; r++)
        {
            if (!rows.TryGetValue(sheet.Cell(r, SurveyImportColumns.Code).GetString(), out var counts))
            {
                continue;
            }

            foreach (var (count, value) in counts)
            {
                var cell = sheet.Cell(r, SurveyImportColumns.ColumnOf(count));
                switch (value)
                {
                    case int number:
                        cell.SetValue(number);
                        break;
                    case double number:
                        cell.SetValue(number);
                        break;
                    default:
                        cell.SetValue(value.ToString());
                        break;
                }
            }
        }

        var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    private static IReadOnlyDictionary<SurveyCount, object> Counts(UniversalizationSurvey survey, params (SurveyCount Count, object Value)[] overrides)
    {
        var counts = Enum.GetValues<SurveyCount>().ToDictionary(c => c, c => (object)survey.Count(c));
        foreach (var (count, value) in overrides)
        {
            counts[count] = value;
        }

        return counts;
    }

    private static async Task<IHtmlDocument> UploadAsync(PortalClient client, byte[] content, int year = Year)
    {
        var page = await client.GetPageAsync($"/Universalization/Import?year={year}");
        var form = (IHtmlFormElement)page.QuerySelector("#import-form")!;
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(year.ToString(CultureInfo.InvariantCulture)), "Year" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        multipart.Add(file, "File", "pcgd.xlsx");
        var response = await client.Http.PostAsync(form.GetAttribute("action"), multipart);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PortalClient.ParseAsync(response);
    }

    private static IReadOnlyList<(string Row, string Column, string Message)> Errors(IHtmlDocument page)
        => [.. page.QuerySelectorAll("[data-testid=import-errors] tbody tr")
            .Select(tr => (tr.GetAttribute("data-row")!, tr.GetAttribute("data-column")!, tr.GetAttribute("title")!))];

    private Task<int> SurveyCountAsync() => _factory.WithDbAsync(db => db.UniversalizationSurveys.CountAsync());

    [Fact]
    public async Task TheDistrictOfficeImportsAllItsCommunesFromTheTemplate()
    {
        await StoreAsync(_factory, QuangVinh, AllReached(Year).With((SurveyCount.Age5Attending, 50)));
        using var district = await _factory.SignInAsync("phonggd");
        var template = await TemplateAsync(district);

        using (var workbook = new XLWorkbook(new MemoryStream(template)))
        {
            var sheet = workbook.Worksheet(SurveyImportColumns.SheetName);
            Assert.Equal("Mã đơn vị", sheet.Cell(SurveyImportColumns.HeaderRow, 1).GetString());
            Assert.Equal("Số trẻ 5 tuổi đến trường", sheet.Cell(SurveyImportColumns.HeaderRow, SurveyImportColumns.ColumnOf(SurveyCount.Age5Attending)).GetString());
            Assert.Equal(["19909", "19912"], [sheet.Cell(3, 1).GetString(), sheet.Cell(4, 1).GetString()]);
            Assert.Equal(50, sheet.Cell(4, SurveyImportColumns.ColumnOf(SurveyCount.Age5Attending)).GetValue<int>());
            Assert.True(sheet.Cell(3, SurveyImportColumns.ColumnOf(SurveyCount.Age5Attending)).IsEmpty());
        }

        var file = Fill(template, new Dictionary<string, IReadOnlyDictionary<SurveyCount, object>>
        {
            ["19909"] = Counts(AllReached(Year), (SurveyCount.Age5Attending, 95)),
            ["19912"] = Counts(AllReached(Year), (SurveyCount.Age5Attending, "1.000"), (SurveyCount.Age5Population, "1.000"),
                (SurveyCount.Age5Completed, 900)),
        });

        var page = await UploadAsync(district, file);

        Assert.NotNull(page.QuerySelector("[data-testid=import-success]"));
        Assert.Equal("1", page.QuerySelector("[data-testid=added]")!.TextContent);
        Assert.Equal("1", page.QuerySelector("[data-testid=updated]")!.TextContent);
        Assert.Equal(95, (await StoredAsync(_factory, QuangPhu, Year))!.Age5Attending);
        var vinh = (await StoredAsync(_factory, QuangVinh, Year))!;
        Assert.Equal(1000, vinh.Age5Population);
        Assert.Equal(900, vinh.Age5Completed);
        var overview = await district.GetPageAsync($"/Universalization?year={Year}");
        Assert.Equal("2/2", overview.QuerySelector("tr[data-standard=Preschool5][data-level='1'] [data-testid=share-count]")!.TextContent.Trim());

        var again = await UploadAsync(district, file);
        Assert.Equal("2", again.QuerySelector("[data-testid=unchanged]")!.TextContent);
    }

    [Fact]
    public async Task AFileWithOneBadRowSavesNothingAndListsEveryErrorByRowAndColumn()
    {
        using var district = await _factory.SignInAsync("phonggd");
        var template = await TemplateAsync(district);
        var file = Fill(template, new Dictionary<string, IReadOnlyDictionary<SurveyCount, object>>
            {
                ["19909"] = Counts(AllReached(Year)),
                ["19912"] = Counts(AllReached(Year), (SurveyCount.Age5Attending, 120), (SurveyCount.Age6Population, "nhiều"),
                    (SurveyCount.Age11Population, 12.5)),
                ["99999"] = Counts(AllReached(Year)),
                ["19909-01"] = Counts(AllReached(Year)),
            },
            ("99999", "Xã không có"), ("19909-01", "Thôn Bác Vọng Đông"));

        var page = await UploadAsync(district, file);

        Assert.NotNull(page.QuerySelector("[data-testid=import-failed]"));
        var errors = Errors(page);
        string Column(SurveyCount count) => LearningSociety.Web.Features.Imports.Framework.ImportSheetLayout.Letter(SurveyImportColumns.ColumnOf(count));
        Assert.Contains(errors, e => e.Row == "4" && e.Column == Column(SurveyCount.Age6Population) && e.Message.Contains("phải là số nguyên", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == "4" && e.Column == Column(SurveyCount.Age11Population) && e.Message.Contains("12,5", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == "5" && e.Column == "A" && e.Message.Contains("Không tìm thấy xã có mã đơn vị '99999'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == "6" && e.Column == "A" && e.Message.Contains("'19909-01'", StringComparison.Ordinal));
        Assert.Equal(0, await SurveyCountAsync());

        // With the cells fixed, the part above its whole is the one error left, at its own column.
        var partAboveWhole = Fill(template, new Dictionary<string, IReadOnlyDictionary<SurveyCount, object>>
        {
            ["19909"] = Counts(AllReached(Year)),
            ["19912"] = Counts(AllReached(Year), (SurveyCount.Age5Attending, 120)),
        });
        var second = Errors(await UploadAsync(district, partAboveWhole));
        var error = Assert.Single(second);
        Assert.Equal(("4", Column(SurveyCount.Age5Attending)), (error.Row, error.Column));
        Assert.Contains("không được lớn hơn số trẻ 5 tuổi (100)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await SurveyCountAsync());
    }

    [Fact]
    public async Task ACommuneOfficerImportsOnlyTheirOwnCommune()
    {
        using var officer = await _factory.SignInAsync("ubndxa");
        using var district = await _factory.SignInAsync("phonggd");
        using var viewerOfNothing = await _factory.SignInAsync("chihoi");
        var template = await TemplateAsync(officer);
        using (var workbook = new XLWorkbook(new MemoryStream(template)))
        {
            Assert.Equal(SurveyImportColumns.FirstDataRow, workbook.Worksheet(SurveyImportColumns.SheetName).LastRowUsed()!.RowNumber());
        }

        var file = Fill(template, new Dictionary<string, IReadOnlyDictionary<SurveyCount, object>>
            {
                ["19909"] = Counts(AllReached(Year)),
                ["19912"] = Counts(AllReached(Year)),
            },
            ("19912", "Xã Quảng Vinh"));

        var errors = Errors(await UploadAsync(officer, file));

        var error = Assert.Single(errors);
        Assert.Equal(("4", "A"), (error.Row, error.Column));
        Assert.Contains("không thuộc phạm vi bạn được nhập số liệu", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await SurveyCountAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await viewerOfNothing.GetAsync($"/Universalization/Template?year={Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await district.GetAsync($"/Universalization/Import?year={Year}")).StatusCode);
    }

    [Fact]
    public async Task AFileThatIsNotTheTemplateIsRefusedAsAWhole()
    {
        using var district = await _factory.SignInAsync("phonggd");
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Sheet1");
        sheet.Cell(2, 1).SetValue("Họ và tên");
        sheet.Cell(3, 1).SetValue("19909");
        sheet.Cell(3, 3).SetValue(5);
        var output = new MemoryStream();
        workbook.SaveAs(output);

        var page = await UploadAsync(district, output.ToArray());

        Assert.Contains("Tệp không đúng mẫu", page.QuerySelector("[data-testid=file-errors]")!.TextContent);
        Assert.Equal(0, await SurveyCountAsync());
    }
}
