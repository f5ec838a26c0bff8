using System.Text;

namespace LearningSociety.Domain.Citizens;

/// <summary>
/// A sort key for a person's name that orders, byte by byte, the way a Vietnamese reader orders names: by the given
/// name (the last word) first, then the whole name; letters in the Vietnamese alphabet (a ă â b c d đ e ê …), tones only
/// breaking ties, then lower case before upper case. Stored with the citizen and indexed, so a page of the register in
/// name order is an index range in any database (the column uses a binary collation).
/// </summary>
/// <remarks>
/// The key spells out what the vi-VN collation (ICU, behind the portal's <c>VietnameseText.PersonName</c>) compares, level
/// by level: the given name's letters, tones and case, then the whole name's letters, tones and case. Each level is
/// closed by a separator lower than any character a level holds, so a shorter name sorts first, as in the collation;
/// two names equal at one level have levels of equal length, so the next level starts at the same place in both keys.
/// Deliberate deviations, which Vietnamese names do not meet: a letter outside the Vietnamese alphabet (ç, ñ, ß, other
/// scripts; not ð, which is d to the collation) sorts after z as one letter; punctuation, symbols and combining marks
/// that compose with no letter sort between the space and the digits as one character; a key longer than
/// <see cref="MaxLength"/> (a name of more than about 120 characters) is cut, so two such names that differ only past
/// the cut tie, and the register orders them by id.
/// </remarks>
public static class PersonNameKey
{
    public const int MaxLength = 400;

    // The Vietnamese alphabet with the Latin letters it does not use, in collation order.
    private const string Alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

    // Tone marks in the order of the vi-VN collation (and Vietnamese dictionaries): none, huyền, hỏi, ngã, sắc, nặng.
    private const string Tones = "\u0300\u0309\u0303\u0301\u0323";

    /// <summary>Separates the levels of the key; lower than every character a level holds.</summary>
    private const char LevelSeparator = ' ';

    /// <summary>A space inside the whole name: above the separator, below every letter (as the collation puts it).</summary>
    private const char WordSeparator = '!';

    /// <summary>Any punctuation or symbol: after the space, before the digits.</summary>
    private const char Punctuation = '"';

    /// <summary>The eth (ð), which the collation reads as d with a mark after every tone.</summary>
    private const char Eth = '\u00F0';

    private const char EthMark = '6';

    /// <summary>A letter outside the Vietnamese alphabet: after z.</summary>
    private const char OtherLetter = '~';

    public static string For(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        // The name as the register stores it (Citizen.NormalizeName), so a name as typed and as stored share one key.
        var words = Citizen.NormalizeName(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var given = words.Length == 0 ? string.Empty : words[^1];
        var whole = string.Join(' ', words);

        var key = new StringBuilder(3 * (given.Length + whole.Length) + 5);
        AppendLevels(key, given);
        key.Append(LevelSeparator);
        AppendLevels(key, whole);
        return key.Length <= MaxLength ? key.ToString() : key.ToString(0, MaxLength);
    }

    /// <summary>Letters, tones and case of the text, each level closed by a separator except the last.</summary>
    private static void AppendLevels(StringBuilder key, string text)
    {
        var characters = text.Select(Describe).ToList();
        foreach (var c in characters)
        {
            key.Append(c.Primary);
        }

        key.Append(LevelSeparator);
        foreach (var c in characters)
        {
            key.Append(c.Tone);
        }

        key.Append(LevelSeparator);
        foreach (var c in characters)
        {
            key.Append(c.Case);
        }
    }

    private static (char Primary, char Tone, char Case) Describe(char c)
    {
        if (c == ' ')
        {
            return (WordSeparator, WordSeparator, WordSeparator);
        }

        var lower = char.ToLowerInvariant(c);
        var caseMark = lower == c ? '0' : '1';
        var (letter, tone) = Split(lower);
        if (letter == Eth)
        {
            // ð (Ð typed for Đ, as legacy fonts did) is d to the collation, with a mark above every tone.
            return ((char)('A' + Alphabet.IndexOf('d', StringComparison.Ordinal)), EthMark, caseMark);
        }

        var index = Alphabet.IndexOf(letter, StringComparison.Ordinal);
        var primary = index >= 0 ? (char)('A' + index)
            : char.IsAsciiDigit(letter) ? letter
            : char.IsLetter(letter) ? OtherLetter
            : Punctuation;
        return (primary, (char)('0' + tone), caseMark);
    }

    /// <summary>A composed letter as its base letter (keeping ă â đ ê ô ơ ư, which are letters of their own) and its tone (0 for none).</summary>
    private static (char Letter, int Tone) Split(char c)
    {
        // ASCII needs no decomposing; half a surrogate pair cannot be normalized alone.
        if (c < '\u0080' || char.IsSurrogate(c))
        {
            return (c, 0);
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var tone = 0;
        var letter = new StringBuilder(decomposed.Length);
        foreach (var part in decomposed)
        {
            var t = Tones.IndexOf(part, StringComparison.Ordinal);
            if (t >= 0)
            {
                tone = t + 1;
            }
            else
            {
                letter.Append(part);
            }
        }

        var composed = letter.ToString().Normalize(NormalizationForm.FormC);
        return (composed.Length == 1 ? composed[0] : c, tone);
    }
}
