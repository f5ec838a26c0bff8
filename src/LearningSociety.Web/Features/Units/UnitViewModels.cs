
namespace LearningSociety.Web.Features.Units;

public sealed record UnitRow(int Id, string Code, string Name, string Path, string LevelName, string LevelCode, int Rank,
    DateOnly ValidFrom, DateOnly? ValidTo, string? Designation, int? AdultPopulation, bool CanEdit);

public sealed record UnitTreeViewModel(int Year, IReadOnlyList<UnitRow> Units, bool CanManageTree);

/// <summary>Orders rows depth-first, siblings by Vietnamese name.</summary>
public static class TreeOrder
{
    public static IReadOnlyList<UnitRow> Sort(IReadOnlyList<UnitRow> rows) => Shared.UnitTree.Order(rows, r => r.Path, r => r.Name);
}
