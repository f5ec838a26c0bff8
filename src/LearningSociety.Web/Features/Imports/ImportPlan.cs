using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Imports.Framework;

namespace LearningSociety.Web.Features.Imports;

/// <summary>What an import did (or, before it is applied, will do).</summary>
public sealed record ImportSummary(
    int Rows,
    int CitizensAdded,
    int CitizensUpdated,
    int CitizensUnchanged,
    int RegistrationsAdded,
    int RegistrationsUpdated,
    int RegistrationsUnchanged,
    int CardsAppraised,
    int CardsPassed)
{
    public bool HasChanges => CitizensAdded + CitizensUpdated + RegistrationsAdded + RegistrationsUpdated > 0;
}

/// <summary>
/// The outcome of <see cref="CitizenImporter.ValidateAsync"/>: every error of the file, or, when there is
/// none, the changes ready to be saved by <see cref="CitizenImporter.ApplyAsync"/>. Existing citizens and
/// cards are already changed in memory (through their domain methods) in the importer's DbContext, so
/// the plan can only be applied by the importer instance that made it.
/// </summary>
public sealed class ImportPlan
{
    internal ImportPlan(IReadOnlyList<ImportError> errors, ImportSummary summary, AppDbContext? context,
        IReadOnlyList<Citizen> newCitizens, IReadOnlyList<CdhtRegistration> newRegistrations, string actor)
    {
        Errors = errors;
        Summary = summary;
        Context = context;
        NewCitizens = newCitizens;
        NewRegistrations = newRegistrations;
        Actor = actor;
    }

    public IReadOnlyList<ImportError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    public ImportSummary Summary { get; }

    internal AppDbContext? Context { get; }

    internal IReadOnlyList<Citizen> NewCitizens { get; }

    internal IReadOnlyList<CdhtRegistration> NewRegistrations { get; }

    internal string Actor { get; }

    internal bool Applied { get; set; }

    internal static ImportPlan Rejected(IReadOnlyList<ImportError> errors, int rows)
        => new(errors, new ImportSummary(rows, 0, 0, 0, 0, 0, 0, 0, 0), null, [], [], string.Empty);
}

/// <summary>A village the user may import into, with its commune for the template's list.</summary>
public sealed record ImportVillage(int Id, string Code, string Name, string Path, int? CommuneId, string CommuneName);

/// <summary>A citizen group as the template lists it: "1" → Nhóm 1.</summary>
public sealed record ImportGroup(int Id, string Code, string Name, string Description)
{
    /// <summary>What a person types in the "Nhóm" column: the digit of N1/N2/N3.</summary>
    public string Number => Code.StartsWith('N') ? Code[1..] : Code;
}
