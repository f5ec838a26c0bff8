using System.Net;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Imports;
using LearningSociety.Web.Security;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LearningSociety.Web.Tests.Imports.CitizenRow;

namespace LearningSociety.Web.Tests.Imports;

/// <summary>Uploads that change data: each test gets a database of its own.</summary>
public class CitizenImport : IDisposable
{
    private readonly PortalFactory _factory;

    public CitizenImport()
        : this(TestDatabaseProvider.Sqlite)
    {
    }

    /// <summary>The same tests on another database (see PostgreSql/OnPostgreSql.cs).</summary>
    protected CitizenImport(TestDatabaseProvider provider) => _factory = new PortalFactory(provider);

    /// <summary>Fifty clean rows for the branch of Thôn Bác Vọng Đông, every one scored and appraised (80 points, passed).</summary>
    private static List<CitizenRow> FiftyRows() => Enumerable.Range(1, 50)
        .Select(i =>
        {
            var gender = i % 2 == 0 ? "Nữ" : "Nam";
            var year = 1960 + (i % 40);
            return new CitizenRow($"Người Dân Thử {i:00}", year, gender, Group: (1 + (i % 3)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                NationalId: i % 5 == 0 ? null : IdFor(gender, year, i), Phone: "0912 345 678",
                Self: All(8), Appraised: All(8));
        })
        .ToList();

    [PortalFact]
    public async Task AFileWithABadRowIsRefusedWholeAndEveryErrorIsReportedByRowAndColumn()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var rows = FiftyRows();
        // Sheet row 14 is the 12th data row (data starts on row 3).
        rows[11] = rows[11] with { NationalId = "04608012345", Self = [8, 8, 8, 8, 11, 8, 8, 8, 8, 8] };
        var before = await ImportUploads.CountsAsync(_factory);

        var page = await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows));

        Assert.NotNull(page.QuerySelector("[data-testid=import-failed]"));
        var errors = ImportUploads.Errors(page);
        Assert.Contains(errors, e => e is { Row: "14", Column: "Số CCCD" }
            && e.Message == "Trang tính 'Danh sách', dòng 14, cột 'Số CCCD': Số CCCD phải gồm đúng 12 chữ số.");
        Assert.Contains(errors, e => e is { Row: "14", Column: "Tự đánh giá TC2.1" } && e.Message.EndsWith("Điểm phải là số nguyên từ 1 đến 10.", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal("14", e.Row));
        Assert.Equal(before, await ImportUploads.CountsAsync(_factory));
    }

    [PortalFact]
    public async Task AfterFixingTheBadRowTheWholeFileIsImportedAndTheCountsMatch()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var rows = FiftyRows();
        var good = rows[11];
        rows[11] = good with { NationalId = "04608012345", Self = CitizenRow.All(11) };
        var before = await ImportUploads.CountsAsync(_factory);
        await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows));
        rows[11] = good;

        var page = await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows));

        Assert.NotNull(page.QuerySelector("[data-testid=import-success]"));
        Assert.Equal(50, ImportUploads.Summary(page, "citizens-added"));
        Assert.Equal(0, ImportUploads.Summary(page, "citizens-updated"));
        Assert.Equal(50, ImportUploads.Summary(page, "registrations-added"));
        Assert.Equal(50, ImportUploads.Summary(page, "cards-appraised"));
        Assert.Equal(50, ImportUploads.Summary(page, "cards-passed"));
        var after = await ImportUploads.CountsAsync(_factory);
        Assert.Equal(before.Citizens + 50, after.Citizens);
        Assert.Equal(before.Registrations + 50, after.Registrations);
        Assert.Equal(before.Entries + 500, after.Entries);

        var imported = await _factory.WithDbAsync(db => db.Registrations.AsNoTracking()
            .Where(r => r.Citizen.FullName.StartsWith("Người Dân Thử"))
            .Select(r => new { r.Year, r.Channel, r.Status, r.Passed, r.AppraisedTotal, r.Citizen.NationalId, r.Citizen.ConsentDate, Village = r.Village.Name })
            .ToListAsync());
        Assert.Equal(50, imported.Count);
        Assert.All(imported, r =>
        {
            Assert.Equal(ImportUploads.CurrentYear, r.Year);
            Assert.Equal(RegistrationChannel.Import, r.Channel);
            Assert.Equal(ScorecardStatus.Appraised, r.Status);
            Assert.True(r.Passed);
            Assert.Equal(80, r.AppraisedTotal);
            Assert.Equal(new DateOnly(2025, 1, 10), r.ConsentDate);
            Assert.Equal("Thôn Bác Vọng Đông", r.Village);
        });
        Assert.Equal(40, imported.Count(r => r.NationalId is not null));
        Assert.Contains(imported, r => r.NationalId == good.NationalId);
    }

    [PortalFact]
    public async Task ReimportingTheSameFileChangesNothingAndWritesNoAuditRows()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var file = await ImportUploads.FileAsync(client, FiftyRows());
        await ImportUploads.UploadPageAsync(client, file);
        var before = await ImportUploads.CountsAsync(_factory);
        var stamps = await _factory.WithDbAsync(db => db.Registrations.AsNoTracking().Select(r => r.ConcurrencyStamp).ToListAsync());

        var page = await ImportUploads.UploadPageAsync(client, file);

        Assert.NotNull(page.QuerySelector("[data-testid=import-success]"));
        Assert.Equal(0, ImportUploads.Summary(page, "citizens-added"));
        Assert.Equal(0, ImportUploads.Summary(page, "citizens-updated"));
        Assert.Equal(50, ImportUploads.Summary(page, "citizens-unchanged"));
        Assert.Equal(0, ImportUploads.Summary(page, "registrations-added"));
        Assert.Equal(0, ImportUploads.Summary(page, "registrations-updated"));
        Assert.Equal(50, ImportUploads.Summary(page, "registrations-unchanged"));
        Assert.Equal(before, await ImportUploads.CountsAsync(_factory));
        Assert.Equal(stamps, await _factory.WithDbAsync(db => db.Registrations.AsNoTracking().Select(r => r.ConcurrencyStamp).ToListAsync()));
    }

    [PortalFact]
    public async Task AChangedRowUpdatesOnlyThatCitizenAndCard()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var rows = FiftyRows();
        await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows));
        // Matched on CCCD (row 1) and on name + year of birth + village (row 5 has no CCCD).
        rows[0] = rows[0] with { Phone = "0987 654 321" };
        rows[4] = rows[4] with { Appraised = [8, 8, 8, 8, 8, 8, 8, 8, 8, 4], Reason = "Chưa tham gia tổ hợp tác" };

        var page = await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows));

        Assert.Equal(0, ImportUploads.Summary(page, "citizens-added"));
        Assert.Equal(1, ImportUploads.Summary(page, "citizens-updated"));
        Assert.Equal(49, ImportUploads.Summary(page, "citizens-unchanged"));
        Assert.Equal(1, ImportUploads.Summary(page, "registrations-updated"));
        Assert.Equal(49, ImportUploads.Summary(page, "cards-passed"));
        var card = await _factory.WithDbAsync(db => db.Registrations.AsNoTracking().Include(r => r.Entries)
            .SingleAsync(r => r.Citizen.FullName == rows[4].Name));
        Assert.False(card.Passed);
        Assert.Equal("Chưa tham gia tổ hợp tác", card.Entries.Single(e => e.Code == "TC3.2").AppraisalReason);
        Assert.Null(card.Entries.Single(e => e.Code == "TC1.1").AppraisalReason);
    }

    [PortalFact]
    public async Task ABranchGetsAnErrorAtTheRowThatNamesAnotherVillage()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var before = await ImportUploads.CountsAsync(_factory);
        CitizenRow[] rows =
        [
            new("Trần Văn Một", 1980),
            new("Trần Văn Hai Nhiều Năm", 1981, Village: "Thôn Bác Vọng Tây"),
            new("Trần Văn Ba", 1982, Village: "Thôn Không Có"),
        ];

        var page = await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows));

        var errors = ImportUploads.Errors(page);
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e is { Row: "4", Column: "Thôn" } && e.Message.Contains("không thuộc phạm vi quản lý", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: "5", Column: "Thôn" } && e.Message.Contains("Không tìm thấy thôn", StringComparison.Ordinal));
        Assert.Equal(before, await ImportUploads.CountsAsync(_factory));
    }

    [PortalFact]
    public async Task ACccdAlreadyHeldByAnotherCitizenIsAnErrorAtThatRow()
    {
        var id = IdFor("Nam", 1975, 4242);
        using (var otherBranch = await _factory.SignInAsync("chihoi2"))
        {
            var own = await ImportUploads.UploadPageAsync(otherBranch,
                await ImportUploads.FileAsync(otherBranch, [new CitizenRow("Lê Văn Tây", 1975, Village: "Thôn Bác Vọng Tây", NationalId: id)]));
            Assert.NotNull(own.QuerySelector("[data-testid=import-success]"));
        }

        using var client = await _factory.SignInAsync("chihoi");
        var page = await ImportUploads.UploadPageAsync(client,
            await ImportUploads.FileAsync(client, [new CitizenRow("Lê Văn Đông", 1975, NationalId: id)]));

        var error = Assert.Single(ImportUploads.Errors(page));
        Assert.Equal(("3", "Số CCCD"), (error.Row, error.Column));
        Assert.EndsWith(LearningSociety.Web.Features.Citizens.NationalIdMessages.AlreadyRegistered, error.Message);
        Assert.DoesNotContain("ngoài", error.Message);
    }

    [PortalFact]
    public async Task DuplicateRowsInsideTheFileAreErrors()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var id = IdFor("Nữ", 1990, 7);
        CitizenRow[] rows =
        [
            new("Phan Thị Mai", 1990, "Nữ", NationalId: id),
            new("Phan Thị Lan", 1990, "Nữ", NationalId: id),
            new("Hồ Văn Nam", 1970),
            new("Hồ  văn nam", 1970),
        ];

        var errors = ImportUploads.Errors(await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows)));

        Assert.Contains(errors, e => e is { Row: "4", Column: "Số CCCD" } && e.Message.Contains("trùng với dòng 3", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: "6", Column: "Họ và tên" } && e.Message.Contains("Trùng với dòng 5", StringComparison.Ordinal));
    }

    [PortalFact]
    public async Task DomainRulesAreReportedAtTheirCells()
    {
        using var client = await _factory.SignInAsync("chihoi");
        CitizenRow[] rows =
        [
            new("Scores Without Consent", 1980, Consent: null, Self: All(8)),
            new("Appraisal Without Reason", 1980, Self: All(8), Appraised: [9, 8, 8, 8, 8, 8, 8, 8, 8, 8]),
            new("Birth Date Disagrees", 1980, DateOfBirth: "05/03/1981"),
            new("Id Disagrees With Gender", 1980, "Nữ", NationalId: IdFor("Nam", 1980, 1)),
            new("Half A Card", 1980, Self: [8, 8, 8, 0, 8, 8, 8, 8, 8, 8]),
            new("Appraised Without Self", 1980, Appraised: All(8)),
            new("Wrong Gender", 1980, Gender: "X"),
            new("Wrong Group", 1980, Group: "4"),
            new("Bad Date", 1980, DateOfBirth: "31/02/1980"),
            new("Consent Before Fifteen", 2009, DateOfBirth: "01/12/2009", Consent: "10/01/2024"),
        ];
        var file = ImportUploads.Fill(await ImportUploads.TemplateAsync(client), rows);

        var errors = ImportUploads.Errors(await ImportUploads.UploadPageAsync(client, file));

        Assert.Contains(errors, e => e is { Row: "3", Column: "Ngày đồng ý" } && e.Message.Contains("Chưa ghi nhận sự đồng ý", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: "4", Column: "Lý do điều chỉnh" } && e.Message.Contains("Cần ghi lý do ở chỉ số 1.1", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: "5", Column: "Năm sinh" } && e.Message.EndsWith("Năm sinh không khớp với ngày sinh.", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: "6", Column: "Số CCCD" } && e.Message.EndsWith("Chữ số thứ 4 của số CCCD không khớp với giới tính.", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: "7", Column: "Tự đánh giá TC1.4" });
        Assert.Contains(errors, e => e is { Row: "8", Column: "Tự đánh giá TC1.1" } && e.Message.Contains("phải có đủ 10 điểm tự đánh giá", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: "9", Column: "Giới tính" });
        Assert.Contains(errors, e => e is { Row: "10", Column: "Nhóm" });
        Assert.Contains(errors, e => e is { Row: "11", Column: "Ngày sinh" });
        Assert.Contains(errors, e => e is { Row: "12", Column: "Ngày đồng ý" } && e.Message.Contains("trước ngày công dân đủ 15 tuổi (01/12/2024)", StringComparison.Ordinal));
    }

    [PortalFact]
    public async Task AppraisedScoresPassAtEightyPointsWithNoIndicatorBelowFive()
    {
        using var client = await _factory.SignInAsync("chihoi");
        CitizenRow[] rows =
        [
            new("Đạt Tám Mươi", 1980, Self: All(8), Appraised: All(8)),
            new("Thiếu Một Điểm", 1981, Self: All(8), Appraised: [8, 8, 8, 8, 8, 8, 8, 8, 8, 7], Reason: "Chưa đủ minh chứng"),
            new("Có Chỉ Số Bốn", 1982, Self: All(9), Appraised: [9, 9, 9, 9, 9, 9, 9, 9, 9, 4], Reason: "Chưa tham gia sinh hoạt"),
            new("Bảy Mươi Hai", 1983, Self: [8, 8, 7, 7, 7, 7, 7, 7, 7, 7], Appraised: [8, 8, 7, 7, 7, 7, 7, 7, 7, 7]),
        ];

        var page = await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows));

        Assert.Equal(4, ImportUploads.Summary(page, "cards-appraised"));
        Assert.Equal(1, ImportUploads.Summary(page, "cards-passed"));
        var cards = await PassedByNameAsync();
        Assert.Equal((true, 80, 80), cards["Đạt Tám Mươi"]);
        Assert.Equal((false, 79, 80), cards["Thiếu Một Điểm"]);
        Assert.Equal((false, 85, 80), cards["Có Chỉ Số Bốn"]);
        Assert.Equal((false, 72, 80), cards["Bảy Mươi Hai"]);
    }

    [PortalFact]
    public async Task InACommuneFlaggedDisadvantagedForTheYearSeventyPointsPass()
    {
        await _factory.WithDbAsync(async db =>
        {
            return await LearningSociety.TestSupport.DesignationData.SetAsync(db, "Xã Quảng Phú", ImportUploads.CurrentYear);
        });
        using var client = await _factory.SignInAsync("chihoi");
        CitizenRow[] rows =
        [
            new("Bảy Mươi Hai", 1983, Self: [8, 8, 7, 7, 7, 7, 7, 7, 7, 7], Appraised: [8, 8, 7, 7, 7, 7, 7, 7, 7, 7]),
            new("Sáu Mươi Chín", 1984, Self: [7, 7, 7, 7, 7, 7, 7, 7, 7, 6], Appraised: [7, 7, 7, 7, 7, 7, 7, 7, 7, 6]),
        ];

        var page = await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows));

        Assert.Equal(1, ImportUploads.Summary(page, "cards-passed"));
        var cards = await PassedByNameAsync();
        Assert.Equal((true, 72, 70), cards["Bảy Mươi Hai"]);
        Assert.Equal((false, 69, 70), cards["Sáu Mươi Chín"]);
    }

    [PortalFact]
    public async Task AFileThatIsNotXlsxGetsAVietnameseMessageNotAServerError()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var csv = System.Text.Encoding.UTF8.GetBytes("Họ và tên;Năm sinh\nNguyễn Văn A;1980\n");

        var byName = await ImportUploads.UploadAsync(client, csv, "danh-sach.csv", contentType: "text/csv");
        var byContent = await ImportUploads.UploadAsync(client, csv, "danh-sach.xlsx");

        Assert.Equal(HttpStatusCode.OK, byName.StatusCode);
        Assert.Contains(ImportMessages.NotXlsx, (await PortalClient.ParseAsync(byName)).QuerySelector("[data-testid=file-errors]")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, byContent.StatusCode);
        Assert.Contains("không phải là tệp Excel .xlsx", (await PortalClient.ParseAsync(byContent)).QuerySelector("[data-testid=file-errors]")!.TextContent);
    }

    [PortalFact]
    public async Task ACorruptWorkbookGetsAVietnameseMessageNotAServerError()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var file = await ImportUploads.FileAsync(client, FiftyRows());
        var truncated = file[..(file.Length / 2)];
        var scrambled = (byte[])file.Clone();
        for (var i = 200; i < scrambled.Length; i += 7)
        {
            scrambled[i] ^= 0x5A;
        }

        foreach (var broken in new[] { truncated, scrambled })
        {
            var response = await ImportUploads.UploadAsync(client, broken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=file-errors]")!.TextContent;
            Assert.Contains("bị hỏng hoặc không đúng định dạng", text);
        }
    }

    [PortalFact]
    public async Task AFileOverTheSizeLimitIsRefusedWithAVietnameseMessage()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var huge = new byte[CitizenImporter.MaxFileBytes + (512 * 1024)];
        huge[0] = (byte)'P';
        huge[1] = (byte)'K';

        var response = await ImportUploads.UploadAsync(client, huge);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tệp lớn hơn 10 MB", (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=file-errors]")!.TextContent);
    }

    [PortalFact]
    public async Task AWorkbookThatIsNotTheTemplateIsRefusedByItsHeaders()
    {
        using var client = await _factory.SignInAsync("chihoi");
        using var workbook = new ClosedXML.Excel.XLWorkbook();
        workbook.AddWorksheet("Sheet1").Cell(1, 1).SetValue("Bảng lương");
        var output = new MemoryStream();
        workbook.SaveAs(output);

        var page = await ImportUploads.UploadPageAsync(client, output.ToArray());

        Assert.Contains("không đúng tệp mẫu: ô A2 phải là 'Họ và tên' (đang trống)", page.QuerySelector("[data-testid=file-errors]")!.TextContent);
    }

    [PortalFact]
    public async Task TheScriptGetsOnlyTheResultBlock()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var file = await ImportUploads.FileAsync(client, [new CitizenRow("Trương Văn Script", 1980)]);

        var response = await ImportUploads.UploadAsync(client, file, fromScript: true);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data-testid=\"import-success\"", html);
    }

    [PortalFact]
    public async Task ImportedCitizensAndCardsAreInTheAuditWithTheirActorTheirValuesAndTheirScores()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var started = DateTimeOffset.UtcNow.AddMinutes(-1);
        var rows = FiftyRows().Take(3).ToList();
        await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows));
        // The same people again for last year: new cards of citizens on record.
        var page = await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows), year: ImportUploads.CurrentYear - 1);
        Assert.Equal(3, ImportUploads.Summary(page, "registrations-added"));

        var cards = await _factory.WithDbAsync(db => db.Registrations.AsNoTracking()
            .Where(r => r.Citizen.FullName.StartsWith("Người Dân Thử"))
            .Select(r => new { r.Id, r.CitizenId, r.Year, r.Citizen.FullName, r.Citizen.NationalId, r.Citizen.Phone })
            .ToListAsync());
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "Added").ToListAsync());
        Assert.Equal(6, cards.Count);
        foreach (var card in cards)
        {
            // This year's card came with its new citizen: one row for the citizen, carrying the card and its scores.
            var isNew = card.Year == ImportUploads.CurrentYear;
            var row = isNew
                ? Assert.Single(audit, a => a.Entity == "Citizen" && a.EntityId == card.CitizenId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : Assert.Single(audit, a => a.Entity == "CdhtRegistration" && a.EntityId == card.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("chihoi", row.Actor);
            Assert.InRange(row.At, started, DateTimeOffset.UtcNow.AddMinutes(1));
            Assert.DoesNotContain(card.NationalId!, row.Details);
            Assert.DoesNotContain(card.Phone!, row.Details);

            using var details = System.Text.Json.JsonDocument.Parse(row.Details!);
            var root = details.RootElement;
            System.Text.Json.JsonElement values;
            if (isNew)
            {
                Assert.Equal(System.Text.Json.JsonValueKind.Null, root.GetProperty("FullName")[0].ValueKind);
                Assert.Equal(card.FullName, root.GetProperty("FullName")[1].GetString());
                Assert.Equal(LearningSociety.Domain.Citizens.NationalIdNumber.Mask(card.NationalId), root.GetProperty("NationalId")[1].GetString());
                Assert.Equal(LearningSociety.Domain.Citizens.NationalIdNumber.Mask(card.Phone), root.GetProperty("Phone")[1].GetString());
                values = root.GetProperty("CdhtRegistration")[1];
                Assert.Equal(card.Id, values.GetProperty("Id").GetInt32());
                Assert.False(values.TryGetProperty("CitizenId", out _), "The card inside its citizen's row does not repeat the citizen.");
            }
            else
            {
                // The interceptor's form for an added entity: property → [null, value].
                Assert.Equal(card.CitizenId, root.GetProperty("CitizenId")[1].GetInt32());
                values = System.Text.Json.JsonSerializer.SerializeToElement(root.EnumerateObject().ToDictionary(p => p.Name, p => p.Value[1]));
            }

            Assert.Equal(card.Year, values.GetProperty("Year").GetInt32());
            Assert.Equal((int)ScorecardStatus.Appraised, values.GetProperty("Status").GetInt32());
            Assert.True(values.GetProperty("Passed").GetBoolean());
            Assert.Equal(80, values.GetProperty("AppraisedTotal").GetInt32());
            var scores = values.GetProperty("Entries").EnumerateArray().ToList();
            Assert.Equal(IndicatorDefinition.Codes, scores.Select(e => e.GetProperty("Code").GetString()));
            Assert.All(scores, e => Assert.Equal((8, 8), (e.GetProperty("SelfScore").GetInt32(), e.GetProperty("AppraisedScore").GetInt32())));
        }
    }

    [PortalFact]
    public async Task AfterImportsTheCardTalliesEqualARecount()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var rows = FiftyRows();
        await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows));
        await AssertTalliesEqualRecountAsync("new citizens with their cards");

        // Last year's cards for half of them: new cards of citizens on record.
        var page = await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows.Take(25)), year: ImportUploads.CurrentYear - 1);
        Assert.Equal(25, ImportUploads.Summary(page, "registrations-added"));
        await AssertTalliesEqualRecountAsync("last year's cards of citizens on record");

        // One citizen corrected, one card re-appraised (changes through EF), two new people (in bulk).
        List<CitizenRow> next =
        [
            rows[30] with { Phone = "0987 654 321" },
            rows[31] with { Appraised = [8, 8, 8, 8, 8, 8, 8, 8, 8, 4], Reason = "Chưa tham gia tổ hợp tác" },
            new("Người Mới Một", 1975, Self: All(9), Appraised: All(9)),
            new("Người Mới Hai", 1976, Self: All(6)),
        ];
        page = await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, next));
        Assert.Equal(2, ImportUploads.Summary(page, "registrations-added"));
        Assert.Equal(1, ImportUploads.Summary(page, "registrations-updated"));
        await AssertTalliesEqualRecountAsync("changes and new people");
    }

    [PortalFact]
    public async Task AnImportThatFailsWhileSavingLeavesEverythingAsItWasTalliesIncluded()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var rows = FiftyRows();
        await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows));

        // A file that corrects a citizen and re-appraises a card (saved through EF, tallies moved by the interceptor) and
        // adds new people (in bulk), the last of whom takes a CCCD someone registers between the check and the save.
        var taken = IdFor("Nam", 1977, 777);
        List<CitizenRow> next =
        [
            rows[0] with { Phone = "0987 654 321" },
            rows[1] with { Appraised = [8, 8, 8, 8, 8, 8, 8, 8, 8, 4], Reason = "Chưa tham gia tổ hợp tác" },
            new("Người Mới Một", 1975, Self: All(9), Appraised: All(9)),
            new("Người Mới Hai", 1977, NationalId: taken, Self: All(8), Appraised: All(8)),
        ];
        var file = await ImportUploads.FileAsync(client, next);

        await _factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var village = await db.AdministrativeUnits.AsNoTracking().SingleAsync(u => u.Name == "Thôn Bác Vọng Đông");
            var scope = new UnitScope([new ScopeGrant(PortalRole.VillageBranch, village.Id, village.Path, village.Name)]);
            var importer = services.GetRequiredService<CitizenImporter>();
            var plan = await importer.ValidateAsync(new MemoryStream(file), ImportUploads.CurrentYear, scope, "chihoi");
            Assert.True(plan.IsValid, string.Join("; ", plan.Errors.Select(e => e.Message)));
            Assert.Equal((2, 1, 2, 1), (plan.Summary.CitizensAdded, plan.Summary.CitizensUpdated, plan.Summary.RegistrationsAdded, plan.Summary.RegistrationsUpdated));

            await _factory.WithDbAsync(async other =>
            {
                var group = await other.CitizenGroups.FirstAsync();
                other.Citizens.Add(new LearningSociety.Domain.Citizens.Citizen("Người Đăng Ký Trước", null, 1977,
                    LearningSociety.Domain.Citizens.Gender.Male, group.Id, village.Id, taken, null));
                return await other.SaveChangesAsync();
            });
            var before = await ImportUploads.CountsAsync(_factory);
            var tallies = await _factory.WithDbAsync(db => CardTallyKeeper.StoredAsync(db, CancellationToken.None));

            await Assert.ThrowsAsync<DbUpdateException>(() => importer.ApplyAsync(plan, "danh-sach.xlsx"));

            Assert.Equal(before, await ImportUploads.CountsAsync(_factory));
            Assert.Equal(Sorted(tallies), Sorted(await _factory.WithDbAsync(db => CardTallyKeeper.StoredAsync(db, CancellationToken.None))));
            Assert.Equal(rows[0].Phone, await _factory.WithDbAsync(db => db.Citizens.Where(c => c.NationalId == rows[0].NationalId).Select(c => c.Phone).SingleAsync()));
            // A plan is applied once: a second submit of the same plan is refused, not saved twice.
            await Assert.ThrowsAsync<InvalidOperationException>(() => importer.ApplyAsync(plan, "danh-sach.xlsx"));
        });
        await AssertTalliesEqualRecountAsync("a failed import");
    }

    private async Task AssertTalliesEqualRecountAsync(string after)
    {
        var recount = Sorted(await _factory.WithDbAsync(db => CardTallyKeeper.RecountAsync(db, CancellationToken.None)));
        var stored = Sorted(await _factory.WithDbAsync(db => CardTallyKeeper.StoredAsync(db, CancellationToken.None)));
        Assert.True(recount.SequenceEqual(stored),
            $"After {after}: stored {string.Join("; ", stored.Except(recount))} ≠ recount {string.Join("; ", recount.Except(stored))}");
        Assert.NotEmpty(stored);
    }

    private static List<KeyValuePair<TallyKey, int>> Sorted(Dictionary<TallyKey, int> counts) => [.. counts.OrderBy(x => x.Key.ToString())];

    private Task<Dictionary<string, (bool?, int?, int?)>> PassedByNameAsync()
        => _factory.WithDbAsync(async db => (await db.Registrations.AsNoTracking()
                .Where(r => r.Status == ScorecardStatus.Appraised)
                .Select(r => new { r.Citizen.FullName, r.Passed, r.AppraisedTotal, r.AppraisalThreshold })
                .ToListAsync())
            .ToDictionary(r => r.FullName, r => (r.Passed, r.AppraisedTotal, r.AppraisalThreshold)));

    [PortalFact]
    public async Task SeveralYearsOfOneCitizenGoInOneFileOneRowPerYear()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var year = ImportUploads.CurrentYear;
        var id = IdFor("Nữ", 1981, 41);
        CitizenRow[] rows =
        [
            new("Võ Thị Giang Nhiều Năm", 1981, "Nữ", NationalId: id, Year: year - 2, Self: All(9), Appraised: All(9)),
            new("Võ Thị Giang Nhiều Năm", 1981, "Nữ", NationalId: id, Year: year - 1, Self: All(9), Appraised: All(9)),
            new("Võ Thị Giang Nhiều Năm", 1981, "Nữ", NationalId: id, Year: year, Self: All(8), Appraised: All(8)),
            new("Trần Văn Hai Nhiều Năm", 1970, Year: year - 1, Self: All(8)),
            new("Trần Văn Hai Nhiều Năm", 1970, Year: year, Self: All(8)),
        ];

        var page = await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows), yearFromColumn: true);

        Assert.Empty(ImportUploads.Errors(page));
        var cards = await _factory.WithDbAsync(db => db.Registrations.AsNoTracking()
            .Where(r => r.Citizen.FullName == "Võ Thị Giang Nhiều Năm" || r.Citizen.FullName == "Trần Văn Hai Nhiều Năm")
            .Select(r => new { r.Citizen.FullName, r.CitizenId, r.Year }).ToListAsync());
        Assert.Equal(5, cards.Count);
        Assert.Equal(2, cards.Select(c => c.CitizenId).Distinct().Count());
        Assert.Equal([year - 2, year - 1, year], cards.Where(c => c.FullName == "Võ Thị Giang Nhiều Năm").Select(c => c.Year).Order());

        // The same person twice in one year is still an error at the row.
        var twice = await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client,
            [new("Lý Văn Ba", 1966, Year: year), new("Lý Văn Ba", 1966, Year: year)]));
        Assert.Contains(ImportUploads.Errors(twice), e => e.Row == "4" && e.Message.Contains("Trùng với dòng 3", StringComparison.Ordinal));
    }

    [PortalFact]
    public async Task ReimportingAfterAProposalAcceptsUnchangedRowsAndNamesTheCellThatDiffers()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var id = IdFor("Nam", 1977, 42);
        CitizenRow[] rows = [new("Đặng Văn Khoa", 1977, NationalId: id, Self: All(9), Appraised: All(9)), new("Đặng Văn Lộc", 1978, Self: All(8), Appraised: All(8))];
        Assert.Empty(ImportUploads.Errors(await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows))));
        await _factory.WithDbAsync(async db =>
        {
            // Proposed: the card is locked, as the route's first step locks it.
            (await db.Registrations.SingleAsync(r => r.Citizen.FullName == "Đặng Văn Khoa")).Lock();
            return await db.SaveChangesAsync();
        });

        Assert.Empty(ImportUploads.Errors(await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows))));

        var changed = rows.ToArray();
        changed[0] = changed[0] with { Appraised = [9, 9, 9, 7, 9, 9, 9, 9, 9, 9] };
        var before = await ImportUploads.CountsAsync(_factory);
        var error = Assert.Single(ImportUploads.Errors(await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, changed))));
        Assert.Equal("3", error.Row);
        Assert.Contains("phiếu đã được đề nghị lên cấp trên", error.Message);
        Assert.Contains("điểm thẩm định chỉ số 1.4 trong tệp là 7, phiếu đã lưu là 9", error.Message);
        Assert.Equal(before, await ImportUploads.CountsAsync(_factory));
    }

    private Task<Dictionary<string, string?>> NotesAsync(string name) => _factory.WithDbAsync(async db =>
        (await db.Registrations.AsNoTracking().Include(r => r.Entries).SingleAsync(r => r.Citizen.FullName == name))
            .Entries.ToDictionary(e => e.Code, e => e.EvidenceNote));

    [PortalFact]
    public async Task EvidenceNotesGoIntoTheSelfAssessmentAndABlankNoteKeepsTheStoredOne()
    {
        using var client = await _factory.SignInAsync("chihoi");
        var lan = new CitizenRow("Nguyễn Thị Minh Chứng", 1981, Gender: "Nữ", Self: All(8),
            Notes: NotesAt(("1.1", "  Giấy chứng nhận lớp tin học  "), ("3.2", "Sổ tổ hợp tác")));

        Assert.Empty(ImportUploads.Errors(await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, [lan]))));

        var notes = await NotesAsync(lan.Name);
        Assert.Equal("Giấy chứng nhận lớp tin học", notes["TC1.1"]); // trimmed as every text cell
        Assert.Equal("Sổ tổ hợp tác", notes["TC3.2"]);
        Assert.Null(notes["TC2.1"]);

        // The same row with its note cells left blank keeps the notes on record.
        Assert.Empty(ImportUploads.Errors(await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, [lan with { Notes = null }]))));
        Assert.Equal(notes, await NotesAsync(lan.Name));

        // A changed note alone, the scores the same, is a changed self-assessment.
        var page = await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, [lan with { Notes = NotesAt(("1.1", "Bằng B tin học")) }]));
        Assert.Empty(ImportUploads.Errors(page));
        notes = await NotesAsync(lan.Name);
        Assert.Equal("Bằng B tin học", notes["TC1.1"]);
        Assert.Equal("Sổ tổ hợp tác", notes["TC3.2"]);
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == "Import").OrderByDescending(a => a.Id).Select(a => a.Details).FirstAsync());
        Assert.Contains("phiếu thêm 0, cập nhật 1", audit);
    }

    [PortalFact]
    public async Task ANoteWithoutSelfScoresOrTooLongIsAnErrorAtItsCell()
    {
        using var client = await _factory.SignInAsync("chihoi");
        CitizenRow[] rows =
        [
            new("Trần Văn Chưa Chấm", 1975, Notes: NotesAt(("2.1", "Thẻ thư viện"))),
            new("Trần Văn Dài Dòng", 1976, Self: All(8), Notes: NotesAt(("1.3", new string('a', 1001)))),
            new("Trần Văn Vừa Đủ", 1977, Self: All(8), Notes: NotesAt(("1.3", new string('a', 1000)))),
        ];
        var before = await ImportUploads.CountsAsync(_factory);

        var errors = ImportUploads.Errors(await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows)));

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e is { Row: "3", Column: "Minh chứng 2.1" }
            && e.Message.Contains("Có minh chứng chỉ số 2.1 thì phải có đủ 10 điểm tự đánh giá", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: "4", Column: "Minh chứng 1.3" } && e.Message.Contains("dài quá 1.000 ký tự", StringComparison.Ordinal));
        Assert.Equal(before, await ImportUploads.CountsAsync(_factory)); // all or nothing
    }

    [PortalFact]
    public async Task ALockedCardWithADifferentNoteNamesThatCell()
    {
        using var client = await _factory.SignInAsync("chihoi");
        CitizenRow[] rows = [new("Đặng Văn Minh Chứng", 1977, Self: All(9), Appraised: All(9), Notes: NotesAt(("1.2", "Thẻ hội viên")))];
        Assert.Empty(ImportUploads.Errors(await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows))));
        await _factory.WithDbAsync(async db =>
        {
            (await db.Registrations.SingleAsync(r => r.Citizen.FullName == "Đặng Văn Minh Chứng")).Lock();
            return await db.SaveChangesAsync();
        });

        // The same note, or a blank one, repeats the card.
        Assert.Empty(ImportUploads.Errors(await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, rows))));
        Assert.Empty(ImportUploads.Errors(await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, [rows[0] with { Notes = null }]))));

        var changed = rows[0] with { Notes = NotesAt(("1.2", "Thẻ hội viên"), ("2.3", "Giấy khen")) };
        var error = Assert.Single(ImportUploads.Errors(await ImportUploads.UploadPageAsync(client, await ImportUploads.FileAsync(client, [changed]))));
        Assert.Equal(("3", "Minh chứng 2.3"), (error.Row, error.Column));
        Assert.Contains("phiếu đã được đề nghị lên cấp trên", error.Message);
        Assert.Contains("minh chứng chỉ số 2.3 trong tệp là \"Giấy khen\", phiếu đã lưu là (trống)", error.Message);
        Assert.Null((await NotesAsync("Đặng Văn Minh Chứng"))["TC2.3"]);
    }

    public void Dispose() => _factory.Dispose();
}
