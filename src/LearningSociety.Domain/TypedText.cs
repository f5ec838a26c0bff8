namespace LearningSociety.Domain;

/// <summary>One line of text as the portal stores it, whoever typed, pasted or imported it.</summary>
public static class TypedText
{
    /// <summary>
    /// Drops invisible characters (format characters: zero-width spaces, joiners, bidirectional overrides, byte-order
    /// marks), reads control characters as spaces, collapses any whitespace (tabs, non-breaking spaces) to one space and
    /// composes diacritics (NFC), so the same words typed twice are one text and cannot look like another.
    /// </summary>
    public static string Line(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var visible = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            if (category is System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            visible.Append(category is System.Globalization.UnicodeCategory.Control && !char.IsWhiteSpace(c) ? ' ' : c);
        }

        return string.Join(' ', visible.ToString().Normalize(System.Text.NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
