using LearningSociety.Web.Features.Decisions;

namespace LearningSociety.Web.Features.Reports;

public sealed record ReportUnit(int Id, string Name, string? Parent, int Proposed = 0);

public sealed record ReportsIndexViewModel(int Year, IReadOnlyList<int> Years, IReadOnlyList<ReportUnit> Districts,
    IReadOnlyList<ReportUnit> Communes, IReadOnlyList<ReportUnit> Villages, IReadOnlyList<DecisionRow> Decisions)
{
    /// <summary>True above a commune: the villages' lists are shown for one commune at a time.</summary>
    public bool ChoosesCommune { get; init; }

    public int? CommuneId { get; init; }

    /// <summary>The communes and districts whose narrative report texts the user writes.</summary>
    public IReadOnlyList<int> WritesTextsOf { get; init; } = [];

    /// <summary>The units that issue the year's recognition decisions and whose decision wording the user writes.</summary>
    public IReadOnlyList<int> WritesDecisionWordingOf { get; init; } = [];
}
