using LearningSociety.Domain.Units;

namespace LearningSociety.Web.Security;

/// <summary>A unit as results, plans and surveys refer to it: enough to scope (Path) and to pick the rule (LevelCode).</summary>
public sealed record UnitRef(int Id, string Name, string Path, string LevelCode)
{
    public bool IsCommune => LevelCode == AdministrativeLevel.Commune;
}
