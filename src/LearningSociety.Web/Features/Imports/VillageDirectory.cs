namespace LearningSociety.Web.Features.Imports;

/// <summary>The villages a user may import into, found by code or by name (with or without "Thôn").</summary>
internal sealed class VillageDirectory
{
    private static readonly string[] LevelPrefixes = ["thon ", "to dan pho ", "tdp ", "xom ", "ap ", "ban ", "khu pho ", "to "];

    private readonly Dictionary<string, ImportVillage> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<ImportVillage>> _byName = new(StringComparer.Ordinal);

    public VillageDirectory(IReadOnlyList<ImportVillage> villages)
    {
        All = villages;
        foreach (var village in villages)
        {
            _byCode[village.Code] = village;
            foreach (var key in Keys(village.Name).Distinct())
            {
                if (!_byName.TryGetValue(key, out var list))
                {
                    _byName[key] = list = [];
                }

                list.Add(village);
            }
        }
    }

    public IReadOnlyList<ImportVillage> All { get; }

    public (ImportVillage? Village, string? Ambiguity) Resolve(string value)
    {
        if (_byCode.TryGetValue(value.Trim(), out var byCode))
        {
            return (byCode, null);
        }

        // Exact keys are upper case and folded keys lower case, so one dictionary holds both without collisions.
        if (!_byName.TryGetValue(CitizenSheetRow.MatchKey(value), out var matches))
        {
            _byName.TryGetValue(Strip(CitizenSheetRow.Fold(value)), out matches);
        }

        return matches switch
        {
            null or [] => (null, null),
            [var single] => (single, null),
            _ => (null, $"Có {matches.Count} thôn tên '{value}' ({string.Join(", ", matches.Select(m => m.CommuneName))}); hãy ghi mã thôn thay cho tên."),
        };
    }

    /// <summary>The exact name (upper-cased), and the name folded without diacritics and without its level word.</summary>
    private static IEnumerable<string> Keys(string name)
    {
        yield return CitizenSheetRow.MatchKey(name);
        yield return Strip(CitizenSheetRow.Fold(name));
    }

    private static string Strip(string folded)
    {
        var collapsed = string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var prefix in LevelPrefixes)
        {
            if (collapsed.StartsWith(prefix, StringComparison.Ordinal))
            {
                return collapsed[prefix.Length..];
            }
        }

        return collapsed;
    }
}
