using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;

namespace LearningSociety.Domain.Citizens;

/// <summary>A person in a village's register. No ethnicity or religion is kept: the programme needs neither.</summary>
public sealed class Citizen
{
    private Citizen()
    {
        FullName = string.Empty;
    }

    public Citizen(string fullName, DateOnly? dateOfBirth, int birthYear, Gender gender, int groupId, int villageId,
        string? nationalId, string? phone)
    {
        FullName = string.Empty;
        Correct(fullName, dateOfBirth, birthYear, gender, groupId, villageId, nationalId, phone);
    }

    public int Id { get; private set; }

    public string FullName { get; private set; }

    /// <summary>The name's place in Vietnamese order (<see cref="PersonNameKey"/>), kept with every change of name.</summary>
    public string SortKey { get; private set; } = string.Empty;

    /// <summary>Full date when known; many older villagers only know their year of birth.</summary>
    public DateOnly? DateOfBirth { get; private set; }

    public int BirthYear { get; private set; }

    public Gender Gender { get; private set; }

    public int GroupId { get; private set; }

    public CitizenGroup Group { get; private set; } = null!;

    public int VillageId { get; private set; }

    public AdministrativeUnit Village { get; private set; } = null!;

    public string? NationalId { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>When the citizen agreed to their data being processed (required before scoring).</summary>
    public DateOnly? ConsentDate { get; private set; }

    public string? ConsentRecordedBy { get; private set; }

    public bool HasConsent => ConsentDate is not null;

    public void Correct(string fullName, DateOnly? dateOfBirth, int birthYear, Gender gender, int groupId, int villageId,
        string? nationalId, string? phone)
    {
        if (string.IsNullOrWhiteSpace(fullName))
        {
            throw new DomainException("Họ và tên không được để trống.", nameof(FullName));
        }

        if (dateOfBirth is not null && dateOfBirth.Value.Year != birthYear)
        {
            throw new DomainException("Năm sinh không khớp với ngày sinh.", nameof(BirthYear));
        }

        nationalId = string.IsNullOrWhiteSpace(nationalId) ? null : nationalId.Trim();
        if (nationalId is not null && NationalIdNumber.Validate(nationalId, gender, birthYear) is { } error)
        {
            throw new DomainException(error, nameof(NationalId));
        }

        FullName = NormalizeName(fullName);
        SortKey = PersonNameKey.For(FullName);
        DateOfBirth = dateOfBirth;
        BirthYear = birthYear;
        Gender = gender;
        GroupId = groupId;
        VillageId = villageId;
        NationalId = nationalId;
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
    }

    public void RecordConsent(DateOnly date, string recordedBy)
    {
        ConsentDate = date;
        ConsentRecordedBy = recordedBy;
    }

    /// <summary>Collapses any whitespace (tabs, non-breaking spaces from pasted text) and composes diacritics (NFC) so that the same name typed twice matches.</summary>
    public static string NormalizeName(string name)
        => string.Join(' ', name.Normalize(System.Text.NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
