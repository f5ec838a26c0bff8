using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LearningSociety.Web.Tests.PostgreSql;

/// <summary>ADR-004 for the third set: same migrations, no pending model changes, and the real migrations on a real empty database.</summary>
public sealed class PostgreSqlMigrations
{
    private static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[15..]);

    [Fact]
    public void ThePostgreSqlModelHasNoPendingChanges()
    {
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context PostgreSqlAppDbContext --output-dir Data/Migrations/PostgreSql");
    }

    [Fact]
    public void ThePostgreSqlSetHasTheSameMigrationsAsTheOtherTwo()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgreSql = new PostgreSqlDesignTimeFactory().CreateDbContext([]);

        Assert.Equal(Names(sqlite), Names(postgreSql));
    }

    [PostgreSqlFact]
    public async Task TheMigrationsBuildAnEmptyDatabaseThatSortsInVietnameseAndKeepsUniqueValuesUniqueWithoutCase()
    {
        var connectionString = TestPostgreSql.CreateDatabase();
        try
        {
            var options = new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(connectionString).Options;
            await using (var db = new PostgreSqlAppDbContext(options))
            {
                await db.Database.MigrateAsync();

                Assert.Equal(Names(db), (await db.Database.GetAppliedMigrationsAsync()).Select(m => m[15..]));
                Assert.False(db.Database.HasPendingModelChanges());

                foreach (var (code, name) in new[] { ("zo", "Zô"), ("dang", "Đặng"), ("anh", "Ánh"), ("dung", "Dũng"), ("binh", "Bình"), ("an", "An") })
                {
                    db.AdministrativeLevels.Add(new AdministrativeLevel(code, name, 9));
                }

                await db.SaveChangesAsync();
                Assert.Equal(["An", "Ánh", "Bình", "Dũng", "Đặng", "Zô"], await db.AdministrativeLevels.OrderBy(l => l.Name).Select(l => l.Name).ToListAsync());

                // Accents still count under the unique index: "đang" is another code than "dang".
                db.AdministrativeLevels.Add(new AdministrativeLevel("đang", "Khác", 9));
                await db.SaveChangesAsync();
            }

            await using (var db = new PostgreSqlAppDbContext(options))
            {
                db.AdministrativeLevels.Add(new AdministrativeLevel("DANG", "Chữ hoa", 9));
                var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
                Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(refused.InnerException).SqlState);
                Assert.Equal("dang", await db.AdministrativeLevels.Where(l => l.Code == "DaNg").Select(l => l.Code).SingleAsync());
            }
        }
        finally
        {
            using (var connection = new NpgsqlConnection(connectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            TestPostgreSql.DropDatabase(connectionString);
        }
    }
}
