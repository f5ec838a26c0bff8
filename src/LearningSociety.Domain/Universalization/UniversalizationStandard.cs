namespace LearningSociety.Domain.Universalization;

/// <summary>The four standards of NĐ 20/2014/NĐ-CP that a commune is recognised for.</summary>
public enum UniversalizationStandard
{
    /// <summary>Phổ cập giáo dục mầm non cho trẻ em 5 tuổi (one level).</summary>
    Preschool5,

    /// <summary>Phổ cập giáo dục tiểu học, mức độ 1–3.</summary>
    Primary,

    /// <summary>Phổ cập giáo dục trung học cơ sở, mức độ 1–3.</summary>
    LowerSecondary,

    /// <summary>Xóa mù chữ, mức độ 1–2.</summary>
    Literacy,
}

public static class UniversalizationStandardNames
{
    /// <summary>The name as it appears after "đạt chuẩn …" in decisions and reports.</summary>
    public static string Label(this UniversalizationStandard standard) => standard switch
    {
        UniversalizationStandard.Preschool5 => "phổ cập giáo dục mầm non cho trẻ em 5 tuổi",
        UniversalizationStandard.Primary => "phổ cập giáo dục tiểu học",
        UniversalizationStandard.LowerSecondary => "phổ cập giáo dục trung học cơ sở",
        UniversalizationStandard.Literacy => "xóa mù chữ",
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, null),
    };
}
