using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LearningSociety.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.TestSupport;

/// <summary>
/// The row count and a hash of the content of every table the portal's EF model maps, read with plain SQL through the
/// portal's own connection: two fingerprints taken around a request tell whether it changed anything in the database.
/// Rows are hashed in a stable order (their text, sorted ordinally), so the order the database returns them in does not
/// matter.
/// </summary>
public sealed class DatabaseFingerprint
{
    private DatabaseFingerprint(IReadOnlyDictionary<string, (int Rows, string Hash)> tables) => Tables = tables;

    /// <summary>Per table (schema-qualified when the model has a schema): its row count and the hash of its rows.</summary>
    public IReadOnlyDictionary<string, (int Rows, string Hash)> Tables { get; }

    /// <summary>Every table of the model except <paramref name="excluded"/> (table names as the model maps them).</summary>
    public static async Task<DatabaseFingerprint> TakeAsync(IServiceProvider portalServices, IReadOnlyCollection<string> excluded,
        CancellationToken cancellationToken = default)
    {
        await using var scope = portalServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.GetViewName() is null && t.GetSqlQuery() is null)
            .Select(t => (Schema: t.GetSchema(), Table: t.GetTableName()!))
            .Where(t => !excluded.Contains(t.Table))
            .Distinct()
            .OrderBy(t => t.Schema, StringComparer.Ordinal).ThenBy(t => t.Table, StringComparer.Ordinal)
            .ToList();

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var result = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
            foreach (var (schema, table) in tables)
            {
                var name = schema is null ? table : $"{schema}.{table}";
                result[name] = await HashAsync(connection, schema is null ? Quote(table) : $"{Quote(schema)}.{Quote(table)}", cancellationToken);
            }

            return new DatabaseFingerprint(result);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The tables whose count or content differ from <paramref name="before"/>, with their row counts, for a test's message.</summary>
    public IReadOnlyList<string> ChangesSince(DatabaseFingerprint before)
        => Tables.Keys.Union(before.Tables.Keys).Order(StringComparer.Ordinal)
            .Where(t => !before.Tables.TryGetValue(t, out var was) || !Tables.TryGetValue(t, out var now) || was != now)
            .Select(t => $"{t}: {(before.Tables.TryGetValue(t, out var was) ? was.Rows : 0)} → {(Tables.TryGetValue(t, out var now) ? now.Rows : 0)} rows"
                + (was.Rows == now.Rows ? " (content changed)" : string.Empty))
            .ToList();

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task<(int Rows, string Hash)> HashAsync(DbConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<string>();
        var line = new StringBuilder();
        while (await reader.ReadAsync(cancellationToken))
        {
            line.Clear();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                line.Append(reader.GetName(i)).Append('=').Append(Text(reader.GetValue(i))).Append('\u001f');
            }

            rows.Add(line.ToString());
        }

        rows.Sort(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows)));
        return (rows.Count, Convert.ToHexStringLower(hash));
    }

    private static string Text(object value) => value switch
    {
        DBNull => "\u2400",
        byte[] bytes => Convert.ToHexStringLower(SHA256.HashData(bytes)),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
