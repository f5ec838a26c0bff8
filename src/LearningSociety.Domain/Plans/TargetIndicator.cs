using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Universalization;

namespace LearningSociety.Domain.Plans;

/// <summary>The four groups of targets as the plans list them (QĐ 1373/QĐ-TTg, domain.md §6).</summary>
public enum TargetCategory
{
    /// <summary>Xóa mù chữ và phổ cập giáo dục.</summary>
    Universalization = 1,

    /// <summary>Năng lực cơ bản và trình độ của người dân.</summary>
    Capacity = 2,

    /// <summary>Hiệu quả hoạt động của các cơ sở giáo dục.</summary>
    Institutions = 3,

    /// <summary>Xây dựng các mô hình học tập trong xã hội.</summary>
    LearningModels = 4,
}

/// <summary>Where an achieved value comes from when the portal already knows it.</summary>
public enum TargetComputation
{
    /// <summary>Typed in by the unit at year end.</summary>
    Entered = 0,

    /// <summary>Recognised CDHT citizens over the adult population (scorecard data).</summary>
    CdhtRecognisedShare = 1,

    /// <summary>Recognised CDHT citizens with digital skills over recognised citizens (scorecard data).</summary>
    CdhtDigitalSkillsShare = 2,

    /// <summary>Citizens registered for the title (scorecard data).</summary>
    CdhtRegistered = 3,

    /// <summary>The level reached on the PCGD-XMC survey for <see cref="TargetIndicator.Standard"/>.</summary>
    UniversalizationLevel = 4,
}

public static class TargetCategoryNames
{
    public static string ToVietnamese(this TargetCategory category) => category switch
    {
        TargetCategory.Universalization => "Xóa mù chữ và phổ cập giáo dục",
        TargetCategory.Capacity => "Về năng lực cơ bản và trình độ của người dân",
        TargetCategory.Institutions => "Về hiệu quả hoạt động của các cơ sở giáo dục",
        TargetCategory.LearningModels => "Xây dựng các mô hình học tập trong xã hội",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}

/// <summary>
/// One indicator of the target catalogue (chỉ tiêu), seeded from QĐ 1373, QĐ 677 and QĐ 387 (domain.md §7).
/// National rows have no owner; an administrator adds local ones for a unit and its subtree.
/// </summary>
public sealed class TargetIndicator
{
    public int Id { get; set; }

    /// <summary>Stable code, e.g. "CDHT_CITIZENS".</summary>
    public string Code { get; set; } = string.Empty;

    public TargetCategory Category { get; set; }

    /// <summary>The wording as plans print it, e.g. "Số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin".</summary>
    public string Text { get; set; } = string.Empty;

    public TargetKind Kind { get; set; }

    /// <summary>For a percentage: what is counted ("Số người … được trang bị năng lực CNTT").</summary>
    public string? NumeratorDefinition { get; set; }

    /// <summary>For a percentage: what it is a share of ("Số người trong độ tuổi lao động").</summary>
    public string? DenominatorDefinition { get; set; }

    /// <summary>Highest level for a level indicator (3 for phổ cập GDTH, 2 for xóa mù chữ, 1 for MN 5 tuổi).</summary>
    public int? MaxLevel { get; set; }

    public TargetComputation Computation { get; set; }

    /// <summary>The PCGD-XMC standard a level indicator reads, when <see cref="Computation"/> is UniversalizationLevel.</summary>
    public UniversalizationStandard? Standard { get; set; }

    /// <summary>The document it comes from, e.g. "QĐ 1373/QĐ-TTg".</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>Null for the national catalogue; otherwise the unit whose subtree uses this local indicator.</summary>
    public int? OwnerUnitId { get; set; }

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    public bool IsComputed => Computation != TargetComputation.Entered;

    /// <summary>Checks a target value as stored (percentages as fractions); returns a Vietnamese message or null.</summary>
    public string? ValidateTarget(decimal value) => Kind switch
    {
        _ when value < 0 => "Chỉ tiêu không được âm.",
        TargetKind.Percentage when value > 1 => "Tỷ lệ phải từ 0 đến 100%.",
        TargetKind.Level when decimal.Truncate(value) != value || value < 1 || value > (MaxLevel ?? 3)
            => $"Mức độ phải là số nguyên từ 1 đến {MaxLevel ?? 3}.",
        TargetKind.YesNo when value != 1 => "Chỉ tiêu có/không chỉ nhận giá trị \"Có\".",
        TargetKind.Count when decimal.Truncate(value) != value => "Số lượng phải là số nguyên.",
        _ => null,
    };

    /// <summary>Checks an achievement; returns a Vietnamese message or null.</summary>
    public string? ValidateAchievement(Achievement achieved) => Kind switch
    {
        _ when achieved.Value < 0 || achieved.Denominator < 0 => "Số liệu không được âm.",
        TargetKind.Percentage when achieved.Denominator is null => $"Cần nhập mẫu số ({DenominatorDefinition ?? "tổng số"}).",
        TargetKind.Percentage when decimal.Truncate(achieved.Value) != achieved.Value || decimal.Truncate(achieved.Denominator.Value) != achieved.Denominator
            => "Tử số và mẫu số là số người hoặc số đơn vị nên phải là số nguyên (ví dụ 3.550).",
        TargetKind.Percentage when achieved.Value > achieved.Denominator
            => $"Tử số ({achieved.Value:0.##}) không được lớn hơn mẫu số ({achieved.Denominator:0.##}).",
        TargetKind.Level when decimal.Truncate(achieved.Value) != achieved.Value || achieved.Value > (MaxLevel ?? 3)
            => $"Mức độ phải là số nguyên từ 0 đến {MaxLevel ?? 3}.",
        TargetKind.YesNo when achieved.Value is not (0 or 1) => "Chỉ nhận \"Có\" hoặc \"Không\".",
        TargetKind.Count when decimal.Truncate(achieved.Value) != achieved.Value => "Số lượng phải là số nguyên.",
        _ => null,
    };
}
