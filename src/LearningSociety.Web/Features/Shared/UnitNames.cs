using System.Globalization;
using System.Text;

namespace LearningSociety.Web.Features.Shared;

/// <summary>How unit names appear in administrative documents: "UBND XÃ QUẢNG PHÚ", "Quảng Phú, ngày …", "xã Quảng Phú".</summary>
public static class UnitNames
{
    private static readonly string[] LevelWords =
    [
        "Tổ dân phố", "Thành phố", "Thị trấn", "Thị xã", "Phường", "Huyện", "Quận", "Tỉnh", "Thôn", "Xóm", "Bản", "Ấp", "Xã",
    ];

    /// <summary>Upper case as Vietnamese writes it ("Đức" → "ĐỨC").</summary>
    public static string Upper(string text) => text.ToUpper(VietnameseText.Culture);

    /// <summary>The name without its level word: "Xã Quảng Phú" → "Quảng Phú", for the place in the date line.</summary>
    public static string Place(string unitName)
        => LevelWord(unitName) is { } word ? unitName[word.Length..].Trim() : unitName;

    /// <summary>The name inside a sentence: the level word in lower case, "xã Quảng Phú".</summary>
    public static string InText(string unitName)
        => LevelWord(unitName) is { } word ? word.ToLower(VietnameseText.Culture) + unitName[word.Length..] : unitName;

    /// <summary>Vietnamese letters without diacritics, for the plain-ASCII file name older browsers use.</summary>
    public static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                    break;
                default:
                    builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c < 128 ? c : '_' });
                    break;
            }
        }

        return builder.ToString();
    }

    private static string? LevelWord(string unitName)
        => LevelWords.FirstOrDefault(w => unitName.StartsWith(w + " ", StringComparison.OrdinalIgnoreCase));
}
