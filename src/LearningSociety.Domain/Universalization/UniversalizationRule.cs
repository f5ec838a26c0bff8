namespace LearningSociety.Domain.Universalization;

/// <summary>
/// One condition of one level of a standard for a commune: Numerator / Denominator ≥ MinRate
/// (DisadvantagedMinRate in a ĐBKK commune). Rates are fractions: 0.95 means 95%.
/// </summary>
/// <param name="ConditionCode">Stable code of the condition, e.g. "TH3_GRADE1"; a newer row with the
/// same code replaces the older one from its ValidFromYear.</param>
/// <param name="DisadvantagedNumerator">The age band a ĐBKK commune is measured on instead
/// (XMC: 15–25 instead of 15–35); null when it is the same band.</param>
/// <param name="ValidFromYear">First survey year the row applies to.</param>
public sealed record UniversalizationRule(
    UniversalizationStandard Standard,
    int Level,
    string ConditionCode,
    SurveyCount Numerator,
    SurveyCount Denominator,
    decimal MinRate,
    decimal DisadvantagedMinRate,
    SurveyCount? DisadvantagedNumerator,
    SurveyCount? DisadvantagedDenominator,
    int ValidFromYear,
    string Source)
{
    public SurveyCount NumeratorFor(bool isDisadvantaged) =>
        isDisadvantaged ? DisadvantagedNumerator ?? Numerator : Numerator;

    public SurveyCount DenominatorFor(bool isDisadvantaged) =>
        isDisadvantaged ? DisadvantagedDenominator ?? Denominator : Denominator;

    public decimal MinRateFor(bool isDisadvantaged) => isDisadvantaged ? DisadvantagedMinRate : MinRate;
}

/// <summary>A level of a standard that needs another standard (or a lower level) reached first.</summary>
public sealed record UniversalizationPrerequisite(
    UniversalizationStandard Standard,
    int Level,
    UniversalizationStandard RequiredStandard,
    int RequiredLevel,
    int ValidFromYear,
    string Source);

/// <summary>
/// A district (huyện) meets a standard's level when at least MinShareOfCommunes of its communes
/// meet it (NĐ 20/2014/NĐ-CP, district and province standards). Only historic data after 1/7/2025: the district tier no longer exists.
/// </summary>
public sealed record DistrictUniversalizationRule(
    UniversalizationStandard Standard,
    int Level,
    decimal MinShareOfCommunes,
    int ValidFromYear,
    string Source);
