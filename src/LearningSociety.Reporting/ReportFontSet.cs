using SkiaSharp;

namespace LearningSociety.Reporting;

/// <summary>The serif typefaces for PDF output, found by family through the operating system's font manager.</summary>
public sealed class ReportFontSet
{
    /// <summary>Families tried in order: Times New Roman (Windows), its metric clone Liberation Serif, then DejaVu Serif.</summary>
    public static IReadOnlyList<string> PreferredFamilies { get; } = ["Times New Roman", "Liberation Serif", "DejaVu Serif"];

    /// <summary>Characters every face must have; fonts without Vietnamese draw them as boxes.</summary>
    public const string VietnameseProbe = "ỆỮỰđệữựĐăâêôơưẠẶẪỹ";

    private ReportFontSet(string familyName, SKTypeface regular, SKTypeface bold, SKTypeface italic, SKTypeface boldItalic)
    {
        FamilyName = familyName;
        Regular = regular;
        Bold = bold;
        Italic = italic;
        BoldItalic = boldItalic;
    }

    /// <summary>The family the font manager actually returned (fontconfig maps Times New Roman to Liberation Serif).</summary>
    public string FamilyName { get; }

    /// <summary>Upright regular face.</summary>
    public SKTypeface Regular { get; }

    /// <summary>Bold face.</summary>
    public SKTypeface Bold { get; }

    /// <summary>Italic face.</summary>
    public SKTypeface Italic { get; }

    /// <summary>Bold italic face, or the bold face when the family has none.</summary>
    public SKTypeface BoldItalic { get; }

    /// <summary>
    /// The same faces cut down to the glyphs of <paramref name="textByStyle"/> (see <see cref="TrueTypeSubset"/>), for
    /// embedding in a PDF; a face that cannot be cut (a collection, CFF outlines) is kept whole. The caller disposes
    /// the result's new faces through <see cref="ReleaseSubset"/>.
    /// </summary>
    internal ReportFontSet Subset(IReadOnlyDictionary<TextStyle, string> textByStyle)
    {
        var faces = new Dictionary<SKTypeface, SKTypeface>(ReferenceEqualityComparer.Instance);
        var glyphs = new Dictionary<SKTypeface, HashSet<ushort>>(ReferenceEqualityComparer.Instance);
        foreach (var (style, text) in textByStyle)
        {
            var face = Face(style);
            if (!glyphs.TryGetValue(face, out var set))
            {
                glyphs[face] = set = [];
            }

            set.UnionWith(face.GetGlyphs(text));
        }

        SKTypeface Cut(SKTypeface face)
        {
            if (faces.TryGetValue(face, out var cut))
            {
                return cut;
            }

            cut = face;
            using var stream = face.OpenStream(out var collectionIndex);
            if (stream is not null && collectionIndex == 0 && glyphs.TryGetValue(face, out var used))
            {
                var bytes = new byte[stream.Length];
                if (stream.Read(bytes, bytes.Length) == bytes.Length && TrueTypeSubset.Keep(bytes, used) is { } subset)
                {
                    cut = SKTypeface.FromData(SKData.CreateCopy(subset)) ?? face;
                }
            }

            faces[face] = cut;
            return cut;
        }

        return new ReportFontSet(FamilyName, Cut(Regular), Cut(Bold), Cut(Italic), Cut(BoldItalic)) { isSubsetOf = this };
    }

    private ReportFontSet? isSubsetOf;

    /// <summary>Disposes the faces <see cref="Subset"/> made, leaving the shared system faces alone.</summary>
    internal void ReleaseSubset()
    {
        if (isSubsetOf is not { } whole)
        {
            return;
        }

        SKTypeface[] mine = [Regular, Bold, Italic, BoldItalic];
        SKTypeface[] shared = [whole.Regular, whole.Bold, whole.Italic, whole.BoldItalic];
        foreach (var face in mine.Distinct(ReferenceEqualityComparer.Instance).Cast<SKTypeface>().Where(f => !shared.Contains(f)))
        {
            face.Dispose();
        }
    }

    internal SKTypeface Face(TextStyle style) => style switch
    {
        TextStyle.Bold => Bold,
        TextStyle.Italic => Italic,
        TextStyle.BoldItalic => BoldItalic,
        _ => Regular,
    };

    /// <summary>Finds the first family whose regular, bold and italic faces all have Vietnamese glyphs.</summary>
    /// <param name="fontManager">Defaults to the operating system's font manager.</param>
    /// <param name="families">Defaults to <see cref="PreferredFamilies"/>.</param>
    /// <exception cref="InvalidOperationException">No such family is installed; the message says what to install.</exception>
    public static ReportFontSet Resolve(SKFontManager? fontManager = null, IEnumerable<string>? families = null)
    {
        var manager = fontManager ?? SKFontManager.Default;
        var tried = (families ?? PreferredFamilies).ToList();
        foreach (var family in tried)
        {
            if (TryFamily(manager, family) is { } fonts)
            {
                return fonts;
            }
        }

        throw new InvalidOperationException(
            $"No serif font with Vietnamese glyphs in regular, bold and italic was found (tried {string.Join(", ", tried)}). " +
            "On Debian or Ubuntu install the packages fonts-liberation2 and fontconfig " +
            "(apt-get install -y --no-install-recommends fonts-liberation2 fontconfig); on Windows Times New Roman is built in.");
    }

    private static ReportFontSet? TryFamily(SKFontManager manager, string family)
    {
        var regular = Match(manager, family, SKFontStyle.Normal, bold: false, italic: false);
        var bold = Match(manager, family, SKFontStyle.Bold, bold: true, italic: false);
        var italic = Match(manager, family, SKFontStyle.Italic, bold: false, italic: true);
        if (regular is null || bold is null || italic is null)
        {
            return null;
        }

        var boldItalic = Match(manager, family, SKFontStyle.BoldItalic, bold: true, italic: true) ?? bold;
        return new ReportFontSet(regular.FamilyName, regular, bold, italic, boldItalic);
    }

    // A face of the wrong style would be a fallback, and one without the glyphs would print
    // boxes; both are rejected so the next family gets its chance.
    private static SKTypeface? Match(SKFontManager manager, string family, SKFontStyle style, bool bold, bool italic)
    {
        var face = manager.MatchFamily(family, style);
        if (face is null)
        {
            return null;
        }

        // Not disposed when rejected: Skia hands out shared instances, possibly one already accepted.
        var styleMatches = (face.FontWeight >= (int)SKFontStyleWeight.SemiBold) == bold
            && (face.FontSlant != SKFontStyleSlant.Upright) == italic;
        return styleMatches && face.ContainsGlyphs(VietnameseProbe) ? face : null;
    }
}
