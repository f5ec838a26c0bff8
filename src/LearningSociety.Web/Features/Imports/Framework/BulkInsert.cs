using System.Collections;
using System.Data.Common;
using System.Globalization;
using LearningSociety.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LearningSociety.Web.Features.Imports.Framework;

/// <summary>Whether <see cref="BulkInsert.WriteAsync"/> reads back the keys the database generates.</summary>
public enum GeneratedKeys
{
    /// <summary>One row per execution, its key read back (<c>RETURNING</c>, <c>OUTPUT INSERTED</c> on SQL Server, the connection's last row id on SQLite) and set on the entity.</summary>
    ReadBack,

    /// <summary>Nothing points to these rows: keys left unread, several rows per execution.</summary>
    Ignore,
}

/// <summary>
/// Writes many new entities of one type without the change tracker: prepared <c>INSERT</c> commands on the context's
/// connection, inside its current transaction, executed again and again with new parameter values. Everything comes from
/// the EF model, so the rows are what SaveChanges would have written: the table, every mapped property (a property added
/// to the entity is written without touching this code; one the object cannot give, a shadow property, is refused), each
/// value bound by the property's own type mapping and value converter. A generated key read back is set on the entity
/// and on the foreign keys of the dependents it holds (a card's scores), and a dependent takes its foreign key from the
/// principal it points to (a card from its citizen), as EF's fix-up does.
/// </summary>
/// <remarks>
/// Nothing written here is audited and the card tallies do not move (<see cref="Auditing.AuditInterceptor"/> only sees
/// SaveChanges): the caller writes the audit rows (<see cref="Auditing.AuditShape"/>) and brackets the writes with
/// <see cref="CardTallyKeeper"/>. A database error comes out as a <see cref="DbUpdateException"/>, as from SaveChanges.
/// </remarks>
public static class BulkInsert
{
    /// <summary>Rows per statement at most when keys are not read back: one round trip to a database server for many rows.</summary>
    private const int RowsPerStatement = 100;

    /// <summary>Parameters per statement at most on a database server (SQL Server takes 2,100).</summary>
    private const int MaxParameters = 2000;

    /// <summary>
    /// Parameters per statement at most on SQLite. It runs in the process, so a statement saves no round trip, only the
    /// per-statement work (measured: 8–10 rows of a card's scores per statement take about half the time of one row);
    /// but Microsoft.Data.Sqlite finds each parameter by name in a list as long as the statement's parameters, so large
    /// statements lose again (100 rows took longer than one).
    /// </summary>
    private const int MaxSqliteParameters = 64;

    /// <summary>Inserts the entities in order; returns how many.</summary>
    public static async Task<int> WriteAsync<T>(AppDbContext db, IEnumerable<T> entities, GeneratedKeys keys, CancellationToken cancellationToken)
        where T : class
    {
        var table = new BulkTable(db, typeof(T));
        if (keys == GeneratedKeys.ReadBack && table.GeneratedKey is null)
        {
            throw new InvalidOperationException($"{typeof(T).Name} has no generated key to read back.");
        }

        if (keys == GeneratedKeys.Ignore && table.Dependents.Count > 0)
        {
            throw new InvalidOperationException($"{typeof(T).Name} holds dependents: they need its generated key (GeneratedKeys.ReadBack).");
        }

        var rowsPerStatement = keys == GeneratedKeys.ReadBack
            ? 1
            : Math.Clamp((db.Database.IsSqlite() ? MaxSqliteParameters : MaxParameters) / table.Columns.Count, 1, RowsPerStatement);
        var count = 0;
        DbCommand? full = null;
        try
        {
            foreach (var batch in entities.Chunk(rowsPerStatement))
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Every full batch goes through one prepared command; the last, shorter one gets its own.
                var command = batch.Length == rowsPerStatement
                    ? full ??= await table.PrepareAsync(db, rowsPerStatement, keys, cancellationToken)
                    : await table.PrepareAsync(db, batch.Length, keys, cancellationToken);
                try
                {
                    for (var row = 0; row < batch.Length; row++)
                    {
                        table.Bind(command, row, batch[row]);
                    }

                    if (keys == GeneratedKeys.ReadBack && command.Connection is SqliteConnection sqlite)
                    {
                        // The generated integer key is the row id SQLite just gave the row: asked of the connection, as RETURNING
                        // costs SQLite a temporary table per statement (measured: several times the insert itself).
                        await command.ExecuteNonQueryAsync(cancellationToken);
                        table.SetKey(batch[0], SQLitePCL.raw.sqlite3_last_insert_rowid(sqlite.Handle));
                    }
                    else if (keys == GeneratedKeys.ReadBack)
                    {
                        var key = await command.ExecuteScalarAsync(cancellationToken)
                            ?? throw new InvalidOperationException($"The insert into {table.Name} returned no key.");
                        table.SetKey(batch[0], key);
                    }
                    else
                    {
                        await command.ExecuteNonQueryAsync(cancellationToken);
                    }
                }
                finally
                {
                    if (command != full)
                    {
                        await command.DisposeAsync();
                    }
                }

                count += batch.Length;
            }
        }
        catch (DbException e)
        {
            throw new DbUpdateException($"The bulk insert into {table.Name} failed: {e.Message}", e);
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }

        return count;
    }

    /// <summary>The columns written for an entity type, in order: every mapped property but a generated key.</summary>
    public static IReadOnlyList<string> ColumnsOf<T>(AppDbContext db) => [.. new BulkTable(db, typeof(T)).Columns.Select(c => c.Column)];

    /// <summary>The table of one entity type as the EF model maps it, and how its values are bound.</summary>
    private sealed class BulkTable
    {
        private readonly ISqlGenerationHelper _sql;
        private readonly List<IForeignKey> _principals;
        private readonly string _into;
        private readonly string? _returning;
        private readonly bool _outputInserted;
        private readonly bool _sqlite;

        public BulkTable(AppDbContext db, Type type)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            if (entity.GetComplexProperties().Any() || entity.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
            {
                throw new NotSupportedException($"{type.Name} has owned or complex parts: a bulk insert writes plain columns only.");
            }

            Name = entity.GetTableName() ?? throw new InvalidOperationException($"{type.Name} is not mapped to a table.");
            var table = StoreObjectIdentifier.Table(Name, entity.GetSchema());
            // An integer key the database generates (identity, serial, SQLite's row id); a key EF makes on the client (a Guid) is a column like any other.
            GeneratedKey = entity.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } key] && (key.ClrType == typeof(int) || key.ClrType == typeof(long))
                ? key
                : null;
            foreach (var property in entity.GetProperties().Where(p => p != GeneratedKey))
            {
                if (property.IsShadowProperty())
                {
                    throw new NotSupportedException(
                        $"{type.Name}.{property.Name} is a shadow property: a bulk insert writes what the object holds and cannot read it.");
                }

                Columns.Add((property, property.GetColumnName(table) ?? throw new InvalidOperationException($"{type.Name}.{property.Name} has no column in {Name}."),
                    property.GetRelationalTypeMapping(), property.GetGetter()));
            }

            _sql = db.GetService<ISqlGenerationHelper>();
            _into = $"INSERT INTO {_sql.DelimitIdentifier(Name, entity.GetSchema())} ({string.Join(", ", Columns.Select(c => _sql.DelimitIdentifier(c.Column)))})";
            _outputInserted = db.Database.IsSqlServer();
            _sqlite = db.Database.IsSqlite();
            _returning = GeneratedKey is null ? null : _sql.DelimitIdentifier(GeneratedKey.GetColumnName(table)!);
            _principals = [.. entity.GetForeignKeys().Where(fk => fk.DependentToPrincipal is not null)];
            Dependents = [.. entity.GetNavigations().Where(n => n.IsCollection && !n.IsOnDependent)];
        }

        public string Name { get; }

        public IProperty? GeneratedKey { get; }

        public List<(IProperty Property, string Column, RelationalTypeMapping Mapping, IClrPropertyGetter Value)> Columns { get; } = [];

        public List<INavigation> Dependents { get; }

        /// <summary>An INSERT of <paramref name="rows"/> rows, its parameters made once by the type mappings (DbType, provider type, size) as EF makes its own.</summary>
        public async Task<DbCommand> PrepareAsync(AppDbContext db, int rows, GeneratedKeys keys, CancellationToken cancellationToken)
        {
            var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                ?? throw new InvalidOperationException("A bulk insert runs inside the caller's transaction: begin one first.");
            if (db.Database.GetCommandTimeout() is int timeout)
            {
                command.CommandTimeout = timeout;
            }

            var values = new List<string>(rows);
            for (var row = 0; row < rows; row++)
            {
                var placeholders = new List<string>(Columns.Count);
                foreach (var (property, _, mapping, _) in Columns)
                {
                    var name = "p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
                    placeholders.Add(_sql.GenerateParameterNamePlaceholder(name));
                    command.Parameters.Add(mapping.CreateParameter(command, _sql.GenerateParameterName(name), null, property.IsNullable));
                }

                values.Add("(" + string.Join(", ", placeholders) + ")");
            }

            // SQLite's key is read from the connection after the insert (see WriteAsync).
            command.CommandText = keys != GeneratedKeys.ReadBack || _sqlite
                ? $"{_into} VALUES {string.Join(", ", values)}"
                : _outputInserted
                    ? $"{_into} OUTPUT INSERTED.{_returning} VALUES {string.Join(", ", values)}"
                    : $"{_into} VALUES {string.Join(", ", values)} RETURNING {_returning}";
            await command.PrepareAsync(cancellationToken);
            return command;
        }

        /// <summary>Sets the parameters of the <paramref name="row"/>-th row of the command to the entity's values, as SaveChanges binds them.</summary>
        public void Bind(DbCommand command, int row, object entity)
        {
            TakeForeignKeysFromPrincipals(entity);
            for (var i = 0; i < Columns.Count; i++)
            {
                var (_, _, mapping, getter) = Columns[i];
                var value = getter.GetClrValue(entity);
                if (value is not null && mapping.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                if (value is Enum e)
                {
                    value = Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), CultureInfo.InvariantCulture);
                }

                var parameter = command.Parameters[(row * Columns.Count) + i];
                // A size fixed when the parameter was made (SQL Server's nvarchar(4000) for a long column) must never cut a value short.
                if (value is string text && parameter.Size > 0 && text.Length > parameter.Size)
                {
                    parameter.Size = -1;
                }

                parameter.Value = value ?? DBNull.Value;
            }
        }

        /// <summary>The generated key on the entity and on the foreign key of each dependent it holds (a card's scores).</summary>
        public void SetKey(object entity, object key)
        {
            key = Convert.ChangeType(key, GeneratedKey!.ClrType, CultureInfo.InvariantCulture);
            Set(GeneratedKey, entity, key);
            foreach (var navigation in Dependents)
            {
                if (navigation.GetGetter().GetClrValue(entity) is IEnumerable dependents)
                {
                    foreach (var dependent in dependents)
                    {
                        Set(navigation.ForeignKey.Properties.Single(), dependent, key);
                    }
                }
            }
        }

        /// <summary>A card points to its citizen: the citizen's key (written by an earlier insert) is the card's foreign key.</summary>
        private void TakeForeignKeysFromPrincipals(object entity)
        {
            foreach (var foreignKey in _principals)
            {
                if (foreignKey.DependentToPrincipal!.GetGetter().GetClrValue(entity) is not { } principal)
                {
                    continue;
                }

                for (var i = 0; i < foreignKey.Properties.Count; i++)
                {
                    var key = foreignKey.PrincipalKey.Properties[i];
                    var value = key.GetGetter().GetClrValue(principal);
                    if (value is null || Equals(value, key.Sentinel))
                    {
                        throw new InvalidOperationException(
                            $"{entity.GetType().Name} points to a {foreignKey.PrincipalEntityType.ClrType.Name} without a key: write that first.");
                    }

                    Set(foreignKey.Properties[i], entity, value);
                }
            }
        }

        /// <summary>Keys and foreign keys have private setters in the domain: set them as EF does, through the backing field.</summary>
        private static void Set(IProperty property, object entity, object value)
        {
            if (property.FieldInfo is { } field)
            {
                field.SetValue(entity, value);
            }
            else
            {
                property.PropertyInfo!.SetValue(entity, value);
            }
        }
    }
}
