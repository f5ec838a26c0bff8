using System.Diagnostics;
using System.Globalization;
using LearningSociety.Domain;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Auditing;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Scorecards;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Imports;

/// <summary>
/// Imports citizens and their CDHT cards from the Excel template, for village branches that still
/// collect on paper. <see cref="ValidateAsync"/> checks every row against the domain rules and reports
/// every error; <see cref="ApplyAsync"/> saves a clean file in one transaction. Rows match existing
/// citizens (on CCCD, else on name + date or year of birth + village), so importing the same file
/// twice changes nothing.
/// </summary>
public sealed class CitizenImporter(AppDbContext db, RecognitionRuleLookup rules, TimeProvider clock, ILogger<CitizenImporter> logger)
{
    public const long MaxFileBytes = 10L * 1024 * 1024;

    public const int MaxRows = 20_000;

    /// <summary>Keeps IN lists well under SQL Server's 2,100 parameters.</summary>
    private const int ChunkSize = 500;

    /// <summary>New citizens saved per SaveChanges (each with its card, ten scorecard rows and their audit rows).</summary>
    private const int ApplyChunkSize = 500;


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
            sheet = XlsxSheetReader.Read(file, ImportColumns.SheetName, ImportColumns.Count, MaxRows);
        }
        catch (XlsxFormatException e)
        {
            return ImportPlan.Rejected([ImportError.ForFile(e.Message)], 0);
        }

        var errors = new ImportErrorList(sheet.Name);
        if (CheckHeaders(sheet, errors) is { Count: > 0 } headerErrors)
        {
            return ImportPlan.Rejected(headerErrors, 0);
        }

        var dataRows = sheet.Rows.Where(r => r.Number >= ImportColumns.FirstDataRow).ToList();
        if (dataRows.Count == 0)
        {
            return ImportPlan.Rejected([ImportError.ForFile($"Trang tính '{sheet.Name}' chưa có dòng dữ liệu nào (dữ liệu bắt đầu từ dòng {ImportColumns.FirstDataRow}).")], 0);
        }

        var today = new VietnamClock(clock).Today();
        var villages = new VillageDirectory(await VillagesAsync(scope, cancellationToken));
        var groups = (await GroupsAsync(cancellationToken)).ToDictionary(g => g.Number, StringComparer.Ordinal);
        var context = new ImportParseContext(villages, groups, year, today);
        var rows = dataRows.Select(r => ImportRow.Parse(r, context, errors)).ToList();

        await ReportUnknownVillagesAsync(rows, villages, errors, cancellationToken);

        var existing = await LoadCitizensAsync(rows, villages, cancellationToken);
        var work = new PlanBuilder(db, rows, errors, existing, actor, clock.GetUtcNow());
        work.MatchCitizens();
        await work.LoadRegistrationsAsync(cancellationToken);
        await work.LoadRulesAsync(rules, cancellationToken);
        work.ApplyDomainRules();

        var summary = work.Summary(rows.Count);
        if (errors.Items.Count > 0)
        {
            // Existing entities were changed in memory while checking: forget them so no later save can write them.
            db.ChangeTracker.Clear();
            logger.LogInformation("Import rejected: {Rows} rows, {Errors} errors, checked in {Elapsed} ms",
                rows.Count, errors.Items.Count, stopwatch.ElapsedMilliseconds);
            return new ImportPlan(errors.Sorted(), summary, null, [], [], actor);
        }

        logger.LogInformation("Import checked: {Rows} rows in {Elapsed} ms", rows.Count, stopwatch.ElapsedMilliseconds);
        return new ImportPlan([], summary, db, work.NewCitizens, work.NewRegistrations, actor);
    }

    /// <summary>
    /// Saves a clean plan in one transaction: the changes to existing citizens and cards in one
    /// SaveChanges, then the new citizens with their cards in chunks (the audit interceptor records
    /// every change in the same transaction). A plan without changes writes nothing at all, not even
    /// an audit row. Must be called on the importer (the DbContext) that made the plan.
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

        // New cards of citizens already on record go with the changes to tracked entities; new citizens
        // go with their own cards, a chunk at a time (see below).
        var cardsOfExisting = plan.NewRegistrations.Where(r => r.Citizen.Id != 0).ToList();
        var cardsOfNew = plan.NewRegistrations.Where(r => r.Citizen.Id == 0).ToLookup(r => r.Citizen);
        // No retrying execution strategy is configured (user transactions, ADR in docs/decisions); a chunked
        // save could not be retried from the middle anyway.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Registrations.AddRange(cardsOfExisting);
            db.AuditEntries.Add(ImportAuditEntry(plan, fileName));
            await db.SaveChangesAsync(cancellationToken);

            // Each new row costs tracked entities and their audit rows (and the SQLite provider sends one
            // command per row). Saving in chunks and clearing the tracker keeps the live heap small: for
            // 10,000 rows the peak working set is about 0.5 GB instead of 0.9 GB. Still one transaction:
            // a failure in any chunk rolls back the whole file.
            db.ChangeTracker.Clear();
            foreach (var chunk in plan.NewCitizens.Chunk(ApplyChunkSize))
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                try
                {
                    db.Citizens.AddRange(chunk);
                    db.Registrations.AddRange(chunk.SelectMany(c => cardsOfNew[c]));
                }
                finally
                {
                    db.ChangeTracker.AutoDetectChangesEnabled = true;
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(cancellationToken);
        }

        logger.LogInformation("Import saved: {Rows} rows, {Added} citizens added, {Updated} updated, in {Elapsed} ms",
            summary.Rows, summary.CitizensAdded, summary.CitizensUpdated, stopwatch.ElapsedMilliseconds);
        return summary;
    }

    /// <summary>One message for a sheet whose header row is not the template's (a different file, an inserted column).</summary>
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

    private static List<ImportError> CheckHeaders(XlsxSheet sheet, ImportErrorList errors)
    {
        var header = sheet.Rows.FirstOrDefault(r => r.Number == ImportColumns.HeaderRow);
        var mismatches = new List<string>();
        for (var column = 1; column <= ImportColumns.Count; column++)
        {
            var expected = ImportColumns.Headers[column - 1];
            var cell = header?[column] ?? XlsxCell.Empty;
            var actual = cell.Kind == XlsxCellKind.Text ? cell.Text.Trim() : string.Empty;
            if (!string.Equals(ImportRow.MatchKey(actual), ImportRow.MatchKey(expected), StringComparison.Ordinal))
            {
                mismatches.Add($"ô {ImportColumns.Letter(column)}{ImportColumns.HeaderRow} phải là '{expected}'"
                    + (actual.Length > 0 ? $" (đang là '{actual}')" : " (đang trống)"));
            }
        }

        if (mismatches.Count == 0)
        {
            return [];
        }

        var shown = string.Join("; ", mismatches.Take(3)) + (mismatches.Count > 3 ? $"; và {mismatches.Count - 3} ô khác" : string.Empty);
        return [ImportError.ForFile($"Trang tính '{errors.Sheet}' không đúng tệp mẫu: {shown}. "
            + "Vui lòng tải tệp mẫu trên trang này, chép dữ liệu vào và giữ nguyên hai dòng tiêu đề.")];
    }

    /// <summary>A village outside the user's list is either someone else's (out of scope) or does not exist.</summary>
    private async Task ReportUnknownVillagesAsync(List<ImportRow> rows, VillageDirectory villages, ImportErrorList errors,
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

    /// <summary>
    /// Existing citizens the rows may match, loaded once: everyone in the villages named by the file, plus
    /// whoever holds one of the file's CCCD numbers anywhere (a number held outside the user's villages is an error).
    /// </summary>
    private async Task<ExistingCitizens> LoadCitizensAsync(List<ImportRow> rows, VillageDirectory villages, CancellationToken cancellationToken)
    {
        var result = new ExistingCitizens();
        var villageIds = rows.Where(r => r.Village is not null).Select(r => r.Village!.Id).Distinct().ToList();
        foreach (var chunk in villageIds.Chunk(ChunkSize))
        {
            result.AddRange(await db.Citizens.Where(c => chunk.Contains(c.VillageId)).ToListAsync(cancellationToken));
        }

        var allowed = villages.All.Select(v => v.Id).ToHashSet();
        var ids = rows.Where(r => r.NationalId is not null).Select(r => r.NationalId!)
            .Where(id => !result.ByNationalId.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            var holders = await db.Citizens.Where(c => c.NationalId != null && chunk.Contains(c.NationalId)).ToListAsync(cancellationToken);
            foreach (var holder in holders)
            {
                if (allowed.Contains(holder.VillageId))
                {
                    result.Add(holder);
                }
                else
                {
                    result.ForeignNationalIds.Add(holder.NationalId!);
                }
            }
        }

        return result;
    }

    /// <summary>Existing citizens indexed the two ways rows match them.</summary>
    private sealed class ExistingCitizens
    {
        public Dictionary<string, Citizen> ByNationalId { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string Name, int VillageId, int BirthYear), List<Citizen>> ByName { get; } = [];

        /// <summary>CCCD numbers held by citizens outside the user's villages.</summary>
        public HashSet<string> ForeignNationalIds { get; } = new(StringComparer.Ordinal);

        private readonly HashSet<int> _ids = [];

        public void AddRange(IEnumerable<Citizen> citizens)
        {
            foreach (var citizen in citizens)
            {
                Add(citizen);
            }
        }

        public void Add(Citizen citizen)
        {
            if (!_ids.Add(citizen.Id))
            {
                return;
            }

            if (citizen.NationalId is not null)
            {
                ByNationalId[citizen.NationalId] = citizen;
            }

            var key = (ImportRow.MatchKey(citizen.FullName), citizen.VillageId, citizen.BirthYear);
            if (!ByName.TryGetValue(key, out var list))
            {
                ByName[key] = list = [];
            }

            list.Add(citizen);
        }
    }

    /// <summary>The per-import working state: matches rows to citizens and runs the domain rules on them.</summary>
    private sealed class PlanBuilder(AppDbContext db, List<ImportRow> rows, ImportErrorList errors, ExistingCitizens existing,
        string actor, DateTimeOffset now)
    {
        private static readonly int[] CitizenColumns =
        [
            ImportColumns.FullName, ImportColumns.DateOfBirth, ImportColumns.BirthYear, ImportColumns.Gender,
            ImportColumns.Group, ImportColumns.Village, ImportColumns.NationalId, ImportColumns.Phone,
        ];

        private readonly Dictionary<ImportRow, Citizen> _matches = [];
        private readonly Dictionary<(int CitizenId, int Year), CdhtRegistration> _registrations = [];
        private readonly Dictionary<(int VillageId, int Year), RecognitionRule?> _rules = [];
        private readonly Dictionary<int, Func<string, RecognitionRule>> _rulesByYear = [];
        private int _citizensAdded, _citizensUpdated, _citizensUnchanged;
        private int _registrationsAdded, _registrationsUpdated, _registrationsUnchanged, _appraised, _passed;

        public List<Citizen> NewCitizens { get; } = [];

        public List<CdhtRegistration> NewRegistrations { get; } = [];

        /// <summary>Finds each row's existing citizen and reports rows that repeat a person already in the file.</summary>
        public void MatchCitizens()
        {
            var rowsByNationalId = new Dictionary<string, ImportRow>(StringComparer.Ordinal);
            var rowsByName = new Dictionary<(string, int, int), List<ImportRow>>();
            var rowsByCitizen = new Dictionary<int, ImportRow>();

            foreach (var row in rows)
            {
                if (row.NationalId is { } id)
                {
                    if (rowsByNationalId.TryGetValue(id, out var first))
                    {
                        errors.Add(row.Number, ImportColumns.NationalId, $"Số CCCD trùng với dòng {first.Number}: mỗi công dân chỉ ghi một dòng.");
                        continue;
                    }

                    rowsByNationalId[id] = row;
                    if (existing.ForeignNationalIds.Contains(id))
                    {
                        errors.Add(row.Number, ImportColumns.NationalId, Citizens.NationalIdMessages.AlreadyRegistered);
                        continue;
                    }
                }

                if (row.NameKey is null || row.Village is null || row.BirthYear is null)
                {
                    continue;
                }

                var nameKey = (row.NameKey, row.Village.Id, row.BirthYear.Value);
                if (!rowsByName.TryGetValue(nameKey, out var sameName))
                {
                    rowsByName[nameKey] = sameName = [];
                }

                // Two rows are the same person unless their birth dates or CCCD numbers tell them apart.
                var twin = sameName.FirstOrDefault(other =>
                    (other.DateOfBirth is null || row.DateOfBirth is null || other.DateOfBirth == row.DateOfBirth)
                    && (other.NationalId is null || row.NationalId is null || other.NationalId == row.NationalId));
                sameName.Add(row);
                if (twin is not null)
                {
                    errors.Add(row.Number, ImportColumns.FullName,
                        $"Trùng với dòng {twin.Number} (cùng họ tên, ngày/năm sinh và thôn): mỗi công dân chỉ ghi một dòng.");
                    continue;
                }

                var match = FindExisting(row, nameKey);
                if (match is null)
                {
                    continue;
                }

                if (rowsByCitizen.TryGetValue(match.Id, out var claimedBy))
                {
                    errors.Add(row.Number, ImportColumns.FullName, $"Dòng này và dòng {claimedBy.Number} cùng là một công dân đã có trong hệ thống.");
                    continue;
                }

                rowsByCitizen[match.Id] = row;
                _matches[row] = match;
            }
        }

        private Citizen? FindExisting(ImportRow row, (string, int, int) nameKey)
        {
            if (row.NationalId is not null && existing.ByNationalId.TryGetValue(row.NationalId, out var byId))
            {
                return byId;
            }

            if (!existing.ByName.TryGetValue(nameKey, out var sameName))
            {
                return null;
            }

            // A different CCCD or birth date on record means a different person with the same name.
            var candidates = sameName
                .Where(c => row.NationalId is null || c.NationalId is null)
                .Where(c => row.DateOfBirth is null || c.DateOfBirth is null || c.DateOfBirth == row.DateOfBirth)
                .ToList();
            if (candidates.Count > 1 && row.DateOfBirth is not null)
            {
                candidates = candidates.Where(c => c.DateOfBirth == row.DateOfBirth).ToList();
            }

            switch (candidates.Count)
            {
                case 0:
                    return null;
                case 1:
                    return candidates[0];
                default:
                    errors.Add(row.Number, ImportColumns.FullName,
                        $"Thôn đã có {candidates.Count} công dân cùng họ tên và năm sinh; hãy ghi Số CCCD hoặc Ngày sinh để phân biệt.");
                    return null;
            }
        }

        public async Task LoadRegistrationsAsync(CancellationToken cancellationToken)
        {
            var years = rows.Where(r => r.Year is not null).Select(r => r.Year!.Value).Distinct().ToList();
            var citizenIds = _matches.Values.Select(c => c.Id).Distinct().ToList();
            foreach (var chunk in citizenIds.Chunk(ChunkSize))
            {
                var found = await db.Registrations.Include(r => r.Entries)
                    .Where(r => chunk.Contains(r.CitizenId) && years.Contains(r.Year))
                    .ToListAsync(cancellationToken);
                foreach (var registration in found)
                {
                    _registrations[(registration.CitizenId, registration.Year)] = registration;
                }
            }
        }

        /// <summary>The rule resolver of each year the file's appraised rows name: one query for the ĐBKK flags per year, none per row.</summary>
        public async Task LoadRulesAsync(RecognitionRuleLookup lookup, CancellationToken cancellationToken)
        {
            var years = rows.Where(r => r.AppraisedScores is not null && r.Year is not null).Select(r => r.Year!.Value).Distinct();
            foreach (var year in years)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _rulesByYear[year] = await lookup.ForYearAsync(year);
            }
        }

        /// <summary>Runs the Citizen constructor (or Correct) and the scorecard's intent methods on every row.</summary>
        public void ApplyDomainRules()
        {
            foreach (var row in rows)
            {
                if (!row.HasCitizenFields || (errors.HasErrors(row.Number) && !CitizenFieldsClean(row)))
                {
                    continue;
                }

                var citizen = _matches.TryGetValue(row, out var match) ? UpdateCitizen(row, match) : CreateCitizen(row);
                if (citizen is null || errors.HasErrors(row.Number) || row.Year is not int year)
                {
                    continue;
                }

                ApplyRegistration(row, citizen, year);
            }
        }

        /// <summary>The citizen's own cells have no error, so the constructor's rules are worth running even if a score cell failed.</summary>
        private bool CitizenFieldsClean(ImportRow row) => !errors.HasErrorIn(row.Number, CitizenColumns);

        private Citizen? CreateCitizen(ImportRow row)
        {
            try
            {
                var citizen = new Citizen(row.FullName!, row.DateOfBirth, row.BirthYear!.Value, row.Gender!.Value, row.Group!.Id,
                    row.Village!.Id, row.NationalId, row.Phone);
                if (row.ConsentDate is { } consent)
                {
                    citizen.RecordConsent(consent, actor);
                }

                NewCitizens.Add(citizen);
                _citizensAdded++;
                return citizen;
            }
            catch (DomainException e)
            {
                errors.Add(row.Number, CitizenErrorColumn(e.Message), e.Message);
                return null;
            }
        }

        /// <summary>Empty optional cells keep what is on record: a paper form that omits a phone number does not erase it.</summary>
        private Citizen? UpdateCitizen(ImportRow row, Citizen citizen)
        {
            var before = Snapshot(citizen);
            var dateOfBirth = row.DateOfBirth ?? (citizen.DateOfBirth?.Year == row.BirthYear ? citizen.DateOfBirth : null);
            try
            {
                citizen.Correct(row.FullName!, dateOfBirth, row.BirthYear!.Value, row.Gender!.Value, row.Group!.Id, row.Village!.Id,
                    row.NationalId ?? citizen.NationalId, row.Phone ?? citizen.Phone);
            }
            catch (DomainException e)
            {
                errors.Add(row.Number, CitizenErrorColumn(e.Message), e.Message);
                return null;
            }

            if (row.ConsentDate is { } consent && citizen.ConsentDate != consent)
            {
                citizen.RecordConsent(consent, actor);
            }

            if (Snapshot(citizen) == before)
            {
                _citizensUnchanged++;
            }
            else
            {
                _citizensUpdated++;
            }

            return citizen;
        }

        private static (string, DateOnly?, int, Gender, int, int, string?, string?, DateOnly?) Snapshot(Citizen c)
            => (c.FullName, c.DateOfBirth, c.BirthYear, c.Gender, c.GroupId, c.VillageId, c.NationalId, c.Phone, c.ConsentDate);

        private void ApplyRegistration(ImportRow row, Citizen citizen, int year)
        {
            var isNew = false;
            if (citizen.Id == 0 || !_registrations.TryGetValue((citizen.Id, year), out var registration))
            {
                try
                {
                    registration = new CdhtRegistration(citizen, year, RegistrationChannel.Import, actor, now);
                }
                catch (DomainException e)
                {
                    errors.Add(row.Number, ImportColumns.Year, e.Message);
                    return;
                }

                isNew = true;
            }

            var changed = false;
            if (row.SelfScores is { } self)
            {
                var entries = registration.Entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
                var same = registration.Status != ScorecardStatus.Registered
                    && IndicatorDefinition.Codes.Select((code, i) => entries.TryGetValue(code, out var e) && e.SelfScore == self[i]).All(x => x);
                if (!same)
                {
                    var inputs = IndicatorDefinition.Codes
                        .Select((code, i) => new IndicatorInput(code, self[i], entries.TryGetValue(code, out var e) ? e.EvidenceNote : null))
                        .ToList();
                    try
                    {
                        registration.RecordSelfAssessment(inputs, citizen.HasConsent, actor, onBehalf: true, now);
                        changed = true;
                    }
                    catch (DomainException e)
                    {
                        errors.Add(row.Number, ScoreErrorColumn(e.Message, ImportColumns.FirstSelfScore), e.Message);
                        return;
                    }
                }

                if (row.AppraisedScores is { } appraised && !Appraise(row, citizen, registration, self, appraised, ref changed))
                {
                    return;
                }
            }

            if (isNew)
            {
                NewRegistrations.Add(registration);
                _registrationsAdded++;
            }
            else if (changed)
            {
                _registrationsUpdated++;
            }
            else
            {
                _registrationsUnchanged++;
            }
        }

        private bool Appraise(ImportRow row, Citizen citizen, CdhtRegistration registration, int[] self, int[] appraised, ref bool changed)
        {
            var rule = RuleFor(row.Village!, registration.Year);
            if (rule is null)
            {
                errors.Add(row.Number, ImportColumns.Year, $"Chưa có quy định công nhận \"Công dân học tập\" áp dụng cho năm {registration.Year}.");
                return false;
            }

            // The one reason cell explains every indicator whose appraised score differs from the self-score.
            var reason = row.Reason;
            var inputs = IndicatorDefinition.Codes
                .Select((code, i) => new IndicatorInput(code, appraised[i], appraised[i] != self[i] ? reason : null))
                .ToList();
            var entries = registration.Entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
            var same = !changed
                && registration.Status == ScorecardStatus.Appraised
                && registration.AppraisalThreshold == rule.Threshold
                && registration.Passed == registration.Evaluate(rule)?.Passed
                && inputs.All(i => entries.TryGetValue(i.Code, out var e) && e.AppraisedScore == i.Score
                    && e.AppraisalReason == (string.IsNullOrWhiteSpace(i.Note) ? null : i.Note.Trim()));
            if (!same)
            {
                try
                {
                    registration.Appraise(inputs, rule, citizen.HasConsent, actor, now);
                    changed = true;
                }
                catch (DomainException e)
                {
                    errors.Add(row.Number, ScoreErrorColumn(e.Message, ImportColumns.FirstAppraisedScore), e.Message);
                    return false;
                }
            }

            _appraised++;
            if (registration.Passed == true)
            {
                _passed++;
            }

            return true;
        }

        /// <summary>The rule in force for the village's commune and year (80 points, or 70 where the commune is ĐBKK that year).</summary>
        private RecognitionRule? RuleFor(ImportVillage village, int year)
        {
            if (!_rules.TryGetValue((village.Id, year), out var rule))
            {
                try
                {
                    rule = _rulesByYear.TryGetValue(year, out var resolve) ? resolve(village.Path) : null;
                }
                catch (InvalidOperationException)
                {
                    // The lookup throws when no rule is configured for the year; reported at the row below.
                    rule = null;
                }

                _rules[(village.Id, year)] = rule;
            }

            return rule;
        }

        public ImportSummary Summary(int rowCount) => new(rowCount, _citizensAdded, _citizensUpdated, _citizensUnchanged,
            _registrationsAdded, _registrationsUpdated, _registrationsUnchanged, _appraised, _passed);

        /// <summary>The domain speaks in sentences; these words tell which cell a citizen rule refers to.</summary>
        private static int? CitizenErrorColumn(string message)
            => message.Contains("CCCD", StringComparison.Ordinal) ? ImportColumns.NationalId
                : message.Contains("Năm sinh", StringComparison.Ordinal) ? ImportColumns.BirthYear
                : message.Contains("Họ và tên", StringComparison.Ordinal) ? ImportColumns.FullName
                : null;

        private static int? ScoreErrorColumn(string message, int firstScoreColumn)
            => message.Contains("đồng ý", StringComparison.Ordinal) ? ImportColumns.ConsentDate
                : message.Contains("lý do", StringComparison.OrdinalIgnoreCase) ? ImportColumns.Reason
                : message.Contains("cấp trên", StringComparison.Ordinal) ? null
                : firstScoreColumn;
    }
}
