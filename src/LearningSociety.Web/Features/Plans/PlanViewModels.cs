using System.Globalization;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;

namespace LearningSociety.Web.Features.Plans;

/// <summary>What the plan form shows around its inputs.</summary>
public sealed record PlanFormOptions(
    UnitRef Unit,
    int? PlanId,
    int Version,
    bool IsRevision,
    IReadOnlyDictionary<int, TargetIndicator> Indicators,
    IReadOnlyList<LegalBasis> LegalBases);

public sealed record PlanListRow(
    int Id, int UnitId, string Number, string Title, int StartYear, int EndYear, PlanStatus Status, int Version, DateOnly? IssuedOn,
    int? PreviousVersionId)
{
    public string PeriodText => PlanPeriod.Text(StartYear, EndYear);

    /// <summary>"Bắt đầu từ kế hoạch năm trước" is offered on it (set by the controller).</summary>
    public bool CanCopy { get; init; }
}

public sealed record PlanUnitGroup(UnitRef Unit, bool CanEdit, IReadOnlyList<PlanListRow> Plans);

public sealed record PlanIndexViewModel(int? Year, IReadOnlyList<PlanUnitGroup> Groups, IReadOnlyList<UnitRef> EditableUnits, int DefaultYear);

/// <summary>One indicator of the plan's target table: the value per year, already written as the plan prints it.</summary>
public sealed record PlanTargetLine(TargetIndicator Indicator, IReadOnlyDictionary<int, string> Values, string? Note);

public sealed record PlanTargetSection(TargetCategory Category, IReadOnlyList<PlanTargetLine> Lines);

public sealed record PlanVersionRow(int Id, int Version, PlanStatus Status, string Number, DateOnly? IssuedOn, int StartYear, int EndYear);

public sealed record PlanDetailsViewModel(
    Plan Plan,
    UnitRef Unit,
    IReadOnlyList<PlanTargetSection> Sections,
    IReadOnlyList<PlanVersionRow> Versions,
    PlanVersionRow? CopiedFrom,
    int? DraftRevisionId,
    bool CanEdit,
    int ResultsYear,
    PlanIssueInput Issue)
{
    public IReadOnlyList<int> Years => Enumerable.Range(Plan.StartYear, Plan.EndYear - Plan.StartYear + 1).ToList();

    /// <summary>"ỦY BAN NHÂN DÂN / XÃ QUẢNG PHÚ" of the document header.</summary>
    public string IssuerLine => UnitNames.Upper(Unit.Name);

    /// <summary>"Quảng Phú, ngày 14 tháng 6 năm 2024", or dots while the plan is not issued.</summary>
    public string DateLine => Plan.IssuedOn is { } date
        ? $"{Plan.Place}, ngày {date.Day.ToString(date.Day < 10 ? "00" : "0", CultureInfo.InvariantCulture)} tháng {date.Month.ToString(date.Month <= 2 ? "00" : "0", CultureInfo.InvariantCulture)} năm {date.Year}"
        : $"{Plan.Place}, ngày … tháng … năm {Plan.StartYear}";
}

public static class PlanStatusLabels
{
    public static string Label(this PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Dự thảo",
        PlanStatus.Issued => "Đã ban hành",
        PlanStatus.Superseded => "Đã thay thế",
        _ => status.ToString(),
    };

    public static string BadgeClass(this PlanStatus status) => status switch
    {
        PlanStatus.Draft => "text-bg-warning",
        PlanStatus.Issued => "text-bg-success",
        _ => "text-bg-secondary",
    };
}

/// <summary>
/// Target values as people write them: percentages as percent ("50%", typed "50" or "12,5"), levels as "mức độ 3"
/// (or "Đạt chuẩn" when there is one level), counts with vi-VN grouping, yes/no as "Có". Stored values stay fractions.
/// </summary>
public static class PlanTargetText
{
    private static readonly CultureInfo Vietnamese = VietnameseText.Culture;


    /// <summary>The value as the form shows it in its input.</summary>
    public static string InputValue(TargetIndicator indicator, decimal value) => indicator.Kind switch
    {
        TargetKind.Percentage => (value * 100).ToString("0.##", Vietnamese),
        TargetKind.YesNo => value == 1 ? "1" : string.Empty,
        _ => value.ToString("0.##", Vietnamese),
    };

    /// <summary>What kind of value a cell takes, for the hint under the indicator.</summary>
    public static string KindHint(TargetIndicator indicator) => indicator.Kind switch
    {
        TargetKind.Percentage => "Tỷ lệ (%)",
        TargetKind.Level => indicator.MaxLevel == 1 ? "Đạt chuẩn" : $"Mức độ 1–{indicator.MaxLevel ?? 3}",
        TargetKind.Count => "Số lượng",
        TargetKind.YesNo => "Có/không",
        _ => string.Empty,
    };

    /// <summary>Reads a typed target: vi-VN comma or a point as the decimal mark for percentages; "%" may be typed.</summary>
    public static bool TryParse(TargetIndicator indicator, string text, out decimal value, out string? error)
    {
        var trimmed = text.Trim();
        error = null;
        switch (indicator.Kind)
        {
            case TargetKind.Percentage:
                var percent = trimmed.TrimEnd('%').Trim().Replace('.', ',');
                if (decimal.TryParse(percent, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, Vietnamese, out var share))
                {
                    value = Math.Round(share / 100m, 4);
                    return true;
                }

                error = "Nhập tỷ lệ phần trăm, ví dụ 50 hoặc 12,5.";
                break;
            case TargetKind.Level:
            case TargetKind.Count:
                if (decimal.TryParse(trimmed, NumberStyles.Number, Vietnamese, out value))
                {
                    return true;
                }

                error = indicator.Kind == TargetKind.Level ? "Chọn mức độ." : "Nhập một số nguyên, ví dụ 120.";
                break;
            case TargetKind.YesNo:
                value = trimmed is "1" or "true" or "on" ? 1 : 0;
                return true;
        }

        value = 0;
        return false;
    }
}
