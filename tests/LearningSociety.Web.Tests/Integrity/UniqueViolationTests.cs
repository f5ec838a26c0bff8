using System.Reflection;
using LearningSociety.Web.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LearningSociety.Web.Tests.Integrity;

/// <summary>
/// <see cref="UniqueViolation"/> tells a unique index's refusal from every other error on each database. SQLite and
/// PostgreSQL are also exercised by the race tests; SQL Server cannot run here, so its errors are built the way SqlClient
/// builds them when the server answers (its internal <c>SqlError</c> and <c>SqlException.CreateException</c>).
/// </summary>
public sealed class UniqueViolationClassification
{
    [Theory]
    [InlineData(2601, true)] // Cannot insert duplicate key row in object with unique index
    [InlineData(2627, true)] // Violation of PRIMARY KEY / UNIQUE KEY constraint
    [InlineData(547, false)] // a foreign key or check constraint
    [InlineData(1205, false)] // chosen as deadlock victim
    [InlineData(50000, false)]
    public void ASqlServerErrorIsAUniqueViolationOnlyForTheDuplicateKeyNumbers(int number, bool unique)
    {
        var error = SqlServerError(number);

        Assert.Equal(number, error.Number);
        Assert.Equal(unique, UniqueViolation.IsUniqueViolation(error));
        Assert.Equal(unique, new DbUpdateException("save failed", error).IsUniqueViolation());
    }

    [Theory]
    [InlineData(19, 2067, true)] // SQLITE_CONSTRAINT_UNIQUE
    [InlineData(19, 1555, true)] // SQLITE_CONSTRAINT_PRIMARYKEY
    [InlineData(19, 787, false)] // SQLITE_CONSTRAINT_FOREIGNKEY
    [InlineData(5, 5, false)] // SQLITE_BUSY
    public void ASqliteErrorIsAUniqueViolationOnlyForAUniqueOrPrimaryKeyConstraint(int code, int extended, bool unique)
        => Assert.Equal(unique, new DbUpdateException("save failed", new SqliteException("constraint", code, extended)).IsUniqueViolation());

    [Theory]
    [InlineData("23505", true)] // unique_violation
    [InlineData("23503", false)] // foreign_key_violation
    [InlineData("40001", false)] // serialization_failure
    public void APostgreSqlErrorIsAUniqueViolationOnlyForItsState(string sqlState, bool unique)
        => Assert.Equal(unique, new DbUpdateException("save failed", new PostgresException("duplicate", "ERROR", "ERROR", sqlState)).IsUniqueViolation());

    [Fact]
    public void ASaveWithoutAProviderErrorIsNotAUniqueViolation()
        => Assert.False(new DbUpdateException("save failed", new InvalidOperationException()).IsUniqueViolation());

    /// <summary>A <see cref="SqlException"/> holding one error of <paramref name="number"/>, as SqlClient makes it from the server's answer.</summary>
    private static SqlException SqlServerError(int number)
    {
        const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Instance;
        var constructor = typeof(SqlError).GetConstructors(Internal).OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => p.Name switch
        {
            "infoNumber" => number,
            "errorClass" => (byte)14,
            "errorState" => (byte)1,
            "server" => "db",
            "errorMessage" => "Cannot insert duplicate key row.",
            "procedure" => string.Empty,
            _ => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null,
        }).ToArray();
        var error = (SqlError)constructor.Invoke(arguments);
        var errors = (SqlErrorCollection)Activator.CreateInstance(typeof(SqlErrorCollection), nonPublic: true)!;
        typeof(SqlErrorCollection).GetMethod("Add", Internal)!.Invoke(errors, [error]);
        var create = typeof(SqlException).GetMethod("CreateException", BindingFlags.NonPublic | BindingFlags.Static, [typeof(SqlErrorCollection), typeof(string)])!;
        return (SqlException)create.Invoke(null, [errors, "16.00.1000"])!;
    }
}
