using LearningSociety.Domain.Universalization;
using LearningSociety.Web.Features.Imports.Framework;

namespace LearningSociety.Web.Features.Universalization;

/// <summary>
/// The layout of the PCGD-XMC workbook: standards on row 1, column headers on row 2, one commune per row from
/// row 3 (Mã đơn vị, Tên xã, then the 18 counts in <see cref="SurveyLayout"/> order). The template writer and the
/// reader both use it.
/// </summary>
public static class SurveyImportColumns
{
    public const string SheetName = "Số liệu PCGD-XMC";
    public const string GuideSheetName = "Hướng dẫn";

    public const int GroupHeaderRow = 1;
    public const int HeaderRow = 2;

    public const int FirstDataRow = 3;

    public const int Code = 1;
    public const int Name = 2;
    public const int FirstCount = 3;

    public static int Count => FirstCount + SurveyLayout.Counts.Count - 1;

    public static IReadOnlyList<string> Headers { get; } = ["Mã đơn vị", "Tên xã", .. SurveyLayout.Counts.Select(SurveyLayout.Label)];

    public static int ColumnOf(SurveyCount count) => FirstCount + SurveyLayout.Counts.ToList().IndexOf(count);

    /// <summary>The sheet as the import framework reads it (declared after <see cref="Headers"/>, which it needs).</summary>
    public static ImportSheetLayout Layout { get; } = new(SheetName, HeaderRow, FirstDataRow, Headers);
}
