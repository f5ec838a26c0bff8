using FluentValidation;
using LearningSociety.Web.Data.Seeding;
using LearningSociety.Web.Features.Imports.Framework;

namespace LearningSociety.Web.Features.Imports;

/// <summary>The upload form: the workbook and the year its rows default to.</summary>
public sealed class ImportInput
{
    public IFormFile? File { get; set; }

    /// <summary>Null means "take the year from the Năm column of each row".</summary>
    public int? Year { get; set; }
}

public sealed class ImportInputValidator : AbstractValidator<ImportInput>
{
    public ImportInputValidator()
    {
        RuleFor(x => x.File).NotNull().WithMessage("Vui lòng chọn tệp Excel (.xlsx) để tải lên.");
        RuleFor(x => x.File!.Length).GreaterThan(0).WithMessage("Tệp tải lên đang trống.")
            .LessThanOrEqualTo(CitizenImporter.MaxFileBytes).WithMessage(ImportMessages.TooLarge)
            .When(x => x.File is not null)
            .OverridePropertyName(nameof(ImportInput.File));
        RuleFor(x => x.File!.FileName)
            .Must(name => string.Equals(Path.GetExtension(name), ".xlsx", StringComparison.OrdinalIgnoreCase))
            .WithMessage(ImportMessages.NotXlsx)
            .When(x => x.File is { Length: > 0 })
            .OverridePropertyName(nameof(ImportInput.File));
        RuleFor(x => x.Year).InclusiveBetween(ReferenceDataSeeder.ProgrammeStartYear, 2100)
            .WithMessage($"Năm phải từ {ReferenceDataSeeder.ProgrammeStartYear} trở đi.");
    }
}

/// <summary>Messages shown for files refused before their content is read.</summary>
public static class ImportMessages
{
    public static readonly string TooLarge = string.Create(Shared.VietnameseText.Culture,
        $"Tệp lớn hơn {CitizenImporter.MaxFileBytes / (1024 * 1024)} MB. Hãy chia danh sách thành nhiều tệp nhỏ hơn (mỗi tệp tối đa {LearningSociety.Domain.VietnameseFormat.Number(CitizenImporter.MaxRows)} dòng).");

    public const string ChangedMeanwhile = "Trong lúc nhập, dữ liệu của một số công dân vừa được người khác thay đổi (ví dụ một số CCCD vừa được đăng ký). "
        + "Không dòng nào được lưu; vui lòng tải tệp lên lại để kiểm tra lại.";

    public const string NotXlsx = "Chỉ nhận tệp Excel định dạng .xlsx. Nếu tệp là .xls hoặc .csv, hãy mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).";
}

/// <summary>The import page: the year selector and, after an upload, its outcome.</summary>
public sealed record ImportPageViewModel(int? SelectedYear, IReadOnlyList<int> Years, ImportOutcome? Outcome)
{
    public static ImportPageViewModel Create(int currentYear, int? selectedYear, ImportOutcome? outcome)
    {
        var years = Enumerable.Range(ReferenceDataSeeder.ProgrammeStartYear, currentYear + 2 - ReferenceDataSeeder.ProgrammeStartYear)
            .Reverse()
            .ToList();
        return new ImportPageViewModel(selectedYear, years, outcome);
    }
}

/// <summary>What became of one upload: refused (errors) or saved (summary).</summary>
public sealed record ImportOutcome(string? FileName, IReadOnlyList<ImportError> Errors, ImportSummary? Summary)
{
    /// <summary>A page with tens of thousands of errors helps nobody; the rest are counted.</summary>
    public const int ShownErrors = 1000;

    public bool Succeeded => Errors.Count == 0 && Summary is not null;

    public IReadOnlyList<ImportError> FileErrors => Errors.Where(e => e.Row is null).ToList();

    public IReadOnlyList<ImportError> CellErrors => Errors.Where(e => e.Row is not null).ToList();

    public int RowsWithErrors => Errors.Where(e => e.Row is not null).Select(e => e.Row).Distinct().Count();
}
