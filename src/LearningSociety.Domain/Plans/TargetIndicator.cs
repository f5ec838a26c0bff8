using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Universalization;

namespace LearningSociety.Domain.Plans;

/// <summary>The four groups of targets as the plans list them (QĐ 1373/QĐ-TTg of 30/7/2021).</summary>
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
    public static string Label(this TargetCategory category) => category switch
    {
        TargetCategory.Universalization => "Xóa mù chữ và phổ cập giáo dục",
        TargetCategory.Capacity => "Về năng lực cơ bản và trình độ của người dân",
        TargetCategory.Institutions => "Về hiệu quả hoạt động của các cơ sở giáo dục",
        TargetCategory.LearningModels => "Xây dựng các mô hình học tập trong xã hội",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}

/// <summary>
/// One indicator of the target catalogue (chỉ tiêu), seeded from QĐ 1373/QĐ-TTg, QĐ 677/QĐ-TTg and QĐ 387/QĐ-TTg.
/// National rows have no owner (<see cref="National"/>); an administrator adds local ones for a unit and its subtree
/// (<see cref="CreateLocal"/>). An indicator is never deleted: plans and results keep it; it is deactivated instead.
/// </summary>
public sealed class TargetIndicator
{
    public const int MaxCodeLength = 40;
    public const int MaxTextLength = 500;
    public const int MaxDefinitionLength = 300;
    public const int MaxSourceLength = 200;
    public const int MaxLocalLevel = 5;

    private TargetIndicator()
    {
    }

    public int Id { get; private set; }

    /// <summary>Stable code, e.g. "CDHT_CITIZENS".</summary>
    public string Code { get; private set; } = string.Empty;

    public TargetCategory Category { get; private set; }

    /// <summary>The wording as plans print it, e.g. "Số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin".</summary>
    public string Text { get; private set; } = string.Empty;

    public TargetKind Kind { get; private set; }

    /// <summary>For a percentage: what is counted ("Số người … được trang bị năng lực CNTT").</summary>
    public string? NumeratorDefinition { get; private set; }

    /// <summary>For a percentage: what it is a share of ("Số người trong độ tuổi lao động").</summary>
    public string? DenominatorDefinition { get; private set; }

    /// <summary>Highest level for a level indicator (3 for phổ cập GDTH, 2 for xóa mù chữ, 1 for MN 5 tuổi).</summary>
    public int? MaxLevel { get; private set; }

    public TargetComputation Computation { get; private set; }

    /// <summary>The PCGD-XMC standard a level indicator reads, when <see cref="Computation"/> is UniversalizationLevel.</summary>
    public UniversalizationStandard? Standard { get; private set; }

    /// <summary>The document it comes from, e.g. "QĐ 1373/QĐ-TTg".</summary>
    public string Source { get; private set; } = string.Empty;

    /// <summary>Null for the national catalogue; otherwise the unit whose subtree uses this local indicator.</summary>
    public int? OwnerUnitId { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; } = true;

    /// <summary>A row of the national catalogue, as the reference data seeds it.</summary>
    public static TargetIndicator National(
        string code,
        TargetCategory category,
        string text,
        TargetKind kind,
        string source,
        int sortOrder,
        TargetComputation computation = TargetComputation.Entered,
        string? numeratorDefinition = null,
        string? denominatorDefinition = null,
        int? maxLevel = null,
        UniversalizationStandard? standard = null)
    {
        if (computation == TargetComputation.UniversalizationLevel && standard is null)
        {
            throw new ArgumentException("A level read from the PCGD-XMC survey names its standard.", nameof(standard));
        }

        return new TargetIndicator
        {
            Code = code, Category = category, Text = text, Kind = kind, Source = source, SortOrder = sortOrder, Computation = computation,
            NumeratorDefinition = numeratorDefinition, DenominatorDefinition = denominatorDefinition, MaxLevel = maxLevel, Standard = standard,
        };
    }

    /// <summary>
    /// "Thêm chỉ tiêu địa phương": an entered indicator that the owner unit and the units below it use. A percentage
    /// needs what it counts and what it is a share of; a level needs its highest level (1–5); definitions that do not
    /// belong to the kind are dropped.
    /// </summary>
    public static TargetIndicator CreateLocal(
        int ownerUnitId,
        string code,
        TargetCategory category,
        string text,
        TargetKind kind,
        string? numeratorDefinition,
        string? denominatorDefinition,
        int? maxLevel,
        string source,
        int sortOrder)
    {
        code = code.Trim();
        text = text.Trim();
        source = source.Trim();
        numeratorDefinition = kind == TargetKind.Percentage ? numeratorDefinition?.Trim() : null;
        denominatorDefinition = kind == TargetKind.Percentage ? denominatorDefinition?.Trim() : null;
        maxLevel = kind == TargetKind.Level ? maxLevel : null;
        if (!Enum.IsDefined(category) || !Enum.IsDefined(kind))
        {
            throw new DomainException("Nhóm hoặc loại chỉ tiêu không hợp lệ.");
        }

        if (code.Length is 0 or > MaxCodeLength || !code.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
        {
            throw new DomainException("Mã chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch dưới, tối đa 40 ký tự, ví dụ TAN_MU_CHU.");
        }

        if (text.Length is 0 or > MaxTextLength)
        {
            throw new DomainException("Nội dung chỉ tiêu cần nhập, tối đa 500 ký tự.");
        }

        if (kind == TargetKind.Percentage && (string.IsNullOrEmpty(numeratorDefinition) || string.IsNullOrEmpty(denominatorDefinition)
            || numeratorDefinition.Length > MaxDefinitionLength || denominatorDefinition.Length > MaxDefinitionLength))
        {
            throw new DomainException("Chỉ tiêu tỷ lệ cần định nghĩa tử số và mẫu số (tối đa 300 ký tự mỗi định nghĩa).");
        }

        if (kind == TargetKind.Level && maxLevel is not (>= 1 and <= MaxLocalLevel))
        {
            throw new DomainException("Mức cao nhất phải từ 1 đến 5.");
        }

        if (source.Length is 0 or > MaxSourceLength)
        {
            throw new DomainException("Văn bản nguồn cần nhập, tối đa 200 ký tự.");
        }

        return new TargetIndicator
        {
            Code = code, Category = category, Text = text, Kind = kind, NumeratorDefinition = numeratorDefinition,
            DenominatorDefinition = denominatorDefinition, MaxLevel = maxLevel, Computation = TargetComputation.Entered, Source = source,
            OwnerUnitId = ownerUnitId, SortOrder = sortOrder,
        };
    }

    /// <summary>Hidden from new plans; plans and results that use it keep it.</summary>
    public void Deactivate() => IsActive = false;

    /// <summary>Offered to new plans again.</summary>
    public void Reactivate() => IsActive = true;

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
