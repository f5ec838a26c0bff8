using System.Globalization;
using System.Text;

namespace LearningSociety.Domain.Citizens;

/// <summary>
/// A sort key for a person's name that orders, byte by byte, the way a Vietnamese reader orders names: by the given
/// name (the last word) first, then the whole name; letters in the Vietnamese alphabet (a ă â b c d đ e ê …), tones only
/// breaking ties. Stored with the citizen and indexed, so a page of the register in name order is an index range in
/// any database (the column uses a binary collation).
/// </summary>
public static class PersonNameKey
{
    public const int MaxLength = 400;

    // The Vietnamese alphabet with the Latin letters it does not use, in collation order.
    private const string Alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

    // Tone marks in the order Vietnamese dictionaries use: none, huyền, hỏi, ngã, sắc, nặng.
    private static readonly char[] Tones = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

    /// <summary>Separates the parts of the key; lower than every character a part holds.</summary>
    private const char PartSeparator = ' ';

    /// <summary>A space inside the whole name: above the separator, below every letter.</summary>
    private const char WordSeparator = '!';

    public static string For(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var words = fullName.Trim().ToLower(CultureInfo.InvariantCulture).Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var given = words.Length == 0 ? string.Empty : words[^1];
        var whole = string.Join(' ', words);
        var key = new StringBuilder(Primary(given)).Append(PartSeparator).Append(Primary(whole))
            .Append(PartSeparator).Append(Secondary(given)).Append(PartSeparator).Append(Secondary(whole)).ToString();
        return key.Length <= MaxLength ? key : key[..MaxLength];
    }

    private static string Primary(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var (letter, _) = Split(c);
            var index = Alphabet.IndexOf(letter, StringComparison.Ordinal);
            result.Append(c == ' ' ? WordSeparator
                : index >= 0 ? (char)('A' + index)
                : char.IsAsciiDigit(letter) ? letter
                : '~');
        }

        return result.ToString();
    }

    private static string Secondary(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c == ' ' ? WordSeparator : (char)('0' + Split(c).Tone));
        }

        return result.ToString();
    }

    /// <summary>A composed letter as its base letter (keeping ă â đ ê ô ơ ư, which are letters of their own) and its tone.</summary>
    private static (char Letter, int Tone) Split(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var tone = 0;
        var letter = new StringBuilder();
        foreach (var part in decomposed)
        {
            var t = Array.IndexOf(Tones, part);
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
