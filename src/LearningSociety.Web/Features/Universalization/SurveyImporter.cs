using System.Globalization;
using ClosedXML.Excel;
using LearningSociety.Domain.Units;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Imports;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Universalization;

/// <summary>
/// The layout of the PCGD-XMC workbook: standards on row 1, column headers on row 2, one commune per row from
/// row 3 (Mã đơn vị, Tên xã, then the 18 counts in <see cref="SurveyLayout"/> order). The template writer and the
/// reader both use it.
/// </summary>
public static class SurveyImportColumns
{
    public const string SheetName = "Số liệu PCGD-XMC";
    public const string GuideSheetName = "Hướng dẫn";

    public const int GroupHeaderRow = 1;
    public const int HeaderRow = 2;

    /// <summary>Must stay 3: <see cref="XlsxSheetReader"/> counts its row limit after two header rows.</summary>
    public const int FirstDataRow = ImportColumns.FirstDataRow;

    public const int Code = 1;
    public const int Name = 2;
    public const int FirstCount = 3;

    public static int Count => FirstCount + SurveyLayout.Counts.Count - 1;

    public static IReadOnlyList<string> Headers { get; } = ["Mã đơn vị", "Tên xã", .. SurveyLayout.Counts.Select(SurveyLayout.Label)];

    public static int ColumnOf(SurveyCount count) => FirstCount + SurveyLayout.Counts.ToList().IndexOf(count);

    public static string? NameOf(int? column) => column is int c and >= 1 && c <= Count ? Headers[c - 1] : null;
}

/// <summary>One problem of an upload; Row and Column are null for problems of the whole file.</summary>
public sealed record SurveyImportError(int? Row, int? Column, string Message)
{
    public string? ColumnName => SurveyImportColumns.NameOf(Column);

    public string? ColumnLetter => Column is int c ? ImportColumns.Letter(c) : null;

    /// <summary>"Dòng 4, cột D 'Số trẻ 5 tuổi đến trường': …".</summary>
    public override string ToString()
    {
        var place = new List<string>();
        if (Row is not null)
        {
            place.Add($"Dòng {Row}");
        }

        if (ColumnName is not null)
        {
            place.Add($"cột {ColumnLetter} '{ColumnName}'");
        }

        return place.Count == 0 ? Message : $"{string.Join(", ", place)}: {Message}";
    }
}

/// <summary>What a successful upload changed.</summary>
public sealed record SurveyImportSummary(int Added, int Updated, int Unchanged, int Skipped)
{
    public int Saved => Added + Updated;
}

/// <summary>One upload: refused with its errors, or saved with its summary.</summary>
public sealed record SurveyImportOutcome(string? FileName, int Year, IReadOnlyList<SurveyImportError> Errors, SurveyImportSummary? Summary)
{
    public bool Succeeded => Errors.Count == 0 && Summary is not null;

    public IReadOnlyList<SurveyImportError> FileErrors => [.. Errors.Where(e => e.Row is null)];

    public IReadOnlyList<SurveyImportError> CellErrors => [.. Errors.Where(e => e.Row is not null)];

    public int RowsWithErrors => CellErrors.Select(e => e.Row).Distinct().Count();
}

/// <summary>A commune a template row is written for.</summary>
public sealed record SurveyImportCommune(int Id, string Code, string Name, string? Parent, string Path);

/// <summary>
/// "Nhập số liệu PCGD-XMC từ Excel": district offices copy the counts of the MOET PCGD-XMC system for all their
/// communes at once. The whole file is checked first; any error refuses the whole file, and a clean file is saved
/// in one SaveChanges (one transaction).
/// </summary>
public sealed class SurveyImporter(AppDbContext db, TimeProvider clock)
{
    public const long MaxFileBytes = 2L * 1024 * 1024;

    public const int MaxRows = 5_000;

    public const string ChangedMeanwhile = "Trong lúc nhập, số liệu của một số xã vừa được người khác thay đổi. "
        + "Không xã nào được lưu; vui lòng tải tệp lên lại.";

    /// <summary>The communes in the user's units that exist in the year, by district then name.</summary>
    public async Task<IReadOnlyList<SurveyImportCommune>> CommunesAsync(UnitScope scope, int year)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var communes = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Where(u => u.Level.Code == AdministrativeLevel.Commune && u.ValidFrom <= last && (u.ValidTo == null || u.ValidTo >= first))
            .Select(u => new SurveyImportCommune(u.Id, u.Code, u.Name, u.Parent == null ? null : u.Parent.Name, u.Path))
            .ToListAsync();
        return
        [
            .. communes.OrderBy(c => c.Parent ?? string.Empty, VietnameseText.Comparer).ThenBy(c => c.Name, VietnameseText.Comparer),
        ];
    }

    /// <summary>The template for the year: one row per commune, with the counts already stored for that year.</summary>
    public async Task WriteTemplateAsync(Stream output, IReadOnlyList<SurveyImportCommune> communes, int year)
    {
        var ids = communes.Select(c => c.Id).ToList();
        var surveys = await db.UniversalizationSurveys.AsNoTracking().Include(s => s.Figures)
            .Where(s => ids.Contains(s.UnitId) && s.Year == year).ToDictionaryAsync(s => s.UnitId);

        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = "Times New Roman";
        workbook.Style.Font.FontSize = 12;
        var sheet = workbook.AddWorksheet(SurveyImportColumns.SheetName);
        var guide = workbook.AddWorksheet(SurveyImportColumns.GuideSheetName);

        WriteHeaders(sheet);
        var row = SurveyImportColumns.FirstDataRow;
        foreach (var commune in communes)
        {
            sheet.Cell(row, SurveyImportColumns.Code).SetValue(commune.Code);
            sheet.Cell(row, SurveyImportColumns.Name).SetValue(commune.Name);
            if (surveys.TryGetValue(commune.Id, out var survey))
            {
                foreach (var count in SurveyLayout.Counts)
                {
                    sheet.Cell(row, SurveyImportColumns.ColumnOf(count)).SetValue(survey[count]);
                }
            }

            row++;
        }

        var lastRow = Math.Max(row - 1, SurveyImportColumns.FirstDataRow) + 50;
        var counts = sheet.Range(SurveyImportColumns.FirstDataRow, SurveyImportColumns.FirstCount, lastRow, SurveyImportColumns.Count)
            .SetDataValidation();
        counts.WholeNumber.GreaterThan(-1);
        counts.ErrorStyle = XLErrorStyle.Stop;
        counts.ErrorTitle = "Số liệu";
        counts.ErrorMessage = "Nhập số nguyên không âm.";

        WriteGuide(guide, year, communes.Count);
        sheet.SetTabActive();
        workbook.SaveAs(output);
    }

    /// <summary>Checks the whole file; saves it only when no row has an error.</summary>
    /// <param name="canImport">Whether the user may enter the counts of a commune (the controller's rule).</param>
    public async Task<SurveyImportOutcome> ImportAsync(Stream file, string? fileName, int year, Func<UnitRef, bool> canImport,
        string user, CancellationToken cancellationToken)
    {
        XlsxSheet sheet;
        try
        {
            sheet = XlsxSheetReader.Read(file, SurveyImportColumns.SheetName, SurveyImportColumns.Count, MaxRows);
        }
        catch (XlsxFormatException e)
        {
            return new SurveyImportOutcome(fileName, year, [new SurveyImportError(null, null, e.Message)], null);
        }

        var headerErrors = CheckHeaders(sheet);
        if (headerErrors.Count > 0)
        {
            return new SurveyImportOutcome(fileName, year, headerErrors, null);
        }

        var dataRows = sheet.Rows.Where(r => r.Number >= SurveyImportColumns.FirstDataRow).ToList();
        var codes = dataRows.Select(r => CodeOf(r[SurveyImportColumns.Code])).Where(c => c.Length > 0).Distinct().ToList();
        var units = (await db.AdministrativeUnits.AsNoTracking()
                .Where(u => codes.Contains(u.Code))
                .Select(u => new { Unit = new UnitRef(u.Id, u.Name, u.Path, u.Level.Code), u.Code, u.ValidFrom, u.ValidTo })
                .ToListAsync(cancellationToken))
            .ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);

        var errors = new List<SurveyImportError>();
        var parsed = new List<(int Row, UnitRef Unit, UniversalizationSurvey Survey)>();
        var seen = new Dictionary<int, int>();
        var skipped = 0;
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        foreach (var row in dataRows)
        {
            var code = CodeOf(row[SurveyImportColumns.Code]);
            if (SurveyLayout.Counts.All(c => row[SurveyImportColumns.ColumnOf(c)].IsBlank))
            {
                // A template row the district had no figures for yet: left as it is.
                skipped++;
                continue;
            }

            UnitRef? unit = null;
            if (code.Length == 0)
            {
                errors.Add(new(row.Number, SurveyImportColumns.Code, "Thiếu mã đơn vị của xã."));
            }
            else if (!units.TryGetValue(code, out var found) || !found.Unit.IsCommune || found.ValidFrom > last
                || (found.ValidTo is { } end && end < first))
            {
                errors.Add(new(row.Number, SurveyImportColumns.Code, $"Không tìm thấy xã có mã đơn vị '{code}' trong năm {year}."));
            }
            else if (!canImport(found.Unit))
            {
                errors.Add(new(row.Number, SurveyImportColumns.Code,
                    $"{found.Unit.Name} (mã {code}) không thuộc phạm vi bạn được nhập số liệu."));
            }
            else if (seen.TryGetValue(found.Unit.Id, out var earlier))
            {
                errors.Add(new(row.Number, SurveyImportColumns.Code, $"{found.Unit.Name} (mã {code}) đã có ở dòng {earlier}; mỗi xã chỉ một dòng."));
            }
            else
            {
                unit = found.Unit;
                seen[unit.Id] = row.Number;
            }

            var survey = new UniversalizationSurvey { SurveyYear = year };
            var cellsValid = true;
            foreach (var count in SurveyLayout.Counts)
            {
                var column = SurveyImportColumns.ColumnOf(count);
                if (ReadCount(row[column], count, out var value) is { } problem)
                {
                    errors.Add(new(row.Number, column, problem));
                    cellsValid = false;
                }
                else
                {
                    survey = survey.WithCount(count, value);
                }
            }

            if (!cellsValid)
            {
                continue;
            }

            foreach (var problem in survey.Problems())
            {
                errors.Add(new(row.Number, SurveyImportColumns.ColumnOf(problem.Count), problem.Message + "."));
            }

            if (unit is not null)
            {
                parsed.Add((row.Number, unit, survey));
            }
        }

        if (errors.Count == 0 && parsed.Count == 0)
        {
            errors.Add(new(null, null, $"Tệp không có dòng số liệu nào: hãy ghi số liệu từ dòng {SurveyImportColumns.FirstDataRow} của trang tính '{SurveyImportColumns.SheetName}'."));
        }

        if (errors.Count > 0)
        {
            return new SurveyImportOutcome(fileName, year,
                [.. errors.OrderBy(e => e.Row ?? 0).ThenBy(e => e.Column ?? int.MaxValue)], null);
        }

        try
        {
            return new SurveyImportOutcome(fileName, year, [], await SaveAsync(parsed, year, user, skipped, cancellationToken));
        }
        catch (DbUpdateException)
        {
            // Someone saved a commune's survey between our read and our save (or created it): nothing of ours is kept.
            db.ChangeTracker.Clear();
            return new SurveyImportOutcome(fileName, year, [new SurveyImportError(null, null, ChangedMeanwhile)], null);
        }
    }

    private async Task<SurveyImportSummary> SaveAsync(List<(int Row, UnitRef Unit, UniversalizationSurvey Survey)> rows, int year,
        string user, int skipped, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Unit.Id).ToList();
        var records = await db.UniversalizationSurveys.Include(s => s.Figures)
            .Where(s => ids.Contains(s.UnitId) && s.Year == year).ToDictionaryAsync(s => s.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        int added = 0, updated = 0, unchanged = 0;
        foreach (var (_, unit, survey) in rows)
        {
            if (!records.TryGetValue(unit.Id, out var record))
            {
                record = new UniversalizationSurveyRecord { UnitId = unit.Id, Year = year };
                db.UniversalizationSurveys.Add(record);
                added++;
            }
            else if (record.Figures.Count == SurveyLayout.Counts.Count && SurveyLayout.Counts.All(c => record[c] == survey.Count(c)))
            {
                unchanged++;
                continue;
            }
            else
            {
                record.ConcurrencyStamp = Guid.NewGuid();
                updated++;
            }

            record.SetCounts(survey);
            record.UpdatedBy = user;
            record.UpdatedAt = now;
        }

        // One SaveChanges is one transaction: every commune of the file or none.
        await db.SaveChangesAsync(cancellationToken);
        return new SurveyImportSummary(added, updated, unchanged, skipped);
    }

    private static List<SurveyImportError> CheckHeaders(XlsxSheet sheet)
    {
        var header = sheet.Rows.FirstOrDefault(r => r.Number == SurveyImportColumns.HeaderRow);
        var errors = new List<SurveyImportError>();
        for (var column = 1; column <= SurveyImportColumns.Count; column++)
        {
            var expected = SurveyImportColumns.Headers[column - 1];
            var actual = header is null ? string.Empty : header[column].Text.Trim();
            if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new(null, null,
                    $"Tệp không đúng mẫu: cột {ImportColumns.Letter(column)} ở dòng {SurveyImportColumns.HeaderRow} phải có tiêu đề \"{expected}\". "
                    + "Vui lòng tải tệp mẫu từ trang này và ghi số liệu vào đó."));
            }
        }

        return errors.Count > 3 ? [errors[0], new(null, null, $"… và {errors.Count - 1} cột tiêu đề khác không đúng mẫu.")] : errors;
    }

    private static string CodeOf(XlsxCell cell) => cell.Kind switch
    {
        XlsxCellKind.Number when cell.Number == Math.Floor(cell.Number) => cell.Number.ToString("0", CultureInfo.InvariantCulture),
        XlsxCellKind.Empty => string.Empty,
        _ => cell.Text.Trim(),
    };

    /// <summary>Null when the cell holds a whole number (negative ones included: the domain names those); else the problem.</summary>
    private static string? ReadCount(XlsxCell cell, SurveyCount count, out int value)
    {
        value = 0;
        switch (cell.Kind)
        {
            case XlsxCellKind.Empty:
                return SurveyLayout.Missing(count);
            case XlsxCellKind.Number:
                if (cell.Number != Math.Floor(cell.Number) || cell.Number > int.MaxValue || cell.Number < int.MinValue)
                {
                    return $"{SurveyLayout.NotWholeNumber(count)} Ô đang ghi {cell.Number.ToString("0.###", VietnameseText.Culture)}.";
                }

                value = (int)cell.Number;
                return null;
            case XlsxCellKind.Text when cell.IsBlank:
                return SurveyLayout.Missing(count);
            case XlsxCellKind.Text when SurveyLayout.TryParseCount(cell.Text, out value):
                return null;
            default:
                return $"{SurveyLayout.NotWholeNumber(count)} Ô đang ghi \"{cell.Text.Trim()}\".";
        }
    }

    private static void WriteHeaders(IXLWorksheet sheet)
    {
        void Group(int first, int last, string title) => ImportTemplate.GroupHeader(sheet, SurveyImportColumns.GroupHeaderRow, first, last, title);

        Group(SurveyImportColumns.Code, SurveyImportColumns.Name, "Đơn vị");
        foreach (var group in SurveyLayout.Groups)
        {
            Group(SurveyImportColumns.ColumnOf(group.Counts[0]), SurveyImportColumns.ColumnOf(group.Counts[^1]), TargetText.StandardName(group.Standard));
        }

        for (var column = 1; column <= SurveyImportColumns.Count; column++)
        {
            sheet.Cell(SurveyImportColumns.HeaderRow, column).SetValue(SurveyImportColumns.Headers[column - 1]);
            sheet.Column(column).Width = column switch
            {
                SurveyImportColumns.Code => 12,
                SurveyImportColumns.Name => 24,
                _ => 16,
            };
        }

        ImportTemplate.StyleHeaders(sheet, SurveyImportColumns.GroupHeaderRow, SurveyImportColumns.HeaderRow, SurveyImportColumns.Count);
        sheet.Row(SurveyImportColumns.GroupHeaderRow).Height = 32;
        sheet.Row(SurveyImportColumns.HeaderRow).Height = 80;
        sheet.SheetView.Freeze(SurveyImportColumns.HeaderRow, SurveyImportColumns.Name);

        // Codes such as "00001" keep their leading zeros as text.
        sheet.Column(SurveyImportColumns.Code).Style.NumberFormat.Format = "@";
    }

    private static void WriteGuide(IXLWorksheet sheet, int year, int communes)
    {
        string[] lines =
        [
            $"HƯỚNG DẪN NHẬP SỐ LIỆU PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ NĂM {year}",
            string.Empty,
            $"1. Trang tính '{SurveyImportColumns.SheetName}' có sẵn một dòng cho mỗi xã ({communes} xã); không sửa mã đơn vị, không sửa hai dòng tiêu đề.",
            "2. Ghi 18 số liệu của mỗi xã theo số liệu trên Hệ thống thông tin quản lý PCGD-XMC của Bộ GD&ĐT. Mỗi ô là một số nguyên không âm.",
            "3. Số của một nhóm con không được lớn hơn số của cả nhóm (ví dụ số trẻ 5 tuổi đến trường không lớn hơn số trẻ 5 tuổi).",
            "4. Xã chưa có số liệu: để trống cả 18 ô, dòng đó được bỏ qua và số liệu cũ (nếu có) được giữ nguyên.",
            "5. Chọn năm điều tra và tải tệp lên. Nếu có lỗi, mọi lỗi được liệt kê theo dòng và cột và không xã nào được lưu; sửa xong tải lên lại.",
            "6. Mức độ đạt chuẩn được tính tự động theo Nghị định 20/2014/NĐ-CP; xã ĐBKK áp dụng ngưỡng dành cho xã ĐBKK.",
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            sheet.Cell(i + 1, 1).SetValue(lines[i]);
        }

        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Column(1).Width = 120;
    }
}
