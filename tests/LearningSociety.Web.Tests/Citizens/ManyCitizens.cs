using System.Data.Common;
using LearningSociety.Domain.Citizens;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Citizens;

/// <summary>
/// Thousands of citizens for a test in a second: each built by the domain (<see cref="Citizen"/> normalizes the name and
/// gives its sort key) and written with one prepared command in one transaction (SQLite or PostgreSQL), without the audit rows a save
/// through EF would add.
/// </summary>
internal static class ManyCitizens
{
    /// <summary>Adds a citizen of group N1 for each name to the village (found by name).</summary>
    public static Task AddAsync(PortalFactory factory, string village, IEnumerable<string> names) => factory.WithDbAsync(async db =>
    {
        var villageId = await db.AdministrativeUnits.Where(u => u.Name == village).Select(u => u.Id).SingleAsync();
        var groupId = await db.CitizenGroups.Where(g => g.Code == "N1").Select(g => g.Id).SingleAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO "Citizens" ("FullName", "SortKey", "BirthYear", "Gender", "GroupId", "VillageId")
            VALUES (@name, @key, 1980, @gender, @group, @village)
            """;
        var name = Parameter(insert, "@name", string.Empty);
        var key = Parameter(insert, "@key", string.Empty);
        Parameter(insert, "@gender", (int)Gender.Female);
        Parameter(insert, "@group", groupId);
        Parameter(insert, "@village", villageId);
        await insert.PrepareAsync();
        foreach (var fullName in names)
        {
            var citizen = new Citizen(fullName, null, 1980, Gender.Female, groupId, villageId, null, null);
            name.Value = citizen.FullName;
            key.Value = citizen.SortKey;
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return true;
    });

    private static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
