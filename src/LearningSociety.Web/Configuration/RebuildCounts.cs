using LearningSociety.Web.Data;

namespace LearningSociety.Web.Configuration;

/// <summary>
/// <c>dotnet LearningSociety.Web.dll rebuild-counts</c>: recounts the card tallies (<see cref="CardTally"/>) from the cards,
/// in one transaction, and says whether they had drifted. Every save keeps them right; this is for data loaded around the
/// portal (a restored backup, rows written by hand) and for peace of mind before a deadline.
/// </summary>
public static class RebuildCounts
{
    public const string Command = "rebuild-counts";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Command;

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await CardTallyKeeper.StoredAsync(db, CancellationToken.None);
        var buckets = await CardTallyKeeper.RebuildAsync(db, CancellationToken.None);
        var rebuilt = await CardTallyKeeper.StoredAsync(db, CancellationToken.None);
        var drifted = rebuilt.Count(x => stored.GetValueOrDefault(x.Key) != x.Value) + stored.Keys.Count(k => !rebuilt.ContainsKey(k));
        output.WriteLine(drifted == 0
            ? $"Counts rebuilt: {buckets} buckets, {rebuilt.Values.Sum()} cards; they had not drifted."
            : $"Counts rebuilt: {buckets} buckets, {rebuilt.Values.Sum()} cards; {drifted} buckets had drifted and are now right.");
        return 0;
    }
}
