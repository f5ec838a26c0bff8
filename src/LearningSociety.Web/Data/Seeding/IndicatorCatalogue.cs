using LearningSociety.Domain.Scorecards;

namespace LearningSociety.Web.Data.Seeding;

/// <summary>The seed wording of the CDHT indicators per citizen group (KH 196/KH-KHVN of 16/6/2022, adapted per group).</summary>
public static class IndicatorCatalogue
{
    public sealed record GroupSeed(string Code, string Name, string Description, string[] Texts);

    private static readonly string[] CommonCore =
    [
        "Đọc, cập nhật thông tin và tri thức qua sách báo, truyền hình, máy tính, điện thoại",
        "Có kế hoạch học tập theo chương trình phục vụ công việc hoặc do Nhà nước, cơ quan, đoàn thể quy định",
        "Sắp xếp công việc để có thời gian tham gia hoạt động tại nhà văn hóa, câu lạc bộ, thư viện, hội thảo, hội nghị",
        "Động viên, tạo điều kiện cho người thân trong gia đình và đồng nghiệp học tập thường xuyên",
        "Sử dụng công nghệ thông tin / kỹ năng số đáp ứng yêu cầu công việc",
        "Sử dụng ngoại ngữ theo yêu cầu công việc, vị trí đảm nhận",
        "Kỹ năng tính toán để cải tiến, sáng tạo, nâng cao năng suất lao động",
        "Tư duy biện chứng, tư duy phản biện trong công việc, sản xuất, kinh doanh, dịch vụ và hoạt động xã hội",
        "Xây dựng quan hệ thân thiện, biết điều hòa các mối quan hệ, tránh xung đột",
        "Hợp tác, chia sẻ trong lao động và hoạt động xã hội với đồng nghiệp, cộng đồng",
    ];

    public static readonly IReadOnlyList<GroupSeed> Groups =
    [
        new("N1", "Nhóm 1", "Nông dân, lao động nông thôn",
        [
            "Đọc sách báo, nghe đài, xem tivi, dùng điện thoại để cập nhật kiến thức sản xuất, thị trường, chính sách",
            "Có kế hoạch học tập: tập huấn khuyến nông, chuyển giao kỹ thuật, lớp tại TTHTCĐ",
            "Tham gia sinh hoạt tại TTHTCĐ, nhà văn hóa thôn, câu lạc bộ, thư viện",
            "Động viên con cháu, người thân học tập; gia đình đạt \"Gia đình học tập\"",
            "Dùng điện thoại thông minh: tra cứu, dịch vụ công, thanh toán, bán hàng trực tuyến",
            "Biết một số từ, câu ngoại ngữ hoặc tiếng dân tộc phục vụ sản xuất, giao tiếp",
            "Tính toán chi phí, lợi nhuận mùa vụ, vật nuôi; áp dụng để tăng năng suất",
            "Nhận biết, phản biện thông tin sai; chọn phương án sản xuất hợp lý",
            "Hòa thuận với hàng xóm, tham gia hòa giải ở cơ sở",
            "Tham gia tổ hợp tác, hợp tác xã, chia sẻ kinh nghiệm sản xuất",
        ]),
        new("N2", "Nhóm 2", "Công nhân, lao động tiểu thủ công, thợ, lao động tự do",
        [
            "Cập nhật thông tin về nghề, an toàn lao động, kỹ thuật mới qua sách báo, mạng",
            "Có kế hoạch bồi dưỡng, nâng bậc tay nghề, học nghề mới",
            "Tham gia sinh hoạt học tập tại doanh nghiệp, công đoàn, câu lạc bộ, thư viện",
            "Động viên người thân, bạn nghề học tập",
            "Dùng thiết bị số, phần mềm phục vụ công việc",
            "Đọc hiểu thuật ngữ, hướng dẫn thiết bị bằng ngoại ngữ",
            "Tính toán vật tư, định mức, cải tiến thao tác",
            "Phát hiện lỗi, đề xuất cải tiến quy trình",
            "Quan hệ tốt với đồng nghiệp, chủ sử dụng lao động",
            "Làm việc nhóm, kèm cặp thợ mới",
        ]),
        new("N3", "Nhóm 3", "Cán bộ, công chức, viên chức, người quản lý, doanh nhân",
        [
            "Thường xuyên đọc, cập nhật văn bản, tri thức chuyên môn, quản lý",
            "Có kế hoạch học tập, bồi dưỡng theo vị trí việc làm, chương trình bắt buộc",
            "Tham gia hội nghị, hội thảo, câu lạc bộ, thư viện, học trực tuyến",
            "Tạo điều kiện cho đồng nghiệp, cấp dưới, người thân học tập",
            "Thành thạo công nghệ thông tin, kỹ năng số trong công vụ, quản trị",
            "Sử dụng ngoại ngữ theo chuẩn vị trí việc làm",
            "Lập kế hoạch, dự toán, phân tích số liệu, sáng kiến",
            "Tham mưu, phản biện, đề xuất giải pháp, sáng kiến",
            "Ứng xử văn hóa công sở, giải quyết xung đột",
            "Phối hợp liên ngành, chia sẻ tri thức, hướng dẫn đồng nghiệp",
        ]),
    ];

    /// <summary>Guidance shown under each indicator until the official "Hướng dẫn đánh giá, cho điểm" is obtained.</summary>
    public static string Guidance(string code)
    {
        var index = IndicatorDefinition.Codes.ToList().IndexOf(code);
        return $"Nội dung chung: {CommonCore[index]}. Chấm từ 1 đến 10 điểm; kê khai minh chứng (giấy chứng nhận, ảnh, xác nhận của chi hội…).";
    }
}
