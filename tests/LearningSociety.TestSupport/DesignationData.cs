using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.TestSupport;

/// <summary>Puts communes on (or off) the ĐBKK list of a year straight in the database, as the province's list would.</summary>
public static class DesignationData
{
    public const string TestNumber = "99/QĐ-TTg";

    /// <summary>Adds a one-year list naming the commune (or removes the commune from every test list of the year).</summary>
    public static async Task<int> SetAsync(AppDbContext db, string communeName, int year, bool designated = true)
    {
        var communeId = await db.AdministrativeUnits.Where(u => u.Name == communeName).Select(u => u.Id).SingleAsync();
        if (designated)
        {
            db.DisadvantagedDesignations.Add(DisadvantagedDesignation.Create("Quyết định", TestNumber, new DateOnly(year, 1, 10),
                "Thủ tướng Chính phủ", year, year, [communeId]));
        }
        else
        {
            db.DisadvantagedCommunes.RemoveRange(await db.DisadvantagedCommunes
                .Where(c => c.CommuneId == communeId && c.Designation.FromYear <= year && c.Designation.ToYear >= year).ToListAsync());
        }

        return await db.SaveChangesAsync();
    }
}
