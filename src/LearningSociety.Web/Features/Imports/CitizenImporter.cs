using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LearningSociety.Domain;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Auditing;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Imports.Framework;
using LearningSociety.Web.Features.Scorecards;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LearningSociety.Web.Features.Imports;

/// <summary>
/// Imports citizens and their CDHT cards from the Excel template, for village branches that still
/// collect on paper. <see cref="ValidateAsync"/> reads the sheet (<see cref="XlsxSheetReader"/>), checks each row's
/// cells (<see cref="CitizenSheetRow"/>), matches rows to citizens on record (<see cref="CitizenMatching"/>) and runs the
/// domain rules on them (<see cref="CitizenChanges"/>), reporting every error; <see cref="ApplyAsync"/> saves a clean
/// file all or nothing (<see cref="AllOrNothing"/>). Importing the same file twice changes nothing.
/// </summary>
public sealed class CitizenImporter(AppDbContext db, RecognitionRuleLookup rules, CardTallyKeeper tally, TimeProvider clock, ILogger<CitizenImporter> logger)
{
    public const long MaxFileBytes = 10L * 1024 * 1024;

    public const int MaxRows = 20_000;

    /// <summary>Keeps IN lists well under SQL Server's 2,100 parameters.</summary>
    internal const int ChunkSize = 500;


    /// <summary>The open villages where the user may import: those under a village-branch or administrator grant.</summary>
    public async Task<IReadOnlyList<ImportVillage>> VillagesAsync(UnitScope scope, CancellationToken cancellationToken = default)
    {
        var today = new VietnamClock(clock).Today();
        var villages = await scope.Filter(db.AdministrativeUnits.AsNoTracking(), u => u.Path, AccessRules.RegisterKeepers)
            .Where(u => u.Level.Code == AdministrativeLevel.Village && u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today))
            .Select(u => new ImportVillage(u.Id, u.Code, u.Name, u.Path, u.ParentId, u.Parent == null ? string.Empty : u.Parent.Name))
            .ToListAsync(cancellationToken);
        return villages
            .OrderBy(v => v.CommuneName, VietnameseText.Comparer)
            .ThenBy(v => v.Name, VietnameseText.Comparer)
            .ToList();
    }

    public async Task<IReadOnlyList<ImportGroup>> GroupsAsync(CancellationToken cancellationToken = default)
    {
        var groups = await db.CitizenGroups.AsNoTracking()
            .Select(g => new ImportGroup(g.Id, g.Code, g.Name, g.Description))
            .ToListAsync(cancellationToken);
        return groups.OrderBy(g => g.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>Writes the empty template, listing the user's villages and the groups on its guide sheet.</summary>
    public async Task WriteTemplateAsync(Stream output, UnitScope scope, CancellationToken cancellationToken = default)
    {
        var villages = await VillagesAsync(scope, cancellationToken);
        var groups = await GroupsAsync(cancellationToken);
        ImportTemplate.Write(output, villages, groups, new VietnamClock(clock).Today().Year);
    }

    /// <summary>
    /// Reads the workbook and checks every row. The returned plan lists every error (sheet, row, column,
    /// Vietnamese message); when it has none it holds the changes for <see cref="ApplyAsync"/>.
    /// Nothing is written to the database here.
    /// </summary>
    /// <param name="file">The uploaded .xlsx.</param>
    /// <param name="year">The year chosen on the form; rows with an empty "Năm" cell use it.</param>
    /// <param name="scope">The user's grants: only villages under a branch or administrator grant may be imported.</param>
    /// <param name="actor">The user name recorded as registrar, assessor and appraiser.</param>
    public async Task<ImportPlan> ValidateAsync(Stream file, int? year, UnitScope scope, string actor,
        CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        XlsxSheet sheet;
        try
        {
            sheet = XlsxSheetReader.Read(file, ImportColumns.Layout, MaxRows);
        }
        catch (XlsxFormatException e)
        {
            return ImportPlan.Rejected([ImportError.ForFile(e.Message)], 0);
        }

        var errors = new ImportErrorList(sheet.Name, ImportColumns.Layout);
        if (CheckHeaders(sheet, errors) is { Count: > 0 } headerErrors)
        {
            return ImportPlan.Rejected(headerErrors, 0);
        }

        var dataRows = ImportColumns.Layout.DataRows(sheet);
        if (dataRows.Count == 0)
        {
            return ImportPlan.Rejected([ImportError.ForFile($"Trang tính '{sheet.Name}' chưa có dòng dữ liệu nào (dữ liệu bắt đầu từ dòng {ImportColumns.FirstDataRow}).")], 0);
        }

        var today = new VietnamClock(clock).Today();
        var villages = new VillageDirectory(await VillagesAsync(scope, cancellationToken));
        var groups = (await GroupsAsync(cancellationToken)).ToDictionary(g => g.Number, StringComparer.Ordinal);
        var context = new CitizenSheetRowContext(villages, groups, year, today);
        var rows = dataRows.Select(r => CitizenSheetRow.Parse(r, context, errors)).ToList();

        await ReportUnknownVillagesAsync(rows, villages, errors, cancellationToken);

        var existing = await ExistingCitizens.LoadAsync(db, rows, villages, cancellationToken);
        var matching = new CitizenMatching(rows, existing, errors);
        var matches = matching.Match();
        // Everyone in the file's villages was read, untracked, to match against; only the matched may change: they alone are
        // tracked (thousands of others in a large commune cost nothing to save).
        foreach (var citizen in matches.Values.Distinct())
        {
            db.Citizens.Attach(citizen);
        }

        var changes = new CitizenChanges(db, rows, matches, matching.SamePerson, errors, actor, clock.GetUtcNow(), today);
        await changes.LoadRegistrationsAsync(cancellationToken);
        await changes.LoadRulesAsync(rules, cancellationToken);
        changes.Build();

        var summary = changes.Summary(rows.Count);
        if (errors.Count > 0)
        {
            // Existing entities were changed in memory while checking: forget them so no later save can write them.
            db.ChangeTracker.Clear();
            logger.LogInformation("Import rejected: {Rows} rows, {Errors} errors, checked in {Elapsed} ms",
                rows.Count, errors.Count, stopwatch.ElapsedMilliseconds);
            return new ImportPlan(errors.Sorted(), summary, null, [], [], actor);
        }

        logger.LogInformation("Import checked: {Rows} rows in {Elapsed} ms", rows.Count, stopwatch.ElapsedMilliseconds);
        return new ImportPlan([], summary, db, changes.NewCitizens, changes.NewRegistrations, actor);
    }

    /// <summary>
    /// Saves a clean plan in one transaction: the changes to citizens and cards on record in one SaveChanges (audited by
    /// the interceptor), then the new citizens, their cards and scores in bulk (<see cref="NewCardsAsync"/>). A plan
    /// without changes writes nothing at all, not even an audit row. Must be called on the importer (the DbContext) that
    /// made the plan.
    /// </summary>
    public async Task<ImportSummary> ApplyAsync(ImportPlan plan, string? fileName = null, CancellationToken cancellationToken = default)
    {
        if (!plan.IsValid)
        {
            throw new InvalidOperationException("A plan with errors cannot be applied.");
        }

        if (plan.Applied)
        {
            throw new InvalidOperationException("The plan has already been applied.");
        }

        plan.Applied = true;
        if (!plan.Summary.HasChanges)
        {
            return plan.Summary;
        }

        if (!ReferenceEquals(plan.Context, db))
        {
            throw new InvalidOperationException("The plan was made by another importer (another DbContext) and cannot be applied here.");
        }

        var stopwatch = Stopwatch.StartNew();
        var summary = plan.Summary;
        await AllOrNothing.SaveAsync(db, async ct =>
        {
            // Citizens and cards on record were changed in memory by their domain methods while checking.
            db.AuditEntries.Add(ImportAuditEntry(plan, fileName));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            await NewCardsAsync(plan, ct);
        }, cancellationToken);

        logger.LogInformation("Import saved: {Rows} rows, {Added} citizens added, {Updated} updated, in {Elapsed} ms",
            summary.Rows, summary.CitizensAdded, summary.CitizensUpdated, stopwatch.ElapsedMilliseconds);
        return summary;
    }

    /// <summary>
    /// Writes the new citizens, every new card (of new citizens and of citizens on record) and its scores without the change
    /// tracker (<see cref="BulkInsert"/>: EF would send one command per row, and the interceptor an audit row per entity),
    /// then one audit row per new citizen carrying their card and scores, or per new card of a citizen on record. The
    /// objects are the ones the domain built while checking. The card tallies move in the same transaction.
    /// </summary>
    private async Task NewCardsAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        if (plan.NewCitizens.Count == 0 && plan.NewRegistrations.Count == 0)
        {
            return;
        }

        // New cards of citizens on record may move those citizens' other buckets (runs of years); new citizens had none.
        var citizensOnRecord = plan.NewRegistrations.Where(r => r.Citizen.Id != 0).Select(r => r.Citizen.Id).Distinct().ToList();
        await tally.CaptureAsync(db, citizensOnRecord, cancellationToken);
        try
        {
            await BulkInsert.WriteAsync(db, plan.NewCitizens, GeneratedKeys.ReadBack, cancellationToken);
            await BulkInsert.WriteAsync(db, plan.NewRegistrations, GeneratedKeys.ReadBack, cancellationToken);
            await BulkInsert.WriteAsync(db, plan.NewRegistrations.SelectMany(r => r.Entries), GeneratedKeys.Ignore, cancellationToken);
            await BulkInsert.WriteAsync(db, NewCardsAudit(plan), GeneratedKeys.Ignore, cancellationToken);
            await tally.ApplyAsync(db, [.. plan.NewCitizens.Select(c => c.Id)], cancellationToken);
        }
        catch
        {
            tally.Discard();
            throw;
        }
    }

    /// <summary>
    /// What the interceptor would have recorded, folded by citizen: a new citizen's row ("Added", the citizen's values as
    /// [null, value]) carries the new card under "CdhtRegistration" (its id and values) with its scores under "Entries";
    /// a new card of a citizen on record has a row of its own ("Added" CdhtRegistration, scores under "Entries").
    /// </summary>
    private IEnumerable<AuditEntry> NewCardsAudit(ImportPlan plan)
    {
        var at = clock.GetUtcNow();
        var cardType = db.Model.FindEntityType(typeof(CdhtRegistration))!;
        var entries = cardType.FindNavigation(nameof(CdhtRegistration.Entries))!;
        var citizen = new AuditShape(db.Model.FindEntityType(typeof(Citizen))!);
        var card = new AuditShape(cardType);
        var cardOfCitizen = new AuditShape(cardType, withKey: true, within: cardType.FindNavigation(nameof(CdhtRegistration.Citizen))!.ForeignKey);
        var score = new AuditShape(entries.TargetEntityType, within: entries.ForeignKey);
        var newCitizens = plan.NewCitizens.ToHashSet();
        // A new citizen has a card for each year of the file (one row per citizen and year).
        var cardsOf = plan.NewRegistrations.Where(r => newCitizens.Contains(r.Citizen)).ToLookup(r => r.Citizen);

        // [{"Code":"TC1.1","SelfScore":8,…},…]: a card's scores.
        void Scores(Utf8JsonWriter json, CdhtRegistration registration)
        {
            json.WriteStartArray();
            foreach (var entry in registration.Entries)
            {
                json.WriteStartObject();
                score.WriteValues(json, entry);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        AuditEntry Row(AuditShape shape, int id, Action<Utf8JsonWriter> details) => new()
        {
            At = at,
            Actor = plan.Actor,
            Action = nameof(EntityState.Added),
            Entity = shape.Entity,
            EntityId = id.ToString(CultureInfo.InvariantCulture),
            Details = AuditDetails.Write(json =>
            {
                json.WriteStartObject();
                details(json);
                json.WriteEndObject();
            }),
        };

        foreach (var added in plan.NewCitizens)
        {
            yield return Row(citizen, added.Id, json =>
            {
                citizen.WriteAdded(json, added);
                if (cardsOf.Contains(added))
                {
                    json.WriteStartArray(card.Entity);
                    json.WriteNullValue();
                    foreach (var registration in cardsOf[added])
                    {
                        json.WriteStartObject();
                        cardOfCitizen.WriteValues(json, registration);
                        json.WritePropertyName(entries.Name);
                        Scores(json, registration);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }
            });
        }

        foreach (var registration in plan.NewRegistrations.Where(r => !newCitizens.Contains(r.Citizen)))
        {
            yield return Row(card, registration.Id, json =>
            {
                card.WriteAdded(json, registration);
                json.WriteStartArray(entries.Name);
                json.WriteNullValue();
                Scores(json, registration);
                json.WriteEndArray();
            });
        }
    }

    /// <summary>One row saying what the import did, beside the interceptor's rows for each entity.</summary>
    private AuditEntry ImportAuditEntry(ImportPlan plan, string? fileName)
    {
        var summary = plan.Summary;
        return new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = plan.Actor,
            Action = "Import",
            Entity = nameof(Citizen),
            Details = string.Create(CultureInfo.InvariantCulture,
                $"Nhập từ Excel{(string.IsNullOrWhiteSpace(fileName) ? string.Empty : $" '{fileName}'")}: {summary.Rows} dòng; "
                + $"công dân thêm {summary.CitizensAdded}, cập nhật {summary.CitizensUpdated}, không đổi {summary.CitizensUnchanged}; "
                + $"phiếu thêm {summary.RegistrationsAdded}, cập nhật {summary.RegistrationsUpdated}; "
                + $"thẩm định {summary.CardsAppraised}, đạt {summary.CardsPassed}."),
        };
    }

    /// <summary>One message for a sheet whose header row is not the template's (a different file, an inserted column).</summary>
    private static List<ImportError> CheckHeaders(XlsxSheet sheet, ImportErrorList errors)
    {
        var mismatches = ImportColumns.Layout
            .HeaderMismatches(sheet, (actual, expected) => string.Equals(CitizenSheetRow.MatchKey(actual), CitizenSheetRow.MatchKey(expected), StringComparison.Ordinal))
            .Select(m => $"ô {m.Letter}{ImportColumns.HeaderRow} phải là '{m.Expected}'"
                + (m.Actual.Length > 0 ? $" (đang là '{m.Actual}')" : " (đang trống)"))
            .ToList();

        if (mismatches.Count == 0)
        {
            return [];
        }

        var shown = string.Join("; ", mismatches.Take(3)) + (mismatches.Count > 3 ? $"; và {mismatches.Count - 3} ô khác" : string.Empty);
        return [ImportError.ForFile($"Trang tính '{errors.Sheet}' không đúng tệp mẫu: {shown}. "
            + "Vui lòng tải tệp mẫu trên trang này, chép dữ liệu vào và giữ nguyên hai dòng tiêu đề.")];
    }

    /// <summary>A village outside the user's list is either someone else's (out of scope) or does not exist.</summary>
    private async Task ReportUnknownVillagesAsync(List<CitizenSheetRow> rows, VillageDirectory villages, ImportErrorList errors,
        CancellationToken cancellationToken)
    {
        var unknown = rows.Where(r => r.UnknownVillage is not null).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var values = unknown.Select(r => r.UnknownVillage!).Distinct(StringComparer.Ordinal).ToList();
        var candidates = values.Concat(values.Select(v => "Thôn " + v)).Distinct(StringComparer.Ordinal).ToList();
        var existing = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in candidates.Chunk(ChunkSize))
        {
            var found = await db.AdministrativeUnits.AsNoTracking()
                .Where(u => chunk.Contains(u.Code) || chunk.Contains(u.Name))
                .Select(u => new { u.Code, u.Name })
                .ToListAsync(cancellationToken);
            foreach (var unit in found)
            {
                existing.Add(unit.Code);
                existing.Add(unit.Name);
            }
        }

        var own = villages.All.Count == 0
            ? "tài khoản chưa được giao thôn nào"
            : "chỉ được nhập cho " + string.Join(", ", villages.All.Take(5).Select(v => v.Name)) + (villages.All.Count > 5 ? "…" : string.Empty);
        foreach (var row in unknown)
        {
            var value = row.UnknownVillage!;
            errors.Add(row.Number, ImportColumns.Village, existing.Contains(value) || existing.Contains("Thôn " + value)
                ? $"Thôn '{value}' không thuộc phạm vi quản lý của tài khoản này ({own})."
                : $"Không tìm thấy thôn '{value}'. Hãy ghi đúng tên hoặc mã thôn như trong trang tính '{ImportColumns.GuideSheetName}'.");
        }
    }
}
