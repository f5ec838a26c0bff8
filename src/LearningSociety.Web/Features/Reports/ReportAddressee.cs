using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// The "Kính gửi" of a yearly report, by the levels in force for the year: a commune reports to the Phòng Giáo dục và
/// Đào tạo of its district until the two-tier government (1/7/2025), then to the Sở Giáo dục và Đào tạo of its
/// province (<see cref="ApprovalRoute.ReportsUnderTwoTiers"/>, the rule the deadlines follow too); a district reports
/// to the Sở.
/// </summary>
public static class ReportAddressee
{
    /// <param name="parentName">The unit above the reporting unit, e.g. "Huyện Quảng Điền".</param>
    /// <param name="parentLevel">Its level code.</param>
    /// <param name="grandparentName">The unit above that, e.g. "Tỉnh Thừa Thiên Huế"; null when there is none.</param>
    public static string For(string? parentName, string? parentLevel, string? grandparentName, int year)
    {
        var province = parentLevel switch
        {
            AdministrativeLevel.Province => parentName,
            AdministrativeLevel.District => grandparentName,
            _ => null,
        };
        return parentLevel == AdministrativeLevel.District && !ApprovalRoute.ReportsUnderTwoTiers(year)
            ? "Phòng Giáo dục và Đào tạo " + UnitNames.InText(parentName!)
            : "Sở Giáo dục và Đào tạo" + (province is null ? string.Empty : " " + UnitNames.InText(province));
    }
}
