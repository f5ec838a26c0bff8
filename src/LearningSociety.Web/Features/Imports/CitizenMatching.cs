using LearningSociety.Domain.Citizens;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Imports.Framework;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Imports;

/// <summary>
/// Matching the file's rows to the citizens on record: on CCCD, else on name + village + year of birth (told apart
/// by the date of birth or the CCCD), so importing the same file twice changes nothing. A file holds one row per citizen
/// and year: rows of one person in other years are tied to the person's first row (<see cref="SamePerson"/>), and a row
/// that repeats a person's year already in the file is reported at its cell.
/// </summary>
internal sealed class CitizenMatching(IReadOnlyList<CitizenSheetRow> rows, ExistingCitizens existing, ImportErrorList errors)
{
    private readonly Dictionary<CitizenSheetRow, Citizen> _matches = [];

    /// <summary>A row of a person whose first row in the file comes earlier (another year): that first row.</summary>
    public Dictionary<CitizenSheetRow, CitizenSheetRow> SamePerson { get; } = [];

    private readonly Dictionary<CitizenSheetRow, List<CitizenSheetRow>> _years = [];

    private static bool SameYear(CitizenSheetRow a, CitizenSheetRow b) => a.Year is null || b.Year is null || a.Year == b.Year;

    private CitizenSheetRow FirstOf(CitizenSheetRow row) => SamePerson.TryGetValue(row, out var first) ? first : row;

    /// <summary>Ties <paramref name="row"/> to the person of <paramref name="other"/> unless both are the same year (an error).</summary>
    private bool TieOrRefuse(CitizenSheetRow row, CitizenSheetRow other, int column, string message)
    {
        var first = FirstOf(other);
        if (!_years.TryGetValue(first, out var personRows))
        {
            _years[first] = personRows = [first];
        }

        var sameYear = personRows.FirstOrDefault(r => SameYear(r, row));
        if (sameYear is not null)
        {
            errors.Add(row.Number, column, message.Replace("{row}", sameYear.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return false;
        }

        SamePerson[row] = first;
        personRows.Add(row);
        return true;
    }

    /// <summary>Finds each row's existing citizen and reports rows that repeat a person already in the file.</summary>
    public IReadOnlyDictionary<CitizenSheetRow, Citizen> Match()
    {
        var rowsByNationalId = new Dictionary<string, CitizenSheetRow>(StringComparer.Ordinal);
        var rowsByName = new Dictionary<(string, int, int), List<CitizenSheetRow>>();
        var rowsByCitizen = new Dictionary<int, CitizenSheetRow>();

        foreach (var row in rows)
        {
            if (row.NationalId is { } id)
            {
                if (rowsByNationalId.TryGetValue(id, out var first))
                {
                    // The same person in another year: one row per citizen and year.
                    TieOrRefuse(row, first, ImportColumns.NationalId, "Số CCCD trùng với dòng {row} cùng năm: mỗi công dân chỉ ghi một dòng cho mỗi năm.");
                    continue;
                }

                rowsByNationalId[id] = row;
                if (existing.ForeignNationalIds.Contains(id))
                {
                    errors.Add(row.Number, ImportColumns.NationalId, Citizens.NationalIdMessages.AlreadyRegistered);
                    continue;
                }
            }

            if (row.NameKey is null || row.Village is null || row.BirthYear is null)
            {
                continue;
            }

            var nameKey = (row.NameKey, row.Village.Id, row.BirthYear.Value);
            if (!rowsByName.TryGetValue(nameKey, out var sameName))
            {
                rowsByName[nameKey] = sameName = [];
            }

            // Two rows are the same person unless their birth dates or CCCD numbers tell them apart.
            var twin = sameName.FirstOrDefault(other =>
                (other.DateOfBirth is null || row.DateOfBirth is null || other.DateOfBirth == row.DateOfBirth)
                && (other.NationalId is null || row.NationalId is null || other.NationalId == row.NationalId));
            sameName.Add(row);
            if (twin is not null)
            {
                TieOrRefuse(row, twin, ImportColumns.FullName,
                    "Trùng với dòng {row} (cùng họ tên, ngày/năm sinh, thôn và năm): mỗi công dân chỉ ghi một dòng cho mỗi năm.");
                continue;
            }

            var match = FindExisting(row, nameKey);
            if (match is null)
            {
                continue;
            }

            if (rowsByCitizen.TryGetValue(match.Id, out var claimedBy))
            {
                TieOrRefuse(row, claimedBy, ImportColumns.FullName, "Dòng này và dòng {row} cùng là một công dân đã có trong hệ thống, cùng năm.");
                continue;
            }

            rowsByCitizen[match.Id] = row;
            _matches[row] = match;
        }

        return _matches;
    }

    private Citizen? FindExisting(CitizenSheetRow row, (string, int, int) nameKey)
    {
        if (row.NationalId is not null && existing.ByNationalId.TryGetValue(row.NationalId, out var byId))
        {
            return byId;
        }

        if (!existing.ByName.TryGetValue(nameKey, out var sameName))
        {
            return null;
        }

        // A different CCCD or birth date on record means a different person with the same name.
        var candidates = sameName
            .Where(c => row.NationalId is null || c.NationalId is null)
            .Where(c => row.DateOfBirth is null || c.DateOfBirth is null || c.DateOfBirth == row.DateOfBirth)
            .ToList();
        if (candidates.Count > 1 && row.DateOfBirth is not null)
        {
            candidates = candidates.Where(c => c.DateOfBirth == row.DateOfBirth).ToList();
        }

        switch (candidates.Count)
        {
            case 0:
                return null;
            case 1:
                return candidates[0];
            default:
                errors.Add(row.Number, ImportColumns.FullName,
                    $"Thôn đã có {candidates.Count} công dân cùng họ tên và năm sinh; hãy ghi Số CCCD hoặc Ngày sinh để phân biệt.");
                return null;
        }
    }
}

/// <summary>Existing citizens indexed the two ways rows match them.</summary>
internal sealed class ExistingCitizens
{
    /// <summary>
    /// Loads the existing citizens the rows may match, once: everyone in the villages named by the file, plus
    /// whoever holds one of the file's CCCD numbers anywhere (a number held outside the user's villages is an error).
    /// Untracked: the importer attaches the ones rows match.
    /// </summary>
    public static async Task<ExistingCitizens> LoadAsync(AppDbContext db, IReadOnlyList<CitizenSheetRow> rows, VillageDirectory villages,
        CancellationToken cancellationToken)
    {
        var result = new ExistingCitizens();
        var villageIds = rows.Where(r => r.Village is not null).Select(r => r.Village!.Id).Distinct().ToList();
        foreach (var chunk in villageIds.Chunk(CitizenImporter.ChunkSize))
        {
            result.AddRange(await db.Citizens.AsNoTracking().Where(c => chunk.Contains(c.VillageId)).ToListAsync(cancellationToken));
        }

        var allowed = villages.All.Select(v => v.Id).ToHashSet();
        var ids = rows.Where(r => r.NationalId is not null).Select(r => r.NationalId!)
            .Where(id => !result.ByNationalId.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in ids.Chunk(CitizenImporter.ChunkSize))
        {
            var holders = await db.Citizens.AsNoTracking().Where(c => c.NationalId != null && chunk.Contains(c.NationalId)).ToListAsync(cancellationToken);
            foreach (var holder in holders)
            {
                if (allowed.Contains(holder.VillageId))
                {
                    result.Add(holder);
                }
                else
                {
                    result.ForeignNationalIds.Add(holder.NationalId!);
                }
            }
        }

        return result;
    }

    public Dictionary<string, Citizen> ByNationalId { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Name, int VillageId, int BirthYear), List<Citizen>> ByName { get; } = [];

    /// <summary>CCCD numbers held by citizens outside the user's villages.</summary>
    public HashSet<string> ForeignNationalIds { get; } = new(StringComparer.Ordinal);

    private readonly HashSet<int> _ids = [];

    public void AddRange(IEnumerable<Citizen> citizens)
    {
        foreach (var citizen in citizens)
        {
            Add(citizen);
        }
    }

    public void Add(Citizen citizen)
    {
        if (!_ids.Add(citizen.Id))
        {
            return;
        }

        if (citizen.NationalId is not null)
        {
            ByNationalId[citizen.NationalId] = citizen;
        }

        var key = (CitizenSheetRow.MatchKey(citizen.FullName), citizen.VillageId, citizen.BirthYear);
        if (!ByName.TryGetValue(key, out var list))
        {
            ByName[key] = list = [];
        }

        list.Add(citizen);
    }
}
