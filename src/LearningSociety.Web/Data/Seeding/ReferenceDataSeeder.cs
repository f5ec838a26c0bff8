using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Data.Seeding;

/// <summary>
/// Data every installation needs: the administrative levels, the three citizen groups, their indicator
/// texts (domain.md §2.3, marked "dự thảo" until the official appendix is obtained) and the default
/// recognition rules. Each part is added only when missing, so editing it later is safe.
/// </summary>
public sealed class ReferenceDataSeeder(AppDbContext db)
{
    public const int ProgrammeStartYear = 2022;

    public async Task SeedAsync()
    {
        if (!await db.AdministrativeLevels.AnyAsync())
        {
            db.AdministrativeLevels.AddRange(
                new AdministrativeLevel(AdministrativeLevel.Province, "Tỉnh", 1),
                new AdministrativeLevel(AdministrativeLevel.District, "Huyện", 2),
                new AdministrativeLevel(AdministrativeLevel.Commune, "Xã", 3),
                new AdministrativeLevel(AdministrativeLevel.Village, "Thôn, tổ dân phố", 4));
            await db.SaveChangesAsync();
        }

        if (!await db.CitizenGroups.AnyAsync())
        {
            var groups = IndicatorCatalogue.Groups.Select(g => new CitizenGroup(g.Code, g.Name, g.Description)).ToList();
            db.CitizenGroups.AddRange(groups);
            await db.SaveChangesAsync();

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

            await db.SaveChangesAsync();
        }

        if (!await db.RecognitionRules.AnyAsync())
        {
            db.RecognitionRules.AddRange(
                new RecognitionRule("KH 196/KH-KHVN: 80 điểm, không chỉ số nào dưới 5", ProgrammeStartYear, null, false, 80, 5, 5),
                new RecognitionRule("Vùng ĐBKK, vùng DTTS: 70 điểm, không chỉ số nào dưới 5", ProgrammeStartYear, null, true, 70, 5, 5));
            await db.SaveChangesAsync();
        }
    }
}
