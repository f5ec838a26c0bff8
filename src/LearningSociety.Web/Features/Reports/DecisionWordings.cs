using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Reports;

/// <summary>The recitals, the bodies of Điều 3 and the "Nơi nhận" lines a decision prints.</summary>
/// <param name="IsStored">True when the issuing unit saved its own wording for the year; false for the defaults.</param>
public sealed record DecisionWordingText(IReadOnlyList<string> Recitals, IReadOnlyList<string> Executors, IReadOnlyList<string> Recipients,
    bool IsStored)
{
    /// <summary>"Điều 3. A, B và C chịu trách nhiệm thi hành Quyết định này."</summary>
    public string Article3
    {
        get
        {
            var bodies = Executors.Select(e => e.TrimEnd(';', ',', '.')).ToList();
            var list = bodies.Count <= 1 ? string.Concat(bodies) : string.Join(", ", bodies.Take(bodies.Count - 1)) + " và " + bodies[^1];
            return list + " chịu trách nhiệm thi hành Quyết định này.";
        }
    }
}

/// <summary>
/// How a unit's Quyết định công nhận of a year is worded (<see cref="DecisionWording"/>): what the issuing unit saved, or the
/// defaults drawn from the data — the law on local government in force for the year (<see cref="LocalGovernmentLaw"/>),
/// the CDHT programme (QĐ 677/QĐ-TTg) and the local documents from the shared list of legal bases that the unit's plan
/// cites, the plan in force itself, the proposer by the approval route in force for the year; Điều 3 names the unit's
/// office, its learning-promotion association and the units below it; "Nơi nhận" the level it reports to
/// (<see cref="ReportAddressee"/>).
/// </summary>
public sealed class DecisionWordings(AppDbContext db, TargetResults targets)
{
    /// <summary>The CDHT programme every recognition implements, cited from the shared list of legal bases.</summary>
    public const string CdhtProgrammeNumber = "677/QĐ-TTg";

    public async Task<DecisionWordingText> ForAsync(ReportingUnit unit, int year, CancellationToken cancellationToken)
    {
        var stored = await db.DecisionWordings.AsNoTracking().FirstOrDefaultAsync(w => w.UnitId == unit.Id && w.Year == year, cancellationToken);
        return stored is null
            ? await DefaultsAsync(unit, year, cancellationToken)
            : new DecisionWordingText(DecisionWording.Lines(stored.Recitals), DecisionWording.Lines(stored.Executors),
                DecisionWording.Lines(stored.Recipients), IsStored: true);
    }

    /// <summary>
    /// The CDHT route whose final step recognises in the year: the active route (the one decisions are recorded on) when it
    /// is in force on 10/12 of the year, otherwise the newest route in force then.
    /// </summary>
    public async Task<ApprovalRoute> RouteForYearAsync(int year, CancellationToken cancellationToken)
    {
        var day = new DateOnly(year, 12, 10);
        var active = (await db.ActiveCdhtRouteAsync(cancellationToken)).ToDomain();
        if (active.IsInForceOn(day))
        {
            return active;
        }

        var routes = (await db.ApprovalRoutesAsync(cancellationToken)).Values.Where(r => r.TitleType == ApprovalRouteQueries.CdhtTitleType);
        return routes.Where(r => r.IsInForceOn(day)).OrderByDescending(r => r.ValidFrom).FirstOrDefault() ?? active;
    }

    public async Task<DecisionWordingText> DefaultsAsync(ReportingUnit unit, int year, CancellationToken cancellationToken)
    {
        var recitals = new List<string>(LocalGovernmentLaw.Recitals(year));

        var programme = await db.LegalBases.AsNoTracking().Where(b => b.Number == CdhtProgrammeNumber).FirstOrDefaultAsync(cancellationToken);
        var plan = await targets.CurrentPlanAsync(unit.Id, year, cancellationToken);
        var cited = plan is null
            ? []
            : await db.Plans.AsNoTracking().Where(p => p.Id == plan.Id).SelectMany(p => p.LegalBases).Select(b => b.LegalBasis).ToListAsync(cancellationToken);
        var bases = new List<LegalBasis>();
        if (programme is not null)
        {
            bases.Add(programme);
        }

        // The province's, district's and commune's own documents the plan cites (central ones other than the programme
        // are the plan's concern, not the recognition's): the provincial plan, an ĐBKK designation.
        bases.AddRange(cited.Where(b => b.Tier != IssuerTier.Central && b.Id != programme?.Id));
        recitals.AddRange(LegalBasis.InCitationOrder(bases, b => b).Select(b => "Căn cứ " + b.Citation.TrimEnd('.', ';') + ";"));

        if (plan is not null)
        {
            var number = string.IsNullOrWhiteSpace(plan.Number) ? string.Empty : " số " + plan.Number.Trim();
            var date = plan.IssuedOn is { } issued ? " ngày " + LegalBasis.ShortDate(issued) : string.Empty;
            recitals.Add($"Căn cứ Kế hoạch{number}{date} của Ủy ban nhân dân {unit.InText} {ReportFigures.LowerFirst(plan.Title.Trim().TrimEnd('.'))};");
        }

        var route = await RouteForYearAsync(year, cancellationToken);
        var proposer = route.StepBefore(route.FinalStep.Order)?.LevelCode switch
        {
            AdministrativeLevel.Commune => $"Ủy ban nhân dân các xã và Phòng Giáo dục và Đào tạo {unit.InText}",
            AdministrativeLevel.Village => "các chi hội khuyến học thôn, tổ dân phố",
            _ => "các đơn vị",
        };
        recitals.Add($"Xét kết quả thẩm định và đề nghị công nhận danh hiệu \"Công dân học tập\" năm {year} của {proposer}.");

        var below = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => u.ParentId == unit.Id && u.ValidFrom <= new DateOnly(year, 12, 31) && (u.ValidTo == null || u.ValidTo >= new DateOnly(year, 1, 1)))
            .Select(u => u.Name).ToListAsync(cancellationToken);
        below.Sort(VietnameseText.Comparer);
        var executors = new List<string> { $"Văn phòng Ủy ban nhân dân {unit.InText}" };
        if (!unit.IsCommune)
        {
            executors.Add($"Phòng Giáo dục và Đào tạo {unit.InText}");
        }

        executors.Add($"Hội Khuyến học {unit.InText}");
        executors.AddRange(below.Select(name => unit.IsCommune ? $"Chi hội khuyến học {UnitNames.InText(name)}" : $"Ủy ban nhân dân {UnitNames.InText(name)}"));
        executors.Add("các công dân có tên tại Điều 1");

        string[] recipients = ["Như Điều 3;", $"{unit.AddresseeFor(year)} (để báo cáo);", "Lưu: VT."];
        return new DecisionWordingText(recitals, executors, recipients, IsStored: false);
    }
}

/// <summary>
/// The law on the organisation of local government cited first by a People's Committee's decision. Luật Tổ chức chính
/// quyền địa phương of 19/6/2015 (số 77/2015/QH13, in force from 01/01/2016), amended by the law of 22/11/2019 (số
/// 47/2019/QH14, in force from 01/7/2020), as the Văn phòng Quốc hội's consolidated text 32/VBHN-VPQH of 2023 lists
/// them. The law of the two-tier government (from 1/7/2025) is not in the sources the portal cites, so a year under it
/// gets the recital without number and date, which the official completes on the wording page.
/// </summary>
public static class LocalGovernmentLaw
{
    public static IReadOnlyList<string> Recitals(int year)
        => ApprovalRoute.ReportsUnderTwoTiers(year)
            ? ["Căn cứ Luật Tổ chức chính quyền địa phương;"]
            : year >= 2020
                ? ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"]
                : ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"];
}
