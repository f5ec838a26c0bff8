namespace LearningSociety.Web.Security;

/// <summary>What a person does in the programme; every role is held for an administrative unit.</summary>
public enum PortalRole
{
    SystemAdministrator = 1,

    /// <summary>Phòng GD&amp;ĐT of a district (or the commune that replaced it after 1/7/2025).</summary>
    DistrictOffice = 2,

    /// <summary>Officer of the UBND xã (công chức văn hóa – xã hội).</summary>
    CommuneOfficer = 3,

    /// <summary>Chi hội khuyến học thôn, tổ dân phố.</summary>
    VillageBranch = 4,

    Viewer = 5,
}

public static class PortalRoles
{
    public const string SystemAdministrator = nameof(PortalRole.SystemAdministrator);
    public const string DistrictOffice = nameof(PortalRole.DistrictOffice);
    public const string CommuneOfficer = nameof(PortalRole.CommuneOfficer);
    public const string VillageBranch = nameof(PortalRole.VillageBranch);
    public const string Viewer = nameof(PortalRole.Viewer);

    public static string Label(this PortalRole role) => role switch
    {
        PortalRole.SystemAdministrator => "Quản trị hệ thống",
        PortalRole.DistrictOffice => "Phòng Giáo dục và Đào tạo",
        PortalRole.CommuneOfficer => "Cán bộ UBND xã",
        PortalRole.VillageBranch => "Chi hội khuyến học thôn",
        PortalRole.Viewer => "Chỉ xem",
        _ => role.ToString(),
    };

    /// <summary>Roles that may change data (everyone but the read-only viewer).</summary>
    public static bool CanAct(this PortalRole role) => role != PortalRole.Viewer;
}
