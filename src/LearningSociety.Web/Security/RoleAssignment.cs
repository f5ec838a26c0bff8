using System.Linq.Expressions;
using LearningSociety.Domain;
using LearningSociety.Domain.Units;

namespace LearningSociety.Web.Security;

/// <summary>A role held for an administrative unit (and everything below it) during a period.</summary>
public sealed class RoleAssignment
{
    private RoleAssignment()
    {
        UserId = string.Empty;
    }

    public RoleAssignment(string userId, PortalRole role, int unitId, DateOnly validFrom, DateOnly? validTo)
    {
        if (validTo is not null && validTo < validFrom)
        {
            throw new DomainException("Ngày kết thúc phân quyền không được trước ngày bắt đầu.");
        }

        UserId = userId;
        Role = role;
        UnitId = unitId;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; }

    public PortalRole Role { get; private set; }

    public int UnitId { get; private set; }

    public AdministrativeUnit Unit { get; private set; } = null!;

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public bool IsActiveOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    /// <summary>Ended before it began (see <see cref="End"/>): it never applies.</summary>
    public bool IsWithdrawn => ValidTo < ValidFrom;

    /// <summary>The one "in force on this day" rule, for queries (claims at every request, the accounts pages).</summary>
    public static Expression<Func<RoleAssignment, bool>> ActiveOn(DateOnly day)
        => a => a.ValidFrom <= day && (a.ValidTo == null || a.ValidTo >= day);

    /// <summary>
    /// Ends the assignment after <paramref name="lastDay"/>. Ending it before it began withdraws it: the end is then the
    /// day before its start, so it applies on no day at all. (Clamping the end to the start day, as before, kept an
    /// assignment that began today in force until midnight although the administrator had ended it.)
    /// </summary>
    public void End(DateOnly lastDay) => ValidTo = lastDay < ValidFrom ? ValidFrom.AddDays(-1) : lastDay;
}
