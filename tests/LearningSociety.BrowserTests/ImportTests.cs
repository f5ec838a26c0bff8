using ClosedXML.Excel;
using LearningSociety.BrowserTests.Infrastructure;
using LearningSociety.Web.Features.Imports;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

/// <summary>The import page's script: upload with a progress bar, the result shown in place, oversized files stopped before upload.</summary>
public sealed class Imports(KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    [BrowserFact]
    public async Task AnUploadShowsItsResultInPlaceWithoutLeavingThePage()
    {
        var page = await portal.SignInAsync("chihoi", width: 1280, height: 800);
        // Script errors and CSP refusals (the page has no inline script); the browser's own favicon request is not ours.
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                errors.Add(message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };
        await page.GotoAsync("/Imports");

        await page.GetByLabel("Tệp Excel (.xlsx)").SetInputFilesAsync(new FilePayload
        {
            Name = "danh-sach.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = Workbook(("Trịnh Văn Trình Duyệt", 1979)),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và nhập" }).ClickAsync();

        await Expect(page.Locator("[data-testid=import-success]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=citizens-added]")).ToHaveTextAsync("1");
        await Expect(page.Locator("#import-progress")).ToBeHiddenAsync();
        Assert.EndsWith("/Imports", page.Url, StringComparison.Ordinal);
        Assert.True(errors.Count == 0, string.Join(" | ", errors));
        await KestrelPortal.ScreenshotAsync(page, "import-success");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task AFileOverTheLimitIsStoppedBeforeUpload()
    {
        var page = await portal.SignInAsync("chihoi", width: 1280, height: 800);
        await page.GotoAsync("/Imports");
        var posted = false;
        page.Request += (_, request) => posted |= request.Method == "POST";

        await page.GetByLabel("Tệp Excel (.xlsx)").SetInputFilesAsync(new FilePayload
        {
            Name = "qua-lon.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = new byte[CitizenImporter.MaxFileBytes + 1],
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và nhập" }).ClickAsync();

        await Expect(page.Locator("#import-result [role=alert]")).ToContainTextAsync("Tệp lớn hơn 10 MB");
        Assert.False(posted);
        await page.Context.CloseAsync();
    }

    private static byte[] Workbook(params (string Name, int BirthYear)[] people)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(ImportColumns.SheetName);
        for (var c = 1; c <= ImportColumns.Count; c++)
        {
            sheet.Cell(ImportColumns.HeaderRow, c).SetValue(ImportColumns.Headers[c - 1]);
        }

        var row = ImportColumns.FirstDataRow;
        foreach (var (name, birthYear) in people)
        {
            sheet.Cell(row, ImportColumns.FullName).SetValue(name);
            sheet.Cell(row, ImportColumns.BirthYear).SetValue(birthYear);
            sheet.Cell(row, ImportColumns.Gender).SetValue("Nam");
            sheet.Cell(row, ImportColumns.Group).SetValue("1");
            sheet.Cell(row, ImportColumns.Village).SetValue("Thôn Bác Vọng Đông");
            row++;
        }

        var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }
}
