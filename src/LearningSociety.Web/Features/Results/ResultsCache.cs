using LearningSociety.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LearningSociety.Web.Features.Results;

/// <summary>
/// Results computed from the data (a district's counts, its communes' PCGD-XMC levels), kept in memory under the
/// <see cref="DataVersion"/> they were read at. Every use first reads the version (one primary-key lookup): a change
/// committed by any instance has moved it, so a cached result is only ever served for the state it was computed from,
/// and two instances on one database never disagree. Inside a transaction (a request that is changing data) nothing is
/// read from or written to the cache: what that transaction sees is not yet the committed state.
/// </summary>
public sealed class ResultsCache : IDisposable
{
    /// <summary>About this many result rows (a few tens of MB) are held; the least recently used go first.</summary>
    public const int RowLimit = 200_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = RowLimit, CompactionPercentage = 0.25 });

    /// <summary>A result held this long after its last use; older versions' entries age out the same way.</summary>
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(5);

    /// <param name="key">What is computed, with every argument it depends on (the version is added here).</param>
    /// <param name="size">The entry's weight against the cache's size limit, about its number of rows.</param>
    public async Task<T> GetOrComputeAsync<T>(AppDbContext db, string key, Func<Task<T>> compute, Func<T, int> size,
        CancellationToken cancellationToken)
        where T : class
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await compute();
        }

        var version = await db.DataVersions.AsNoTracking().Where(v => v.Id == DataVersion.SingleId).Select(v => v.Version)
            .FirstOrDefaultAsync(cancellationToken);
        var cacheKey = (key, version);
        if (cache.TryGetValue(cacheKey, out T? known) && known is not null)
        {
            return known;
        }

        var value = await compute();
        cache.Set(cacheKey, value, new MemoryCacheEntryOptions { Size = Math.Max(1, size(value)), SlidingExpiration = Unused });
        return value;
    }

    public void Dispose() => cache.Dispose();
}
