namespace LearningSociety.Domain.Approvals;

/// <summary>What happened to one item of a bulk action: success, or the Vietnamese reason it was refused.</summary>
public sealed record BulkItemOutcome<T>(T Item, string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>Per-item results of one action applied to many candidates (e.g. "công nhận tất cả").</summary>
public sealed class BulkOutcome<T>
{
    internal BulkOutcome(IReadOnlyList<BulkItemOutcome<T>> items) => Items = items;

    public IReadOnlyList<BulkItemOutcome<T>> Items { get; }

    public int SucceededCount => Items.Count(i => i.Succeeded);

    public int FailedCount => Items.Count - SucceededCount;

    public bool AllSucceeded => FailedCount == 0;

    public IEnumerable<BulkItemOutcome<T>> Failures => Items.Where(i => !i.Succeeded);

    /// <summary>E.g. "Đã xử lý 8/10 hồ sơ; 2 hồ sơ không thực hiện được".</summary>
    public string Summary => FailedCount == 0
        ? $"Đã xử lý {SucceededCount}/{Items.Count} hồ sơ"
        : $"Đã xử lý {SucceededCount}/{Items.Count} hồ sơ; {FailedCount} hồ sơ không thực hiện được";
}

public static class BulkOutcome
{
    /// <summary>
    /// Applies <paramref name="action"/> to every item and collects refusals instead of stopping at the
    /// first, because one bad file should not block a commune's whole list. Only domain refusals are
    /// collected; any other exception is a bug and propagates. A refused item is left unchanged.
    /// </summary>
    public static BulkOutcome<T> Apply<T>(IEnumerable<T> items, Action<T> action)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(action);
        var outcomes = new List<BulkItemOutcome<T>>();
        foreach (var item in items)
        {
            try
            {
                action(item);
                outcomes.Add(new BulkItemOutcome<T>(item, null));
            }
            catch (DomainException refused)
            {
                outcomes.Add(new BulkItemOutcome<T>(item, refused.Message));
            }
        }

        return new BulkOutcome<T>(outcomes);
    }
}
