using LearningSociety.Reporting;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// The one header rule of every document the portal prints (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3): the
/// issuing body's name in full, upper case and bold; the superior body's name above it only where ND30 writes one —
/// an organisation under another (a chi hội under the Hội Khuyến học xã), never a People's Committee, which answers
/// to the level above without naming it ("ỦY BAN NHÂN DÂN / XÃ QUẢNG PHÚ", not "UBND HUYỆN … / UBND XÃ …").
/// </summary>
public static class DocumentHeader
{
    /// <summary>The issuer's name for a People's Committee, on two lines as ND30's examples set it.</summary>
    public static string PeoplesCommitteeName(string unitName) => "ỦY BAN NHÂN DÂN\n" + UnitNames.Upper(unitName);

    /// <summary>A document of the People's Committee of <paramref name="unitName"/> ("Xã Quảng Phú"), dated at the unit.</summary>
    public static AdministrativeHeader PeoplesCommittee(string unitName, string? documentNumber, DateOnly date)
        => PeoplesCommittee(unitName, documentNumber, AdministrativeHeader.FormatPlaceAndDate(UnitNames.Place(unitName), date));

    /// <summary>A document of the People's Committee of <paramref name="unitName"/> with its own place-and-date line.</summary>
    public static AdministrativeHeader PeoplesCommittee(string unitName, string? documentNumber, string placeAndDate)
        => new(null, PeoplesCommitteeName(unitName), documentNumber, placeAndDate);

    /// <summary>
    /// A document of a village's chi hội khuyến học, under the Hội Khuyến học of its commune; the branch's name on two
    /// lines ("CHI HỘI KHUYẾN HỌC" / "THÔN BÁC VỌNG ĐÔNG") so that it never breaks inside the village's name.
    /// </summary>
    public static AdministrativeHeader LearningPromotionBranch(string villageName, string communeName, string? documentNumber, DateOnly date)
        => new("HỘI KHUYẾN HỌC " + UnitNames.Upper(communeName), "CHI HỘI KHUYẾN HỌC\n" + UnitNames.Upper(villageName), documentNumber,
            AdministrativeHeader.FormatPlaceAndDate(UnitNames.Place(communeName), date));
}
