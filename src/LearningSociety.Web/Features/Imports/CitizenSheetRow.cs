using LearningSociety.Domain;
using System.Globalization;
using System.Text;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Features.Imports.Framework;

namespace LearningSociety.Web.Features.Imports;

/// <summary>What the parser needs besides the cells.</summary>
internal sealed record CitizenSheetRowContext(
    VillageDirectory Villages,
    IReadOnlyDictionary<string, ImportGroup> GroupsByNumber,
    int? SelectedYear,
    DateOnly Today);

/// <summary>
/// One citizen row of the sheet, read and checked: its cells converted to values. Conversion errors (not a date,
/// not a number, missing required cell, score out of 1–10, incomplete score group) are reported at their cell;
/// the domain rules run later on the converted values (<see cref="CitizenChanges"/>).
/// </summary>
internal sealed class CitizenSheetRow
{
    private const int MaxNameLength = 150;
    private const int MaxReasonLength = 1000;

    /// <summary>The stored length of <see cref="ScorecardEntry.EvidenceNote"/>.</summary>
    internal const int MaxEvidenceNoteLength = 1000;
    private const int MaxPhoneLength = 20;

    private static readonly string[] DateFormats =
        ["d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.fff"];

    private CitizenSheetRow(int number)
    {
        Number = number;
    }

    public int Number { get; }

    public string? FullName { get; private set; }

    /// <summary>Upper-cased normalised name, for matching.</summary>
    public string? NameKey { get; private set; }

    public DateOnly? DateOfBirth { get; private set; }

    public int? BirthYear { get; private set; }

    public Gender? Gender { get; private set; }

    public ImportGroup? Group { get; private set; }

    public ImportVillage? Village { get; private set; }

    /// <summary>The typed village when it matched none of the user's villages (checked against the database later).</summary>
    public string? UnknownVillage { get; private set; }

    public string? NationalId { get; private set; }

    public string? Phone { get; private set; }

    public DateOnly? ConsentDate { get; private set; }

    public int? Year { get; private set; }

    public int[]? SelfScores { get; private set; }

    /// <summary>
    /// The citizen's evidence note of each indicator (in <see cref="IndicatorDefinition.Codes"/> order), null where the cell is
    /// blank (the note on record stays); null as a whole when the row has no note at all.
    /// </summary>
    public string?[]? EvidenceNotes { get; private set; }

    public int[]? AppraisedScores { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>True when everything the Citizen constructor needs was read.</summary>
    public bool HasCitizenFields => FullName is not null && BirthYear is not null && Gender is not null && Group is not null && Village is not null;

    public static CitizenSheetRow Parse(XlsxRow raw, CitizenSheetRowContext context, ImportErrorList errors)
    {
        var row = new CitizenSheetRow(raw.Number);
        void Fail(int column, string message) => errors.Add(raw.Number, column, message);

        XlsxCell Cell(int column)
        {
            var cell = raw[column];
            if (cell.Kind == XlsxCellKind.Error)
            {
                Fail(column, $"Ô chứa lỗi công thức ({cell.Text}); hãy nhập giá trị thay cho công thức.");
                return XlsxCell.Empty;
            }

            return cell;
        }

        // Họ và tên
        var nameCell = Cell(ImportColumns.FullName);
        var name = Text(nameCell);
        if (name is null)
        {
            Fail(ImportColumns.FullName, "Vui lòng nhập họ và tên.");
        }
        else if (nameCell.Kind is not XlsxCellKind.Text)
        {
            Fail(ImportColumns.FullName, "Họ và tên phải là chữ, không phải số hay giá trị TRUE/FALSE.");
        }
        else if (name.Length > MaxNameLength)
        {
            Fail(ImportColumns.FullName, $"Họ và tên dài quá {MaxNameLength} ký tự.");
        }
        else if (Citizen.NameProblem(Citizen.NormalizeName(name)) is { } problem)
        {
            Fail(ImportColumns.FullName, problem);
        }
        else
        {
            row.FullName = name;
            row.NameKey = MatchKey(name);
        }

        // Ngày sinh, Năm sinh
        var dobCell = Cell(ImportColumns.DateOfBirth);
        if (!dobCell.IsBlank)
        {
            if (TryDate(dobCell, out var dob))
            {
                if (dob > context.Today || dob.Year < 1900)
                {
                    Fail(ImportColumns.DateOfBirth, "Ngày sinh không hợp lệ (phải từ năm 1900 đến hôm nay).");
                }
                else
                {
                    row.DateOfBirth = dob;
                }
            }
            else
            {
                Fail(ImportColumns.DateOfBirth, "Ngày sinh phải ghi theo dạng ngày/tháng/năm (dd/MM/yyyy), ví dụ 05/03/1980.");
            }
        }

        var yearCell = Cell(ImportColumns.BirthYear);
        if (yearCell.IsBlank)
        {
            if (row.DateOfBirth is { } known)
            {
                row.BirthYear = known.Year;
            }
            else if (dobCell.IsBlank)
            {
                Fail(ImportColumns.BirthYear, "Vui lòng nhập năm sinh (hoặc ngày sinh).");
            }
        }
        else if (TryInteger(yearCell, out var birthYear) && birthYear >= 1900 && birthYear <= context.Today.Year)
        {
            row.BirthYear = birthYear;
        }
        else
        {
            Fail(ImportColumns.BirthYear, $"Năm sinh phải là số có 4 chữ số, từ 1900 đến {context.Today.Year}.");
        }

        // Giới tính
        var gender = Text(Cell(ImportColumns.Gender));
        switch (gender is null ? null : Fold(gender))
        {
            case null:
                Fail(ImportColumns.Gender, "Vui lòng nhập giới tính (Nam hoặc Nữ).");
                break;
            case "nam":
                row.Gender = Domain.Citizens.Gender.Male;
                break;
            case "nu":
                row.Gender = Domain.Citizens.Gender.Female;
                break;
            default:
                Fail(ImportColumns.Gender, "Giới tính phải là 'Nam' hoặc 'Nữ'.");
                break;
        }

        // Nhóm
        var group = Text(Cell(ImportColumns.Group));
        if (group is null)
        {
            Fail(ImportColumns.Group, "Vui lòng nhập nhóm (1, 2 hoặc 3).");
        }
        else if (context.GroupsByNumber.TryGetValue(GroupNumber(group), out var found))
        {
            row.Group = found;
        }
        else
        {
            Fail(ImportColumns.Group, $"Nhóm phải là {string.Join(", ", context.GroupsByNumber.Keys.Order(StringComparer.Ordinal))}.");
        }

        // Thôn
        var village = Text(Cell(ImportColumns.Village));
        if (village is null)
        {
            Fail(ImportColumns.Village, "Vui lòng nhập tên hoặc mã thôn.");
        }
        else
        {
            var (match, ambiguity) = context.Villages.Resolve(village);
            if (match is not null)
            {
                row.Village = match;
            }
            else if (ambiguity is not null)
            {
                Fail(ImportColumns.Village, ambiguity);
            }
            else
            {
                row.UnknownVillage = village;
            }
        }

        // Số CCCD: stored as text; a number cell has lost its leading zeros (every province code starts with 0).
        var idCell = Cell(ImportColumns.NationalId);
        if (!idCell.IsBlank)
        {
            var id = idCell.Kind == XlsxCellKind.Number && IsWhole(idCell.Number) && idCell.Number is >= 0 and < 1e12
                ? ((long)idCell.Number).ToString("D12", CultureInfo.InvariantCulture)
                : RemoveSpaces(Text(idCell) ?? string.Empty);
            if (NationalIdNumber.Validate(id, row.Gender, row.BirthYear) is { } error)
            {
                Fail(ImportColumns.NationalId, error);
            }
            else
            {
                row.NationalId = id;
            }
        }

        // Điện thoại
        var phoneCell = Cell(ImportColumns.Phone);
        if (!phoneCell.IsBlank)
        {
            var phone = phoneCell.Kind == XlsxCellKind.Number && IsWhole(phoneCell.Number) && phoneCell.Number is > 0 and < 1e15
                ? "0" + ((long)phoneCell.Number).ToString(CultureInfo.InvariantCulture)
                : Text(phoneCell)!;
            if (phone.Length > MaxPhoneLength || phone.Count(char.IsAsciiDigit) < 8
                || !phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '.' or '-' or '(' or ')'))
            {
                Fail(ImportColumns.Phone, "Số điện thoại không hợp lệ (8–20 ký tự, chỉ gồm chữ số và các dấu + . - ( )).");
            }
            else
            {
                row.Phone = phone;
            }
        }

        // Ngày đồng ý
        var consentCell = Cell(ImportColumns.ConsentDate);
        if (!consentCell.IsBlank)
        {
            if (!TryDate(consentCell, out var consent))
            {
                Fail(ImportColumns.ConsentDate, "Ngày đồng ý phải ghi theo dạng ngày/tháng/năm (dd/MM/yyyy).");
            }
            else if (consent > context.Today)
            {
                Fail(ImportColumns.ConsentDate, "Ngày đồng ý không được sau ngày hôm nay.");
            }
            else if (consent.Year < 2000)
            {
                Fail(ImportColumns.ConsentDate, "Ngày đồng ý không hợp lệ.");
            }
            else
            {
                row.ConsentDate = consent;
            }
        }

        // Năm: the column, else the year chosen on the upload form; both must agree when both are given.
        var registrationYearCell = Cell(ImportColumns.Year);
        if (registrationYearCell.IsBlank)
        {
            if (context.SelectedYear is null)
            {
                Fail(ImportColumns.Year, "Vui lòng nhập năm đăng ký, hoặc chọn năm khi tải tệp lên.");
            }

            row.Year = context.SelectedYear;
        }
        else if (!TryInteger(registrationYearCell, out var year) || year is < 1000 or > 9999)
        {
            Fail(ImportColumns.Year, "Năm phải là số có 4 chữ số, ví dụ 2025.");
        }
        else if (context.SelectedYear is int selected && selected != year)
        {
            Fail(ImportColumns.Year, $"Năm {year} khác với năm đã chọn khi tải lên ({selected}). Hãy sửa cột Năm hoặc chọn lại năm.");
        }
        else
        {
            row.Year = year;
        }

        // Điểm: each group all or none; appraised scores need self-scores.
        row.SelfScores = ReadScores(ImportColumns.FirstSelfScore, "tự đánh giá");
        row.EvidenceNotes = ReadNotes(row.SelfScores is null && AllBlank(ImportColumns.FirstSelfScore));
        row.AppraisedScores = ReadScores(ImportColumns.FirstAppraisedScore, "thẩm định");
        if (row.AppraisedScores is not null && row.SelfScores is null && AllBlank(ImportColumns.FirstSelfScore))
        {
            Fail(ImportColumns.FirstSelfScore, "Có điểm thẩm định thì phải có đủ 10 điểm tự đánh giá.");
        }

        var reason = Text(Cell(ImportColumns.Reason));
        if (reason is not null && reason.Length > MaxReasonLength)
        {
            Fail(ImportColumns.Reason, $"Lý do điều chỉnh dài quá {MaxReasonLength} ký tự.");
        }
        else
        {
            row.Reason = reason;
        }

        return row;

        bool AllBlank(int first) => Enumerable.Range(first, RecognitionRule.IndicatorCount).All(c => raw[c].IsBlank);

        // Minh chứng: optional per indicator; a note belongs to a self-assessment, so it needs the row's self-scores.
        string?[]? ReadNotes(bool withoutSelfScores)
        {
            var notes = new string?[RecognitionRule.IndicatorCount];
            for (var i = 0; i < notes.Length; i++)
            {
                var column = ImportColumns.FirstEvidenceNote + i;
                var note = Text(Cell(column));
                if (note is null)
                {
                    continue;
                }

                var code = ScorecardEvaluation.DisplayCode(IndicatorDefinition.Codes[i]);
                if (withoutSelfScores)
                {
                    Fail(column, $"Có minh chứng chỉ số {code} thì phải có đủ {RecognitionRule.IndicatorCount} điểm tự đánh giá; hãy nhập điểm hoặc xóa minh chứng.");
                }
                else if (note.Length > MaxEvidenceNoteLength)
                {
                    Fail(column, $"Minh chứng chỉ số {code} dài quá {VietnameseFormat.Number(MaxEvidenceNoteLength)} ký tự (đang có {VietnameseFormat.Number(note.Length)} ký tự).");
                }
                else
                {
                    notes[i] = note;
                }
            }

            return notes.Any(n => n is not null) ? notes : null;
        }

        int[]? ReadScores(int first, string label)
        {
            if (AllBlank(first))
            {
                return null;
            }

            var scores = new int[RecognitionRule.IndicatorCount];
            var missing = new List<string>();
            var valid = true;
            for (var i = 0; i < scores.Length; i++)
            {
                var column = first + i;
                var cell = Cell(column);
                if (cell.IsBlank)
                {
                    missing.Add(ScorecardEvaluation.DisplayCode(IndicatorDefinition.Codes[i]));
                    valid = false;
                }
                else if (TryInteger(cell, out var score) && score is >= RecognitionRule.MinScore and <= RecognitionRule.MaxScore)
                {
                    scores[i] = score;
                }
                else
                {
                    Fail(column, $"Điểm phải là số nguyên từ {RecognitionRule.MinScore} đến {RecognitionRule.MaxScore}.");
                    valid = false;
                }
            }

            if (missing.Count > 0)
            {
                var firstMissing = first + IndicatorDefinition.Codes.ToList().FindIndex(c => ScorecardEvaluation.DisplayCode(c) == missing[0]);
                Fail(firstMissing, $"Điểm {label} phải nhập đủ {RecognitionRule.IndicatorCount} chỉ số hoặc để trống cả nhóm; còn thiếu chỉ số {string.Join(", ", missing)}.");
            }

            return valid ? scores : null;
        }
    }

    /// <summary>Normalised (NFC, single spaces) and upper-cased, so that "nguyễn  văn an" matches "Nguyễn Văn An".</summary>
    public static string MatchKey(string name) => Citizen.NormalizeName(name).ToUpperInvariant();

    /// <summary>Lower case without diacritics, for the few words typed in many ways ("Nữ", "nu", "NỮ").</summary>
    internal static string Fold(string value)
    {
        var decomposed = value.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string GroupNumber(string value)
    {
        var folded = Fold(value).Replace("nhom", string.Empty, StringComparison.Ordinal).Trim();
        return folded.StartsWith('n') ? folded[1..].Trim() : folded;
    }

    private static string? Text(XlsxCell cell) => cell.Kind switch
    {
        XlsxCellKind.Text => string.IsNullOrWhiteSpace(cell.Text) ? null : cell.Text.Trim().Normalize(NormalizationForm.FormC),
        XlsxCellKind.Number => cell.Number.ToString("0.##########", CultureInfo.InvariantCulture),
        XlsxCellKind.Boolean => cell.Text,
        _ => null,
    };

    private static string RemoveSpaces(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c) && c != '.'));

    private static bool IsWhole(double value) => Math.Abs(value - Math.Round(value)) < 1e-9;

    private static bool TryInteger(XlsxCell cell, out int value)
    {
        value = 0;
        switch (cell.Kind)
        {
            case XlsxCellKind.Number when IsWhole(cell.Number) && cell.Number is >= int.MinValue and <= int.MaxValue:
                value = (int)Math.Round(cell.Number);
                return true;
            case XlsxCellKind.Text:
                return int.TryParse(cell.Text.Trim(), NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out value);
            default:
                return false;
        }
    }

    /// <summary>A typed date (dd/MM/yyyy) or Excel's date serial number, whatever the cell's display format.</summary>
    private static bool TryDate(XlsxCell cell, out DateOnly value)
    {
        value = default;
        switch (cell.Kind)
        {
            case XlsxCellKind.Number when cell.Number is >= 1 and < 2_958_466:
                value = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(cell.Number)));
                return true;
            case XlsxCellKind.Text:
                if (DateTime.TryParseExact(cell.Text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    value = DateOnly.FromDateTime(parsed);
                    return true;
                }

                return false;
            default:
                return false;
        }
    }
}
