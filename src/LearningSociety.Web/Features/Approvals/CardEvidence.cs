using LearningSociety.Domain;

namespace LearningSociety.Web.Features.Approvals;

/// <summary>
/// Whether a card has evidence: a note on any of its indicators, or files attached to the registration. Both counts come
/// from the page's own query (an EXISTS and a COUNT per row), never from loading the cards.
/// </summary>
public readonly record struct CardEvidence(bool HasNote, int Files)
{
    public const string ColumnTitle = "Minh chứng";

    public bool Any => HasNote || Files > 0;

    /// <summary>"Có (2 tệp)", "Có (ghi chú)" or "Chưa có".</summary>
    public string Label => Files > 0 ? $"Có ({VietnameseFormat.Number(Files)} tệp)" : HasNote ? "Có (ghi chú)" : "Chưa có";
}
