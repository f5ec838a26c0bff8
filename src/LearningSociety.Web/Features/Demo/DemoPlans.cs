using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Demo;

/// <summary>
/// Each demo commune's issued yearly plan for last year and this year (the text of seed 000), its entered results and its
/// PCGD-XMC survey for both years, through the domain's intent methods (<see cref="Plan.Create"/>, <see cref="Plan.SetTargets"/>,
/// <see cref="Plan.Issue"/>, <see cref="TargetAchievementRecord.Create"/>, <see cref="UniversalizationSurveyRecord"/>).
/// </summary>
internal sealed class DemoPlans(AppDbContext db)
{
    /// <param name="disadvantagedBasis">The legal basis of the commune's ĐBKK designation, cited by its plans; null for an ordinary commune.</param>
    public async Task AddAsync(AdministrativeUnit commune, string place, string officer, int adults, int year, DateOnly today,
        LegalBasis? disadvantagedBasis, int variant, CancellationToken cancellationToken)
    {
        var indicators = await db.TargetIndicators.ToDictionaryAsync(i => i.Code, cancellationToken);
        var bases = await db.LegalBases.Where(b => b.Number == "1373/QĐ-TTg" || b.Number == "677/QĐ-TTg" || b.Number == "198/KH-UBND")
            .ToListAsync(cancellationToken);
        if (disadvantagedBasis is not null)
        {
            bases.Add(disadvantagedBasis);
        }

        foreach (var (planYear, number) in new[] { (year - 1, 36 + variant), (year, 41 + variant) })
        {
            var issuedOn = Earliest(new DateOnly(planYear, 3, 17), today);
            var at = new DateTimeOffset(issuedOn.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
            var plan = Plan.Create(commune.Id, Content(commune.Name, place, planYear, disadvantagedBasis), officer, at);
            plan.CiteLegalBases([.. bases.OrderBy(b => b.IssuedOn)]);
            plan.ReplaceResponsibilities(
            [
                new("Lĩnh vực văn hoá – xã hội", "Là cơ quan thường trực; theo dõi, hướng dẫn, kiểm tra việc triển khai thực hiện kế hoạch."),
                new("Hội Khuyến học xã", "Củng cố, phát triển tổ chức Hội khuyến học các cấp; hướng dẫn các chi hội đánh giá “Công dân học tập”."),
                new("Các trường học trên địa bàn", "Phối hợp duy trì kết quả phổ cập giáo dục, xóa mù chữ; mở lớp bồi dưỡng kỹ năng số cho người dân."),
            ]);
            plan.ReplaceTasks(
            [
                new($"Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm {planYear}", "Lĩnh vực văn hoá – xã hội", "Hội Khuyến học xã, các trường học", $"Tháng 10/{planYear}"),
                new($"Đánh giá, đề nghị công nhận “Công dân học tập” năm {planYear}", "Hội Khuyến học xã", "Các chi hội khuyến học thôn", $"Trước 30/11/{planYear}"),
                new("Điều tra, cập nhật số liệu phổ cập giáo dục, xóa mù chữ", "Trường THCS xã", "Trường Mầm non, Trường Tiểu học", $"Tháng 9/{planYear}"),
            ]);

            PlanTargetValue Target(string code, decimal value, string? note = null) => new(indicators[code], planYear, value, note);
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
                Target("CDHT_REGISTERED", 90),
                Target("CDHT_CITIZENS", 0.01m, "Công dân được công nhận trên dân số trong độ tuổi lao động"),
            ]);
            plan.Issue($"{number}/KH-UBND", issuedOn, officer, null);
            db.Plans.Add(plan);

            // Last year's results are complete; this year's are what the commune has entered so far.
            var resultsAt = new DateTimeOffset(Earliest(new DateOnly(planYear, 11, 20), today).ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
            void Achieved(string code, decimal value, decimal? denominator)
                => db.TargetAchievements.Add(TargetAchievementRecord.Create(commune.Id, indicators[code], planYear, value, denominator, null, officer, resultsAt));
            var grown = planYear == year ? 1.06m : 1m;
            Achieved("CAP_IT", Math.Round(adults * 0.49m * grown), adults);
            Achieved("CAP_LIFE_SKILLS", Math.Round(adults * 0.58m * grown), adults);
            if (planYear < year)
            {
                Achieved("CAP_TRAINED", Math.Round(adults * 0.19m), Math.Round(adults * 0.85m));
                Achieved("INST_DIGITAL", 3, 4);
            }

            db.UniversalizationSurveys.Add(Survey(commune.Id, planYear, thcsStudying: 118 + variant * 9 + (planYear - year + 1) * 3, officer, resultsAt));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static PlanContent Content(string communeName, string place, int year, LegalBasis? disadvantagedBasis) => new(
        StartYear: year,
        EndYear: year,
        Number: "…/KH-UBND",
        Place: place,
        Title: $"Thực hiện Đề án “Xây dựng xã hội học tập” năm {year} trên địa bàn {char.ToLowerInvariant(communeName[0])}{communeName[1..]}",
        Preamble: $"Thực hiện Kế hoạch số 198/KH-UBND ngày 31/12/2021 của UBND huyện Quảng Điền về việc thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”; "
            + $"UBND xã ban hành Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm {year} trên địa bàn xã với các nội dung, cụ thể như sau:",
        Purposes: "Tiếp tục thực hiện các chủ trương của Đảng, chính sách của Nhà nước về xây dựng xã hội học tập, học suốt đời, học tập thường xuyên.\n"
            + "Duy trì và nâng cao chất lượng việc thực hiện các mô hình học tập; vận động toàn dân tích cực tham gia công tác khuyến học, khuyến tài.",
        Requirements: "Đảm bảo tính thiết thực, hiệu quả, đúng mục đích, phù hợp với điều kiện thực tế của từng cơ quan, đơn vị và các thôn.\n"
            + (disadvantagedBasis is null ? string.Empty
                : $"Xã thuộc danh sách xã đặc biệt khó khăn theo {disadvantagedBasis.DocumentType} số {disadvantagedBasis.Number}: "
                  + "“Công dân học tập” được công nhận từ 70 điểm, không chỉ số nào dưới 5 điểm.\n")
            + "Phối hợp chặt chẽ giữa các cơ quan, đơn vị để hoàn thành các mục tiêu đề ra.",
        TasksAndSolutions: "Tăng cường tuyên truyền, phổ biến các văn bản về khuyến học, khuyến tài, xây dựng xã hội học tập.\n"
            + "Tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam, Ngày Khuyến học Việt Nam.\n"
            + "Đẩy mạnh phong trào xây dựng các mô hình học tập; nâng cao hiệu quả hoạt động của Trung tâm học tập cộng đồng.",
        Funding: "Được trích từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành.\n"
            + "Huy động từ các nguồn tài trợ, đóng góp hợp pháp của các tổ chức, doanh nghiệp.",
        Recipients: "BTV Đảng ủy;\nThường trực HĐND xã;\nCT - PCT UBND xã;\nCác cơ quan, đơn vị trên địa bàn xã;\nLưu: VT.",
        SignerAuthority: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        SignerName: "Phan Văn Tâm");

    private static UniversalizationSurveyRecord Survey(int unitId, int year, int thcsStudying, string by, DateTimeOffset at)
        => new(unitId, new UniversalizationSurvey
        {
            SurveyYear = year,
            Age5Population = 112, Age5Attending = 112, Age5Completed = 110,
            Age6Population = 118, Age6EnteringGrade1 = 118,
            Age11Population = 105, Age11CompletedPrimary = 102, Age11StillInPrimary = 3,
            Youth15To18Population = 152, Youth15To18LowerSecondaryGraduates = 146, Youth15To18StudyingUpperSecondary = thcsStudying,
            Age15To25Population = 1_020, Age15To25LiterateLevel1 = 1_012,
            Age15To35Population = 1_980, Age15To35LiterateLevel1 = 1_961, Age15To35LiterateLevel2 = 1_948,
            Age15To60Population = 4_870, Age15To60LiterateLevel2 = 4_702,
        }, by, at);

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;
}
