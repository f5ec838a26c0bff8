
namespace LearningSociety.Web.Features.Units;

public sealed record UnitRow(int Id, string Code, string Name, string Path, string LevelName, string LevelCode, int Rank,
    DateOnly ValidFrom, DateOnly? ValidTo, string? Designation, int? AdultPopulation, bool CanEdit);

public sealed record UnitTreeViewModel(int Year, IReadOnlyList<UnitRow> Units, bool CanManageTree);

/// <summary>Orders rows depth-first, siblings by Vietnamese name.</summary>
public static class TreeOrder
{
    public static IReadOnlyList<UnitRow> Sort(IReadOnlyList<UnitRow> rows)
    {
        var byParentPath = rows.ToLookup(r => r.Path[..(r.Path.TrimEnd('/').LastIndexOf('/') + 1)]);
        var paths = rows.Select(r => r.Path).ToHashSet();
        var roots = rows.Where(r => !paths.Contains(r.Path[..(r.Path.TrimEnd('/').LastIndexOf('/') + 1)]));
        var result = new List<UnitRow>(rows.Count);

        void Visit(UnitRow row)
        {
            result.Add(row);
            foreach (var child in byParentPath[row.Path].OrderBy(c => c.Name, Shared.VietnameseText.Comparer))
            {
                Visit(child);
            }
        }

        foreach (var root in roots.OrderBy(r => r.Name, Shared.VietnameseText.Comparer))
        {
            Visit(root);
        }

        return result;
    }
}
