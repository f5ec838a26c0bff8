using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Data.Seeding;

/// <summary>
/// Data every installation needs: the administrative levels, the three citizen groups, their indicator
/// texts (KH 196/KH-KHVN of 16/6/2022, marked "dự thảo" until the official appendix is obtained) and the default
/// recognition rules. Each part is added only when missing, so editing it later is safe.
/// </summary>
public sealed class ReferenceDataSeeder(AppDbContext db, TimeProvider clock)
{
    public const int ProgrammeStartYear = 2022;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await db.AdministrativeLevels.AnyAsync(cancellationToken))
        {
            db.AdministrativeLevels.AddRange(
                new AdministrativeLevel(AdministrativeLevel.Province, "Tỉnh", 1),
                new AdministrativeLevel(AdministrativeLevel.District, "Huyện", 2),
                new AdministrativeLevel(AdministrativeLevel.Commune, "Xã", 3),
                new AdministrativeLevel(AdministrativeLevel.Village, "Thôn, tổ dân phố", 4));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.CitizenGroups.AnyAsync(cancellationToken))
        {
            var groups = IndicatorCatalogue.Groups.Select(g => new CitizenGroup(g.Code, g.Name, g.Description)).ToList();
            db.CitizenGroups.AddRange(groups);
            await db.SaveChangesAsync(cancellationToken);

            foreach (var group in groups)
            {
                var texts = IndicatorCatalogue.Groups.Single(g => g.Code == group.Code).Texts;
                for (var i = 0; i < IndicatorDefinition.Codes.Count; i++)
                {
                    var code = IndicatorDefinition.Codes[i];
                    db.IndicatorDefinitions.Add(new IndicatorDefinition(code, group.Id, ProgrammeStartYear, texts[i],
                        IndicatorCatalogue.Guidance(code), isDraft: true));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.ApprovalRoutes.AnyAsync(cancellationToken))
        {
            // The route the users ask for (village → commune → district) is active; the two-tier route in force
            // since 1/7/2025 ships beside it for an administrator to switch to (NQ 202/2025/QH15; NĐ 142/2025/NĐ-CP and NĐ 143/2025/NĐ-CP).
            db.ApprovalRoutes.AddRange(
                Data.ApprovalRouteDefinition.From(Domain.Approvals.ApprovalRoute.CdhtThreeTier(), isActive: true, validTo: null),
                Data.ApprovalRouteDefinition.From(Domain.Approvals.ApprovalRoute.CdhtTwoTier(), isActive: false, validTo: null));
            await db.SaveChangesAsync(cancellationToken);
        }

        var reportingLevel = (await db.ApprovalRoutes.Include(r => r.Steps).FirstAsync(r => r.IsActive, cancellationToken)).Steps.MaxBy(s => s.Order)!.LevelCode;
        var seededYears = await db.Deadlines.Select(d => d.Year).Distinct().ToListAsync(cancellationToken);
        for (var year = ProgrammeStartYear; year <= new Domain.Deadlines.VietnamClock(clock).Today().Year + 1; year++)
        {
            if (!seededYears.Contains(year))
            {
                db.Deadlines.AddRange(Domain.Deadlines.Deadline.SeedsFor(year, reportingLevel).Select(d => new Data.DeadlineDefinition
                {
                    Year = d.Year, LevelCode = d.LevelCode, Description = d.Description, DueDate = d.DueDate,
                }));
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        if (!await db.RecognitionRules.AnyAsync(cancellationToken))
        {
            db.RecognitionRules.AddRange(
                new RecognitionRule("Theo KH 196/KH-KHVN", ProgrammeStartYear, null, false, 80, 5, 5),
                new RecognitionRule("Xã ĐBKK, vùng DTTS (hướng dẫn của Hội Khuyến học)", ProgrammeStartYear, null, true, 70, 5, 5));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.TargetIndicators.AnyAsync(cancellationToken))
        {
            db.TargetIndicators.AddRange(TargetCatalogue.Indicators());
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.LegalBases.AnyAsync(cancellationToken))
        {
            db.LegalBases.AddRange(TargetCatalogue.LegalBases());
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.UniversalizationRules.AnyAsync(cancellationToken))
        {
            var decree = Domain.Universalization.UniversalizationRuleSet.Decree20Of2014();
            db.UniversalizationRules.AddRange(decree.Conditions);
            db.UniversalizationPrerequisites.AddRange(decree.Prerequisites);
            db.DistrictUniversalizationRules.AddRange(decree.DistrictRules);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
