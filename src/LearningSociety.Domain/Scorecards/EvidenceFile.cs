namespace LearningSociety.Domain.Scorecards;

/// <summary>
/// A file of evidence (minh chứng) for a self-assessment. The bytes live in the database so that every
/// web instance can serve them and nothing sits under wwwroot.
/// </summary>
public sealed class EvidenceFile
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The longest file name kept (the column's length).</summary>
    public const int MaxFileNameLength = 255;

    private EvidenceFile()
    {
        FileName = ContentType = UploadedBy = string.Empty;
        Content = [];
    }

    public EvidenceFile(int registrationId, string? indicatorCode, string fileName, string contentType, byte[] content,
        string uploadedBy, DateTimeOffset uploadedAt)
    {
        if (indicatorCode is not null && !IndicatorDefinition.Codes.Contains(indicatorCode))
        {
            throw new DomainException("Chỉ số của minh chứng không có trong phiếu; hãy chọn trong danh sách.", nameof(IndicatorCode));
        }

        if (string.IsNullOrWhiteSpace(fileName) || fileName.Length > MaxFileNameLength)
        {
            throw new DomainException($"Tên tệp minh chứng phải có từ 1 đến {MaxFileNameLength} ký tự; hãy đổi tên tệp rồi tải lại.", nameof(FileName));
        }

        RegistrationId = registrationId;
        IndicatorCode = indicatorCode;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Length = content.LongLength;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public int Id { get; private set; }

    public int RegistrationId { get; private set; }

    public string? IndicatorCode { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Length { get; private set; }

    public byte[] Content { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>
    /// Recognises PDF, JPEG and PNG by their first bytes, never by the name or the browser's claim,
    /// and returns the content type, or null for anything else.
    /// </summary>
    public static string? DetectContentType(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return "image/jpeg";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        return null;
    }
}
