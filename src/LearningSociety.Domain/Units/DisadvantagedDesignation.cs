using LearningSociety.Domain.Plans;

namespace LearningSociety.Domain.Units;

/// <summary>
/// The official list of communes with especially difficult socio-economic conditions (xã đặc biệt khó khăn, ĐBKK) for a
/// span of years, with its legal basis (number, date, issuer). The list is a decision of the Government applied by the
/// province, not a commune's choice: an administrator at the owning level enters it, a commune sees it and cannot change
/// it. Where a province's CDHT rule has a ĐBKK variant (70 points instead of 80, as the Hội Khuyến học of some provinces
/// trains its branches) and where Nghị định 20/2014/NĐ-CP measures PCGD-XMC differently in ĐBKK communes, the portal
/// reads the designation from here.
/// </summary>
public sealed class DisadvantagedDesignation
{
    public const int MaxDocumentTypeLength = 50;
    public const int MaxNumberLength = 50;
    public const int MaxIssuerLength = 200;

    /// <summary>The most years one list may cover (programme periods run five years; a decision may span a decade).</summary>
    public const int MaxYears = 15;

    private readonly List<DisadvantagedCommune> _communes = [];

    private DisadvantagedDesignation()
    {
    }

    public int Id { get; private set; }

    /// <summary>"Quyết định".</summary>
    public string DocumentType { get; private set; } = string.Empty;

    /// <summary>"861/QĐ-TTg".</summary>
    public string Number { get; private set; } = string.Empty;

    public DateOnly IssuedOn { get; private set; }

    /// <summary>"Thủ tướng Chính phủ", "UBND tỉnh Thừa Thiên Huế".</summary>
    public string Issuer { get; private set; } = string.Empty;

    public int FromYear { get; private set; }

    public int ToYear { get; private set; }

    public IReadOnlyList<DisadvantagedCommune> Communes => _communes;

    /// <summary>Renewed by every change: a save from a form opened before someone else's save is refused.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>"Quyết định số 861/QĐ-TTg ngày 04/6/2021 của Thủ tướng Chính phủ".</summary>
    public string Citation => CitationOf(DocumentType, Number, IssuedOn, Issuer);

    public static string CitationOf(string documentType, string number, DateOnly issuedOn, string issuer)
        => $"{documentType} số {number} ngày {LegalBasis.ShortDate(issuedOn)} của {issuer}";

    public bool Covers(int year) => FromYear <= year && year <= ToYear;

    public static DisadvantagedDesignation Create(string documentType, string number, DateOnly issuedOn, string issuer, int fromYear, int toYear,
        IReadOnlyCollection<int> communeIds)
    {
        var designation = new DisadvantagedDesignation();
        designation.Change(documentType, number, issuedOn, issuer, fromYear, toYear, communeIds);
        return designation;
    }

    /// <summary>Replaces every part of the list; the caller re-judges the cards of the communes and years whose designation moved.</summary>
    public void Change(string documentType, string number, DateOnly issuedOn, string issuer, int fromYear, int toYear,
        IReadOnlyCollection<int> communeIds)
    {
        documentType = (documentType ?? string.Empty).Trim();
        number = (number ?? string.Empty).Trim();
        issuer = (issuer ?? string.Empty).Trim();
        Require(documentType, MaxDocumentTypeLength, "Loại văn bản (Quyết định…) cần nhập, tối đa 50 ký tự.", nameof(DocumentType));
        Require(number, MaxNumberLength, "Số văn bản cần nhập, tối đa 50 ký tự.", nameof(Number));
        Require(issuer, MaxIssuerLength, "Cơ quan ban hành cần nhập, tối đa 200 ký tự.", nameof(Issuer));
        if (fromYear is < Scorecards.RecognitionRule.EarliestYear or > Scorecards.RecognitionRule.LastYear)
        {
            throw new DomainException(
                $"Năm áp dụng từ phải trong khoảng {Scorecards.RecognitionRule.EarliestYear}–{Scorecards.RecognitionRule.LastYear}.", nameof(FromYear));
        }

        if (toYear < fromYear || toYear - fromYear + 1 > MaxYears)
        {
            throw new DomainException($"Năm áp dụng đến phải từ năm {fromYear} và danh sách áp dụng tối đa {MaxYears} năm.", nameof(ToYear));
        }

        if (issuedOn.Year > toYear + 1 || issuedOn.Year < fromYear - MaxYears)
        {
            throw new DomainException("Ngày ban hành không khớp với các năm áp dụng của danh sách.", nameof(IssuedOn));
        }

        if (communeIds.Count == 0)
        {
            throw new DomainException("Danh sách cần có ít nhất một xã.", nameof(Communes));
        }

        DocumentType = documentType;
        Number = number;
        IssuedOn = issuedOn;
        Issuer = issuer;
        FromYear = fromYear;
        ToYear = toYear;
        _communes.RemoveAll(c => !communeIds.Contains(c.CommuneId));
        foreach (var id in communeIds.Distinct().Where(id => _communes.All(c => c.CommuneId != id)))
        {
            _communes.Add(new DisadvantagedCommune(id));
        }

        ConcurrencyStamp = Guid.NewGuid();
    }

    private static void Require(string text, int max, string message, string field)
    {
        if (text.Length == 0 || text.Length > max)
        {
            throw new DomainException(message, field);
        }
    }
}

/// <summary>One commune on a <see cref="DisadvantagedDesignation"/>.</summary>
public sealed class DisadvantagedCommune
{
    private DisadvantagedCommune()
    {
    }

    internal DisadvantagedCommune(int communeId)
    {
        CommuneId = communeId;
    }

    public int DesignationId { get; private set; }

    public DisadvantagedDesignation Designation { get; private set; } = null!;

    public int CommuneId { get; private set; }

    public AdministrativeUnit Commune { get; private set; } = null!;
}
