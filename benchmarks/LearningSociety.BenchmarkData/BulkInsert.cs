using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LearningSociety.BenchmarkData;

/// <summary>
/// Inserts domain objects with one prepared INSERT per table inside the caller's transaction. Table and column names
/// and value conversions come from the EF model, so the rows are exactly what the app would have written.
/// </summary>
public sealed class BulkInsert<T> : IDisposable
    where T : class
{
    private readonly SqliteCommand command;
    private readonly List<(IProperty Property, SqliteParameter Parameter)> columns = [];

    public BulkInsert(DbContext db, SqliteConnection connection, SqliteTransaction transaction)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = new List<string>();
        foreach (var property in entity.GetProperties().Where(p => p.PropertyInfo is not null))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$p" + names.Count.ToString(CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
            columns.Add((property, parameter));
            names.Add("\"" + property.GetColumnName(table) + "\"");
        }

        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", names)}) VALUES ({string.Join(", ", columns.Select(c => c.Parameter.ParameterName))})";
        command.Prepare();
    }

    public int Rows { get; private set; }

    public void Add(T item)
    {
        foreach (var (property, parameter) in columns)
        {
            parameter.Value = ToProvider(property, property.PropertyInfo!.GetValue(item)) ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
        Rows++;
    }

    public void Dispose() => command.Dispose();

    // Converters declared in the model (enums as text, DateTimeOffset as a number) first; then how EF's SQLite
    // type mappings store what Microsoft.Data.Sqlite would otherwise bind differently.
    private static object? ToProvider(IProperty property, object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (property.GetTypeMapping().Converter is { } converter)
        {
            value = converter.ConvertToProvider(value);
        }

        return value switch
        {
            Guid guid => guid.ToString().ToUpperInvariant(),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Enum e => Convert.ToInt32(e, CultureInfo.InvariantCulture),
            _ => value,
        };
    }
}

/// <summary>Sets the database-generated keys the domain keeps behind private setters, continuing after the rows already there.</summary>
public static class Keys
{
    public static void Set(object entity, string property, object value)
        => entity.GetType().GetProperty(property)!.SetValue(entity, value);

    /// <summary>The keys after the largest <c>Id</c> of <typeparamref name="T"/>'s table (the demo's rows, an earlier seed).</summary>
    public static KeySequence After<T>(DbContext db, SqliteConnection connection, SqliteTransaction? transaction = null)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single().GetColumnName(table);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COALESCE(MAX(\"{key}\"), 0) FROM \"{table.Name}\"";
        return new KeySequence(Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture));
    }
}

/// <summary>The next key of a table, as the database would have given it.</summary>
public sealed class KeySequence(long last)
{
    public int Next() => checked((int)++last);
}
