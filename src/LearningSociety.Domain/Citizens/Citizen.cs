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

    /// <summary>
    /// Renewed by every change, so that a save made from a form opened before someone else's save is refused instead of
    /// silently undoing it (the edit form carries the stamp it was opened with).
    /// </summary>
    public Guid ConcurrencyStamp { get; private set; }

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
        if (NameProblem(fullName) is { } problem)
        {
            throw new DomainException(problem, nameof(FullName));
        }

        phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        if (fullName == FullName && dateOfBirth == DateOfBirth && birthYear == BirthYear && gender == Gender && groupId == GroupId
            && villageId == VillageId && nationalId == NationalId && phone == Phone)
        {
            return;
        }

        FullName = fullName;
        SortKey = PersonNameKey.For(FullName);
        DateOfBirth = dateOfBirth;
        BirthYear = birthYear;
        Gender = gender;
        GroupId = groupId;
        VillageId = villageId;
        NationalId = nationalId;
        Phone = phone;
        Touch();
    }

    /// <summary>
    /// Records the citizen's consent. Given <paramref name="today"/>, a date after it or before the citizen's 15th birthday
    /// (the programme's age; with only a birth year, 1 January of the year they turn 15) is refused. Without it nothing is
    /// checked: the Excel import checks its consent cells itself and calls this without a date for now.
    /// </summary>
    /// <exception cref="DomainException">The date is out of those bounds (field <see cref="ConsentDate"/>).</exception>
    public void RecordConsent(DateOnly date, string recordedBy, DateOnly? today = null)
    {
        if (today is { } now && ConsentDateProblem(date, DateOfBirth, BirthYear, now) is { } problem)
        {
            throw new DomainException(problem, nameof(ConsentDate));
        }

        ConsentDate = date;
        ConsentRecordedBy = recordedBy;
        Touch();
    }

    /// <summary>The day a citizen born then turns 15: the earliest day they can consent.</summary>
    public static DateOnly FifteenthBirthday(DateOnly? dateOfBirth, int birthYear)
        => dateOfBirth?.AddYears(15) ?? new DateOnly(Math.Clamp(birthYear + 15, 1, 9999), 1, 1);

    /// <summary>Why a consent date cannot be recorded for a citizen born then, or null when it can.</summary>
    public static string? ConsentDateProblem(DateOnly consent, DateOnly? dateOfBirth, int birthYear, DateOnly today)
    {
        if (consent > today)
        {
            return "Ngày đồng ý không được sau ngày hôm nay.";
        }

        var earliest = FifteenthBirthday(dateOfBirth, birthYear);
        return consent < earliest
            ? $"Ngày đồng ý không được trước ngày công dân đủ 15 tuổi ({VietnameseFormat.Date(earliest)})."
            : null;
    }

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();

    /// <summary>
    /// Why a name (as <see cref="NormalizeName"/> leaves it) cannot be stored, or null when it can: empty, too long, without
    /// a letter, with a character that stands for one that could not be read (U+FFFD, a lone surrogate, a private or
    /// unassigned code point), or beginning with a sign a spreadsheet reads as a formula when the list is exported.
    /// </summary>
    public static string? NameProblem(string normalizedName)
    {
        if (normalizedName.Length == 0)
        {
            return "Họ và tên không được để trống.";
        }

        if (normalizedName.Length > MaxNameLength)
        {
            return $"Họ và tên dài quá {MaxNameLength} ký tự.";
        }

        if (normalizedName[0] is '=' or '+' or '-' or '@')
        {
            return "Họ và tên không được bắt đầu bằng dấu =, +, - hoặc @.";
        }

        foreach (var rune in normalizedName.EnumerateRunes())
        {
            if (rune == System.Text.Rune.ReplacementChar || System.Text.Rune.GetUnicodeCategory(rune)
                    is System.Globalization.UnicodeCategory.PrivateUse or System.Globalization.UnicodeCategory.OtherNotAssigned
                    or System.Globalization.UnicodeCategory.Surrogate)
            {
                return "Họ và tên có ký tự không đọc được (�); vui lòng gõ lại.";
            }
        }

        return normalizedName.Any(char.IsLetter) ? null : "Họ và tên phải có chữ cái.";
    }

    /// <summary>
    /// Collapses any whitespace (tabs, non-breaking spaces from pasted text), drops invisible characters (format and
    /// control characters: zero-width spaces, joiners, bidirectional overrides, byte-order marks), reads the Icelandic
    /// eth "Ð/ð" that keyboards and OCR produce for "Đ/đ" as the Vietnamese letter, and composes diacritics (NFC), so
    /// that the same name typed, pasted or imported twice is one name and cannot look like another.
    /// </summary>
    public static string NormalizeName(string name) => TypedText.Line(name.Replace('\u00D0', '\u0110').Replace('\u00F0', '\u0111'));
}
