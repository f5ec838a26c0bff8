using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Data.Seeding;

/// <summary>
/// A demo district to try the portal with: one province, one district, two communes with four villages
/// each, the five demo accounts (password <see cref="DemoPassword"/>), and a few citizens with cards.
/// Runs only on a database that has no accounts yet.
/// </summary>
public sealed class DemoDataSeeder(AppDbContext db, UserManager<ApplicationUser> users, TimeProvider clock)
{
    public const string DemoPassword = "Demo@12345";

    /// <summary>The demo district's code (Huyện Quảng Điền); its communes are <see cref="QuangPhuCode"/> and <see cref="QuangVinhCode"/>.</summary>
    public const string DistrictCode = "481";

    public const string QuangPhuCode = "19909";

    public const string QuangVinhCode = "19912";

    /// <summary>The accounts this seed creates (the year in motion adds a branch account for each other village).</summary>
    public static readonly IReadOnlyList<string> AccountNames = ["admin", "phonggd", "ubndxa", "chihoi", "chihoi2", "ubndvinh", "chihoivinh", "xemhuyen"];

    private string? _passwordHash;

    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return false;
        }

        var levels = await db.AdministrativeLevels.ToDictionaryAsync(l => l.Code, cancellationToken);
        var start = new DateOnly(2008, 1, 1);

        var province = await AddUnitAsync("46", "Tỉnh Thừa Thiên Huế", levels[AdministrativeLevel.Province], null, start, cancellationToken);
        var district = await AddUnitAsync(DistrictCode, "Huyện Quảng Điền", levels[AdministrativeLevel.District], province, start, cancellationToken);
        var quangPhu = await AddUnitAsync(QuangPhuCode, "Xã Quảng Phú", levels[AdministrativeLevel.Commune], district, start, cancellationToken);
        var quangVinh = await AddUnitAsync(QuangVinhCode, "Xã Quảng Vinh", levels[AdministrativeLevel.Commune], district, start, cancellationToken);

        var villages = new List<AdministrativeUnit>();
        string[] quangPhuVillages = ["Thôn Bác Vọng Đông", "Thôn Bác Vọng Tây", "Thôn Phú Lương A", "Thôn Đức Nhuận"];
        string[] quangVinhVillages = ["Thôn Sơn Tùng", "Thôn Cổ Tháp", "Thôn Nam Dương", "Thôn Thủy Lập"];
        for (var i = 0; i < quangPhuVillages.Length; i++)
        {
            villages.Add(await AddUnitAsync($"19909-{i + 1:00}", quangPhuVillages[i], levels[AdministrativeLevel.Village], quangPhu, start, cancellationToken));
        }

        for (var i = 0; i < quangVinhVillages.Length; i++)
        {
            villages.Add(await AddUnitAsync($"19912-{i + 1:00}", quangVinhVillages[i], levels[AdministrativeLevel.Village], quangVinh, start, cancellationToken));
        }

        var year = new VietnamClock(clock).Today().Year;
        foreach (var (unit, adults) in new[] { (quangPhu, 7_850), (quangVinh, 6_420) })
        {
            db.UnitYearProfiles.Add(new UnitYearProfile(unit.Id, year, adults));
        }

        var villageAdults = new[] { 1_960, 2_105, 1_870, 1_915, 1_540, 1_620, 1_700, 1_560 };
        for (var i = 0; i < villages.Count; i++)
        {
            db.UnitYearProfiles.Add(new UnitYearProfile(villages[i].Id, year, villageAdults[i]));
        }

        await db.SaveChangesAsync(cancellationToken);

        await AddAccountAsync("admin", "Quản trị hệ thống", PortalRole.SystemAdministrator, province, cancellationToken);
        await AddAccountAsync("phonggd", "Nguyễn Thị Hồng Nhung", PortalRole.DistrictOffice, district, cancellationToken);
        await AddAccountAsync("ubndxa", "Trần Văn Minh", PortalRole.CommuneOfficer, quangPhu, cancellationToken);
        await AddAccountAsync("chihoi", "Lê Thị Thu Hà", PortalRole.VillageBranch, villages[0], cancellationToken);
        await AddAccountAsync("chihoi2", "Hoàng Văn Bình", PortalRole.VillageBranch, villages[1], cancellationToken);
        await AddAccountAsync("ubndvinh", "Phạm Thị Thanh Lan", PortalRole.CommuneOfficer, quangVinh, cancellationToken);
        await AddAccountAsync("chihoivinh", "Đặng Văn Hùng", PortalRole.VillageBranch, villages[4], cancellationToken);
        await AddAccountAsync("xemhuyen", "Võ Thị Mai Anh", PortalRole.Viewer, district, cancellationToken);

        await AddCitizensAsync(villages[0], villages[1], year, cancellationToken);
        return true;
    }

    private async Task<AdministrativeUnit> AddUnitAsync(string code, string name, AdministrativeLevel level,
        AdministrativeUnit? parent, DateOnly validFrom, CancellationToken cancellationToken)
    {
        var unit = new AdministrativeUnit(code, name, level, parent, validFrom);
        db.AdministrativeUnits.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        unit.AssignPath();
        await db.SaveChangesAsync(cancellationToken);
        return unit;
    }

    /// <summary>A demo account with the demo password and one role over <paramref name="unit"/> since 2022.</summary>
    public async Task AddAccountAsync(string userName, string fullName, PortalRole role, AdministrativeUnit unit,
        CancellationToken cancellationToken)
    {
        var user = new ApplicationUser { UserName = userName, FullName = fullName, IsActive = true };
        // The password rules refuse the published demo password (PortalPasswordValidator): only this seed sets it.
        // One hash for every demo account: the hash does not depend on the account, and each costs a deliberately slow derivation.
        user.PasswordHash = _passwordHash ??= users.PasswordHasher.HashPassword(user, DemoPassword);
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        db.RoleAssignments.Add(new RoleAssignment(user.Id, role, unit.Id, new DateOnly(2022, 1, 1), null));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AddCitizensAsync(AdministrativeUnit village, AdministrativeUnit otherVillage, int year,
        CancellationToken cancellationToken)
    {
        var groups = await db.CitizenGroups.ToDictionaryAsync(g => g.Code, cancellationToken);
        var now = clock.GetUtcNow();
        var consent = new VietnamClock(clock).Today();
        (string Name, int BirthYear, Gender Gender, string Group, AdministrativeUnit Village)[] people =
        [
            ("Nguyễn Văn An", 1978, Gender.Male, "N1", village),
            ("Trần Thị Bích", 1985, Gender.Female, "N1", village),
            ("Lê Văn Cường", 1990, Gender.Male, "N2", village),
            ("Phạm Thị Dung", 1972, Gender.Female, "N3", village),
            ("Đặng Văn Em", 1995, Gender.Male, "N2", village),
            ("Võ Thị Giang", 1988, Gender.Female, "N1", otherVillage),
            ("Huỳnh Văn Hải", 1969, Gender.Male, "N1", otherVillage),
        ];

        foreach (var person in people)
        {
            var citizen = new Citizen(person.Name, null, person.BirthYear, person.Gender, groups[person.Group].Id,
                person.Village.Id, null, null);
            citizen.RecordConsent(consent, "chihoi");
            db.Citizens.Add(citizen);
            db.Registrations.Add(new CdhtRegistration(citizen, year, RegistrationChannel.Branch, "chihoi", now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
