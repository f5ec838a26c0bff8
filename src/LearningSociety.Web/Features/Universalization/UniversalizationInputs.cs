using FluentValidation;
using FluentValidation.Results;
using LearningSociety.Domain.Universalization;

namespace LearningSociety.Web.Features.Universalization;

/// <summary>The survey form of a commune: the 18 counts as typed (Counts[Age5Population] …) and the stamp it was loaded with.</summary>
public sealed class SurveyInput
{
    public int Year { get; set; }

    /// <summary>The survey's stamp when the form was loaded; null when the commune had no survey for the year yet.</summary>
    public Guid? ConcurrencyStamp { get; set; }

    public Dictionary<string, string?> Counts { get; set; } = [];

    public string? Typed(SurveyCount count) => Counts.GetValueOrDefault(count.ToString());

    /// <summary>The survey, when every count is a whole number (checked by the validator first).</summary>
    public UniversalizationSurvey ToSurvey(bool isDisadvantaged)
        => SurveyLayout.Counts.Aggregate(new UniversalizationSurvey { SurveyYear = Year, IsDisadvantaged = isDisadvantaged },
            (survey, count) => survey.WithCount(count, SurveyLayout.TryParseCount(Typed(count), out var value) ? value : 0));

    public static Dictionary<string, string?> From(UniversalizationSurveyRecord? record)
        => SurveyLayout.Counts.ToDictionary(c => c.ToString(),
            c => record is null ? null : record[c].ToString(System.Globalization.CultureInfo.InvariantCulture));
}

public sealed class SurveyInputValidator : AbstractValidator<SurveyInput>
{
    public SurveyInputValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(UniversalizationYears.First, UniversalizationYears.Last)
            .WithMessage($"Năm điều tra phải từ {UniversalizationYears.First} đến {UniversalizationYears.Last}.");
        RuleFor(x => x).Custom((input, context) =>
        {
            foreach (var count in SurveyLayout.Counts)
            {
                var typed = input.Typed(count);
                if (string.IsNullOrWhiteSpace(typed))
                {
                    context.AddFailure(new ValidationFailure(SurveyLayout.FieldName(count), SurveyLayout.Missing(count)));
                }
                else if (!SurveyLayout.TryParseCount(typed, out _))
                {
                    context.AddFailure(new ValidationFailure(SurveyLayout.FieldName(count), SurveyLayout.NotWholeNumber(count)));
                }
            }
        });
    }
}

/// <summary>The survey years the portal accepts: NĐ 20 took effect in 2014.</summary>
public static class UniversalizationYears
{
    public const int First = 2014;
    public const int Last = 2100;
}

/// <summary>"Thêm giá trị điều chỉnh" for a commune condition: new thresholds from a year on, as a new row.</summary>
public sealed class ConditionCorrectionInput
{
    public string ConditionCode { get; set; } = string.Empty;

    public int? ConditionFromYear { get; set; }

    /// <summary>Percent, 0–100 ("86" or "86,5").</summary>
    public decimal? MinRatePercent { get; set; }

    public decimal? DisadvantagedMinRatePercent { get; set; }

    public string ConditionSource { get; set; } = string.Empty;
}

public sealed class ConditionCorrectionInputValidator : AbstractValidator<ConditionCorrectionInput>
{
    public ConditionCorrectionInputValidator()
    {
        RuleFor(x => x.ConditionCode).NotEmpty().WithMessage("Vui lòng chọn điều kiện cần điều chỉnh.");
        RuleFor(x => x.ConditionFromYear).NotNull().WithMessage("Vui lòng nhập năm bắt đầu áp dụng.")
            .InclusiveBetween(UniversalizationYears.First, UniversalizationYears.Last)
            .WithMessage($"Năm áp dụng phải từ {UniversalizationYears.First} đến {UniversalizationYears.Last}.");
        RuleFor(x => x.MinRatePercent).NotNull().WithMessage("Vui lòng nhập tỷ lệ tối thiểu.")
            .InclusiveBetween(0m, 100m).WithMessage("Tỷ lệ tối thiểu phải từ 0 đến 100%.");
        RuleFor(x => x.DisadvantagedMinRatePercent).NotNull().WithMessage("Vui lòng nhập tỷ lệ tối thiểu cho xã ĐBKK.")
            .InclusiveBetween(0m, 100m).WithMessage("Tỷ lệ tối thiểu cho xã ĐBKK phải từ 0 đến 100%.");
        RuleFor(x => x.ConditionSource).NotEmpty().WithMessage("Vui lòng ghi căn cứ của giá trị điều chỉnh.")
            .MaximumLength(300).WithMessage("Căn cứ tối đa 300 ký tự.");
    }
}

/// <summary>"Thêm giá trị điều chỉnh" for a district share (tỷ lệ xã đạt chuẩn của huyện).</summary>
public sealed class DistrictShareCorrectionInput
{
    /// <summary>"Primary-3": the standard and level of an existing district row.</summary>
    public string ShareLevel { get; set; } = string.Empty;

    public int? ShareFromYear { get; set; }

    public decimal? MinSharePercent { get; set; }

    public string ShareSource { get; set; } = string.Empty;

    public static string Key(UniversalizationStandard standard, int level) => $"{standard}-{level}";
}

public sealed class DistrictShareCorrectionInputValidator : AbstractValidator<DistrictShareCorrectionInput>
{
    public DistrictShareCorrectionInputValidator()
    {
        RuleFor(x => x.ShareLevel).NotEmpty().WithMessage("Vui lòng chọn chuẩn và mức độ cần điều chỉnh.");
        RuleFor(x => x.ShareFromYear).NotNull().WithMessage("Vui lòng nhập năm bắt đầu áp dụng.")
            .InclusiveBetween(UniversalizationYears.First, UniversalizationYears.Last)
            .WithMessage($"Năm áp dụng phải từ {UniversalizationYears.First} đến {UniversalizationYears.Last}.");
        RuleFor(x => x.MinSharePercent).NotNull().WithMessage("Vui lòng nhập tỷ lệ xã đạt chuẩn tối thiểu.")
            .InclusiveBetween(0m, 100m).WithMessage("Tỷ lệ xã đạt chuẩn phải từ 0 đến 100%.");
        RuleFor(x => x.ShareSource).NotEmpty().WithMessage("Vui lòng ghi căn cứ của giá trị điều chỉnh.")
            .MaximumLength(300).WithMessage("Căn cứ tối đa 300 ký tự.");
    }
}

/// <summary>The upload of a filled template: the survey year and the workbook.</summary>
public sealed class SurveyImportInput
{
    public int? Year { get; set; }

    public IFormFile? File { get; set; }
}

public sealed class SurveyImportInputValidator : AbstractValidator<SurveyImportInput>
{
    public SurveyImportInputValidator()
    {
        RuleFor(x => x.Year).NotNull().WithMessage("Vui lòng chọn năm điều tra.")
            .InclusiveBetween(UniversalizationYears.First, UniversalizationYears.Last)
            .WithMessage($"Năm điều tra phải từ {UniversalizationYears.First} đến {UniversalizationYears.Last}.");
        RuleFor(x => x.File).NotNull().WithMessage("Vui lòng chọn tệp Excel (.xlsx) để tải lên.");
        RuleFor(x => x.File!.Length).GreaterThan(0).WithMessage("Tệp tải lên đang trống.")
            .LessThanOrEqualTo(SurveyImporter.MaxFileBytes)
            .WithMessage($"Tệp lớn hơn {SurveyImporter.MaxFileBytes / (1024 * 1024)} MB; tệp mẫu số liệu phổ cập chỉ cần vài chục KB.")
            .When(x => x.File is not null)
            .OverridePropertyName(nameof(SurveyImportInput.File));
        RuleFor(x => x.File!.FileName)
            .Must(name => string.Equals(Path.GetExtension(name), ".xlsx", StringComparison.OrdinalIgnoreCase))
            .WithMessage(Imports.ImportMessages.NotXlsx)
            .When(x => x.File is { Length: > 0 })
            .OverridePropertyName(nameof(SurveyImportInput.File));
    }
}
