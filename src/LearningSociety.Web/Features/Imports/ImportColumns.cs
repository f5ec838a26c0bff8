using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Features.Imports.Framework;

namespace LearningSociety.Web.Features.Imports;

/// <summary>
/// The layout of the import workbook: one sheet "Danh sách", group headers on row 1, column headers on
/// row 2, one citizen per row from row 3. The template writer and the reader both use it, so they
/// cannot drift apart.
/// </summary>
public static class ImportColumns
{
    public const string SheetName = "Danh sách";
    public const string GuideSheetName = "Hướng dẫn";

    public const int GroupHeaderRow = 1;
    public const int HeaderRow = 2;
    public const int FirstDataRow = 3;

    public const int FullName = 1;
    public const int DateOfBirth = 2;
    public const int BirthYear = 3;
    public const int Gender = 4;
    public const int Group = 5;
    public const int Village = 6;
    public const int NationalId = 7;
    public const int Phone = 8;
    public const int ConsentDate = 9;
    public const int Year = 10;
    public const int FirstSelfScore = 11;
    /// <summary>
    /// The citizen's evidence notes, one per indicator, right after the self-scores: the paper self-assessment form carries
    /// each indicator's score and evidence together, so the citizen's part is typed in one stretch before the branch's appraisal.
    /// </summary>
    public const int FirstEvidenceNote = FirstSelfScore + RecognitionRule.IndicatorCount;
    public const int FirstAppraisedScore = FirstEvidenceNote + RecognitionRule.IndicatorCount;
    public const int Reason = FirstAppraisedScore + RecognitionRule.IndicatorCount;
    public const int Count = Reason;

    public const string SelfGroupTitle = "Điểm tự đánh giá (1–10)";
    public const string EvidenceGroupTitle = "Minh chứng của công dân (không bắt buộc)";
    public const string EvidenceHeaderPrefix = "Minh chứng ";
    public const string AppraisedGroupTitle = "Điểm thẩm định của chi hội (1–10)";

    /// <summary>The headers of row 2, in column order.</summary>
    public static IReadOnlyList<string> Headers { get; } =
    [
        "Họ và tên", "Ngày sinh", "Năm sinh", "Giới tính", "Nhóm", "Thôn", "Số CCCD", "Điện thoại", "Ngày đồng ý", "Năm",
        .. IndicatorDefinition.Codes,
        .. IndicatorDefinition.Codes.Select(c => EvidenceHeaderPrefix + ScorecardEvaluation.DisplayCode(c)),
        .. IndicatorDefinition.Codes, "Lý do điều chỉnh",
    ];

    public static bool IsSelfScore(int column) => column is >= FirstSelfScore and < FirstEvidenceNote;

    public static bool IsEvidenceNote(int column) => column is >= FirstEvidenceNote and < FirstAppraisedScore;

    public static bool IsAppraisedScore(int column) => column is >= FirstAppraisedScore and < Reason;

    /// <summary>The name used in error messages; score columns say which of the two groups they belong to.</summary>
    public static string DisplayName(int column) => column switch
    {
        _ when IsSelfScore(column) => $"Tự đánh giá {Headers[column - 1]}",
        _ when IsAppraisedScore(column) => $"Thẩm định {Headers[column - 1]}",
        _ => Headers[column - 1],
    };

    /// <summary>
    /// The column of the input a domain rule refused (<see cref="Domain.DomainException.Field"/>): a citizen field, the
    /// year, the reason, or an indicator's score in the group being entered (<paramref name="firstScoreColumn"/>).
    /// Null when the rule concerns the whole row (a card already proposed upward).
    /// </summary>
    public static int? ColumnOf(string? field, int firstScoreColumn) => field switch
    {
        nameof(Citizen.FullName) => FullName,
        nameof(Citizen.BirthYear) => BirthYear,
        nameof(Citizen.NationalId) => NationalId,
        nameof(Citizen.ConsentDate) => ConsentDate,
        nameof(CdhtRegistration.Year) => Year,
        nameof(ScorecardEntry.AppraisalReason) => Reason,
        not null when IndicatorDefinition.Codes.ToList().IndexOf(field) is var index and >= 0 => firstScoreColumn + index,
        _ => null,
    };

    /// <summary>The sheet as the import framework reads it (declared after <see cref="Headers"/>, which it needs).</summary>
    public static ImportSheetLayout Layout { get; } = new(SheetName, HeaderRow, FirstDataRow, Headers, DisplayName);
}
