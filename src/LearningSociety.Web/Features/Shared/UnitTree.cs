using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LearningSociety.Web.Features.Shared;

/// <summary>A unit in tree order with its depth below the first units of the list (0 for them).</summary>
public readonly record struct UnitInTree<T>(T Unit, int Depth);

/// <summary>
/// The order of the administrative tree on /Units, for every list and drop-down of units: each unit followed by its own units,
/// depth first, siblings in Vietnamese order. A unit whose parent is not in the list hangs under its nearest listed ancestor,
/// or stands at the top, where units are ordered by <c>group</c> (e.g. the commune of a village) and then by name.
/// </summary>
public static class UnitTree
{
    /// <summary>Three no-break spaces per level: a select's option text keeps them.</summary>
    private const string IndentUnit = "\u00A0\u00A0\u00A0";

    public static IReadOnlyList<UnitInTree<T>> Walk<T>(IEnumerable<T> units, Func<T, string> path, Func<T, string> name,
        Func<T, string>? group = null)
    {
        var list = units.ToList();
        var byPath = list.GroupBy(path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var children = list.ToLookup(u => ListedAncestor(path(u), byPath.ContainsKey));
        var result = new List<UnitInTree<T>>(list.Count);

        void Visit(T unit, int depth)
        {
            result.Add(new UnitInTree<T>(unit, depth));
            foreach (var child in children[path(unit)].OrderBy(name, VietnameseText.Comparer))
            {
                Visit(child, depth + 1);
            }
        }

        var roots = children[string.Empty].OrderBy(u => group?.Invoke(u) ?? string.Empty, VietnameseText.Comparer).ThenBy(name, VietnameseText.Comparer);
        foreach (var root in roots)
        {
            Visit(root, 0);
        }

        return result;
    }

    public static IReadOnlyList<T> Order<T>(IEnumerable<T> units, Func<T, string> path, Func<T, string> name, Func<T, string>? group = null)
        => Walk(units, path, name, group).Select(u => u.Unit).ToList();

    /// <summary>Options of a unit drop-down in tree order, each indented by its depth; <paramref name="text"/> defaults to the name.</summary>
    public static IReadOnlyList<SelectListItem> Options<T>(IEnumerable<T> units, Func<T, int> id, Func<T, string> path, Func<T, string> name,
        Func<T, string>? text = null, Func<T, string>? group = null)
        => Walk(units, path, name, group)
            .Select(u => new SelectListItem(Indent((text ?? name)(u.Unit), u.Depth), id(u.Unit).ToString(CultureInfo.InvariantCulture)))
            .ToList();

    public static string Indent(string text, int depth) => string.Concat(Enumerable.Repeat(IndentUnit, depth)) + text;

    /// <summary>The path of the nearest ancestor in the list ("/1/4/" for "/1/4/12/" when listed), or empty.</summary>
    private static string ListedAncestor(string path, Func<string, bool> listed)
    {
        var end = path.TrimEnd('/').LastIndexOf('/');
        while (end > 0)
        {
            var ancestor = path[..(end + 1)];
            if (listed(ancestor))
            {
                return ancestor;
            }

            end = path[..end].LastIndexOf('/');
        }

        return string.Empty;
    }
}
