using Npgsql;

namespace LearningSociety.Web.Tests.Infrastructure;

/// <summary>The database a test portal runs on.</summary>
public enum TestDatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// The PostgreSQL server of this test run, given as an administrator connection string in
/// <c>LEARNINGSOCIETY_TEST_POSTGRES</c> (<c>.ci/run</c> starts a throwaway cluster with tools/postgres-cluster.sh
/// and sets it). Each portal gets a database of its own, created empty and dropped when the portal is disposed.
/// Without a server the PostgreSQL tests are skipped with the reason, unless <c>REQUIRE_POSTGRES=1</c>.
/// </summary>
public static class TestPostgreSql
{
    public const string Variable = "LEARNINGSOCIETY_TEST_POSTGRES";

    public static string? AdminConnectionString
        => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool Required => Environment.GetEnvironmentVariable("REQUIRE_POSTGRES") == "1";

    /// <summary>Why PostgreSQL tests do not run here, or null when they run (or must run).</summary>
    public static string? SkipReason => AdminConnectionString is null && !Required
        ? $"No PostgreSQL server: set {Variable} to an administrator connection string (tools/postgres-cluster.sh start DIR prints one); REQUIRE_POSTGRES=1 makes this a failure."
        : null;

    private static string Admin => AdminConnectionString
        ?? throw new InvalidOperationException($"REQUIRE_POSTGRES=1 but {Variable} is not set: no PostgreSQL server to test on.");

    /// <summary>Creates an empty database and answers its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = "ls_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(Admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Admin) { Database = name }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(Admin);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>A fact that needs the PostgreSQL server of the test run (see <see cref="TestPostgreSql"/>).</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (TestPostgreSql.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
