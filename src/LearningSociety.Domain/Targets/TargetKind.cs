namespace LearningSociety.Domain.Targets;

/// <summary>How a plan's target (chỉ tiêu) is measured.</summary>
public enum TargetKind
{
    /// <summary>A share n/d; values are fractions (0.4 = 40%).</summary>
    Percentage,

    /// <summary>A level such as PCGD TH mức độ 3; values are whole numbers.</summary>
    Level,

    /// <summary>A number of people, units or events.</summary>
    Count,

    /// <summary>Done or not; the target value is 1.</summary>
    YesNo,
}
