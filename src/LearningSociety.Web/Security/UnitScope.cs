using System.Linq.Expressions;
using System.Security.Claims;

namespace LearningSociety.Web.Security;

/// <summary>One role held over one unit's subtree, as carried in the sign-in cookie's claims.</summary>
public sealed record ScopeGrant(PortalRole Role, int UnitId, string UnitPath, string UnitName, string LevelCode = "");

/// <summary>
/// The one authorization rule of the portal: a user may see a unit when it is one of their units or
/// lies below one, and may act on it when they hold a role that acts there. Controllers call it for
/// single records and queries call <see cref="Filter{T}"/> so that lists are scoped the same way.
/// </summary>
public sealed class UnitScope
{
    public const string ClaimType = "ls:grant";

    public UnitScope(IReadOnlyList<ScopeGrant> grants)
    {
        Grants = grants;
    }

    public IReadOnlyList<ScopeGrant> Grants { get; }

    public bool IsAdministrator => Grants.Any(g => g.Role == PortalRole.SystemAdministrator);

    public bool Has(PortalRole role) => Grants.Any(g => g.Role == role);

    public bool CanSee(string unitPath) => Grants.Any(g => unitPath.StartsWith(g.UnitPath, StringComparison.Ordinal));

    public bool CanAct(string unitPath, params PortalRole[] roles)
        => Grants.Any(g => g.Role.CanAct()
            && (roles.Length == 0 || roles.Contains(g.Role))
            && unitPath.StartsWith(g.UnitPath, StringComparison.Ordinal));

    /// <summary>
    /// True when the unit at <paramref name="unitPath"/> lies in one of the user's subtrees or one of the user's units lies
    /// in its subtree: the user's units and that unit are on one line of the tree.
    /// </summary>
    public bool IsOnLineWith(string unitPath)
        => CanSee(unitPath) || Grants.Any(g => g.UnitPath.StartsWith(unitPath, StringComparison.Ordinal));

    /// <summary>
    /// Keeps the rows whose unit path lies under one of the user's units. Built as OR-ed prefix tests on
    /// constants, which every provider turns into LIKE 'path%' on an indexed column.
    /// </summary>
    public IQueryable<T> Filter<T>(IQueryable<T> query, Expression<Func<T, string>> unitPath, params PortalRole[] roles)
    {
        var paths = Grants
            .Where(g => roles.Length == 0 || roles.Contains(g.Role))
            .Select(g => g.UnitPath)
            .Distinct()
            .ToList();
        if (paths.Count == 0)
        {
            return query.Where(_ => false);
        }

        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        Expression? body = null;
        foreach (var path in paths)
        {
            var test = Expression.Call(unitPath.Body, startsWith, Expression.Constant(path));
            body = body is null ? test : Expression.OrElse(body, test);
        }

        return query.Where(Expression.Lambda<Func<T, bool>>(body!, unitPath.Parameters));
    }

    public static UnitScope From(ClaimsPrincipal user)
        => new(user.FindAll(ClaimType).Select(c => Parse(c.Value)).OfType<ScopeGrant>().ToList());

    /// <summary>
    /// The grant through which the user acts at a step owned by <paramref name="levelCode"/> for a unit at
    /// <paramref name="unitPath"/>: a role that acts, held for that level's unit above (or at) the record.
    /// </summary>
    public ScopeGrant? ActingGrant(string unitPath, string levelCode)
        => Grants.FirstOrDefault(g => g.Role.CanAct() && g.Role != PortalRole.SystemAdministrator
            && g.LevelCode == levelCode && unitPath.StartsWith(g.UnitPath, StringComparison.Ordinal));

    public static string Format(ScopeGrant grant) => $"{grant.Role}|{grant.UnitId}|{grant.UnitPath}|{grant.LevelCode}|{grant.UnitName}";

    private static ScopeGrant? Parse(string value)
    {
        var parts = value.Split('|', 5);
        return parts.Length == 5 && Enum.TryParse<PortalRole>(parts[0], out var role) && int.TryParse(parts[1], out var unitId)
            ? new ScopeGrant(role, unitId, parts[2], parts[4], parts[3])
            : null;
    }
}
