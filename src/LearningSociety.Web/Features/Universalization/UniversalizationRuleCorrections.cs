using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using LearningSociety.Domain;

namespace LearningSociety.Web.Features.Universalization;

/// <summary>What a correction did: added (with the sentence to show) or refused at a form field.</summary>
public sealed record RuleCorrectionOutcome(string? Success, string? Field, string? Error)
{
    public static RuleCorrectionOutcome Added(string success) => new(success, null, null);

    public static RuleCorrectionOutcome Refused(string field, string error) => new(null, field, error);
}

/// <summary>
/// An administrator corrects a NĐ 20/2014 threshold from a year on: rows are never changed, the correction is a copy
/// of the newest row with the new values and year, so earlier years keep the values they were judged with.
/// </summary>
public sealed class UniversalizationRuleCorrections(AppDbContext db)
{
    public async Task<RuleCorrectionOutcome> AddConditionAsync(ConditionCorrectionInput input, CancellationToken cancellationToken)
    {
        var year = input.ConditionFromYear!.Value;
        var rows = await db.UniversalizationRules.AsNoTracking().Where(r => r.ConditionCode == input.ConditionCode).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return RuleCorrectionOutcome.Refused(nameof(input.ConditionCode), "Không có điều kiện này trong bảng quy định.");
        }

        if (rows.Any(r => r.ValidFromYear == year))
        {
            return RuleCorrectionOutcome.Refused(nameof(input.ConditionFromYear),
                $"Điều kiện {input.ConditionCode} đã có giá trị áp dụng từ năm {year}. Giá trị đã ghi không sửa được; hãy chọn năm khác.");
        }

        var latest = rows.MaxBy(r => r.ValidFromYear)!;
        var row = latest with
        {
            MinRate = input.MinRatePercent!.Value / 100m,
            DisadvantagedMinRate = input.DisadvantagedMinRatePercent!.Value / 100m,
            ValidFromYear = year,
            Source = input.ConditionSource.Trim(),
        };
        db.UniversalizationRules.Add(row);
        return await SaveAsync(nameof(input.ConditionFromYear),
            $"Đã thêm giá trị điều chỉnh của điều kiện {row.ConditionCode}: tối thiểu {VietnameseFormat.Threshold(row.MinRate)}, "
            + $"xã ĐBKK {VietnameseFormat.Threshold(row.DisadvantagedMinRate)}, áp dụng từ năm {year} trở đi. Các năm trước giữ giá trị cũ.",
            cancellationToken);
    }

    public async Task<RuleCorrectionOutcome> AddDistrictShareAsync(DistrictShareCorrectionInput input, CancellationToken cancellationToken)
    {
        var year = input.ShareFromYear!.Value;
        var parts = input.ShareLevel.Split('-', 2);
        var rows = parts.Length == 2 && Enum.TryParse<UniversalizationStandard>(parts[0], out var standard) && int.TryParse(parts[1], out var level)
            ? (await db.DistrictUniversalizationRules.AsNoTracking().ToListAsync(cancellationToken)).Where(r => r.Standard == standard && r.Level == level).ToList()
            : [];
        if (rows.Count == 0)
        {
            return RuleCorrectionOutcome.Refused(nameof(input.ShareLevel), "Không có chuẩn, mức độ này trong bảng quy định của huyện.");
        }

        if (rows.Any(r => r.ValidFromYear == year))
        {
            return RuleCorrectionOutcome.Refused(nameof(input.ShareFromYear),
                $"Tỷ lệ này đã có giá trị áp dụng từ năm {year}. Giá trị đã ghi không sửa được; hãy chọn năm khác.");
        }

        var latest = rows.MaxBy(r => r.ValidFromYear)!;
        var row = latest with { MinShareOfCommunes = input.MinSharePercent!.Value / 100m, ValidFromYear = year, Source = input.ShareSource.Trim() };
        db.DistrictUniversalizationRules.Add(row);
        return await SaveAsync(nameof(input.ShareFromYear),
            $"Đã thêm tỷ lệ xã đạt chuẩn tối thiểu {VietnameseFormat.Threshold(row.MinShareOfCommunes)} cho "
            + $"{row.Standard.Label()} mức độ {row.Level}, áp dụng từ năm {year} trở đi. Các năm trước giữ giá trị cũ.",
            cancellationToken);
    }

    private async Task<RuleCorrectionOutcome> SaveAsync(string yearField, string success, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return RuleCorrectionOutcome.Added(success);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another administrator added the same year meanwhile (unique index).
            db.ChangeTracker.Clear();
            return RuleCorrectionOutcome.Refused(yearField, "Giá trị của năm này vừa được người khác thêm. Vui lòng xem lại bảng bên dưới.");
        }
    }
}
