using System.Globalization;
using LearningSociety.Domain;
using LearningSociety.Domain.Citizens;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Citizens;

/// <summary>
/// What the edit form changes of a citizen, as stored. The form carries the values it was opened with, so a save refused
/// because someone else saved first can tell their changes from the user's (<see cref="ConcurrentEdit"/>).
/// </summary>
public sealed record CitizenValues(string FullName, DateOnly? DateOfBirth, int BirthYear, Gender Gender, int GroupId, int VillageId,
    string? NationalId, string? Phone, DateOnly? ConsentDate)
{
    public static CitizenValues Of(Citizen citizen) => new(citizen.FullName, citizen.DateOfBirth, citizen.BirthYear, citizen.Gender,
        citizen.GroupId, citizen.VillageId, citizen.NationalId, citizen.Phone, citizen.ConsentDate);

    /// <summary>What a valid form says, written as the citizen would store it.</summary>
    public static CitizenValues Typed(CitizenInput input) => new(Citizen.NormalizeName(input.FullName), input.DateOfBirth,
        input.DateOfBirth?.Year ?? input.BirthYear!.Value, input.Gender!.Value, input.GroupId!.Value, input.VillageId!.Value,
        BlankAsNull(input.NationalId), BlankAsNull(input.Phone), input.Consent ? input.ConsentDate : null);

    /// <summary>The fields of the form, each as the page shows it in the form opened (<paramref name="loaded"/>), saved now and typed.</summary>
    public static IReadOnlyList<EditedField> Compare(CitizenValues? loaded, CitizenValues saved, CitizenValues typed,
        IReadOnlyDictionary<int, string> groupNames, IReadOnlyDictionary<int, string> villageNames)
    {
        return
        [
            Field(nameof(CitizenInput.FullName), "Họ và tên", v => v.FullName),
            Field(nameof(CitizenInput.DateOfBirth), "Ngày sinh", v => v.DateOfBirth is { } d ? VietnameseFormat.Date(d) : null),
            Field(nameof(CitizenInput.BirthYear), "Năm sinh", v => v.BirthYear.ToString(CultureInfo.InvariantCulture)),
            Field(nameof(CitizenInput.Gender), "Giới tính", v => v.Gender.Label()),
            Field(nameof(CitizenInput.GroupId), "Nhóm đối tượng", v => groupNames.GetValueOrDefault(v.GroupId)),
            Field(nameof(CitizenInput.VillageId), "Thôn, tổ dân phố", v => villageNames.GetValueOrDefault(v.VillageId)),
            Field(nameof(CitizenInput.NationalId), "Số CCCD", v => v.NationalId),
            Field(nameof(CitizenInput.Phone), "Điện thoại", v => v.Phone),
            Field(nameof(CitizenInput.ConsentDate), "Ngày đồng ý", v => v.ConsentDate is { } d ? VietnameseFormat.Date(d) : null),
        ];

        EditedField Field(string name, string label, Func<CitizenValues, string?> shown)
            => new(name, label, loaded is null ? null : shown(loaded), shown(saved), shown(typed), loaded is not null);
    }

    /// <summary>Puts the saved value of one field into the form.</summary>
    public void CopyTo(CitizenInput input, string field)
    {
        switch (field)
        {
            case nameof(CitizenInput.FullName): input.FullName = FullName; break;
            case nameof(CitizenInput.DateOfBirth): input.DateOfBirth = DateOfBirth; break;
            case nameof(CitizenInput.BirthYear): input.BirthYear = BirthYear; break;
            case nameof(CitizenInput.Gender): input.Gender = Gender; break;
            case nameof(CitizenInput.GroupId): input.GroupId = GroupId; break;
            case nameof(CitizenInput.VillageId): input.VillageId = VillageId; break;
            case nameof(CitizenInput.NationalId): input.NationalId = NationalId; break;
            case nameof(CitizenInput.Phone): input.Phone = Phone; break;
            case nameof(CitizenInput.ConsentDate):
                input.Consent = ConsentDate is not null;
                input.ConsentDate = ConsentDate ?? input.ConsentDate;
                break;
        }
    }

    private static string? BlankAsNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
