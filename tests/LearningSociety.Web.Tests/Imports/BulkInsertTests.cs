using System.Data.Common;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Auditing;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Imports.Framework;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.Web.Tests.Imports;

/// <summary>
/// The import's bulk insert writes what SaveChanges would write: every mapped column of citizens, cards and scores, in
/// the same form. A column added to one of these entities later is either written or fails here.
/// </summary>
public class BulkInsertOfCards : IDisposable
{
    private static readonly DateTimeOffset Registered = new(2026, 3, 2, 8, 15, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SelfAssessed = new(2026, 4, 6, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Appraised = new(2026, 5, 11, 14, 45, 0, TimeSpan.Zero);

    private readonly PortalFactory _factory;

    public BulkInsertOfCards()
        : this(TestDatabaseProvider.Sqlite)
    {
    }

    protected BulkInsertOfCards(TestDatabaseProvider provider) => _factory = new PortalFactory(provider);

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    [PortalFact]
    public async Task EveryMappedColumnOfCitizensCardsAndScoresIsWrittenWithTheObjectsValue()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var registration = await FullCardAsync(scope.ServiceProvider, db, "046180012345");

        // Every column of the three tables is one the writer fills, or the key the database generates.
        foreach (var type in new[] { typeof(Citizen), typeof(CdhtRegistration), typeof(ScorecardEntry) })
        {
            var entity = db.Model.FindEntityType(type)!;
            var table = db.Model.GetRelationalModel().FindTable(entity.GetTableName()!, entity.GetSchema())!;
            var written = type == typeof(Citizen) ? BulkInsert.ColumnsOf<Citizen>(db)
                : type == typeof(CdhtRegistration) ? BulkInsert.ColumnsOf<CdhtRegistration>(db) : BulkInsert.ColumnsOf<ScorecardEntry>(db);
            Assert.Equal(table.Columns.Select(c => c.Name).Order(), written.Append("Id").Order());
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await WriteAsync(db, registration);
            await transaction.CommitAsync();
        }

        // Each property has a value other than its default on the object (so a column left unwritten could not pass), and
        // the row read back through EF holds that value.
        var loaded = await _factory.WithDbAsync(other => other.Registrations.AsNoTracking().Include(r => r.Citizen).Include(r => r.Entries)
            .SingleAsync(r => r.Id == registration.Id));
        AssertSameValues(db.Model.FindEntityType(typeof(Citizen))!, registration.Citizen, loaded.Citizen);
        AssertSameValues(db.Model.FindEntityType(typeof(CdhtRegistration))!, registration, loaded);
        Assert.Equal(IndicatorDefinition.Codes.Count, loaded.Entries.Count);
        foreach (var entry in registration.Entries)
        {
            // A card's scores are written without reading their keys back.
            AssertSameValues(db.Model.FindEntityType(typeof(ScorecardEntry))!, entry, loaded.Entries.Single(e => e.Code == entry.Code), keyRead: false);
        }
    }

    [PortalFact]
    public async Task TheRowsAreStoredExactlyAsSaveChangesStoresThem()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var byEf = await FullCardAsync(scope.ServiceProvider, db, nationalId: null);
        var inBulk = await FullCardAsync(scope.ServiceProvider, db, nationalId: null);
        // The values the domain draws at random: the card's and the citizen's concurrency stamps.
        typeof(CdhtRegistration).GetField("<ConcurrencyStamp>k__BackingField", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!
            .SetValue(inBulk, byEf.ConcurrencyStamp);
        typeof(Citizen).GetField("<ConcurrencyStamp>k__BackingField", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!
            .SetValue(inBulk.Citizen, byEf.Citizen.ConcurrencyStamp);

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Registrations.Add(byEf);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        await WriteAsync(db, inBulk);

        foreach (var (type, efId, bulkId) in new[]
        {
            (typeof(Citizen), byEf.Citizen.Id, inBulk.Citizen.Id),
            (typeof(CdhtRegistration), byEf.Id, inBulk.Id),
        })
        {
            var entity = db.Model.FindEntityType(type)!;
            var keys = entity.GetProperties().Where(p => p.IsKey() || p.IsForeignKey()).Select(p => p.GetColumnName()).ToHashSet();
            var ef = await RawRowAsync(db, entity.GetTableName()!, "Id", efId);
            var bulk = await RawRowAsync(db, entity.GetTableName()!, "Id", bulkId);
            foreach (var (column, value) in ef.Where(c => !keys.Contains(c.Key) || c.Key is "GroupId" or "VillageId"))
            {
                Assert.True(Equals(value, bulk[column]), $"{entity.GetTableName()}.{column}: SaveChanges stored {Show(value)}, the bulk insert {Show(bulk[column])}");
            }
        }

        // The import's audit rows describe an added entity in the very words of the interceptor.
        foreach (var (type, entity, id) in new (Type, object, int)[] { (typeof(Citizen), byEf.Citizen, byEf.Citizen.Id), (typeof(CdhtRegistration), byEf, byEf.Id) })
        {
            var shape = new AuditShape(db.Model.FindEntityType(type)!);
            var byInterceptor = await db.AuditEntries.AsNoTracking()
                .Where(a => a.Entity == type.Name && a.Action == "Added" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Select(a => a.Details).SingleAsync();
            Assert.Equal(byInterceptor, AuditDetails.Write(json =>
            {
                json.WriteStartObject();
                shape.WriteAdded(json, entity);
                json.WriteEndObject();
            }));
        }

        var scores = db.Model.FindEntityType(typeof(ScorecardEntry))!;
        foreach (var code in IndicatorDefinition.Codes)
        {
            var ef = await RawRowAsync(db, scores.GetTableName()!, "RegistrationId", byEf.Id, code);
            var bulk = await RawRowAsync(db, scores.GetTableName()!, "RegistrationId", inBulk.Id, code);
            foreach (var (column, value) in ef.Where(c => c.Key is not "Id" and not "RegistrationId"))
            {
                Assert.True(Equals(value, bulk[column]), $"{scores.GetTableName()}.{column} of {code}: SaveChanges stored {Show(value)}, the bulk insert {Show(bulk[column])}");
            }
        }
    }

    [PortalFact]
    public async Task AFailedInsertIsADbUpdateExceptionLikeSaveChanges()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var first = await FullCardAsync(scope.ServiceProvider, db, "046180054321");
        var sameCccd = await FullCardAsync(scope.ServiceProvider, db, "046180054321");

        await using var transaction = await db.Database.BeginTransactionAsync();
        await BulkInsert.WriteAsync(db, [first.Citizen], GeneratedKeys.ReadBack, CancellationToken.None);

        await Assert.ThrowsAsync<DbUpdateException>(() => BulkInsert.WriteAsync(db, [sameCccd.Citizen], GeneratedKeys.ReadBack, CancellationToken.None));
    }

    /// <summary>A citizen and a card built through the domain with every property set: consent, scores with evidence, an appraisal with reasons, locked.</summary>
    private static async Task<CdhtRegistration> FullCardAsync(IServiceProvider services, AppDbContext db, string? nationalId)
    {
        var village = await db.AdministrativeUnits.AsNoTracking().FirstAsync(u => u.Name == "Thôn Bác Vọng Đông");
        var group = await db.CitizenGroups.AsNoTracking().OrderBy(g => g.Code).LastAsync();
        var citizen = new Citizen("Lê Thị Đầy Đủ", new DateOnly(1980, 7, 14), 1980, Gender.Female, group.Id, village.Id, nationalId, "0912 345 678");

        citizen.RecordConsent(new DateOnly(2026, 2, 1), "chihoi");
        var card = new CdhtRegistration(citizen, 2026, RegistrationChannel.Import, "chihoi", Registered);
        card.RecordSelfAssessment([.. IndicatorDefinition.Codes.Select(c => new IndicatorInput(c, 9, "Giấy chứng nhận " + c))], true, "chihoi", onBehalf: true, SelfAssessed);
        var rule = (await services.GetRequiredService<RecognitionRuleLookup>().ForYearAsync(2026))(village.Path);
        card.Appraise([.. IndicatorDefinition.Codes.Select(c => new IndicatorInput(c, 8, "Thiếu minh chứng " + c))], rule, true, "chihoi2", Appraised,
            "Quyết định số 1/QĐ-TTg ngày 05/01/2026 của Thủ tướng Chính phủ");
        // Entered as an earlier year (as seen from 2027) with its decision and confirmed by the commune, which also locks it.
        card.RecordPastRecognition("1258/QĐ-UBND", new DateOnly(2026, 12, 15), withoutDecision: false, currentYear: 2027);
        card.ConfirmPast("ubndxa", Appraised, currentYear: 2027);
        return card;
    }

    private static async Task WriteAsync(AppDbContext db, CdhtRegistration card)
    {
        await BulkInsert.WriteAsync(db, [card.Citizen], GeneratedKeys.ReadBack, CancellationToken.None);
        await BulkInsert.WriteAsync(db, [card], GeneratedKeys.ReadBack, CancellationToken.None);
        await BulkInsert.WriteAsync(db, card.Entries, GeneratedKeys.Ignore, CancellationToken.None);
    }

    private static void AssertSameValues(IEntityType type, object expected, object actual, bool keyRead = true)
    {
        // A card entered "without a decision" has no decision number: the one flag that cannot be set beside its number.
        foreach (var property in type.GetProperties().Where(p => keyRead || !p.IsPrimaryKey())
                     .Where(p => p.Name != nameof(CdhtRegistration.PastWithoutDecision)))
        {
            var value = property.GetGetter().GetClrValue(expected);
            var isDefault = value is null || Equals(value, property.ClrType.IsValueType ? Activator.CreateInstance(property.ClrType) : null);
            Assert.False(isDefault, $"{type.ClrType.Name}.{property.Name} has its default value: the test cannot see whether it is written.");
            Assert.True(Equals(value, property.GetGetter().GetClrValue(actual)),
                $"{type.ClrType.Name}.{property.Name}: the object holds {Show(value)}, the database {Show(property.GetGetter().GetClrValue(actual))}");
        }
    }

    /// <summary>One row as the database holds it, column by column, as the provider reads it.</summary>
    private static async Task<Dictionary<string, object?>> RawRowAsync(AppDbContext db, string table, string keyColumn, int key, string? code = null)
    {
        await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"{keyColumn}\" = {key}" + (code is null ? string.Empty : $" AND \"Code\" = '{code}'");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"No row in {table} for {keyColumn} {key}");
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i));
    }

    private static string Show(object? value) => value switch
    {
        null => "NULL",
        byte[] bytes => $"{bytes.Length} bytes",
        _ => $"{value} ({value.GetType().Name})",
    };
}

/// <summary>The same on PostgreSQL (RETURNING, several rows per statement, timestamptz).</summary>
public sealed class BulkInsertOfCardsOnPostgreSql() : BulkInsertOfCards(TestDatabaseProvider.PostgreSql), IRunsOnPostgreSql;
