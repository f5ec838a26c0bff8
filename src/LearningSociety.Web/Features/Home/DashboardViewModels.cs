using LearningSociety.Domain.Deadlines;
using LearningSociety.Web.Security;

namespace LearningSociety.Web.Features.Home;

/// <summary>A unit's plan for the dashboard year: null when none is in force yet.</summary>
public sealed record DashboardPlan(int UnitId, string UnitName, string LevelCode, Domain.Plans.Plan? Plan, int Targets, int Met);

public sealed record DashboardRow(int UnitId, string UnitName, int Registered, int SelfAssessed, int Appraised, int Passed,
    int Proposed, int Recognised, int? AdultPopulation)
{
    /// <summary>Recognised citizens over the unit's adult population; null while the population is not entered.</summary>
    public decimal? RecognisedShare => AdultPopulation is > 0 ? (decimal)Recognised / AdultPopulation.Value : null;
}

/// <param name="Pending">The cards in the user's units still to be dealt with at the deadline's level (<see cref="Results.CardCount.IsWorkAt"/>).</param>
public sealed record DashboardDeadline(Deadline Deadline, DeadlineStatus Status, int Pending)
{
    /// <summary>Overdue in red only while work remains at that level; a level that has done its part is not told it is late.</summary>
    public bool IsOverdue => Status.IsOverdue && Pending > 0;

    /// <summary>"Quá hạn 3 ngày", or "Đã qua hạn, không còn hồ sơ chờ xử lý" once the level's work is done.</summary>
    public string Text => Status.IsOverdue && Pending == 0 ? "Đã qua hạn, không còn hồ sơ chờ xử lý" : Status.Text;
}

public sealed record DashboardViewModel(int Year, IReadOnlyList<ScopeGrant> Grants, IReadOnlyList<DashboardRow> Rows,
    IReadOnlyList<DashboardDeadline> Deadlines)
{
    public IReadOnlyList<DashboardPlan> Plans { get; init; } = [];

    /// <summary>What waits for the user, one line per unit they act for.</summary>
    public IReadOnlyList<Features.Approvals.WaitingLine> Waiting { get; init; } = [];

    /// <summary>Cards of the user's villages judged again this year because the ĐBKK list changed (newest first).</summary>
    public IReadOnlyList<RejudgeLine> Rejudged { get; init; } = [];

    public DashboardRow Total => new(0, "Tổng cộng", Rows.Sum(r => r.Registered), Rows.Sum(r => r.SelfAssessed),
        Rows.Sum(r => r.Appraised), Rows.Sum(r => r.Passed), Rows.Sum(r => r.Proposed), Rows.Sum(r => r.Recognised),
        Rows.Any(r => r.AdultPopulation is null) ? null : Rows.Sum(r => r.AdultPopulation));
}

/// <summary>"Thôn A: 3 phiếu được đánh giá lại theo danh sách xã ĐBKK (…), 2 phiếu đổi kết quả."</summary>
public sealed record RejudgeLine(string Village, int Rejudged, int Changed, string Reason, DateTimeOffset At)
{
    public string Text => $"{Village}: {Domain.VietnameseFormat.Number(Rejudged)} phiếu được đánh giá lại {Reason}"
        + (Changed == 0 ? "; không phiếu nào đổi kết quả" : $"; {Domain.VietnameseFormat.Number(Changed)} phiếu đổi kết quả") + $" ({Domain.VietnameseFormat.DateTime(At)})";
}
