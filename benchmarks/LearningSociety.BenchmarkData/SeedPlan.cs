using LearningSociety.Domain.Plans;

namespace LearningSociety.BenchmarkData;

/// <summary>
/// The text of the model plan (seed 000, Xã Quảng Phú 2024) for any unit and year, with an annex of key tasks in the
/// shape of seed 002, so the plan print has the length of a real one (about eight pages).
/// </summary>
internal static class SeedPlan
{
    /// <param name="place">"Phước An" for "Xã Phước An".</param>
    /// <param name="level">"xã" or "huyện", as the unit is named inside sentences.</param>
    public static Plan Draft(int unitId, int year, string place, string level, DateTimeOffset at)
    {
        var plan = Plan.Create(unitId, Content(year, place, level), "seed", at);
        plan.ReplaceResponsibilities(Responsibilities(level));
        plan.ReplaceTasks(Tasks(year, level));
        return plan;
    }

    private static PlanContent Content(int year, string place, string level) => new(year, year, string.Empty, place, string.Empty)
    {
        Title = $"Thực hiện Đề án “Xây dựng xã hội học tập” năm {year} trên địa bàn {level} {place}",
        Preamble = $"Thực hiện Kế hoạch số 162/KH-UBND ngày 11/6/{year} của UBND cấp trên về việc thực hiện Đề án “Xây dựng xã hội học tập” "
            + $"năm {year}; UBND {level} ban hành Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm {year} trên địa bàn {level} với các nội dung, cụ thể như sau:",
        Purposes = Lines(
            "Tiếp tục thực hiện các chủ trương của Đảng, chính sách của Nhà nước về xây dựng xã hội học tập, học suốt đời, học tập thường xuyên.",
            "Nâng cao nhận thức và trách nhiệm của mỗi công dân đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập, học tập suốt đời và tiếp tục triển khai các mô hình học tập trong điều kiện nền kinh tế số, xã hội số.",
            "Duy trì và nâng cao chất lượng việc thực hiện các mô hình học tập; vận động toàn dân tích cực tham gia công tác khuyến học, khuyến tài, xây dựng xã hội học tập."),
        Requirements = Lines(
            "Đảm bảo tính thiết thực, hiệu quả, đúng mục đích, phù hợp, linh hoạt, sáng tạo với điều kiện thực tế của từng cơ quan, ban ngành, đoàn thể, các đơn vị, các trường học và các thôn (gọi chung là cơ quan, đơn vị).",
            "Cần phải có sự phối hợp tích cực, đồng bộ, thống nhất, chặt chẽ giữa các cơ quan, đơn vị để tổ chức thực hiện kế hoạch hoàn thành các mục tiêu đề ra.",
            $"Các cơ quan, đơn vị trên địa bàn {level} luôn quan tâm đào tạo, bồi dưỡng nâng cao chuyên môn, nghiệp vụ, nâng cao trình độ chính trị, giáo dục các kiến thức về pháp luật, kỹ năng sống, kỹ năng giao tiếp cho cán bộ, công chức, viên chức, người lao động, học sinh, sinh viên và Nhân dân để góp phần xây dựng cuộc sống cá nhân và cộng đồng ngày càng hạnh phúc hơn."),
        GeneralObjective = "Duy trì vững chắc phổ cập GDMN 5 tuổi, phổ cập GDTH đạt mức độ 3, phổ cập GDTHCS đạt mức độ 3, phổ cập GDXMC đạt mức độ 2.",
        TasksAndSolutions = Lines(
            "1. Tăng cường tuyên truyền, phổ biến nội dung các văn bản của các cấp liên quan đến công tác khuyến học, khuyến tài, xây dựng xã hội học tập",
            "Tăng cường tuyên truyền, phổ biến để nâng cao nhận thức cho người dân và toàn xã hội về học tập suốt đời, xây dựng xã hội học tập trong nền kinh tế số, xã hội số; thông qua sinh hoạt của các tổ chức trong hệ thống chính trị; qua các phương tiện thông tin đại chúng, truyền thông xã hội, hệ thống thông tin cơ sở, các cơ sở giáo dục và các phương thức khác.",
            "Tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam, Ngày Khuyến học Việt Nam.",
            "Biểu dương, tôn vinh, khen thưởng các gương điển hình tiên tiến, nhân rộng mô hình tốt, cách làm hay, sáng kiến có giá trị trong phong trào khuyến học, khuyến tài, xây dựng xã hội học tập.",
            "2. Tăng cường sự lãnh đạo, chỉ đạo của Đảng, sự quản lý của chính quyền",
            $"Thành lập Ban Chỉ đạo phong trào thi đua về công tác khuyến học, khuyến tài, xây dựng xã hội học tập giai đoạn 2023-2030 của {level}.",
            "Tiếp tục tăng cường phối hợp giữa các cơ quan, đơn vị, để thực hiện tốt kế hoạch triển khai thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”; Phong trào thi đua về công tác khuyến học, khuyến tài, xây dựng xã hội học tập giai đoạn 2023-2030.",
            "Các cơ quan, đơn vị, cộng đồng dân cư và gia đình có trách nhiệm cung ứng các cơ hội học tập, vận động và tạo điều kiện thuận lợi để mọi người được học tập thường xuyên, học tập suốt đời.",
            "3. Triển khai phong trào thi đua khuyến học, khuyến tài, xây dựng xã hội học tập",
            $"Lồng ghép các phong trào, cuộc vận động để triển khai sâu rộng phong trào thi đua từ {level} đến thôn với nội dung, hình thức phong phú bảo đảm chất lượng, hiệu quả, thực chất, đáp ứng yêu cầu thực tiễn.",
            "Phát huy được sáng kiến, sáng tạo của các cấp, các ngành, các tầng lớp Nhân dân.",
            "Thi đua nâng cao năng lực sử dụng các công nghệ học tập hiện đại, chuyển đổi số trong các hoạt động học tập suốt đời; nâng cao năng lực số và năng lực sử dụng ngoại ngữ cho người dân, thực hiện học tập mọi lúc, mọi nơi bằng mọi phương pháp để phục vụ cho công việc.",
            "4. Tiếp tục củng cố, phát triển Hội Khuyến học",
            "Tiếp tục củng cố, phát triển Hội Khuyến học các cấp vững mạnh, làm nòng cốt trong việc liên kết, phối hợp với các tổ chức, các lực lượng xã hội tham gia hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập.",
            "Tiếp tục mở rộng các hình thức gây quỹ khuyến học, khuyến tài trên cơ sở vận động Nhân dân và các nhà tài trợ.",
            "5. Đẩy mạnh phong trào xây dựng các mô hình học tập theo hướng thiết thực, hiệu quả, nhằm từng bước hình thành môi trường học tập cho toàn xã hội",
            "Thực hiện Thông tư số 24/2023/TT-BGDĐT ngày 11/12/2023 và Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 của Bộ Giáo dục và Đào tạo.",
            "Khảo sát, điều tra nhu cầu học tập của Nhân dân; tích cực, linh hoạt tổ chức đa dạng các hoạt động, học tập tại các Trung tâm học tập cộng đồng.",
            "Phối hợp mở các lớp bồi dưỡng ngắn hạn như: giáo dục kỹ năng sống; bồi dưỡng, nâng cao trình độ chuyên môn nghiệp vụ; bồi dưỡng ngoại ngữ, tin học; phổ biến kiến thức khoa học, kiến thức pháp luật... cho cán bộ, công chức, viên chức, học sinh và nhân dân.",
            $"6. Huy động sự đóng góp của các tổ chức, cá nhân và toàn xã hội trong quá trình thực hiện Đề án “Xây dựng xã hội học tập” trên địa bàn {level}.",
            "Đẩy mạnh xã hội hóa giáo dục, thu hút các nguồn vốn ngoài ngân sách nhà nước."),
        Funding = Lines(
            "Được trích từ nguồn ngân sách nhà nước theo phân cấp ngân sách quy định của Luật Ngân sách nhà nước.",
            "Huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác."),
        Recipients = Lines("BTV Đảng ủy;", $"Thường trực HĐND {level};", $"CT - PCT UBND {level};", $"Các cơ quan, đơn vị trên địa bàn {level};", "Lưu: VT."),
        SignerAuthority = Lines("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
        SignerName = "Nguyễn Quốc Việt",
    };

    private static PlanResponsibilityContent[] Responsibilities(string level) =>
        [
            Duty(1, "Lĩnh vực văn hoá – xã hội",
                $"Là cơ quan thường trực; chủ trì, phối hợp với Hội Khuyến học {level}, các cơ quan, tổ chức, đơn vị, các trường học và các thôn triển khai thực hiện nghiêm túc kế hoạch này.",
                "Tăng cường phối hợp mở các lớp đào tạo nghề gắn với sản xuất và kinh doanh trên địa bàn.",
                "Nhân rộng các mô hình học tập suốt đời trong thư viện, nhà văn hóa, câu lạc bộ."),
            Duty(2, $"Hội Khuyến học {level}",
                "Phối hợp với Phòng Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch của các cơ quan, đơn vị.",
                "Củng cố, phát triển tổ chức Hội khuyến học các cấp; đa dạng hóa phương thức huy động các nguồn lực phục vụ công tác khuyến học, khuyến tài và xây dựng xã hội học tập."),
            Duty(3, $"Văn phòng thống kê {level}",
                "Phối hợp tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức."),
            Duty(4, $"Kế toán – ngân sách {level}",
                "Tổng hợp dự toán kinh phí của các cơ quan, đơn vị có liên quan, tham mưu UBND bố trí kinh phí trong dự toán chi ngân sách để triển khai thực hiện Kế hoạch."),
            Duty(5, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội liên quan",
                "Tổ chức vận động cán bộ, công chức, viên chức, người lao động, đoàn viên, hội viên và quần chúng nhân dân tham gia, hưởng ứng học tập thường xuyên, học tập suốt đời."),
            Duty(6, $"Các thôn trên địa bàn {level}",
                "Triển khai thực hiện để hoàn thành các mục tiêu, chỉ tiêu, nhiệm vụ có liên quan để đảm bảo việc triển khai thực hiện hiệu quả, thiết thực.",
                "Phát triển các mô hình học tập, học tập suốt đời đáp ứng nhu cầu xã hội và phù hợp quy hoạch của địa phương đến năm 2030."),
        ];

    private static PlanTaskContent[] Tasks(int year, string level) =>
        [
            KeyTask(1, "Tổ chức Tuần lễ hưởng ứng học tập suốt đời", "Lĩnh vực văn hóa – xã hội", $"Hội Khuyến học {level}, các trường học", $"Tháng 10/{year}"),
            KeyTask(2, "Kiện toàn Ban Chỉ đạo xây dựng xã hội học tập", $"UBND {level}", "Các cơ quan, đoàn thể", $"Quý I năm {year}"),
            KeyTask(3, "Đánh giá, công nhận “Công dân học tập”, “Gia đình học tập”, “Dòng họ học tập”", $"Hội Khuyến học {level}", "Các thôn", $"Tháng 11/{year}"),
            KeyTask(4, "Điều tra, cập nhật số liệu phổ cập giáo dục, xóa mù chữ", "Các trường học", "Các thôn", $"Tháng 9/{year}"),
            KeyTask(5, "Sơ kết, tổng kết thực hiện Kế hoạch, báo cáo Phòng Giáo dục và Đào tạo", "Lĩnh vực văn hóa – xã hội", "Các cơ quan, đơn vị", $"Tháng 12/{year}"),
        ];

    private static string Lines(params string[] lines) => string.Join("\n", lines);

    // The order is the position in the list.
    private static PlanResponsibilityContent Duty(int order, string body, params string[] duties) => new(body, Lines(duties));

    private static PlanTaskContent KeyTask(int order, string content, string lead, string coordinating, string completion)
        => new(content, lead, coordinating, completion);
}
