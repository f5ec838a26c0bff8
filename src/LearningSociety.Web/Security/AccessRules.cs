using LearningSociety.Domain.Units;

namespace LearningSociety.Web.Security;

/// <summary>
/// Every feature's access rule, in one place and built only on <see cref="UnitScope"/> (ADR-005): a controller, a
/// query, a report and an import ask the same question here and never write their own test of grants or roles.
/// </summary>
public static class AccessRules
{
    /// <summary>Who keeps the citizen register, scores cards and imports them: the village branch (and administrators).</summary>
    public static readonly PortalRole[] RegisterKeepers = [PortalRole.VillageBranch, PortalRole.SystemAdministrator];

    /// <summary>Holds a register keeper's role somewhere (the register pages show their edit buttons).</summary>
    public static bool MayKeepRegister(this UnitScope scope) => scope.Grants.Any(g => RegisterKeepers.Contains(g.Role));

    /// <summary>Keeps the register of the villages under <paramref name="unitPath"/>: scores cards, corrects citizens, imports.</summary>
    public static bool CanKeepRegisterAt(this UnitScope scope, string unitPath) => scope.CanAct(unitPath, RegisterKeepers);

    /// <summary>
    /// Confirms an earlier year the branch entered from paper (so it counts toward "tiêu biểu xuất sắc"): the commune the
    /// village belongs to, where the paper decisions were issued, and administrators.
    /// </summary>
    public static bool CanConfirmPastAt(this UnitScope scope, string villagePath)
        => scope.CanAct(villagePath, PortalRole.CommuneOfficer, PortalRole.SystemAdministrator);

    /// <summary>Administers the unit at <paramref name="unitPath"/>: its children, national or local catalogue rows it owns.</summary>
    public static bool CanAdminister(this UnitScope scope, string unitPath) => scope.CanAct(unitPath, PortalRole.SystemAdministrator);

    /// <summary>The levels from the top down, for rules that name a level "or above".</summary>
    private static readonly string[] LevelsDownward =
        [AdministrativeLevel.Province, AdministrativeLevel.District, AdministrativeLevel.Commune, AdministrativeLevel.Village];

    /// <summary>
    /// The grants that keep the ĐBKK lists (<see cref="Domain.Units.DisadvantagedDesignation"/>): an administrator holding
    /// the role at the owning level (the province by default, <c>Designations:OwnerLevel</c>) or above. The list is the
    /// Government's decision applied by the province; a commune officer never keeps it, even for its own commune.
    /// </summary>
    public static IReadOnlyList<ScopeGrant> DesignationKeepers(this UnitScope scope, string ownerLevel)
    {
        var owner = Array.IndexOf(LevelsDownward, ownerLevel);
        return [.. scope.Grants.Where(g => g.Role == PortalRole.SystemAdministrator
            && Array.IndexOf(LevelsDownward, g.LevelCode) is var level && level >= 0 && level <= Math.Max(owner, 0))];
    }

    /// <summary>Keeps the ĐBKK list entry of the commune at <paramref name="communePath"/> (<see cref="DesignationKeepers"/>).</summary>
    public static bool CanDesignate(this UnitScope scope, string communePath, string ownerLevel)
        => scope.DesignationKeepers(ownerLevel).Any(g => communePath.StartsWith(g.UnitPath, StringComparison.Ordinal));

    /// <summary>Enters a unit's yearly facts (adult population): its own officers above the villages and administrators.</summary>
    public static bool CanEditUnitFacts(this UnitScope scope, string unitPath)
        => scope.CanAct(unitPath, PortalRole.SystemAdministrator, PortalRole.CommuneOfficer, PortalRole.DistrictOffice);

    /// <summary>Plans, target results and PCGD-XMC surveys belong to communes and the units above them, never villages.</summary>
    public static bool HasPlans(UnitRef unit) => unit.LevelCode != AdministrativeLevel.Village;

    /// <summary>Users holding a role above the villages (and administrators); a village branch has no plan pages.</summary>
    public static bool MayUsePlans(this UnitScope scope)
        => scope.IsAdministrator || scope.Grants.Any(g => g.LevelCode is not (AdministrativeLevel.Village or ""));

    /// <summary>
    /// A unit's plans, results and survey are written by its own officers — the UBND xã officer for a commune, the
    /// Phòng GD&amp;ĐT for a district — and by administrators of a unit above (an administrator acts only in its own
    /// subtree, as everywhere in the portal).
    /// </summary>
    public static bool CanEditPlansOf(this UnitScope scope, UnitRef unit)
        => HasPlans(unit) && (scope.CanAct(unit.Path, PortalRole.SystemAdministrator) || scope.ActingGrant(unit.Path, unit.LevelCode) is not null);

    /// <summary>Everyone who can see the unit reads its plans, results and survey.</summary>
    public static bool CanSeePlansOf(this UnitScope scope, UnitRef unit) => HasPlans(unit) && scope.CanSee(unit.Path);

    /// <summary>
    /// Who may import a commune's PCGD-XMC counts: whoever may edit its survey form and also the district office above
    /// it. The Phòng GD&amp;ĐT is the focal unit of the MOET PCGD-XMC system and receives the figures of all its communes
    /// in one master file (CV 7475/BGDĐT-GDTX, CV 4284/BGDĐT-GDTX), so it imports them at once; the form of a single
    /// commune stays with the commune.
    /// </summary>
    public static bool CanImportSurveyFor(this UnitScope scope, UnitRef commune)
        => scope.CanSee(commune.Path) && (scope.CanEditPlansOf(commune) || scope.CanAct(commune.Path, PortalRole.DistrictOffice));

    /// <summary>
    /// A signed recognition decision is a public administrative document: its number, date, issuer, articles and the
    /// number of people it recognises are seen by the issuer's unit and above and by the units below the issuer. Its list
    /// of people is personal data and is cut by <c>DecisionsController.VisiblePeople</c>.
    /// </summary>
    public static bool CanSeeDecisionOf(this UnitScope scope, string issuerPath) => scope.IsOnLineWith(issuerPath);

    /// <summary>A local target indicator concerns its owner and the units below it: users above or below the owner see it.</summary>
    public static bool CanSeeIndicatorOf(this UnitScope scope, string ownerPath) => scope.IsOnLineWith(ownerPath);
}
