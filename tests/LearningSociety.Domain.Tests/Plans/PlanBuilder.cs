using System.Reflection;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;

namespace LearningSociety.Domain.Tests.Plans;

/// <summary>Plans and indicators for rule tests, built through the intent methods; ids stand in for the database's.</summary>
internal static class PlanBuilder
{
    public static readonly DateTimeOffset Now = new(2024, 6, 14, 8, 0, 0, TimeSpan.FromHours(7));

    public static TargetIndicator Indicator(int id, TargetKind kind = TargetKind.Percentage, int? maxLevel = null)
        => WithId(TargetIndicator.National($"X{id}", TargetCategory.Capacity, $"Chỉ tiêu {id}", kind, "QĐ 1373/QĐ-TTg", id,
            numeratorDefinition: kind == TargetKind.Percentage ? "Số người đạt" : null,
            denominatorDefinition: kind == TargetKind.Percentage ? "Số người trong độ tuổi lao động" : null, maxLevel: maxLevel), id);

    public static PlanContent Content2024 => new(
        2024, 2024, "…/KH-UBND", "Quảng Phú", "Thực hiện Đề án “Xây dựng xã hội học tập” năm 2024 trên địa bàn xã Quảng Phú",
        Preamble: "Thực hiện Kế hoạch số 162/KH-UBND ngày 11/6/2024 của UBND huyện; UBND xã ban hành Kế hoạch năm 2024.");

    /// <summary>Plan 7 of unit 3: one target (indicator 5, 50%), one task, one responsibility, one legal basis (2).</summary>
    public static Plan Draft2024(int id = 7)
    {
        var plan = WithId(Plan.Create(3, Content2024, "ubndxa", Now), id);
        plan.SetTargets([new PlanTargetValue(Indicator(5), 2024, 0.5m, "Trên 50%")]);
        plan.ReplaceTasks([new PlanTaskContent("Tổ chức Tuần lễ hưởng ứng học tập suốt đời", CompletionTime: "Tháng 10/2024")]);
        plan.ReplaceResponsibilities([new PlanResponsibilityContent("Hội Khuyến học xã", "Phối hợp kiểm tra")]);
        plan.CiteLegalBases([WithId(LegalBasis.Create("Quyết định", "1373/QĐ-TTg", new DateOnly(2021, 7, 30), "Thủ tướng Chính phủ", "phê duyệt Đề án"), 2)]);
        return plan;
    }

    /// <summary>What the database does on insert.</summary>
    public static T WithId<T>(T entity, int id)
        where T : class
    {
        typeof(T).GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)!.SetValue(entity, id);
        return entity;
    }
}
