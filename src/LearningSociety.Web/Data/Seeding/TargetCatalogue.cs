using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Universalization;

namespace LearningSociety.Web.Data.Seeding;

/// <summary>
/// The national target catalogue (QĐ 1373/QĐ-TTg, QĐ 677/QĐ-TTg, QĐ 387/QĐ-TTg; TT 24/2023 and TT 25/2023/TT-BGDĐT) and the legal bases the seed plans cite (seed 000). Wording follows
/// the plans; each row names its source.
/// </summary>
public static class TargetCatalogue
{
    private const string Qd1373 = "QĐ 1373/QĐ-TTg";
    private const string Qd677 = "QĐ 677/QĐ-TTg";
    private const string Qd387 = "QĐ 387/QĐ-TTg";

    public static IReadOnlyList<TargetIndicator> Indicators()
    {
        var order = 0;
        TargetIndicator Level(string code, string text, UniversalizationStandard standard, int maxLevel) => TargetIndicator.National(
            code, TargetCategory.Universalization, text, TargetKind.Level, Qd1373 + "; NĐ 20/2014/NĐ-CP", ++order,
            TargetComputation.UniversalizationLevel, maxLevel: maxLevel, standard: standard);

        TargetIndicator Rate(string code, TargetCategory category, string text, string numerator, string denominator, string source,
            TargetComputation computation = TargetComputation.Entered) => TargetIndicator.National(
            code, category, text, TargetKind.Percentage, source, ++order, computation, numerator, denominator);

        TargetIndicator YesNo(string code, string text, string source)
            => TargetIndicator.National(code, TargetCategory.LearningModels, text, TargetKind.YesNo, source, ++order);

        return
        [
            Level("PCGD_MN5", "Phổ cập giáo dục mầm non cho trẻ em 5 tuổi", UniversalizationStandard.Preschool5, 1),
            Level("PCGD_TH", "Phổ cập giáo dục tiểu học", UniversalizationStandard.Primary, 3),
            Level("PCGD_THCS", "Phổ cập giáo dục trung học cơ sở", UniversalizationStandard.LowerSecondary, 3),
            Level("XMC", "Xóa mù chữ", UniversalizationStandard.Literacy, 2),

            Rate("CAP_IT", TargetCategory.Capacity, "Số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin",
                "Số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin", "Số người trong độ tuổi lao động", Qd1373),
            Rate("CAP_LIFE_SKILLS", TargetCategory.Capacity, "Số người trong độ tuổi lao động được trang bị kỹ năng sống",
                "Số người trong độ tuổi lao động được trang bị kỹ năng sống", "Số người trong độ tuổi lao động", Qd1373),
            Rate("CAP_TRAINED", TargetCategory.Capacity, "Dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật",
                "Số người từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật", "Dân số từ 15 tuổi trở lên", Qd1373),
            Rate("CAP_UNIVERSITY", TargetCategory.Capacity, "Dân số từ 15 tuổi trở lên có trình độ đại học trở lên",
                "Số người từ 15 tuổi trở lên có trình độ đại học trở lên", "Dân số từ 15 tuổi trở lên", Qd1373),

            Rate("INST_DIGITAL", TargetCategory.Institutions,
                "Các cơ sở giáo dục, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số",
                "Số cơ sở triển khai quản lý, giảng dạy và học tập trên môi trường số",
                "Tổng số cơ sở giáo dục, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp", Qd1373),
            Rate("INST_CLC_IT", TargetCategory.Institutions,
                "Các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục",
                "Số trung tâm học tập cộng đồng ứng dụng công nghệ thông tin", "Tổng số trung tâm học tập cộng đồng", Qd1373),

            Rate("CDHT_CITIZENS", TargetCategory.LearningModels,
                "Công dân đạt danh hiệu “Công dân học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành",
                "Số công dân được công nhận “Công dân học tập” trong năm", "Số người lớn (dân số trong độ tuổi lao động) của địa bàn",
                Qd677 + "; " + Qd1373, TargetComputation.CdhtRecognisedShare),
            Rate("CDHT_DIGITAL", TargetCategory.LearningModels,
                "“Công dân học tập” có kỹ năng số đáp ứng yêu cầu công việc",
                "Số công dân học tập có điểm thẩm định chỉ số TC2.1 từ 7 trở lên", "Số công dân được công nhận “Công dân học tập”",
                Qd677, TargetComputation.CdhtDigitalSkillsShare),
            Rate("CDHT_STAFF", TargetCategory.LearningModels,
                "Cán bộ, công chức, viên chức, người lao động trong các đơn vị học tập đạt danh hiệu “Công dân học tập”",
                "Số cán bộ, công chức, viên chức, người lao động đạt danh hiệu", "Tổng số cán bộ, công chức, viên chức, người lao động trong các đơn vị học tập",
                Qd677),
            Rate("KH_MEMBERS_TRAINED", TargetCategory.LearningModels,
                "Cán bộ, hội viên Hội Khuyến học được quán triệt tiêu chí “Công dân học tập”",
                "Số cán bộ, hội viên được quán triệt", "Tổng số cán bộ, hội viên Hội Khuyến học", Qd677),
            Rate("MODEL_FAMILY", TargetCategory.LearningModels, "Gia đình được công nhận danh hiệu “Gia đình học tập”",
                "Số gia đình được công nhận", "Tổng số hộ gia đình", Qd387),
            Rate("MODEL_CLAN", TargetCategory.LearningModels, "Dòng họ được công nhận danh hiệu “Dòng họ học tập”",
                "Số dòng họ được công nhận", "Tổng số dòng họ", Qd387),
            Rate("MODEL_COMMUNITY", TargetCategory.LearningModels, "Thôn, tổ dân phố được công nhận danh hiệu “Cộng đồng học tập”",
                "Số thôn, tổ dân phố được công nhận", "Tổng số thôn, tổ dân phố", Qd387),
            Rate("MODEL_UNIT", TargetCategory.LearningModels,
                "Cơ quan, tổ chức, trường học, doanh nghiệp trên địa bàn được công nhận danh hiệu “Đơn vị học tập”",
                "Số đơn vị được công nhận", "Tổng số cơ quan, tổ chức, trường học, doanh nghiệp", Qd387),
            TargetIndicator.National(
                "CDHT_REGISTERED", TargetCategory.LearningModels, "Số công dân đăng ký phấn đấu danh hiệu “Công dân học tập”", TargetKind.Count,
                "KH Tháng Khuyến học 2024, UBND huyện Vĩnh Bảo", ++order, TargetComputation.CdhtRegistered),
            YesNo("COMMUNE_LEARNING_COMMUNITY", "Xã được công nhận danh hiệu “Cộng đồng học tập cấp xã”", "TT 25/2023/TT-BGDĐT"),
            YesNo("COMMUNE_LEARNING_UNIT", "Xã được công nhận danh hiệu “Đơn vị học tập cấp huyện”", "TT 24/2023/TT-BGDĐT"),
        ];
    }

    public static IReadOnlyList<LegalBasis> LegalBases() =>
    [
        Basis("Quyết định", "489/QĐ-TTg", 2020, 4, 8, "Thủ tướng Chính phủ",
            "về việc ban hành Kế hoạch thực hiện Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW ngày 03/4/2007 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập"),
        Basis("Chỉ thị", "14/CT-TTg", 2021, 5, 25, "Thủ tướng Chính phủ",
            "về đẩy mạnh công tác khuyến học, khuyến tài, xây dựng xã hội học tập giai đoạn 2021-2030"),
        Basis("Quyết định", "1373/QĐ-TTg", 2021, 7, 30, "Thủ tướng Chính phủ",
            "phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”"),
        Basis("Quyết định", "387/QĐ-TTg", 2022, 3, 25, "Thủ tướng Chính phủ",
            "phê duyệt Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021-2030”"),
        Basis("Quyết định", "677/QĐ-TTg", 2022, 6, 3, "Thủ tướng Chính phủ",
            "phê duyệt Chương trình “Xây dựng mô hình Công dân học tập giai đoạn 2021-2030”"),
        Basis("Quyết định", "1268/QĐ-TTg", 2022, 10, 19, "Thủ tướng Chính phủ",
            "phê duyệt Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030”"),
        Basis("Quyết định", "1520/QĐ-TTg", 2022, 12, 9, "Thủ tướng Chính phủ",
            "phê duyệt Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”"),
        Basis("Quyết định", "1315/QĐ-TTg", 2023, 11, 9, "Thủ tướng Chính phủ",
            "ban hành Kế hoạch triển khai Phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023-2030”"),
        Basis("Công văn", "2430-CV/TU", 2023, 6, 19, "Tỉnh ủy Thừa Thiên Huế",
            "về việc tăng cường lãnh đạo, chỉ đạo công tác khuyến học, khuyến tài, xây dựng đơn vị học tập, xã hội học tập"),
        Basis("Kế hoạch", "336/KH-UBND", 2021, 10, 27, "UBND tỉnh Thừa Thiên Huế",
            "về việc thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”"),
        Basis("Kế hoạch", "198/KH-UBND", 2021, 12, 31, "UBND huyện Quảng Điền",
            "về việc thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”"),
        Basis("Kế hoạch", "07/KH-UBND", 2024, 1, 8, "UBND tỉnh Thừa Thiên Huế",
            "về việc triển khai phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023-2030” trên địa bàn tỉnh Thừa Thiên Huế"),
        Basis("Kế hoạch", "162/KH-UBND", 2024, 6, 11, "UBND huyện Quảng Điền",
            "về việc thực hiện Đề án “Xây dựng xã hội học tập” năm 2024"),
        Basis("Thông tư", "24/2023/TT-BGDĐT", 2023, 12, 11, "Bộ Giáo dục và Đào tạo",
            "quy định đánh giá, công nhận “Đơn vị học tập” cấp huyện, tỉnh"),
        Basis("Thông tư", "25/2023/TT-BGDĐT", 2023, 12, 27, "Bộ Giáo dục và Đào tạo",
            "quy định đánh giá, công nhận “Cộng đồng học tập” cấp xã, huyện, tỉnh"),
    ];

    private static LegalBasis Basis(string type, string number, int year, int month, int day, string issuer, string title)
        => LegalBasis.Create(type, number, new DateOnly(year, month, day), issuer, title);
}
