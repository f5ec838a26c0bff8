namespace LearningSociety.Domain.Approvals;

/// <summary>
/// Who proposes, reviews and recognises a title, and in which order, for one period. Routes are data
/// because the 1/7/2025 reform changed the chain and the sources leave later changes open (domain §10).
/// </summary>
public sealed class ApprovalRoute
{
    /// <summary>First day of the two-tier local government (no district tier).</summary>
    public static readonly DateOnly TwoTierGovernmentFrom = new(2025, 7, 1);

    /// <summary>
    /// Whether a year's results go up under the two-tier government: its yearly report is due on 10/12, so from 2025 on
    /// a commune reports to the province, not to a district office that no longer exists.
    /// </summary>
    public static bool ReportsUnderTwoTiers(int year) => new DateOnly(year, 12, 10) >= TwoTierGovernmentFrom;

    public ApprovalRoute(
        string code, string titleType, string name, DateOnly validFrom, DateOnly? validTo, IEnumerable<ApprovalStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var ordered = steps.OrderBy(s => s.Order).ToArray();
        var errors = Validate(code, titleType, name, validFrom, validTo, ordered);
        if (errors.Count > 0)
        {
            throw new DomainException(string.Join("; ", errors));
        }

        Code = code;
        TitleType = titleType;
        Name = name;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Steps = ordered;
    }

    public string Code { get; }

    /// <summary>The title the route recognises, e.g. "CDHT".</summary>
    public string TitleType { get; }

    /// <summary>Vietnamese name of the route.</summary>
    public string Name { get; }

    public DateOnly ValidFrom { get; }

    /// <summary>Last day the route applies; null while it is still in force.</summary>
    public DateOnly? ValidTo { get; }

    /// <summary>Steps sorted by <see cref="ApprovalStep.Order"/>; the last one recognises.</summary>
    public IReadOnlyList<ApprovalStep> Steps { get; }

    /// <summary>The step of the branch that appraises and proposes.</summary>
    public ApprovalStep FirstStep => Steps[0];

    /// <summary>The recognising step.</summary>
    public ApprovalStep FinalStep => Steps[^1];

    public bool IsInForceOn(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo);

    public bool HasStep(int order) => Steps.Any(s => s.Order == order);

    public ApprovalStep Step(int order) =>
        Steps.FirstOrDefault(s => s.Order == order)
        ?? throw new ArgumentOutOfRangeException(nameof(order), order, $"Route {Code} has no step {order}.");

    /// <summary>The step after <paramref name="order"/>, or null on the final step.</summary>
    public ApprovalStep? StepAfter(int order) => Steps.SkipWhile(s => s.Order != order).Skip(1).FirstOrDefault();

    /// <summary>The step before <paramref name="order"/>, or null on the first step.</summary>
    public ApprovalStep? StepBefore(int order) => Steps.TakeWhile(s => s.Order != order).LastOrDefault();

    /// <summary>
    /// Vietnamese messages for everything wrong with a route; empty when it is usable. Public so an
    /// admin form can show all problems at once instead of the first exception.
    /// </summary>
    public static IReadOnlyList<string> Validate(
        string code, string titleType, string name, DateOnly validFrom, DateOnly? validTo, IEnumerable<ApprovalStep> steps)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(code)) errors.Add("Thiếu mã quy trình");
        if (string.IsNullOrWhiteSpace(titleType)) errors.Add("Thiếu loại danh hiệu");
        if (string.IsNullOrWhiteSpace(name)) errors.Add("Thiếu tên quy trình");
        if (validTo is { } to && to < validFrom) errors.Add("Ngày hết hiệu lực phải sau ngày có hiệu lực");

        var ordered = (steps ?? []).OrderBy(s => s.Order).ToArray();
        // A route needs someone who proposes and someone else who recognises.
        if (ordered.Length < 2) errors.Add("Quy trình phải có ít nhất 2 bước");
        if (ordered.GroupBy(s => s.Order).Any(g => g.Count() > 1)) errors.Add("Thứ tự các bước bị trùng");
        if (ordered.Any(s => string.IsNullOrWhiteSpace(s.LevelCode))) errors.Add("Mỗi bước phải có cấp thực hiện");
        if (ordered.Any(s => string.IsNullOrWhiteSpace(s.Name))) errors.Add("Mỗi bước phải có tên");
        if (ordered.Length > 0 && !ordered[^1].IsFinal) errors.Add("Bước cuối cùng phải là bước công nhận");
        // A recognising step in the middle would leave the later steps nothing to do.
        if (ordered.SkipLast(1).Any(s => s.IsFinal)) errors.Add("Chỉ bước cuối cùng được là bước công nhận");
        return errors;
    }

    /// <summary>CDHT before the reform: village branch proposes, commune forwards, district recognises.</summary>
    public static ApprovalRoute CdhtThreeTier() => new(
        "CDHT-3-CAP",
        "CDHT",
        "Công nhận Công dân học tập: thôn → xã → huyện",
        // The QĐ 677 programme period; earlier years are out of the portal's scope.
        new DateOnly(2021, 1, 1),
        TwoTierGovernmentFrom.AddDays(-1),
        [
            new ApprovalStep(1, "village", "Chi hội khuyến học thôn thẩm định, đề nghị", IsFinal: false),
            new ApprovalStep(2, "commune", "UBND xã xem xét, chuyển lên", IsFinal: false),
            new ApprovalStep(3, "district", "Phòng GD&ĐT phê duyệt, công nhận", IsFinal: true),
        ]);

    /// <summary>
    /// CDHT since 1/7/2025: there is no district tier, so the commune recognises and reports the result
    /// to the province (the report is a deadline, not an approval step).
    /// </summary>
    public static ApprovalRoute CdhtTwoTier() => new(
        "CDHT-2-CAP",
        "CDHT",
        "Công nhận Công dân học tập: thôn → xã (chính quyền địa phương 2 cấp)",
        TwoTierGovernmentFrom,
        null,
        [
            new ApprovalStep(1, "village", "Chi hội khuyến học thôn thẩm định, đề nghị", IsFinal: false),
            new ApprovalStep(2, "commune", "UBND xã xem xét, công nhận, báo cáo lên tỉnh", IsFinal: true),
        ]);
}
