using LearningSociety.Domain;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Imports.Framework;
using LearningSociety.Web.Features.Scorecards;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Imports;

/// <summary>
/// Building the changes of a file: each row runs through the domain's own rules (the Citizen constructor or
/// <see cref="Citizen.Correct"/>, <see cref="CdhtRegistration.RecordSelfAssessment"/>, <see cref="CdhtRegistration.Appraise"/>),
/// new citizens and cards are collected, existing ones are changed in memory, and a refusal is reported at the cell
/// its <see cref="DomainException.Field"/> names. Nothing is saved here.
/// </summary>
/// <param name="matches">The citizen on record each matched row corrects (<see cref="CitizenMatching"/>).</param>
/// <param name="samePerson">Rows of a person whose first row comes earlier in the file (another year): that first row.</param>
internal sealed class CitizenChanges(AppDbContext db, IReadOnlyList<CitizenSheetRow> rows, IReadOnlyDictionary<CitizenSheetRow, Citizen> matches,
    IReadOnlyDictionary<CitizenSheetRow, CitizenSheetRow> samePerson, ImportErrorList errors, string actor, DateTimeOffset now, DateOnly today)
{
    private readonly Dictionary<CitizenSheetRow, Citizen?> _built = [];

    private static readonly int[] CitizenColumns =
    [
        ImportColumns.FullName, ImportColumns.DateOfBirth, ImportColumns.BirthYear, ImportColumns.Gender,
        ImportColumns.Group, ImportColumns.Village, ImportColumns.NationalId, ImportColumns.Phone,
    ];

    private readonly Dictionary<(int CitizenId, int Year), CdhtRegistration> _registrations = [];
    private readonly Dictionary<(int VillageId, int Year), Judging?> _rules = [];
    private readonly Dictionary<int, Func<string, Judging?>> _rulesByYear = [];
    private int _citizensAdded, _citizensUpdated, _citizensUnchanged;
    private int _registrationsAdded, _registrationsUpdated, _registrationsUnchanged, _appraised, _passed;

    public List<Citizen> NewCitizens { get; } = [];

    public List<CdhtRegistration> NewRegistrations { get; } = [];

    public async Task LoadRegistrationsAsync(CancellationToken cancellationToken)
    {
        var years = rows.Where(r => r.Year is not null).Select(r => r.Year!.Value).Distinct().ToList();
        var citizenIds = matches.Values.Select(c => c.Id).Distinct().ToList();
        foreach (var chunk in citizenIds.Chunk(CitizenImporter.ChunkSize))
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
            _rulesByYear[year] = await lookup.JudgingForYearOrNoneAsync(year, cancellationToken);
        }
    }

    /// <summary>Runs the Citizen constructor (or Correct) and the scorecard's intent methods on every row.</summary>
    public void Build()
    {
        foreach (var row in rows)
        {
            if (!row.HasCitizenFields || (errors.HasErrors(row.Number) && !CitizenFieldsClean(row)))
            {
                continue;
            }

            Citizen? citizen;
            if (samePerson.TryGetValue(row, out var first))
            {
                // Another year of a person already built from an earlier row: the citizen once, a card per year.
                citizen = _built.GetValueOrDefault(first);
                if (citizen is null)
                {
                    errors.Add(row.Number, ImportColumns.FullName, $"Dòng {first.Number} của cùng công dân có lỗi; sửa dòng đó trước.");
                    continue;
                }
            }
            else
            {
                citizen = matches.TryGetValue(row, out var match) ? UpdateCitizen(row, match) : CreateCitizen(row);
                _built[row] = citizen;
            }

            if (citizen is null || errors.HasErrors(row.Number) || row.Year is not int year)
            {
                continue;
            }

            ApplyRegistration(row, citizen, year);
        }
    }

    /// <summary>The first cell of a row that differs from its locked card, with what was proposed; null when the row repeats the card.</summary>
    private static (int Column, string Message)? LockedDifference(CitizenSheetRow row, CdhtRegistration registration)
    {
        var entries = registration.Entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
        var why = registration.IsPastConfirmed ? "UBND xã đã xác nhận năm này" : "phiếu đã được đề nghị lên cấp trên";
        var codes = IndicatorDefinition.Codes;

        // In column order: the self-scores, the evidence notes, the appraised scores. A blank note cell keeps the note on record.
        for (var i = 0; i < codes.Count; i++)
        {
            var stored = entries.GetValueOrDefault(codes[i])?.SelfScore;
            if (row.SelfScores is { } self && self[i] != stored)
            {
                return (ImportColumns.FirstSelfScore + i, Differs(why, "tự đánh giá", codes[i], stored, self[i]));
            }
        }

        for (var i = 0; i < codes.Count; i++)
        {
            var stored = entries.GetValueOrDefault(codes[i])?.EvidenceNote;
            if (row.EvidenceNotes?[i] is { } note && !string.Equals(note, stored, StringComparison.Ordinal))
            {
                return (ImportColumns.FirstEvidenceNote + i,
                    $"Không sửa được vì {why}: minh chứng chỉ số {ScorecardEvaluation.DisplayCode(codes[i])} trong tệp là {Quoted(note)}, "
                    + $"phiếu đã lưu là {(stored is null ? "(trống)" : Quoted(stored))}.");
            }
        }

        for (var i = 0; i < codes.Count; i++)
        {
            var stored = entries.GetValueOrDefault(codes[i])?.AppraisedScore;
            if (row.AppraisedScores is { } appraised && appraised[i] != stored)
            {
                return (ImportColumns.FirstAppraisedScore + i, Differs(why, "thẩm định", codes[i], stored, appraised[i]));
            }
        }

        return null;

        // A note may be 1,000 characters long: the message shows its beginning.
        static string Quoted(string text) => text.Length <= 60 ? $"\"{text}\"" : $"\"{text[..57]}…\"";

        static string Differs(string why, string kind, string code, int? proposed, int inFile)
            => $"Không sửa được vì {why}: điểm {kind} chỉ số {ScorecardEvaluation.DisplayCode(code)} trong tệp là {inFile}, "
               + $"phiếu đã lưu là {(proposed is int p ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : "(trống)")}.";
    }

    /// <summary>The citizen's own cells have no error, so the constructor's rules are worth running even if a score cell failed.</summary>
    private bool CitizenFieldsClean(CitizenSheetRow row) => !errors.HasErrorIn(row.Number, CitizenColumns);

    private Citizen? CreateCitizen(CitizenSheetRow row)
    {
        try
        {
            var citizen = new Citizen(row.FullName!, row.DateOfBirth, row.BirthYear!.Value, row.Gender!.Value, row.Group!.Id,
                row.Village!.Id, row.NationalId, row.Phone);
            if (row.ConsentDate is { } consent)
            {
                citizen.RecordConsent(consent, actor, today);
            }

            NewCitizens.Add(citizen);
            _citizensAdded++;
            return citizen;
        }
        catch (DomainException e)
        {
            errors.Add(row.Number, ImportColumns.ColumnOf(e.Field, ImportColumns.FirstSelfScore), e.Message);
            return null;
        }
    }

    /// <summary>Empty optional cells keep what is on record: a paper form that omits a phone number does not erase it.</summary>
    private Citizen? UpdateCitizen(CitizenSheetRow row, Citizen citizen)
    {
        var before = Snapshot(citizen);
        var dateOfBirth = row.DateOfBirth ?? (citizen.DateOfBirth?.Year == row.BirthYear ? citizen.DateOfBirth : null);
        try
        {
            citizen.Correct(row.FullName!, dateOfBirth, row.BirthYear!.Value, row.Gender!.Value, row.Group!.Id, row.Village!.Id,
                row.NationalId ?? citizen.NationalId, row.Phone ?? citizen.Phone);
            if (row.ConsentDate is { } consent && citizen.ConsentDate != consent)
            {
                citizen.RecordConsent(consent, actor, today);
            }
        }
        catch (DomainException e)
        {
            errors.Add(row.Number, ImportColumns.ColumnOf(e.Field, ImportColumns.FirstSelfScore), e.Message);
            return null;
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

    private void ApplyRegistration(CitizenSheetRow row, Citizen citizen, int year)
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

        if (registration.IsLocked)
        {
            // A proposed (or confirmed) card is part of the record: a row that repeats it is fine, a row that differs says where.
            if (LockedDifference(row, registration) is { } difference)
            {
                errors.Add(row.Number, difference.Column, difference.Message);
            }
            else
            {
                _registrationsUnchanged++;
            }

            return;
        }

        var changed = false;
        if (row.SelfScores is { } self)
        {
            var entries = registration.Entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
            // A blank note cell keeps the note on record; a changed note alone is a changed self-assessment.
            var notes = IndicatorDefinition.Codes
                .Select((code, i) => row.EvidenceNotes?[i] ?? (entries.TryGetValue(code, out var e) ? e.EvidenceNote : null))
                .ToList();
            var same = registration.Status != ScorecardStatus.Registered
                && IndicatorDefinition.Codes.Select((code, i) => entries.TryGetValue(code, out var e) && e.SelfScore == self[i]
                    && string.Equals(e.EvidenceNote, notes[i], StringComparison.Ordinal)).All(x => x);
            if (!same)
            {
                var inputs = IndicatorDefinition.Codes
                    .Select((code, i) => new IndicatorInput(code, self[i], notes[i]))
                    .ToList();
                try
                {
                    registration.RecordSelfAssessment(inputs, citizen.HasConsent, actor, onBehalf: true, now);
                    changed = true;
                }
                catch (DomainException e)
                {
                    errors.Add(row.Number, ImportColumns.ColumnOf(e.Field, ImportColumns.FirstSelfScore), e.Message);
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

    private bool Appraise(CitizenSheetRow row, Citizen citizen, CdhtRegistration registration, int[] self, int[] appraised, ref bool changed)
    {
        var judging = RuleFor(row.Village!, registration.Year);
        if (judging is not { Rule: var rule })
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
            && registration.AppraisalMinPerIndicator == rule.MinPerIndicator
            && registration.AppraisalDesignation == judging.Designation
            && registration.Passed == registration.Evaluate(rule)?.Passed
            && inputs.All(i => entries.TryGetValue(i.Code, out var e) && e.AppraisedScore == i.Score
                && e.AppraisalReason == (string.IsNullOrWhiteSpace(i.Note) ? null : i.Note.Trim()));
        if (!same)
        {
            try
            {
                registration.Appraise(inputs, rule, citizen.HasConsent, actor, now, judging.Designation);
                changed = true;
            }
            catch (DomainException e)
            {
                errors.Add(row.Number, ImportColumns.ColumnOf(e.Field, ImportColumns.FirstAppraisedScore), e.Message);
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
    private Judging? RuleFor(ImportVillage village, int year)
    {
        if (!_rules.TryGetValue((village.Id, year), out var rule))
        {
            // Null when no rule is configured for the year; reported at the row by the caller.
            rule = _rulesByYear.TryGetValue(year, out var resolve) ? resolve(village.Path) : null;
            _rules[(village.Id, year)] = rule;
        }

        return rule;
    }

    public ImportSummary Summary(int rowCount) => new(rowCount, _citizensAdded, _citizensUpdated, _citizensUnchanged,
        _registrationsAdded, _registrationsUpdated, _registrationsUnchanged, _appraised, _passed);
}
