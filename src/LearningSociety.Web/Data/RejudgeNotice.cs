namespace LearningSociety.Web.Data;

/// <summary>
/// What a change of the ĐBKK list did to a village's cards of a year: how many appraised, not yet proposed cards were
/// judged again under the rule the new list makes apply, and how many of them changed verdict. Written in the transaction
/// of the change and shown on the first page of the village's branch and commune, so nobody learns it by accident.
/// </summary>
public sealed class RejudgeNotice
{
    public const int MaxReasonLength = 600;

    public long Id { get; set; }

    public int VillageId { get; set; }

    public int Year { get; set; }

    /// <summary>Cards judged again.</summary>
    public int Rejudged { get; set; }

    /// <summary>Of those, cards whose verdict changed (Đạt ↔ Không đạt).</summary>
    public int Changed { get; set; }

    /// <summary>"theo danh sách xã ĐBKK Quyết định số … (ngưỡng 70 điểm)".</summary>
    public string Reason { get; set; } = string.Empty;

    public string ChangedBy { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
