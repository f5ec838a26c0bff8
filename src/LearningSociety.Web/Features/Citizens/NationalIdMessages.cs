namespace LearningSociety.Web.Features.Citizens;

/// <summary>What the register says about a CCCD number already held by someone.</summary>
public static class NationalIdMessages
{
    /// <summary>
    /// The same words on the citizen form and in the import, wherever the holder lives: that the number is taken and
    /// whom to ask, never where or by whom (a village officer may not learn about citizens outside their villages).
    /// </summary>
    public const string AlreadyRegistered =
        "Số CCCD này đã được đăng ký cho một công dân trong sổ công dân học tập. Hãy kiểm tra lại số; nếu số đúng, " +
        "vui lòng liên hệ Phòng Giáo dục và Đào tạo hoặc quản trị hệ thống để được xác minh.";
}
