using LearningSociety.Web.Security;

namespace LearningSociety.Web.Features.Shared;

/// <summary>The menu shows only what the signed-in roles may use.</summary>
public static class Navigation
{
    public sealed record Item(string Label, string Controller, string Url);

    public static IReadOnlyList<Item> For(UnitScope scope)
    {
        var items = new List<Item>();
        if (scope.Has(PortalRole.VillageBranch) || scope.Has(PortalRole.CommuneOfficer) || scope.Has(PortalRole.DistrictOffice)
            || scope.Has(PortalRole.Viewer) || scope.IsAdministrator)
        {
            items.Add(new("Công dân học tập", "Citizens", "/Citizens"));
        }

        items.Add(new("Xét duyệt", "Approvals", "/Approvals"));
        if (scope.Has(PortalRole.CommuneOfficer) || scope.Has(PortalRole.DistrictOffice) || scope.Has(PortalRole.Viewer) || scope.IsAdministrator)
        {
            items.Add(new("Kế hoạch, chỉ tiêu", "Plans", "/Plans"));
            items.Add(new("Phổ cập, xóa mù chữ", "Universalization", "/Universalization"));
        }

        items.Add(new("Quyết định", "Decisions", "/Decisions"));
        items.Add(new("Báo cáo", "Reports", "/Reports"));

        if (scope.Has(PortalRole.VillageBranch) || scope.IsAdministrator)
        {
            items.Add(new("Nhập từ Excel", "Imports", "/Imports"));
        }

        items.Add(new("Đơn vị hành chính", "Units", "/Units"));
        items.Add(new("Xã ĐBKK", "Designations", "/Designations"));

        if (scope.IsAdministrator)
        {
            items.Add(new("Bộ chỉ số", "Catalogue", "/Catalogue"));
            items.Add(new("Quy trình", "Routes", "/Routes"));
            items.Add(new("Hạn nộp", "Deadlines", "/Deadlines"));
            items.Add(new("Tài khoản", "Users", "/Users"));
            items.Add(new("Nhật ký", "Audit", "/Audit"));
        }

        return items;
    }
}
