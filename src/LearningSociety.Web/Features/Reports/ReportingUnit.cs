using LearningSociety.Domain.Units;
using LearningSociety.Reporting;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// The commune or district a plan report speaks for: its ND30 header ("ỦY BAN NHÂN DÂN / XÃ QUẢNG PHÚ") and, from the
/// unit above it, the "Kính gửi" line.
/// </summary>
/// <param name="Code">The administrative unit code (<c>AdministrativeUnit.Code</c>), which the province matches units' rows on.</param>
public sealed record ReportingUnit(int Id, string Name, string Path, string LevelCode, string? ParentName, string? ParentLevelCode,
    string? GrandparentName = null, string Code = "")
{
    public bool IsCommune => LevelCode == AdministrativeLevel.Commune;

    public UnitRef ToUnitRef() => new(Id, Name, Path, LevelCode);

    /// <summary>The unit when it exists and <see cref="AccessRules.CanSeePlansOf"/> allows it; null means 404.</summary>
    public static async Task<ReportingUnit?> FindAsync(AppDbContext db, UnitScope scope, int unitId, CancellationToken cancellationToken,
        bool communeOrDistrictOnly = true)
    {
        var unit = await db.AdministrativeUnits.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new ReportingUnit(u.Id, u.Name, u.Path, u.Level.Code,
                u.Parent == null ? null : u.Parent.Name, u.Parent == null ? null : u.Parent.Level.Code,
                u.Parent == null || u.Parent.Parent == null ? null : u.Parent.Parent.Name, u.Code))
            .FirstOrDefaultAsync(cancellationToken);
        if (unit is null || !scope.CanSeePlansOf(unit.ToUnitRef()))
        {
            return null;
        }

        return !communeOrDistrictOnly || unit.LevelCode is AdministrativeLevel.Commune or AdministrativeLevel.District ? unit : null;
    }

    /// <summary>The two-column header of the unit's People's Committee (<see cref="DocumentHeader"/>).</summary>
    public AdministrativeHeader Header(string? documentNumber, string placeAndDate) => DocumentHeader.PeoplesCommittee(Name, documentNumber, placeAndDate);

    /// <summary>Whom the unit's report on <paramref name="year"/> goes to (<see cref="ReportAddressee"/>).</summary>
    public string AddresseeFor(int year) => ReportAddressee.For(ParentName, ParentLevelCode, GrandparentName, year);

    public string InText => UnitNames.InText(Name);
}
