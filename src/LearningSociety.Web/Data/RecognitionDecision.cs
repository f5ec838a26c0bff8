namespace LearningSociety.Web.Data;

/// <summary>
/// Quyết định công nhận danh hiệu "Công dân học tập": issuing it locks the listed candidates for the year.
/// A decision is never edited; a correction is a new decision that names the one it amends.
/// </summary>
public sealed class RecognitionDecision
{
    public int Id { get; set; }

    /// <summary>"Số: 125/QĐ-UBND" is stored as "125/QĐ-UBND".</summary>
    public string Number { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public int Year { get; set; }

    /// <summary>The unit whose level recognises (the district before 1/7/2025, or the commune).</summary>
    public int UnitId { get; set; }

    public string IssuingBody { get; set; } = string.Empty;

    public string SignerName { get; set; } = string.Empty;

    public string SignerPosition { get; set; } = string.Empty;

    public int? AmendsDecisionId { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
