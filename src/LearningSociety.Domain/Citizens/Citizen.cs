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

    /// <summary>The longest name kept (the column's length).</summary>
    public const int MaxNameLength = 150;

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

        fullName = NormalizeName(fullName);
        if (fullName.Length == 0)
        {
            throw new DomainException("Họ và tên không được để trống.", nameof(FullName));
        }

        if (fullName.Length > MaxNameLength)
        {
            throw new DomainException($"Họ và tên dài quá {MaxNameLength} ký tự.", nameof(FullName));
        }

        FullName = fullName;
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

    /// <summary>
    /// Collapses any whitespace (tabs, non-breaking spaces from pasted text), drops invisible characters (format and
    /// control characters: zero-width spaces, joiners, bidirectional overrides, byte-order marks), reads the Icelandic
    /// eth "Ð/ð" that keyboards and OCR produce for "Đ/đ" as the Vietnamese letter, and composes diacritics (NFC), so
    /// that the same name typed, pasted or imported twice is one name and cannot look like another.
    /// </summary>
    public static string NormalizeName(string name)
    {
        var visible = new System.Text.StringBuilder(name.Length);
        foreach (var c in name.Normalize(System.Text.NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            if (category is System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            visible.Append(category is System.Globalization.UnicodeCategory.Control && !char.IsWhiteSpace(c) ? ' '
                : c == '\u00D0' ? '\u0110'
                : c == '\u00F0' ? '\u0111'
                : c);
        }

        return string.Join(' ', visible.ToString().Normalize(System.Text.NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
