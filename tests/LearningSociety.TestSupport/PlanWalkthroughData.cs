using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using LearningSociety.Domain.Universalization;
using Microsoft.EntityFrameworkCore;

using LearningSociety.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.TestSupport;

/// <summary>
/// What the 2024 plan walkthrough (issue 6) starts from, on the base demo district: Xã Quảng Vinh's issued 2024 plan with
/// its results and PCGD-XMC counts for 2023–2024, and Xã Quảng Phú's 2023 counts (its "năm trước"); Xã Quảng Phú's 2024
/// plan is left for the walk to enter. The demo seeded this until the demo followed today's date (issue 17); built through
/// the domain's intent methods like every test builder here.
/// </summary>
public static class PlanWalkthroughData
{
    /// <param name="portalServices">The running portal's services.</param>
    public static async Task SeedAsync(IServiceProvider portalServices)
    {
        await using var scope = portalServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cancellationToken = CancellationToken.None;
        var quangVinh = await db.AdministrativeUnits.FirstOrDefaultAsync(u => u.Code == "19912", cancellationToken);
        var quangPhu = await db.AdministrativeUnits.FirstOrDefaultAsync(u => u.Code == "19909", cancellationToken);
        if (quangVinh is null || quangPhu is null || await db.Plans.AnyAsync(cancellationToken))
        {
            return;
        }

        var indicators = await db.TargetIndicators.ToDictionaryAsync(i => i.Code, cancellationToken);
        var bases = await db.LegalBases.ToListAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;

        var plan = Plan.Create(quangVinh.Id, new PlanContent(
            StartYear: 2024,
            EndYear: 2024,
            Number: "…/KH-UBND",
            Place: "Quảng Vinh",
            Title: "Thực hiện Đề án “Xây dựng xã hội học tập” năm 2024 trên địa bàn xã Quảng Vinh",
            Preamble: "Thực hiện Kế hoạch số 162/KH-UBND ngày 11/6/2024 của UBND huyện về việc thực hiện Đề án “Xây dựng xã hội học tập” năm 2024; " +
                "UBND xã ban hành Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm 2024 trên địa bàn xã với các nội dung, cụ thể như sau:",
            Purposes: "Tiếp tục thực hiện các chủ trương của Đảng, chính sách của Nhà nước về xây dựng xã hội học tập, học suốt đời, học tập thường xuyên.\n" +
                "Duy trì và nâng cao chất lượng việc thực hiện các mô hình học tập; vận động toàn dân tích cực tham gia công tác khuyến học, khuyến tài.",
            Requirements: "Đảm bảo tính thiết thực, hiệu quả, đúng mục đích, phù hợp với điều kiện thực tế của từng cơ quan, đơn vị và các thôn.\n" +
                "Phối hợp chặt chẽ giữa các cơ quan, đơn vị để hoàn thành các mục tiêu đề ra.",
            TasksAndSolutions: "Tăng cường tuyên truyền, phổ biến các văn bản về khuyến học, khuyến tài, xây dựng xã hội học tập.\n" +
                "Tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam, Ngày Khuyến học Việt Nam.\n" +
                "Đẩy mạnh phong trào xây dựng các mô hình học tập; nâng cao hiệu quả hoạt động của Trung tâm học tập cộng đồng.",
            Funding: "Được trích từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành.\n" +
                "Huy động từ các nguồn tài trợ, đóng góp hợp pháp của các tổ chức, doanh nghiệp.",
            Recipients: "BTV Đảng ủy;\nThường trực HĐND xã;\nCT - PCT UBND xã;\nCác cơ quan, đơn vị trên địa bàn xã;\nLưu: VT.",
            SignerAuthority: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            SignerName: "Phan Văn Tâm"), "demo", now);
        plan.CiteLegalBases([.. bases.Where(b => b.Number is "1373/QĐ-TTg" or "677/QĐ-TTg" or "162/KH-UBND").OrderBy(b => b.IssuedOn)]);
        plan.ReplaceResponsibilities(
        [
            new("Lĩnh vực văn hoá – xã hội", "Là cơ quan thường trực; theo dõi, hướng dẫn, kiểm tra việc triển khai thực hiện kế hoạch."),
            new("Hội Khuyến học xã", "Củng cố, phát triển tổ chức Hội khuyến học các cấp; hướng dẫn các chi hội đánh giá “Công dân học tập”."),
        ]);
        plan.ReplaceTasks(
        [
            new("Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024", "Lĩnh vực văn hoá – xã hội", "Hội Khuyến học xã, các trường học", "Tháng 10/2024"),
            new("Đánh giá, đề nghị công nhận “Công dân học tập” năm 2024", "Hội Khuyến học xã", "Các chi hội khuyến học thôn", "Trước 30/11/2024"),
        ]);

        PlanTargetValue Target(string code, decimal value, string? note = null) => new(indicators[code], 2024, value, note);
        plan.SetTargets(
        [
            Target("PCGD_MN5", 1),
            Target("PCGD_TH", 3),
            Target("PCGD_THCS", 3),
            Target("XMC", 2),
            Target("CAP_IT", 0.5m),
            Target("CAP_LIFE_SKILLS", 0.6m),
            Target("CAP_TRAINED", 0.2m, "Trên 20%"),
            Target("INST_DIGITAL", 0.7m),
            Target("CDHT_CITIZENS", 0.4m),
        ]);
        plan.Issue("38/KH-UBND", new DateOnly(2024, 6, 17), "demo", null);
        db.Plans.Add(plan);

        void Achieved(string code, decimal value, decimal? denominator)
            => db.TargetAchievements.Add(TargetAchievementRecord.Create(quangVinh.Id, indicators[code], 2024, value, denominator, null, "demo", now));
        Achieved("CAP_IT", 3_340, 6_420);
        Achieved("CAP_LIFE_SKILLS", 3_720, 6_420);
        Achieved("CAP_TRAINED", 1_210, 5_480);
        Achieved("INST_DIGITAL", 3, 4);

        db.UniversalizationSurveys.AddRange(
            Survey(quangVinh.Id, 2023, thcsStudying: 118),
            Survey(quangVinh.Id, 2024, thcsStudying: 121),
            Survey(quangPhu.Id, 2023, thcsStudying: 131));
        db.UnitYearProfiles.AddRange(
            (await MissingProfilesAsync(db, quangVinh.Id, 6_420, cancellationToken, 2023, 2024, 2025))
                .Concat(await MissingProfilesAsync(db, quangPhu.Id, 7_850, cancellationToken, 2023, 2024, 2025)));
        await db.SaveChangesAsync(cancellationToken);

        UniversalizationSurveyRecord Survey(int unitId, int year, int thcsStudying)
        {
            return new UniversalizationSurveyRecord(unitId, new UniversalizationSurvey
            {
                SurveyYear = year,
                Age5Population = 112, Age5Attending = 112, Age5Completed = 110,
                Age6Population = 118, Age6EnteringGrade1 = 118,
                Age11Population = 105, Age11CompletedPrimary = 102, Age11StillInPrimary = 3,
                Youth15To18Population = 152, Youth15To18LowerSecondaryGraduates = 146, Youth15To18StudyingUpperSecondary = thcsStudying,
                Age15To25Population = 1_020, Age15To25LiterateLevel1 = 1_012,
                Age15To35Population = 1_980, Age15To35LiterateLevel1 = 1_961, Age15To35LiterateLevel2 = 1_948,
                Age15To60Population = 4_870, Age15To60LiterateLevel2 = 4_702,
            }, "demo", now);
        }
    }

    private static async Task<IEnumerable<UnitYearProfile>> MissingProfilesAsync(AppDbContext db, int unitId, int adults, CancellationToken cancellationToken, params int[] years)
    {
        var existing = await db.UnitYearProfiles.Where(p => p.UnitId == unitId).Select(p => p.Year).ToListAsync(cancellationToken);
        return years.Except(existing).Select(y => new UnitYearProfile(unitId, y, adults));
    }
}
