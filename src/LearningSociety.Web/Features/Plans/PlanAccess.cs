using LearningSociety.Domain.Units;
using LearningSociety.Web.Security;

namespace LearningSociety.Web.Features.Plans;

/// <summary>
/// The one rule for plans, target results and PCGD-XMC surveys. They belong to communes and the units above them
/// (never villages). A unit's own officers — the UBND xã officer for a commune, the Phòng GD&amp;ĐT for a district —
/// and administrators of a unit above (an administrator role acts only in its own subtree, as everywhere in the
/// portal); everyone who can see the unit reads them.
/// </summary>
public static class PlanAccess
{
    public static bool HasPlans(PlanUnit unit) => unit.LevelCode != AdministrativeLevel.Village;

    /// <summary>Users holding a role above the villages; a village branch has no plan pages.</summary>
    public static bool MayUse(UnitScope scope)
        => scope.IsAdministrator || scope.Grants.Any(g => g.LevelCode is not (AdministrativeLevel.Village or ""));

    public static bool CanEdit(UnitScope scope, PlanUnit unit)
        => HasPlans(unit) && (scope.CanAct(unit.Path, PortalRole.SystemAdministrator) || scope.ActingGrant(unit.Path, unit.LevelCode) is not null);

    public static bool CanSee(UnitScope scope, PlanUnit unit) => HasPlans(unit) && scope.CanSee(unit.Path);
}
