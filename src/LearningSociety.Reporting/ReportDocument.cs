namespace LearningSociety.Reporting;

/// <summary>A report as an administrative document: header, title, body blocks, signature and recipients.</summary>
public sealed record ReportDocument
{
    /// <summary>Creates a document; collections are copied so the document cannot change afterwards.</summary>
    public ReportDocument(AdministrativeHeader header, string title, IEnumerable<ReportBlock> body)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(body);
        Header = header;
        Title = title;
        Body = [.. body];
    }

    /// <summary>Issuing body, national motto, document number, place and date.</summary>
    public AdministrativeHeader Header { get; }

    /// <summary>Title, drawn bold and centred exactly as given (pass it upper-case).</summary>
    public string Title { get; }

    /// <summary>
    /// The trích yếu under the document's name ("Về việc công nhận danh hiệu …", "Thực hiện Đề án …"): bold and upright
    /// with a short rule under it (Nghị định 30/2020/NĐ-CP, Phụ lục I). Null for none.
    /// </summary>
    public string? Abstract { get; init; }

    /// <summary>Italic lines under the title (and trích yếu), e.g. "(Kèm theo Báo cáo số 12/BC-UBND ngày 05/12/2024)".</summary>
    public IReadOnlyList<string> Subtitles { get; init => field = [.. value]; } = [];

    /// <summary>Paragraphs and tables in reading order.</summary>
    public IReadOnlyList<ReportBlock> Body { get; }

    /// <summary>
    /// An annex (phụ lục) after the signature and "Nơi nhận", starting on a new page: the list attached to a decision,
    /// the key tasks of a plan. Empty for none.
    /// </summary>
    public IReadOnlyList<ReportBlock> Appendix { get; init => field = [.. value]; } = [];

    /// <summary>Signature block on the right under the body, if the document is signed.</summary>
    public ReportSignature? Signature { get; init; }

    /// <summary>
    /// A second signature block on the left under the body, opposite <see cref="Signature"/>: the secretary (thư ký) of a
    /// biên bản beside its chair (chủ trì). It takes the place of <see cref="Recipients"/>, which are not drawn when it is set.
    /// </summary>
    public ReportSignature? LeftSignature { get; init; }

    /// <summary>"Nơi nhận:" lines on the left under the body, without the leading "- ".</summary>
    public IReadOnlyList<string> Recipients { get; init => field = [.. value]; } = [];

    /// <summary>Landscape suits wide tables.</summary>
    public PageOrientation Orientation { get; init; } = PageOrientation.Portrait;
}

/// <summary>Paper orientation of the rendered document.</summary>
public enum PageOrientation
{
    /// <summary>A4 upright.</summary>
    Portrait,

    /// <summary>A4 on its side.</summary>
    Landscape,
}

/// <summary>Horizontal alignment of a paragraph or a table cell; cells treat Justify as Left.</summary>
public enum ReportAlignment
{
    /// <summary>Flush left.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Flush right.</summary>
    Right,

    /// <summary>Both edges flush, last line left.</summary>
    Justify,
}

/// <summary>
/// The two-column block at the top of every Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
/// on the left the superior body (only where ND30 writes one) over the issuer in bold with a short rule under it, on
/// the right the national name over the motto with its rule, then "Số: …" and the place-and-date line. Every renderer
/// draws it from these fields the same way.
/// </summary>
/// <param name="ParentBody">Superior body above the issuer in regular type, e.g. "HỘI KHUYẾN HỌC XÃ QUẢNG PHÚ" over a chi hội;
/// null when there is none (a People's Committee names none).</param>
/// <param name="IssuingBody">The issuer in full, drawn bold; "\n" separates its lines, e.g. "ỦY BAN NHÂN DÂN\nXÃ QUẢNG PHÚ".</param>
/// <param name="DocumentNumber">E.g. "Số: 125/QĐ-UBND"; null to leave it out.</param>
/// <param name="PlaceAndDate">E.g. "Quảng Phú, ngày 14 tháng 6 năm 2024"; see <see cref="FormatPlaceAndDate"/>.</param>
public sealed record AdministrativeHeader(string? ParentBody, string IssuingBody, string? DocumentNumber, string? PlaceAndDate)
{
    /// <summary>The national name, first line on the right.</summary>
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>The motto, second line on the right.</summary>
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>The superior body's lines, none when there is no superior body.</summary>
    public IReadOnlyList<string> ParentLines => SplitLines(ParentBody);

    /// <summary>The issuer's lines, all bold.</summary>
    public IReadOnlyList<string> IssuerLines => SplitLines(IssuingBody);

    private static string[] SplitLines(string? text) => text is null
        ? []
        : text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Formats "Quảng Phú, ngày 05 tháng 02 năm 2024": days below 10 and months 1 and 2 take a leading zero (ND30).</summary>
    public static string FormatPlaceAndDate(string place, DateOnly date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        var day = date.Day.ToString(date.Day < 10 ? "00" : "0", System.Globalization.CultureInfo.InvariantCulture);
        var month = date.Month.ToString(date.Month <= 2 ? "00" : "0", System.Globalization.CultureInfo.InvariantCulture);
        return $"{place}, ngày {day} tháng {month} năm {date.Year}";
    }
}

/// <summary>A part of the document body: a paragraph or a table.</summary>
public abstract record ReportBlock;

/// <summary>A paragraph of running text.</summary>
/// <param name="Text">The text; "\n" starts a new line within the paragraph.</param>
public sealed record ReportParagraph(string Text) : ReportBlock
{
    /// <summary>Bold text.</summary>
    public bool Bold { get; init; }

    /// <summary>Italic text.</summary>
    public bool Italic { get; init; }

    /// <summary>Alignment; ND30 body text is justified.</summary>
    public ReportAlignment Alignment { get; init; } = ReportAlignment.Justify;

    /// <summary>Indents the first line by about 1 cm, as ND30 body paragraphs are.</summary>
    public bool FirstLineIndent { get; init; }

    /// <summary>Bold words before the text in the same paragraph, e.g. "Điều 1." of a decision's article. Null for none.</summary>
    public string? Lead { get; init; }

    /// <summary>A heading: printed on the same page as the start of the next block. Short bold paragraphs are kept so anyway.</summary>
    public bool KeepWithNext { get; init; }
}

/// <summary>The signature block on the right: authority lines, room for signature and stamp, then the signer.</summary>
public sealed record ReportSignature
{
    /// <summary>Creates a signature block.</summary>
    /// <param name="authorityLines">E.g. "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH".</param>
    /// <param name="signerName">The signer's full name.</param>
    public ReportSignature(IEnumerable<string> authorityLines, string signerName)
    {
        ArgumentNullException.ThrowIfNull(authorityLines);
        ArgumentException.ThrowIfNullOrWhiteSpace(signerName);
        AuthorityLines = [.. authorityLines];
        SignerName = signerName;
    }

    /// <summary>Bold upper-case lines above the signature space.</summary>
    public IReadOnlyList<string> AuthorityLines { get; }

    /// <summary>Bold name under the signature space.</summary>
    public string SignerName { get; }
}
