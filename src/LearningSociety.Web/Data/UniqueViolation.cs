using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LearningSociety.Web.Data;

/// <summary>
/// Recognises the save a unique index refused: the same row written by two requests at once (a register entry for a
/// citizen and year, a CCCD, a decision number, a unit's first facts of a year). Checks made before the save cannot see
/// a row another request has not committed yet; the index can, and this tells that refusal from every other error, on
/// each of the portal's databases.
/// </summary>
public static class UniqueViolation
{
    /// <summary>SQLite: SQLITE_CONSTRAINT (19) with the extended codes of a UNIQUE index (2067) or a PRIMARY KEY (1555).</summary>
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>PostgreSQL: unique_violation.</summary>
    private const string PostgreSqlUniqueViolation = "23505";

    /// <summary>SQL Server: a duplicate key in a unique index (2601) or a primary key / unique constraint (2627).</summary>
    private static readonly int[] SqlServerDuplicateKey = [2601, 2627];

    /// <summary>Whether the save failed because a unique index (or primary key) already holds the value.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => IsUniqueViolation(exception.InnerException);

    /// <summary>The same test on a provider's own exception (or null).</summary>
    public static bool IsUniqueViolation(Exception? exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgreSqlUniqueViolation,
        Microsoft.Data.SqlClient.SqlException sqlServer => SqlServerDuplicateKey.Contains(sqlServer.Number),
        _ => false,
    };
}
