using System.Globalization;
using System.Text;
using LearningSociety.Domain.Citizens;

namespace LearningSociety.Web.Tests.Citizens;

/// <summary>
/// Generated Vietnamese names as a register holds them (normalized): family, middle and given names from lists or made
/// up of Vietnamese syllables with tones, some all lower or upper case, and a fifth near twins of an earlier name
/// (another tone, another case, another family name, a given name one letter longer).
/// </summary>
internal static class VietnameseNames
{
    private static readonly string[] FamilyNames =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Âu", "Ông",
            "Ưng", "Ấu", "Đào", "Đoàn", "Cao", "Tô", "Tôn", "Từ", "Mai", "Lâm", "Lương", "Lưu"];

    private static readonly string[] MiddleNames =
        ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Xuân", "Quốc", "Gia", "Thuỳ", "Thùy", "Kim", "Bảo", "Hoài", "Ánh", "Công"];

    private static readonly string[] GivenNames =
        ["An", "Ân", "Ấn", "Án", "Ẩn", "Anh", "Ánh", "Ảnh", "Bình", "Bính", "Cường", "Dũng", "Dung", "Dụng", "Đông", "Đồng", "Hòa", "Hoà", "Hoa",
            "Hóa", "Hạ", "Hà", "Hả", "Hã", "Há", "Ha", "Ư", "Ưng", "Yến", "Ý", "Y", "Ơn", "Ôn", "On", "Em", "Êm", "Giang", "Gia", "Tùng", "Tuấn",
            "Tuân", "Uyên", "Uyển", "Vân", "Văn", "Vàn", "Xuân", "Yên", "Ðức", "Đức", "Duc"];

    private static readonly string[] Onsets =
        ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"];

    private static readonly string[] Nuclei =
        ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe",
            "oi", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "ươ", "ưu", "uy", "yê"];

    private static readonly string[] Codas = ["", "", "", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

    // Huyền, hỏi, ngã, sắc, nặng.
    private static readonly string[] ToneMarks = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];

    public static List<string> Generate(Random random, int count)
    {
        var names = new List<string>(count);
        while (names.Count < count)
        {
            // A fifth are near twins of an earlier name: another tone, another case, another family name, a longer given name.
            var name = names.Count > 10 && random.Next(5) == 0 ? Twin(random, names[random.Next(names.Count)]) : NewName(random);
            names.Add(Citizen.NormalizeName(name));
        }

        return names;
    }

    private static string NewName(Random random)
    {
        var words = new List<string> { Word(random, FamilyNames) };
        for (var i = random.Next(3); i > 0; i--)
        {
            words.Add(Word(random, MiddleNames));
        }

        words.Add(Word(random, GivenNames));
        var name = string.Join(' ', random.Next(10) == 0 ? words.TakeLast(1) : words);
        return random.Next(20) switch
        {
            0 => name.ToLowerInvariant(),
            1 => name.ToUpperInvariant(),
            2 => new string(name.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray()),
            _ => name,
        };
    }

    /// <summary>A word from the list, or half the time a made-up syllable (onset, vowels with a tone, final consonant).</summary>
    private static string Word(Random random, string[] list)
    {
        if (random.Next(2) == 0)
        {
            return list[random.Next(list.Length)];
        }

        var nucleus = Nuclei[random.Next(Nuclei.Length)];
        var tone = random.Next(ToneMarks.Length + 1);
        if (tone > 0)
        {
            var at = random.Next(nucleus.Length);
            nucleus = (nucleus[..(at + 1)] + ToneMarks[tone - 1] + nucleus[(at + 1)..]).Normalize(NormalizationForm.FormC);
        }

        var syllable = Onsets[random.Next(Onsets.Length)] + nucleus + Codas[random.Next(Codas.Length)];
        return char.ToUpperInvariant(syllable[0]) + syllable[1..];
    }

    private static string Twin(Random random, string name)
    {
        switch (random.Next(5))
        {
            case 0:
                // Another tone on one vowel (or none).
                var decomposed = name.Normalize(NormalizationForm.FormD).Where(c => !ToneMarks.Contains(c.ToString())).ToList();
                var vowels = decomposed.Select((c, i) => (c, i)).Where(x => "aeiouyAEIOUY".Contains(x.c)).Select(x => x.i).ToList();
                if (vowels.Count > 0 && random.Next(4) > 0)
                {
                    // After the vowel's own marks (the circumflex of â, the horn of ư), as a typed tone goes.
                    var at = vowels[random.Next(vowels.Count)] + 1;
                    while (at < decomposed.Count && char.GetUnicodeCategory(decomposed[at]) == UnicodeCategory.NonSpacingMark)
                    {
                        at++;
                    }

                    decomposed.Insert(at, ToneMarks[random.Next(ToneMarks.Length)][0]);
                }

                return new string(decomposed.ToArray()).Normalize(NormalizationForm.FormC);
            case 1:
                var i2 = random.Next(name.Length);
                return name[..i2] + (char.IsUpper(name[i2]) ? char.ToLowerInvariant(name[i2]) : char.ToUpperInvariant(name[i2])) + name[(i2 + 1)..];
            case 2:
                var space = name.IndexOf(' ', StringComparison.Ordinal);
                return Word(random, FamilyNames) + (space < 0 ? " " + name : name[space..]);
            case 3:
                return name + (random.Next(2) == 0 ? "h" : "g");
            default:
                var last = name.LastIndexOf(' ');
                return (last < 0 ? string.Empty : name[..(last + 1)]) + Word(random, GivenNames);
        }
    }
}
