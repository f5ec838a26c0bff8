namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// Page navigation of a list (the <c>_Pager</c> partial): first, previous, a window of pages around the current one,
/// next and last, so a list of 8,000 pages shows a handful of links. <paramref name="UrlFor"/> gives a page's address.
/// </summary>
public sealed record Pager(int Page, int PageCount, Func<int, string> UrlFor)
{
    /// <summary>Pages shown on each side of the current one (five numbers in all when there are enough pages).</summary>
    public const int Reach = 2;

    /// <summary>The page numbers to link: the current page and up to <see cref="Reach"/> on each side, always five when there are five.</summary>
    public IReadOnlyList<int> Window
    {
        get
        {
            var first = Math.Clamp(Page - Reach, 1, Math.Max(1, PageCount - (2 * Reach)));
            var last = Math.Min(PageCount, first + (2 * Reach));
            return Enumerable.Range(first, Math.Max(0, last - first + 1)).ToList();
        }
    }

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    public static int PageCountOf(int total, int pageSize) => Math.Max(1, (int)((total + (long)pageSize - 1) / pageSize));
}
