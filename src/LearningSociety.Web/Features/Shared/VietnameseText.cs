using System.Globalization;
using LearningSociety.Domain;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// Vietnamese ordering: SQLite sorts by code point ("Đặng" after "Zô"), so lists a person reads are sorted with the
/// vi-VN comparer. Numbers, rates and dates are written by <see cref="VietnameseFormat"/>.
/// </summary>
public static class VietnameseText
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static readonly StringComparer Comparer = StringComparer.Create(Culture, CompareOptions.None);

    /// <summary>
    /// Vietnamese names sort by given name (the last word), then the whole name. The citizen register sorts in the
    /// database by <see cref="Domain.Citizens.PersonNameKey"/> instead, whose byte order is this one.
    /// </summary>
    public static readonly IComparer<string> PersonName = Comparer<string>.Create((a, b) =>
    {
        var byGiven = Comparer.Compare(GivenName(a), GivenName(b));
        return byGiven != 0 ? byGiven : Comparer.Compare(a, b);
    });

    public static string GivenName(string fullName)
    {
        var index = fullName.TrimEnd().LastIndexOf(' ');
        return index < 0 ? fullName : fullName[(index + 1)..];
    }

    public static string Percent(decimal? fraction) => fraction is null ? "–" : VietnameseFormat.RoundedPercent(fraction.Value);
}
