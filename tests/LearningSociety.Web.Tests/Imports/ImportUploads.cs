using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Web.Features.Imports;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Imports;

/// <summary>One row of the import sheet as a branch would type it.</summary>
public sealed record CitizenRow(
    string Name,
    int BirthYear,
    string Gender = "Nam",
    string Group = "1",
    string Village = "Thôn Bác Vọng Đông",
    string? NationalId = null,
    string? DateOfBirth = null,
    string? Phone = null,
    string? Consent = "10/01/2025",
    int? Year = null,
    int[]? Self = null,
    int[]? Appraised = null,
    string? Reason = null,
    string?[]? Notes = null)
{
    private static readonly string[] DisplayCodes = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2"];

    /// <summary>Evidence notes by indicator ("1.1" …), the other indicators blank.</summary>
    public static string?[] NotesAt(params (string Code, string Note)[] notes)
    {
        var all = new string?[10];
        foreach (var (code, note) in notes)
        {
            all[Array.IndexOf(DisplayCodes, code)] = note;
        }

        return all;
    }

    public static int[] Scores(params int[] scores) => scores;

    public static int[] All(int score) => Enumerable.Repeat(score, 10).ToArray();

    /// <summary>A well-formed CCCD for a person born in the 1900s in Thừa Thiên Huế (046): digit 4 is 0 for men, 1 for women.</summary>
    public static string IdFor(string gender, int birthYear, int serial)
        => $"046{(gender == "Nam" ? 0 : 1)}{birthYear % 100:00}{serial:000000}";
}

/// <summary>Fills the downloaded template, so the tests also prove the template is what the import reads.</summary>
public static class ImportUploads
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static int CurrentYear => new VietnamClock(TimeProvider.System).Today().Year;

    public static async Task<byte[]> TemplateAsync(PortalClient client)
    {
        var response = await client.GetAsync("/Imports/Template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static async Task<byte[]> FileAsync(PortalClient client, IEnumerable<CitizenRow> rows)
        => Fill(await TemplateAsync(client), rows);

    public static byte[] Fill(byte[] template, IEnumerable<CitizenRow> rows)
    {
        using var workbook = new XLWorkbook(new MemoryStream(template));
        var sheet = workbook.Worksheet(ImportColumns.SheetName);
        var r = ImportColumns.FirstDataRow;
        foreach (var row in rows)
        {
            sheet.Cell(r, ImportColumns.FullName).SetValue(row.Name);
            if (row.DateOfBirth is not null)
            {
                sheet.Cell(r, ImportColumns.DateOfBirth).SetValue(row.DateOfBirth);
            }

            sheet.Cell(r, ImportColumns.BirthYear).SetValue(row.BirthYear);
            sheet.Cell(r, ImportColumns.Gender).SetValue(row.Gender);
            sheet.Cell(r, ImportColumns.Group).SetValue(row.Group);
            sheet.Cell(r, ImportColumns.Village).SetValue(row.Village);
            if (row.NationalId is not null)
            {
                sheet.Cell(r, ImportColumns.NationalId).SetValue(row.NationalId);
            }

            if (row.Phone is not null)
            {
                sheet.Cell(r, ImportColumns.Phone).SetValue(row.Phone);
            }

            if (row.Consent is not null)
            {
                sheet.Cell(r, ImportColumns.ConsentDate).SetValue(row.Consent);
            }

            if (row.Year is not null)
            {
                sheet.Cell(r, ImportColumns.Year).SetValue(row.Year.Value);
            }

            for (var i = 0; i < 10; i++)
            {
                if (row.Self is not null)
                {
                    sheet.Cell(r, ImportColumns.FirstSelfScore + i).SetValue(row.Self[i]);
                }

                if (row.Appraised is not null)
                {
                    sheet.Cell(r, ImportColumns.FirstAppraisedScore + i).SetValue(row.Appraised[i]);
                }

                if (row.Notes?[i] is { } note)
                {
                    sheet.Cell(r, ImportColumns.FirstEvidenceNote + i).SetValue(note);
                }
            }

            if (row.Reason is not null)
            {
                sheet.Cell(r, ImportColumns.Reason).SetValue(row.Reason);
            }

            r++;
        }

        var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>Posts the page's own upload form (its antiforgery token, its year) as multipart, as a browser without script does.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(PortalClient client, byte[] content, string fileName = "danh-sach.xlsx",
        int? year = null, bool fromScript = false, string contentType = XlsxType, bool yearFromColumn = false)
    {
        var page = await client.GetPageAsync("/Imports");
        var form = page.QuerySelector("#import-form") as IHtmlFormElement ?? throw new InvalidOperationException("No upload form.");
        var token = (form.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)!.Value;
        Assert.Equal("multipart/form-data", form.Enctype);

        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(yearFromColumn ? string.Empty : (year ?? CurrentYear).ToString(System.Globalization.CultureInfo.InvariantCulture)), "Year" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        multipart.Add(file, "File", fileName);

        using var request = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action")) { Content = multipart };
        if (fromScript)
        {
            request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        }

        return await client.Http.SendAsync(request);
    }

    public static async Task<IHtmlDocument> UploadPageAsync(PortalClient client, byte[] content, string fileName = "danh-sach.xlsx", int? year = null,
        bool yearFromColumn = false)
    {
        var response = await UploadAsync(client, content, fileName, year, yearFromColumn: yearFromColumn);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PortalClient.ParseAsync(response);
    }

    /// <summary>Citizens, registrations and audit rows: what an import may change.</summary>
    public static Task<(int Citizens, int Registrations, int Entries, int Audit)> CountsAsync(PortalFactory factory)
        => factory.WithDbAsync(async db => (
            await db.Citizens.CountAsync(),
            await db.Registrations.CountAsync(),
            await db.Set<LearningSociety.Domain.Scorecards.ScorecardEntry>().CountAsync(),
            await db.AuditEntries.CountAsync()));

    /// <summary>The error rows of the result table as (row, column, message).</summary>
    public static IReadOnlyList<(string Row, string Column, string Message)> Errors(IHtmlDocument page)
        => page.QuerySelectorAll("[data-testid=import-errors] tbody tr")
            .Select(tr => (tr.GetAttribute("data-row") ?? string.Empty, tr.GetAttribute("data-column") ?? string.Empty, tr.GetAttribute("title") ?? string.Empty))
            .ToList();

    public static int Summary(IHtmlDocument page, string testId)
        => int.Parse(page.QuerySelector($"[data-testid={testId}]")!.TextContent.Replace(".", string.Empty, StringComparison.Ordinal).Trim(),
            System.Globalization.CultureInfo.InvariantCulture);
}
