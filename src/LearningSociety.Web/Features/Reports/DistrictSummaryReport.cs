using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>Report 3: a district's Biểu tổng hợp for the year (due 10/12), one row per commune, totals summed from villages.</summary>
public sealed class DistrictSummaryReport(AppDbContext db, CdhtResultsRollUp rollUps, TimeProvider clock)
{
    public async Task<BuiltReport?> BuildAsync(UnitScope scope, int districtId, int year, CancellationToken cancellationToken)
    {
        var district = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Where(u => u.Id == districtId && u.Level.Code == AdministrativeLevel.District)
            .Select(u => new { u.Id, u.Name, u.Path, Province = u.Parent == null ? null : u.Parent.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (district is null)
        {
            return null;
        }

        var rollUp = await rollUps.ForChildrenOfAsync(district.Id, district.Path, year, cancellationToken: cancellationToken);
        var recipient = "Sở Giáo dục và Đào tạo" + (district.Province is { } province ? " " + UnitNames.InText(province) : string.Empty);
        var document = ResultsSummaryDocument.Build(district.Name, recipient, "Xã, phường, thị trấn", year, new VietnamClock(clock).Today(), rollUp,
            ["Như trên;", "Hội Khuyến học " + UnitNames.InText(district.Name) + ";", "Lưu: VT, Phòng GD&ĐT."]);
        return new BuiltReport(document, $"Biểu tổng hợp CDHT {year} - {district.Name}", Audit: null, ResultsSummaryDocument.PdfTableFontSize);
    }
}
