namespace LearningSociety.Domain.Plans;

/// <summary>
/// A document a plan implements (căn cứ): kept in one reusable list so that a commune cites "Quyết định số
/// 1373/QĐ-TTg" the same way in every plan and every year.
/// </summary>
public sealed class LegalBasis
{
    private LegalBasis()
    {
    }

    public int Id { get; private set; }

    /// <summary>"Quyết định", "Chỉ thị", "Kế hoạch", "Công văn", "Thông tư"…</summary>
    public string DocumentType { get; private set; } = string.Empty;

    /// <summary>"1373/QĐ-TTg".</summary>
    public string Number { get; private set; } = string.Empty;

    public DateOnly IssuedOn { get; private set; }

    /// <summary>"Thủ tướng Chính phủ", "UBND tỉnh Thừa Thiên Huế".</summary>
    public string Issuer { get; private set; } = string.Empty;

    /// <summary>What it is about: "phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”".</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>A document for the shared list: every part is needed, within the lengths the list stores.</summary>
    public static LegalBasis Create(string documentType, string number, DateOnly issuedOn, string issuer, string title)
    {
        documentType = documentType.Trim();
        number = number.Trim();
        issuer = issuer.Trim();
        title = title.Trim();
        Require(documentType, 50, "Loại văn bản (Quyết định, Kế hoạch…) cần nhập, tối đa 50 ký tự.");
        Require(number, 50, "Số văn bản cần nhập, tối đa 50 ký tự.");
        Require(issuer, 200, "Cơ quan ban hành cần nhập, tối đa 200 ký tự.");
        Require(title, 1000, "Trích yếu văn bản cần nhập, tối đa 1.000 ký tự.");
        return new LegalBasis { DocumentType = documentType, Number = number, IssuedOn = issuedOn, Issuer = issuer, Title = title };
    }

    /// <summary>As plans cite it: "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt …".</summary>
    public string Citation => $"{DocumentType} số {Number} ngày {ShortDate(IssuedOn)} của {Issuer} {Title}".Trim();

    /// <summary>The level of the issuer, read from its name (<see cref="TierOf"/>).</summary>
    public IssuerTier Tier => TierOf(Issuer);

    /// <summary>
    /// The order a plan cites its bases in: central documents first, then the province's, the district's and the
    /// commune's, each by date (seed 000 lists the Prime Minister's decisions before the province's plans).
    /// </summary>
    public static IOrderedEnumerable<T> InCitationOrder<T>(IEnumerable<T> bases, Func<T, LegalBasis> basis)
        => bases.OrderBy(b => basis(b).Tier).ThenBy(b => basis(b).IssuedOn).ThenBy(b => basis(b).Number, StringComparer.Ordinal);

    /// <summary>
    /// "UBND xã Quảng Phú" → Commune, "UBND huyện", "UBND thị xã …" → District, "Tỉnh ủy …", "UBND tỉnh …", "UBND thành
    /// phố Hải Phòng" → Province, anything else (Thủ tướng Chính phủ, Bộ, Ban Bí thư, Hội Khuyến học Việt Nam) → Central.
    /// </summary>
    public static IssuerTier TierOf(string issuer)
    {
        var name = " " + issuer.Trim().ToLowerInvariant() + " ";
        bool Has(string word) => name.Contains(" " + word + " ", StringComparison.Ordinal) || name.Contains(" " + word + ",", StringComparison.Ordinal);
        return Has("thị xã") || Has("huyện") || Has("quận") ? IssuerTier.District
            : Has("xã") || Has("phường") || Has("thị trấn") ? IssuerTier.Commune
            : Has("tỉnh") || Has("tỉnh ủy") || Has("tỉnh uỷ") || Has("thành phố") || Has("thành ủy") ? IssuerTier.Province
            : IssuerTier.Central;
    }

    /// <summary>"08/4/2020", "08/01/2024": the day below 10 and months 1–2 take a leading zero (Nghị định 30/2020).</summary>
    public static string ShortDate(DateOnly date)
        => $"{date.Day.ToString(date.Day < 10 ? "00" : "0", System.Globalization.CultureInfo.InvariantCulture)}/" +
           $"{date.Month.ToString(date.Month <= 2 ? "00" : "0", System.Globalization.CultureInfo.InvariantCulture)}/{date.Year}";

    private static void Require(string text, int max, string message)
    {
        if (text.Length == 0 || text.Length > max)
        {
            throw new DomainException(message);
        }
    }
}

/// <summary>The level of the body that issued a legal basis, in citation order.</summary>
public enum IssuerTier
{
    /// <summary>Party Central Committee, Government, ministries, national associations.</summary>
    Central = 0,

    /// <summary>Tỉnh ủy, UBND tỉnh, a centrally governed city.</summary>
    Province = 1,

    /// <summary>UBND huyện, quận, thị xã.</summary>
    District = 2,

    /// <summary>UBND xã, phường, thị trấn.</summary>
    Commune = 3,
}
