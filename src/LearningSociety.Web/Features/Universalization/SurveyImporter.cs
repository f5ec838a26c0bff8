using System.Globalization;
using LearningSociety.Domain.Units;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Imports.Framework;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Universalization;

/// <summary>What a successful upload changed.</summary>
public sealed record SurveyImportSummary(int Added, int Updated, int Unchanged, int Skipped)
{
    public int Saved => Added + Updated;
}

/// <summary>One upload: refused with its errors, or saved with its summary.</summary>
public sealed record SurveyImportOutcome(string? FileName, int Year, IReadOnlyList<ImportError> Errors, SurveyImportSummary? Summary)
{
    public bool Succeeded => Errors.Count == 0 && Summary is not null;

    public IReadOnlyList<ImportError> FileErrors => [.. Errors.Where(e => e.Row is null)];

    public IReadOnlyList<ImportError> CellErrors => [.. Errors.Where(e => e.Row is not null)];

    public int RowsWithErrors => CellErrors.Select(e => e.Row).Distinct().Count();
}

/// <summary>A commune a template row is written for.</summary>
public sealed record SurveyImportCommune(int Id, string Code, string Name, string? Parent, string Path)
{
    public UnitRef ToUnitRef() => new(Id, Name, Path, AdministrativeLevel.Commune);
}

/// <summary>
/// "Nhập số liệu PCGD-XMC từ Excel": district offices copy the counts of the MOET PCGD-XMC system for all their
/// communes at once, through the import framework (<see cref="XlsxSheetReader"/>, <see cref="ImportSheetLayout"/>,
/// <see cref="ImportErrorList"/>): the whole file is checked first; any error refuses the whole file, and a clean file
/// is saved all or nothing (<see cref="AllOrNothing"/>).
/// </summary>
public sealed class SurveyImporter(AppDbContext db, TimeProvider clock)
{
    public const long MaxFileBytes = 2L * 1024 * 1024;

    public const int MaxRows = 5_000;

    public const string ChangedMeanwhile = "Trong lúc nhập, số liệu của một số xã vừa được người khác thay đổi. "
        + "Không xã nào được lưu; vui lòng tải tệp lên lại.";

    /// <summary>The communes in the user's units that exist in the year, by district then name.</summary>
    public async Task<IReadOnlyList<SurveyImportCommune>> CommunesAsync(UnitScope scope, int year, CancellationToken cancellationToken)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var communes = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Where(u => u.Level.Code == AdministrativeLevel.Commune && u.ValidFrom <= last && (u.ValidTo == null || u.ValidTo >= first))
            .Select(u => new SurveyImportCommune(u.Id, u.Code, u.Name, u.Parent == null ? null : u.Parent.Name, u.Path))
            .ToListAsync(cancellationToken);
        return
        [
            .. communes.OrderBy(c => c.Parent ?? string.Empty, VietnameseText.Comparer).ThenBy(c => c.Name, VietnameseText.Comparer),
        ];
    }

    /// <summary>Checks the whole file; saves it only when no row has an error.</summary>
    /// <param name="canImport">Whether the user may enter the counts of a commune (the controller's rule).</param>
    public async Task<SurveyImportOutcome> ImportAsync(Stream file, string? fileName, int year, Func<UnitRef, bool> canImport,
        string user, CancellationToken cancellationToken)
    {
        XlsxSheet sheet;
        try
        {
            sheet = XlsxSheetReader.Read(file, SurveyImportColumns.Layout, MaxRows);
        }
        catch (XlsxFormatException e)
        {
            return new SurveyImportOutcome(fileName, year, [ImportError.ForFile(e.Message)], null);
        }

        var headerErrors = CheckHeaders(sheet);
        if (headerErrors.Count > 0)
        {
            return new SurveyImportOutcome(fileName, year, headerErrors, null);
        }

        var dataRows = SurveyImportColumns.Layout.DataRows(sheet);
        var codes = dataRows.Select(r => CodeOf(r[SurveyImportColumns.Code])).Where(c => c.Length > 0).Distinct().ToList();
        var units = (await db.AdministrativeUnits.AsNoTracking()
                .Where(u => codes.Contains(u.Code))
                .Select(u => new { Unit = new UnitRef(u.Id, u.Name, u.Path, u.Level.Code), u.Code, u.ValidFrom, u.ValidTo })
                .ToListAsync(cancellationToken))
            .ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);

        var errors = new ImportErrorList(sheet.Name, SurveyImportColumns.Layout);
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
                errors.Add(row.Number, SurveyImportColumns.Code, "Thiếu mã đơn vị của xã.");
            }
            else if (!units.TryGetValue(code, out var found) || !found.Unit.IsCommune || found.ValidFrom > last
                || (found.ValidTo is { } end && end < first))
            {
                errors.Add(row.Number, SurveyImportColumns.Code, $"Không tìm thấy xã có mã đơn vị '{code}' trong năm {year}.");
            }
            else if (!canImport(found.Unit))
            {
                errors.Add(row.Number, SurveyImportColumns.Code,
                    $"{found.Unit.Name} (mã {code}) không thuộc phạm vi bạn được nhập số liệu.");
            }
            else if (seen.TryGetValue(found.Unit.Id, out var earlier))
            {
                errors.Add(row.Number, SurveyImportColumns.Code, $"{found.Unit.Name} (mã {code}) đã có ở dòng {earlier}; mỗi xã chỉ một dòng.");
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
                    errors.Add(row.Number, column, problem);
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
                errors.Add(row.Number, SurveyImportColumns.ColumnOf(problem.Count), problem.Message + ".");
            }

            if (unit is not null)
            {
                parsed.Add((row.Number, unit, survey));
            }
        }

        if (errors.Count == 0 && parsed.Count == 0)
        {
            return new SurveyImportOutcome(fileName, year, [ImportError.ForFile(
                $"Tệp không có dòng số liệu nào: hãy ghi số liệu từ dòng {SurveyImportColumns.FirstDataRow} của trang tính '{SurveyImportColumns.SheetName}'.")], null);
        }

        if (errors.Count > 0)
        {
            return new SurveyImportOutcome(fileName, year, errors.Sorted(), null);
        }

        try
        {
            return new SurveyImportOutcome(fileName, year, [], await SaveAsync(parsed, year, user, skipped, cancellationToken));
        }
        catch (DbUpdateException)
        {
            // Someone saved a commune's survey between our read and our save (or created it): nothing of ours is kept.
            return new SurveyImportOutcome(fileName, year, [ImportError.ForFile(ChangedMeanwhile)], null);
        }
    }

    private async Task<SurveyImportSummary> SaveAsync(List<(int Row, UnitRef Unit, UniversalizationSurvey Survey)> rows, int year,
        string user, int skipped, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Unit.Id).ToList();
        var now = clock.GetUtcNow();
        int added = 0, updated = 0, unchanged = 0;
        await AllOrNothing.SaveAsync(db, async ct =>
        {
            var records = await db.UniversalizationSurveys.Include(s => s.Figures)
                .Where(s => ids.Contains(s.UnitId) && s.Year == year).ToDictionaryAsync(s => s.UnitId, ct);
            foreach (var (_, unit, survey) in rows)
            {
                if (!records.TryGetValue(unit.Id, out var record))
                {
                    db.UniversalizationSurveys.Add(new UniversalizationSurveyRecord(unit.Id, survey, user, now));
                    added++;
                }
                else if (record.Holds(survey))
                {
                    unchanged++;
                }
                else
                {
                    record.Record(survey, user, now);
                    updated++;
                }
            }

            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return new SurveyImportSummary(added, updated, unchanged, skipped);
    }

    private static List<ImportError> CheckHeaders(XlsxSheet sheet)
    {
        var errors = SurveyImportColumns.Layout
            .HeaderMismatches(sheet, (actual, expected) => string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            .Select(m => ImportError.ForFile(
                $"Tệp không đúng mẫu: cột {m.Letter} ở dòng {SurveyImportColumns.HeaderRow} phải có tiêu đề \"{m.Expected}\". "
                + "Vui lòng tải tệp mẫu từ trang này và ghi số liệu vào đó."))
            .ToList();
        return errors.Count > 3 ? [errors[0], ImportError.ForFile($"… và {errors.Count - 1} cột tiêu đề khác không đúng mẫu.")] : errors;
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
}
