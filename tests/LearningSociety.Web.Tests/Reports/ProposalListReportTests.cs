using System.Net;
using ClosedXML.Excel;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using LearningSociety.TestSupport;

namespace LearningSociety.Web.Tests.Reports;

/// <summary>Report 1, the village branch's Danh sách đề nghị công nhận, downloaded through the app as Excel and PDF.</summary>
public sealed class ProposalListReport : IDisposable
{
    private static readonly int[] LanScores = [9, 8, 9, 8, 7, 6, 9, 8, 9, 8];
    private readonly PortalFactory _factory = new();
    private readonly CardData _data;

    public ProposalListReport() => _data = new CardData(_factory.Services, new VietnamClock(TimeProvider.System).Today().Year);

    public void Dispose() => _factory.Dispose();

    private async Task<string> UrlAsync(string village, string format = "xlsx")
        => $"/Reports/Proposals?villageId={await _data.UnitIdAsync(village)}&year={_data.Year}&format={format}";

    private Task SeedVillageAsync() => _data.CardsAsync(
        new CardSpec("Nguyễn Thị Lan", "Thôn Bác Vọng Đông", "N1", LanScores, CardStage.Proposed, 1982),
        new CardSpec("Trần Văn Đức", "Thôn Bác Vọng Đông", "N2", CardSpec.Uniform(9), CardStage.Recognised, 1975, Gender.Male),
        new CardSpec("Lê Thị Hoa", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(8), CardStage.ReturnedToCommune),
        new CardSpec("Phạm Văn Tú", "Thôn Bác Vọng Đông", "N3", CardSpec.Uniform(8), CardStage.Rejected, Gender: Gender.Male),
        new CardSpec("Đỗ Thị Nga", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.ReturnedToBranch),
        new CardSpec("Hoàng Văn Sơn", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Withdrawn, Gender: Gender.Male),
        new CardSpec("Vũ Thị Yến", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Appraised),
        new CardSpec("Bùi Văn Khánh", "Thôn Bác Vọng Tây", "N1", CardSpec.Uniform(9), CardStage.Proposed, Gender: Gender.Male));

    [Fact]
    public async Task ExcelListsTheProposedCandidatesWithNumbersAsNumbersUnderAMergedIndicatorHeader()
    {
        await SeedVillageAsync();
        using var branch = await _factory.SignInAsync("chihoi");

        using var workbook = ReportFiles.Workbook(await ReportFiles.DownloadAsync(branch, await UrlAsync("Thôn Bác Vọng Đông")));
        var sheet = workbook.Worksheets.Single();

        var indicators = ReportFiles.Cell(sheet, "Điểm các chỉ số");
        var top = indicators.Address.RowNumber;
        var merged = sheet.MergedRanges.Select(r => r.RangeAddress.ToString()).ToHashSet();
        Assert.Contains($"F{top}:O{top}", merged);
        Assert.Contains($"A{top}:A{top + 1}", merged);
        Assert.Contains($"P{top}:P{top + 1}", merged);
        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2"], Enumerable.Range(6, 10).Select(c => sheet.Cell(top + 1, c).GetString()));

        // Proposed, recognised, returned above the branch and refused count; drafts, files back with the branch and withdrawals do not.
        var names = Enumerable.Range(top + 2, 4).Select(r => sheet.Cell(r, 2).GetString()).ToList();
        Assert.Equal(["Trần Văn Đức", "Lê Thị Hoa", "Nguyễn Thị Lan", "Phạm Văn Tú"], names);
        Assert.Equal(string.Empty, sheet.Cell(top + 6, 2).GetString());
        var text = string.Join("|", sheet.CellsUsed().Select(c => c.GetString()));
        Assert.DoesNotContain("Đỗ Thị Nga", text);
        Assert.DoesNotContain("Hoàng Văn Sơn", text);
        Assert.DoesNotContain("Vũ Thị Yến", text);
        Assert.DoesNotContain("Bùi Văn Khánh", text);

        var lan = top + 4;
        Assert.Equal(XLDataType.Number, sheet.Cell(lan, 1).DataType); // STT counts as a number
        Assert.Equal("3", sheet.Cell(lan, 1).GetString());
        Assert.Equal(XLDataType.Number, sheet.Cell(lan, 3).DataType);
        Assert.Equal(1982d, sheet.Cell(lan, 3).GetDouble());
        Assert.Equal("Nữ", sheet.Cell(lan, 4).GetString());
        Assert.Equal("Nhóm 1", sheet.Cell(lan, 5).GetString());
        Assert.Equal(LanScores.Select(s => (double)s), Enumerable.Range(6, 10).Select(c => sheet.Cell(lan, c).GetDouble()));
        Assert.All(Enumerable.Range(6, 11), c => Assert.Equal(XLDataType.Number, sheet.Cell(lan, c).DataType));
        Assert.Equal(81d, sheet.Cell(lan, 16).GetDouble());
        Assert.Equal("#,##0", sheet.Cell(lan, 16).Style.NumberFormat.Format);
        Assert.Equal("Nam", sheet.Cell(top + 2, 4).GetString());

        Assert.Contains($"DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU \"CÔNG DÂN HỌC TẬP\" NĂM {_data.Year}", text);
        Assert.Contains("HỘI KHUYẾN HỌC XÃ QUẢNG PHÚ", text);
        Assert.Contains("CHI HỘI KHUYẾN HỌC|", text);
        Assert.Contains("THÔN BÁC VỌNG ĐÔNG", text);
        Assert.Contains("TM. CHI HỘI KHUYẾN HỌC", text);
        Assert.Contains("CHI HỘI TRƯỞNG", text);
        Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
        Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
    }

    [Fact]
    public async Task PdfShowsTheSameRowsWithVietnameseIntactOnALandscapePage()
    {
        await SeedVillageAsync();
        using var branch = await _factory.SignInAsync("chihoi");

        var pdf = await ReportFiles.DownloadAsync(branch, await UrlAsync("Thôn Bác Vọng Đông", "pdf"));
        var text = ReportFiles.Collapse(Poppler.PdfText(pdf));

        Assert.StartsWith("842 x 595", Poppler.PdfPageSize(pdf));
        Assert.Contains($"DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU \"CÔNG DÂN HỌC TẬP\" NĂM {_data.Year}", text);
        Assert.Contains("HỘI KHUYẾN HỌC XÃ QUẢNG PHÚ", text);
        Assert.Contains("THÔN BÁC VỌNG ĐÔNG", text);
        Assert.Contains("Điểm các chỉ số", text);
        Assert.Contains("3 Nguyễn Thị Lan 1982 Nữ Nhóm 1 9 8 9 8 7 6 9 8 9 8 81", text);
        Assert.Contains("1 Trần Văn Đức 1975 Nam Nhóm 2 9 9 9 9 9 9 9 9 9 9 90", text);
        Assert.Contains("Phạm Văn Tú", text);
        Assert.DoesNotContain("Đỗ Thị Nga", text);
        Assert.Contains("CHI HỘI TRƯỞNG", text);
    }

    [Fact]
    public async Task TheListSaysForEachCardWhetherItHasEvidenceInExcelAndPdf()
    {
        var ids = await _data.CardsAsync(
            new CardSpec("An Thị Ghi Chú", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Proposed),
            new CardSpec("Bùi Văn Có Tệp", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Proposed, Gender: Gender.Male),
            new CardSpec("Cao Thị Chưa Có", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Proposed));
        await _data.EvidenceAsync(ids[0], "Giấy chứng nhận lớp tin học", files: 0);
        await _data.EvidenceAsync(ids[1], "Sổ tổ hợp tác", files: 3);
        using var branch = await _factory.SignInAsync("chihoi");

        using var workbook = ReportFiles.Workbook(await ReportFiles.DownloadAsync(branch, await UrlAsync("Thôn Bác Vọng Đông")));
        var sheet = workbook.Worksheets.Single();
        var header = ReportFiles.Cell(sheet, "Minh chứng");
        var top = ReportFiles.Cell(sheet, "Điểm các chỉ số").Address.RowNumber;
        Assert.Equal(top, header.Address.RowNumber);
        var column = header.Address.ColumnNumber;
        Assert.Equal(17, column); // after Tổng điểm
        var evidence = Enumerable.Range(top + 2, 3).ToDictionary(r => sheet.Cell(r, 2).GetString(), r => sheet.Cell(r, column).GetString());
        Assert.Equal("Có (ghi chú)", evidence["An Thị Ghi Chú"]);
        Assert.Equal("Có (3 tệp)", evidence["Bùi Văn Có Tệp"]);
        Assert.Equal("Chưa có", evidence["Cao Thị Chưa Có"]);

        var text = ReportFiles.Collapse(Poppler.PdfText(await ReportFiles.DownloadAsync(branch, await UrlAsync("Thôn Bác Vọng Đông", "pdf"))));
        Assert.Contains("Minh chứng", text);
        Assert.Contains("An Thị Ghi Chú 1980 Nữ Nhóm 1 9 9 9 9 9 9 9 9 9 9 90 Có (ghi chú)", text);
        Assert.Contains("Bùi Văn Có Tệp 1980 Nam Nhóm 1 9 9 9 9 9 9 9 9 9 9 90 Có (3 tệp)", text);
        Assert.Contains("Cao Thị Chưa Có 1980 Nữ Nhóm 1 9 9 9 9 9 9 9 9 9 9 90 Chưa có", text);
    }

    [Fact]
    public async Task ALongListRunsOverSeveralPagesWithItsHeaderRepeated()
    {
        string[] families = ["Nguyễn", "Trần", "Lê", "Đặng"];
        string[] middles = ["Văn", "Thị", "Hữu", "Ngọc"];
        string[] givens = ["An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Khánh", "Lộc", "Mỹ", "Nga", "Phúc", "Quỳnh", "Sơn", "Thảo", "Uyên", "Việt", "Xuân", "Yến", "Ánh"];
        var people = Enumerable.Range(0, 80).Select(i => $"{families[i / 20]} {middles[i % 4]} {givens[i % 20]}").ToList();
        await _data.CardsAsync(people.Select(name => new CardSpec(name, "Thôn Phú Lương A", "N1", CardSpec.Uniform(8), CardStage.Proposed)));
        using var commune = await _factory.SignInAsync("ubndxa");

        var pdf = await ReportFiles.DownloadAsync(commune, await UrlAsync("Thôn Phú Lương A", "pdf"));
        var pages = Poppler.PdfPages(pdf);

        Assert.True(pages.Length >= 3, $"Expected 3 or more pages for 80 people, got {pages.Length}.");
        Assert.Equal(Poppler.PdfPageCount(pdf), pages.Length);
        Assert.All(pages, page =>
        {
            Assert.Contains("Điểm các chỉ số", page);
            Assert.Contains("Họ và tên", page);
            Assert.Contains("Tổng", page);
        });
        var all = ReportFiles.Collapse(string.Join(" ", pages));
        Assert.All(people, name => Assert.Contains(name, all));
        Assert.Contains("Tổng số: 80 người", ReportFiles.Collapse(pages[^1]));
        Assert.Contains("CHI HỘI TRƯỞNG", pages[^1]);

        using var workbook = ReportFiles.Workbook(await ReportFiles.DownloadAsync(commune, await UrlAsync("Thôn Phú Lương A")));
        var sheet = workbook.Worksheets.Single();
        var top = ReportFiles.Cell(sheet, "Điểm các chỉ số").Address.RowNumber;
        Assert.Equal(top, sheet.PageSetup.FirstRowToRepeatAtTop);
        Assert.Equal(top + 1, sheet.PageSetup.LastRowToRepeatAtTop);
        Assert.Equal(top + 1, sheet.SheetView.SplitRow);
        Assert.Equal(80, Enumerable.Range(top + 2, 100).Count(r => sheet.Cell(r, 16).DataType == XLDataType.Number));
    }

    [Fact]
    public async Task AVillageWithNobodyProposedSaysSoInsteadOfPrintingAnEmptyList()
    {
        using var branch = await _factory.SignInAsync("chihoi");

        var pdf = await ReportFiles.DownloadAsync(branch, await UrlAsync("Thôn Bác Vọng Đông", "pdf"));
        var text = ReportFiles.Collapse(Poppler.PdfText(pdf));

        Assert.Contains($"Năm {_data.Year}, Chi hội khuyến học thôn Bác Vọng Đông chưa đề nghị công nhận công dân nào.", text);
        Assert.DoesNotContain("Điểm các chỉ số", text);
        Assert.DoesNotContain("Tổng số: 0", text);
        Assert.DoesNotContain("có tên dưới đây", text);
        Assert.Equal(1, Poppler.PdfPageCount(pdf));
    }

    [Fact]
    public async Task ABranchCannotDownloadAnotherVillagesListNorACommuneOfficerAnotherCommunes()
    {
        await SeedVillageAsync();
        using var branch = await _factory.SignInAsync("chihoi");
        using var commune = await _factory.SignInAsync("ubndxa");

        Assert.Equal(HttpStatusCode.NotFound, (await branch.GetAsync(await UrlAsync("Thôn Bác Vọng Tây"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await branch.GetAsync(await UrlAsync("Thôn Bác Vọng Tây", "pdf"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync(await UrlAsync("Thôn Sơn Tùng"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await commune.GetAsync(await UrlAsync("Thôn Bác Vọng Tây"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await branch.GetAsync(await UrlAsync("Thôn Bác Vọng Đông", "docx"))).StatusCode);
    }

    [Fact]
    public async Task EveryExportOfTheListIsAuditedAndNamedInVietnamese()
    {
        await SeedVillageAsync();
        using var branch = await _factory.SignInAsync("chihoi");
        var villageId = await _data.UnitIdAsync("Thôn Bác Vọng Đông");

        var response = await branch.GetAsync(await UrlAsync("Thôn Bác Vọng Đông", "pdf"));
        await branch.GetAsync(await UrlAsync("Thôn Bác Vọng Đông"));

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition?.ToString() ?? string.Join(";", response.Headers.GetValues("Content-Disposition"));
        Assert.Contains($"filename=\"Danh sach de nghi CDHT {_data.Year} - Thon Bac Vong Dong.pdf\"", disposition);
        Assert.Contains("filename*=UTF-8''" + Uri.EscapeDataString($"Danh sách đề nghị CDHT {_data.Year} - Thôn Bác Vọng Đông.pdf"), disposition);
        var rows = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == "Export" && a.Entity == "ProposalList").ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.Equal("chihoi", row.Actor);
            Assert.Equal(villageId.ToString(System.Globalization.CultureInfo.InvariantCulture), row.EntityId);
            Assert.Contains("4 công dân", row.Details);
        });
        Assert.Contains(rows, r => r.Details!.EndsWith("(tệp pdf)", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Details!.EndsWith("(tệp xlsx)", StringComparison.Ordinal));
    }
}
