using LearningSociety.Web.Auditing;

namespace LearningSociety.Web.Features.Audit;

public sealed record AuditViewModel(string? Actor, string? Entity, string? EntityId, int Page, int Total, IReadOnlyList<AuditEntry> Rows,
    IReadOnlyList<string> Entities)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)AuditController.PageSize));

    public static string ActionLabel(string action) => action switch
    {
        "Added" => "Thêm",
        "Modified" => "Sửa",
        "Deleted" => "Xóa",
        "Export" => "Xuất/tải dữ liệu cá nhân",
        "View" => "Xem dữ liệu cá nhân",
        "SignIn" => "Đăng nhập",
        "SignInFailed" => "Đăng nhập thất bại",
        _ => action,
    };
}
