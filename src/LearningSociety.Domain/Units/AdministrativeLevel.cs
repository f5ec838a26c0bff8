namespace LearningSociety.Domain.Units;

/// <summary>
/// A tier of the administrative tree (tỉnh, huyện, xã, thôn/tổ dân phố). Levels are rows, not an enum,
/// because the 1/7/2025 reform removed the district tier and the tree must hold both shapes.
/// </summary>
public sealed class AdministrativeLevel
{
    public const string Province = "province";
    public const string District = "district";
    public const string Commune = "commune";
    public const string Village = "village";

    private AdministrativeLevel()
    {
        Code = Name = string.Empty;
    }

    public AdministrativeLevel(string code, string name, int rank)
    {
        Code = code;
        Name = name;
        Rank = rank;
    }

    public int Id { get; private set; }

    /// <summary>Stable code used by routes and rules: province, district, commune, village.</summary>
    public string Code { get; private set; }

    /// <summary>Vietnamese name of the tier, e.g. "Xã".</summary>
    public string Name { get; private set; }

    /// <summary>Depth order: a smaller rank is higher in the tree.</summary>
    public int Rank { get; private set; }
}
