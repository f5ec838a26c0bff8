namespace LearningSociety.Domain.Citizens;

/// <summary>
/// The 12-digit citizen identity number (số CCCD / định danh cá nhân). Digits 1–3 are the province of
/// birth registration, digit 4 encodes gender and century, digits 5–6 the last two digits of the birth year.
/// </summary>
public static class NationalIdNumber
{
    public const int Length = 12;

    /// <summary>Returns a Vietnamese error, or null when the number is well formed and agrees with the person.</summary>
    public static string? Validate(string value, Gender? gender, int? birthYear)
    {
        if (value.Length != Length || !value.All(char.IsAsciiDigit))
        {
            return "Số CCCD phải gồm đúng 12 chữ số.";
        }

        var province = int.Parse(value.AsSpan(0, 3));
        if (province is < 1 or > 96)
        {
            return "Ba chữ số đầu của số CCCD (mã tỉnh) không hợp lệ.";
        }

        var centuryGender = value[3] - '0';
        if (gender is not null && centuryGender % 2 != (gender == Gender.Male ? 0 : 1))
        {
            return "Chữ số thứ 4 của số CCCD không khớp với giới tính.";
        }

        if (birthYear is not null)
        {
            var century = 1900 + (centuryGender / 2 * 100);
            var yearFromId = century + int.Parse(value.AsSpan(4, 2));
            if (yearFromId != birthYear)
            {
                return "Chữ số thứ 4–6 của số CCCD không khớp với năm sinh.";
            }
        }

        return null;
    }

    /// <summary>Shows only the last four digits, as lists are read over shoulders in village offices.</summary>
    public static string Mask(string? value) => value switch
    {
        null or "" => string.Empty,
        { Length: <= 4 } => new string('•', value.Length),
        _ => new string('•', value.Length - 4) + value[^4..],
    };
}
