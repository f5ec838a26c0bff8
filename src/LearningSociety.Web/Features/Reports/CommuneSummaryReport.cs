using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>Report 2: a commune's Biểu tổng hợp for the year (due 30/11), one row per village.</summary>
public sealed class CommuneSummaryReport(AppDbContext db, CdhtResultsRollUp rollUps, TimeProvider clock)
{
    public async Task<BuiltReport?> BuildAsync(UnitScope scope, int communeId, int year, CancellationToken cancellationToken)
    {
        var commune = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path)
            .Where(u => u.Id == communeId && u.Level.Code == AdministrativeLevel.Commune)
            .Select(u => new
            {
                u.Id, u.Name, u.Path,
                Parent = u.Parent == null ? null : new { u.Parent.Name, Level = u.Parent.Level.Code, Above = u.Parent.Parent == null ? null : u.Parent.Parent.Name },
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (commune is null)
        {
            return null;
        }

        var rollUp = await rollUps.ForChildrenOfAsync(commune.Id, commune.Path, year, cancellationToken: cancellationToken);
        var recipient = ReportAddressee.For(commune.Parent?.Name, commune.Parent?.Level, commune.Parent?.Above, year);
        var document = ResultsSummaryDocument.Build(commune.Name, recipient, "Thôn, tổ dân phố", year, new VietnamClock(clock).Today(), rollUp,
            ["Như trên;", "Hội Khuyến học " + UnitNames.InText(commune.Name) + ";", "Lưu: VT."]);
        return new BuiltReport(document, $"Biểu tổng hợp CDHT {year} - {commune.Name}", Audit: null, ResultsSummaryDocument.PdfTableFontSize);
    }
}
