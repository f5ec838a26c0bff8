using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;
using LearningSociety.Domain.Universalization;

namespace LearningSociety.Domain.Tests.Plans;

public class TargetIndicatorRules
{
    private static TargetIndicator Of(TargetKind kind, int? maxLevel = null) => TargetIndicator.National(
        "X", TargetCategory.Capacity, "Chỉ tiêu thử", kind, "QĐ 1373/QĐ-TTg", 1, denominatorDefinition: "Số người trong độ tuổi lao động", maxLevel: maxLevel);

    [Theory]
    [InlineData(TargetKind.Percentage, 0.5, null)]
    [InlineData(TargetKind.Percentage, 1.0, null)]
    [InlineData(TargetKind.Percentage, 1.5, "Tỷ lệ phải từ 0 đến 100%.")]
    [InlineData(TargetKind.Percentage, -0.1, "Chỉ tiêu không được âm.")]
    [InlineData(TargetKind.Level, 3, null)]
    [InlineData(TargetKind.Level, 4, "Mức độ phải là số nguyên từ 1 đến 3.")]
    [InlineData(TargetKind.Level, 2.5, "Mức độ phải là số nguyên từ 1 đến 3.")]
    [InlineData(TargetKind.Level, 0, "Mức độ phải là số nguyên từ 1 đến 3.")]
    [InlineData(TargetKind.Count, 7000, null)]
    [InlineData(TargetKind.Count, 7000.5, "Số lượng phải là số nguyên.")]
    [InlineData(TargetKind.YesNo, 1, null)]
    [InlineData(TargetKind.YesNo, 0, "Chỉ tiêu có/không chỉ nhận giá trị \"Có\".")]
    public void TargetValuesAreCheckedByKind(TargetKind kind, double value, string? expected)
        => Assert.Equal(expected, Of(kind, kind == TargetKind.Level ? 3 : null).ValidateTarget((decimal)value));

    [Fact]
    public void ALevelTargetCannotExceedTheStandardsHighestLevel()
        => Assert.Equal("Mức độ phải là số nguyên từ 1 đến 2.", Of(TargetKind.Level, 2).ValidateTarget(3));

    [Fact]
    public void APercentageAchievementNeedsADenominatorNotBelowItsNumerator()
    {
        var indicator = Of(TargetKind.Percentage);

        Assert.Equal("Cần nhập mẫu số (Số người trong độ tuổi lao động).", indicator.ValidateAchievement(new Achievement(10, null)));
        Assert.Equal("Tử số (11) không được lớn hơn mẫu số (10).", indicator.ValidateAchievement(Achievement.Rate(11, 10)));
        Assert.Null(indicator.ValidateAchievement(Achievement.Rate(10, 10)));
        Assert.Equal("Số liệu không được âm.", indicator.ValidateAchievement(Achievement.Rate(-1, 10)));
        Assert.NotNull(indicator.ValidateAchievement(Achievement.Rate(3.55m, 7850)));
        Assert.NotNull(indicator.ValidateAchievement(Achievement.Rate(3, 7.85m)));
    }

    [Fact]
    public void LevelAndYesNoAchievementsAreWholeAndBounded()
    {
        Assert.Null(Of(TargetKind.Level, 3).ValidateAchievement(Achievement.Level(0)));
        Assert.NotNull(Of(TargetKind.Level, 3).ValidateAchievement(Achievement.Level(4)));
        Assert.Null(Of(TargetKind.YesNo).ValidateAchievement(Achievement.Done(true)));
        Assert.NotNull(Of(TargetKind.YesNo).ValidateAchievement(new Achievement(2, null)));
    }

    [Fact]
    public void ALegalBasisIsCitedAsPlansCiteIt()
    {
        var basis = LegalBasis.Create("Quyết định", "489/QĐ-TTg", new DateOnly(2020, 4, 8), "Thủ tướng Chính phủ", "về việc ban hành Kế hoạch");

        Assert.Equal("Quyết định số 489/QĐ-TTg ngày 08/4/2020 của Thủ tướng Chính phủ về việc ban hành Kế hoạch", basis.Citation);
        Assert.Equal("08/01/2024", LegalBasis.ShortDate(new DateOnly(2024, 1, 8)));
        Assert.Equal("25/5/2021", LegalBasis.ShortDate(new DateOnly(2021, 5, 25)));
        Assert.Equal("09/12/2022", LegalBasis.ShortDate(new DateOnly(2022, 12, 9)));
    }
}
