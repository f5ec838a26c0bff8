using System.Net;
using ClosedXML.Excel;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using LearningSociety.TestSupport;

namespace LearningSociety.Web.Tests.Reports;

/// <summary>
/// Reports 2 and 3, the Biểu tổng hợp of a commune (rows per village) and of a district (rows per commune), from
/// cards built through the domain. The demo district adds five registered cards in Bác Vọng Đông and two in Bác Vọng Tây.
/// </summary>
public class ResultsSummaryReports : IDisposable
{
    private readonly PortalFactory _factory;
    private readonly CardData _data;

    public ResultsSummaryReports()
        : this(TestDatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another database (see PostgreSql/OnPostgreSql.cs).</summary>
    protected ResultsSummaryReports(TestDatabaseProvider provider)
    {
        _factory = new PortalFactory(provider);
        _data = new CardData(_factory.Services, new VietnamClock(TimeProvider.System).Today().Year);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Columns of the roll-up: A STT, B unit code, C unit, D adults, E–H registered (N1, N2, N3, cộng), I–L self-assessed, M–P proposed, Q–T recognised, U share, V–W digital skills, X outstanding, Y note.</summary>
    private static double[] Numbers(IXLWorksheet sheet, int row) => Enumerable.Range(4, 21)
        .Select(c => sheet.Cell(row, c).IsEmpty() ? double.NaN : sheet.Cell(row, c).GetDouble()).ToArray();

    private async Task SeedAsync()
    {
        int[] lowDigital = [9, 9, 9, 9, 6, 9, 9, 9, 9, 9];
        await _data.CardsAsync(
            new CardSpec("Nguyễn Thị Ánh", "Thôn Phú Lương A", "N1", CardSpec.Uniform(9), CardStage.Recognised),
            new CardSpec("Trần Thị Bảo", "Thôn Phú Lương A", "N1", CardSpec.Uniform(9), CardStage.Recognised),
            new CardSpec("Lê Thị Cúc", "Thôn Phú Lương A", "N1", CardSpec.Uniform(9), CardStage.Recognised),
            new CardSpec("Phạm Văn Dũng", "Thôn Phú Lương A", "N2", lowDigital, CardStage.Recognised),
            new CardSpec("Hồ Văn Em", "Thôn Phú Lương A", "N3", CardSpec.Uniform(8), CardStage.Proposed),
            new CardSpec("Võ Thị Gấm", "Thôn Phú Lương A", "N1", CardSpec.Uniform(8), CardStage.ReturnedToBranch),
            new CardSpec("Đinh Văn Hậu", "Thôn Phú Lương A", "N1", CardSpec.Uniform(8), CardStage.SelfAssessed),
            new CardSpec("Mai Văn Ích", "Thôn Phú Lương A", "N2", CardSpec.Uniform(8), CardStage.Registered),
            new CardSpec("Trương Văn Khải", "Thôn Phú Lương A", "N1", CardSpec.Uniform(9), CardStage.Recognised, RecognisedYearsBefore: 4),
            new CardSpec("Lý Thị Loan", "Thôn Phú Lương A", "N1", CardSpec.Uniform(9), CardStage.Recognised, RecognisedYearsBefore: 3),
            new CardSpec("Châu Thị Mơ", "Thôn Đức Nhuận", "N3", CardSpec.Uniform(8), CardStage.Recognised),
            new CardSpec("Quách Văn Nam", "Thôn Đức Nhuận", "N3", CardSpec.Uniform(8), CardStage.Recognised),
            new CardSpec("Tạ Văn Oanh", "Thôn Đức Nhuận", "N1", CardSpec.Uniform(8), CardStage.Rejected),
            new CardSpec("Hà Văn Phong", "Thôn Sơn Tùng", "N1", CardSpec.Uniform(9), CardStage.Recognised),
            new CardSpec("Kiều Thị Quyên", "Thôn Sơn Tùng", "N1", CardSpec.Uniform(9), CardStage.Recognised),
            new CardSpec("Lục Văn Sang", "Thôn Sơn Tùng", "N1", CardSpec.Uniform(9), CardStage.Recognised));
        foreach (var (unit, adults) in new[] { ("Thôn Bác Vọng Đông", 10), ("Thôn Bác Vọng Tây", 12), ("Thôn Phú Lương A", 20), ("Thôn Đức Nhuận", 8),
                     ("Xã Quảng Phú", 40), ("Xã Quảng Vinh", 60) })
        {
            await _data.SetAdultsAsync(unit, adults);
        }
    }

    [PortalFact]
    public async Task TheCommuneRollUpCountsEachVillageByGroupWithSharesAsPercentages()
    {
        await SeedAsync();
        using var commune = await _factory.SignInAsync("ubndxa");
        var url = $"/Reports/Commune?communeId={await _data.UnitIdAsync("Xã Quảng Phú")}&year={_data.Year}";

        using var workbook = ReportFiles.Workbook(await ReportFiles.DownloadAsync(commune, url + "&format=xlsx"));
        var sheet = workbook.Worksheets.Single();

        var top = ReportFiles.Cell(sheet, "STT").Address.RowNumber;
        var merged = sheet.MergedRanges.Select(r => r.RangeAddress.ToString()).ToHashSet();
        Assert.Contains($"A{top}:A{top + 2}", merged);
        Assert.Contains($"E{top}:H{top}", merged);
        Assert.Contains($"Q{top}:T{top}", merged);
        Assert.Contains($"Q{top + 1}:S{top + 1}", merged);
        Assert.Contains($"T{top + 1}:T{top + 2}", merged);
        Assert.Contains($"V{top}:W{top + 1}", merged);
        Assert.Contains($"B{top}:B{top + 2}", merged);
        Assert.Equal("Mã ĐVHC", sheet.Cell(top, 2).GetString());
        Assert.Equal("Số được công nhận", sheet.Cell(top, 17).GetString());
        Assert.Equal("Nhóm", sheet.Cell(top + 1, 17).GetString());
        Assert.Equal(["1", "2", "3"], Enumerable.Range(17, 3).Select(c => sheet.Cell(top + 2, c).GetString()));
        Assert.Equal("Cộng", sheet.Cell(top + 1, 20).GetString());

        var first = top + 3;
        Assert.Equal(["Thôn Bác Vọng Đông", "Thôn Bác Vọng Tây", "Thôn Đức Nhuận", "Thôn Phú Lương A", "Tổng cộng"],
            Enumerable.Range(first, 5).Select(r => sheet.Cell(r, r == first + 4 ? 1 : 3).GetString()));
        var codes = await _factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Name == "Thôn Bác Vọng Đông" || u.Name == "Thôn Phú Lương A").ToDictionaryAsync(u => u.Name, u => u.Code));
        Assert.Equal([codes["Thôn Bác Vọng Đông"], codes["Thôn Phú Lương A"]], [sheet.Cell(first, 2).GetString(), sheet.Cell(first + 3, 2).GetString()]);
        double[] phuLuongA = [20, 7, 2, 1, 10, 7, 1, 1, 9, 5, 1, 1, 7, 5, 1, 0, 6, 0.3, 5, 5d / 6, 1];
        Assert.Equal(phuLuongA, Numbers(sheet, first + 3), (a, b) => Math.Abs(a - b) < 1e-9);
        double[] bacVongDong = [10, 2, 2, 1, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, double.NaN, 0];
        Assert.Equal(bacVongDong, Numbers(sheet, first), (a, b) => a.Equals(b) || Math.Abs(a - b) < 1e-9);
        var total = Numbers(sheet, first + 4);
        Assert.Equal(50, total[0]);
        Assert.Equal([12, 4, 4, 20], total[1..5]);
        Assert.Equal(8, total[16]);
        Assert.Equal(8d / 50, total[17], 9);
        Assert.Equal(7, total[18]);
        Assert.Equal(1, total[20]);

        // A province can use it: STT a number, totals of counts are formulas, the sheet prints at 90 % or more, and the
        // panes freeze at the table's own header, which sits near the top.
        Assert.Equal(XLDataType.Number, sheet.Cell(first, 1).DataType);
        Assert.Equal($"SUM(D{first}:D{first + 3})", sheet.Cell(first + 4, 4).FormulaA1);
        Assert.InRange(sheet.PageSetup.Scale, 90, 100);
        Assert.Equal(0, sheet.PageSetup.PagesWide);
        Assert.Equal(top + 2, sheet.SheetView.SplitRow);
        Assert.Contains($"A{first + 4}:C{first + 4}", merged);
        Assert.True(sheet.Cell(first + 4, 8).Style.Font.Bold);

        Assert.All(Enumerable.Range(4, 21), c => Assert.Equal(XLDataType.Number, sheet.Cell(first + 3, c).DataType));
        Assert.Equal("#,##0", sheet.Cell(first + 3, 8).Style.NumberFormat.Format);
        Assert.Equal("0.0%", sheet.Cell(first + 3, 21).Style.NumberFormat.Format);
        Assert.Equal("0.0%", sheet.Cell(first + 3, 23).Style.NumberFormat.Format);

        var text = string.Join("|", sheet.CellsUsed().Select(c => c.GetString()));
        Assert.Contains($"BIỂU TỔNG HỢP KẾT QUẢ XÂY DỰNG MÔ HÌNH \"CÔNG DÂN HỌC TẬP\" NĂM {_data.Year}", text);
        ReportFiles.HasPeoplesCommitteeHeader(text, "XÃ QUẢNG PHÚ");
        Assert.Contains("Số: …/BC-UBND", text);
        // This year's results go up under the two-tier government: to the province, not the district office.
        Assert.Contains(_data.Year >= 2025 ? "Kính gửi: Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế." : "Kính gửi: Phòng Giáo dục và Đào tạo huyện Quảng Điền.", text);
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", text);
        Assert.Contains("KT. CHỦ TỊCH", text);
        Assert.Contains("PHÓ CHỦ TỊCH", text);
        Assert.Contains("Nơi nhận:", text);
        Assert.Contains("Tiêu biểu xuất sắc (5 năm liền)", text);
    }

    [PortalFact]
    public async Task TheDigitalSkillsCutOffIsRuleDataThatAnAdministratorMoves()
    {
        await SeedAsync();
        var ruleId = await _factory.WithDbAsync(db => db.RecognitionRules.Where(r => !r.ForDisadvantagedCommunes).Select(r => r.Id).SingleAsync());
        using var admin = await _factory.SignInAsync("admin");
        var form = await admin.GetPageAsync($"/Catalogue/Rule/{ruleId}");
        var saved = await admin.PostFormAsync(form, "main form", new Dictionary<string, string> { ["DigitalSkillsCutOff"] = "6" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var commune = await _factory.SignInAsync("ubndxa");
        var url = $"/Reports/Commune?communeId={await _data.UnitIdAsync("Xã Quảng Phú")}&year={_data.Year}";
        using var workbook = ReportFiles.Workbook(await ReportFiles.DownloadAsync(commune, url + "&format=xlsx"));
        var sheet = workbook.Worksheets.Single();

        // Phạm Văn Dũng's TC2.1 of 6 now counts: 6 of the 6 recognised in Phú Lương A have digital skills (5 at the cut-off of 7).
        var phuLuongA = ReportFiles.Cell(sheet, "Thôn Phú Lương A").Address.RowNumber;
        Assert.Equal([6d, 1d], [sheet.Cell(phuLuongA, 22).GetDouble(), sheet.Cell(phuLuongA, 23).GetDouble()]);
        Assert.Contains(sheet.CellsUsed(), c => c.GetString().Contains("chỉ số 2.1 từ 6 trở lên", StringComparison.Ordinal));
    }

    [PortalFact]
    public async Task ThePdfOfTheCommuneRollUpShowsTheSameNumbersTheVietnameseWay()
    {
        await SeedAsync();
        using var commune = await _factory.SignInAsync("ubndxa");
        var url = $"/Reports/Commune?communeId={await _data.UnitIdAsync("Xã Quảng Phú")}&year={_data.Year}&format=pdf";

        var pdf = await ReportFiles.DownloadAsync(commune, url);
        var text = ReportFiles.Collapse(Poppler.PdfText(pdf));

        Assert.Equal(1, Poppler.PdfPageCount(pdf));
        Assert.StartsWith("842 x 595", Poppler.PdfPageSize(pdf));
        Assert.Contains($"BIỂU TỔNG HỢP KẾT QUẢ XÂY DỰNG MÔ HÌNH \"CÔNG DÂN HỌC TẬP\" NĂM {_data.Year}", text);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains("Thôn Phú Lương A 20 7 2 1 10 7 1 1 9 5 1 1 7 5 1 0 6 30,0% 5 83,3% 1", text);
        Assert.Contains("Thôn Đức Nhuận 8 1 0 2 3 1 0 2 3 1 0 2 3 0 0 2 2 25,0% 2 100,0% 0", text);
        Assert.Contains("Tổng cộng 50 12 4 4 20", text);
        Assert.Contains("16,0% 7 87,5% 1", text);
        Assert.Contains("KT. CHỦ TỊCH", text);
        Assert.Contains("Quảng Phú, ngày", text);
    }

    [PortalFact]
    public async Task TheDistrictRollUpSumsNumeratorsAndDenominatorsPerCommune()
    {
        await SeedAsync();
        using var district = await _factory.SignInAsync("phonggd");
        var url = $"/Reports/District?districtId={await _data.UnitIdAsync("Huyện Quảng Điền")}&year={_data.Year}";

        using var workbook = ReportFiles.Workbook(await ReportFiles.DownloadAsync(district, url + "&format=xlsx"));
        var sheet = workbook.Worksheets.Single();
        var first = ReportFiles.Cell(sheet, "STT").Address.RowNumber + 3;

        Assert.Equal(["Xã Quảng Phú", "Xã Quảng Vinh"], [sheet.Cell(first, 3).GetString(), sheet.Cell(first + 1, 3).GetString()]);
        var quangPhu = Numbers(sheet, first);
        var quangVinh = Numbers(sheet, first + 1);
        var total = Numbers(sheet, first + 2);
        Assert.Equal([40, 20, 8, 0.2], [quangPhu[0], quangPhu[4], quangPhu[16], quangPhu[17]]);
        Assert.Equal([60, 3, 3, 0.05], [quangVinh[0], quangVinh[4], quangVinh[16], quangVinh[17]]);

        // 11 of 100 adults, not the mean of 20% and 5%.
        Assert.Equal([100, 23, 11, 0.11], [total[0], total[4], total[16], total[17]]);
        Assert.Equal("Tổng cộng", sheet.Cell(first + 2, 1).GetString());

        var pdf = ReportFiles.Collapse(Poppler.PdfText(await ReportFiles.DownloadAsync(district, url + "&format=pdf")));
        ReportFiles.HasPeoplesCommitteeHeader(pdf, "HUYỆN QUẢNG ĐIỀN");
        Assert.Contains("Kính gửi: Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế.", pdf);
        Assert.Contains("Xã Quảng Phú 40", pdf);
        Assert.Contains("11,0%", pdf);
    }

    [PortalFact]
    public async Task RollUpsAreOnlyForUnitsInScopeAndAreNotAuditedAsTheyNameNobody()
    {
        await SeedAsync();
        using var branch = await _factory.SignInAsync("chihoi");
        using var commune = await _factory.SignInAsync("ubndxa");
        var quangPhu = await _data.UnitIdAsync("Xã Quảng Phú");
        var quangVinh = await _data.UnitIdAsync("Xã Quảng Vinh");
        var districtId = await _data.UnitIdAsync("Huyện Quảng Điền");

        Assert.Equal(HttpStatusCode.NotFound, (await branch.GetAsync($"/Reports/Commune?communeId={quangPhu}&year={_data.Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/Reports/Commune?communeId={quangVinh}&year={_data.Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/Reports/District?districtId={districtId}&year={_data.Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/Reports/District?districtId={quangPhu}&year={_data.Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await commune.GetAsync($"/Reports/Commune?communeId={quangPhu}&year={_data.Year}&format=pdf")).StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Export")));
    }
}
