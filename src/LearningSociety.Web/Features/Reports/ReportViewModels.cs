using LearningSociety.Web.Features.Decisions;

namespace LearningSociety.Web.Features.Reports;

/// <param name="Cards">This year's scorecards of a village (its file of scorecards is split every <see cref="ScorecardReport.MaxCardsPerFile"/>).</param>
public sealed record ReportUnit(int Id, string Name, string? Parent, int Proposed = 0, int Cards = 0)
{
    /// <summary>The files <paramref name="cards"/> scorecards print in: (part, first card, last card); one part at most a file's worth.</summary>
    public static IEnumerable<(int Part, int From, int To)> CardParts(int cards)
        => Enumerable.Range(0, Math.Max(1, (cards + ScorecardReport.MaxCardsPerFile - 1) / ScorecardReport.MaxCardsPerFile))
            .Select(i => (i + 1, (i * ScorecardReport.MaxCardsPerFile) + 1, Math.Min(cards, (i + 1) * ScorecardReport.MaxCardsPerFile)));
}

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
