using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Targets;

namespace LearningSociety.Domain.Tests.Plans;

public class TargetCatalogueRules
{
    private static TargetIndicator Local(TargetKind kind, string code = "TAN_MU_CHU", string? numerator = "Số người đạt",
        string? denominator = "Tổng số người", int? maxLevel = 3)
        => TargetIndicator.CreateLocal(4, code, TargetCategory.Capacity, " Người tái mù chữ được học lại ", kind, numerator, denominator, maxLevel,
            "162/KH-UBND huyện Quảng Điền", 20);

    [Fact]
    public void ALocalIndicatorIsAnEnteredIndicatorOfItsOwnerAndKeepsOnlyWhatItsKindUses()
    {
        var count = Local(TargetKind.Count);

        Assert.Equal(4, count.OwnerUnitId);
        Assert.Equal(TargetComputation.Entered, count.Computation);
        Assert.Equal("Người tái mù chữ được học lại", count.Text);
        Assert.Null(count.NumeratorDefinition);
        Assert.Null(count.MaxLevel);
        Assert.True(count.IsActive);
    }

    [Fact]
    public void ALocalRateNeedsBothDefinitionsAndALevelItsHighestLevel()
    {
        Assert.Throws<DomainException>(() => Local(TargetKind.Percentage, denominator: null));
        Assert.Throws<DomainException>(() => Local(TargetKind.Level, maxLevel: 6));
        Assert.Throws<DomainException>(() => Local(TargetKind.Count, code: "tan mu chu"));
        Assert.Equal(3, Local(TargetKind.Level).MaxLevel);
    }

    [Fact]
    public void AnIndicatorIsDeactivatedAndReactivatedNeverDeleted()
    {
        var indicator = Local(TargetKind.Count);

        indicator.Deactivate();
        Assert.False(indicator.IsActive);
        indicator.Reactivate();
        Assert.True(indicator.IsActive);
    }

    [Fact]
    public void ALegalBasisNeedsEveryPart()
    {
        var basis = LegalBasis.Create(" Quyết định ", "1373/QĐ-TTg", new DateOnly(2021, 7, 30), "Thủ tướng Chính phủ", "phê duyệt Đề án");

        Assert.Equal("Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án", basis.Citation);
        Assert.Throws<DomainException>(() => LegalBasis.Create("Quyết định", " ", new DateOnly(2021, 7, 30), "Thủ tướng Chính phủ", "phê duyệt"));
    }

    [Fact]
    public void RecordingAResultChecksItAndRenewsTheStampOnlyWhenItChanges()
    {
        var indicator = PlanBuilder.Indicator(5);
        var record = TargetAchievementRecord.Create(3, indicator, 2024, 3_550, 7_850, " ", "ubndxa", PlanBuilder.Now);
        var stamp = record.ConcurrencyStamp;
        Assert.Null(record.Note);

        Assert.False(record.Record(indicator, 3_550, 7_850, null, "khac", PlanBuilder.Now.AddDays(1)));
        Assert.Equal((stamp, "ubndxa"), (record.ConcurrencyStamp, record.UpdatedBy));

        Assert.True(record.Record(indicator, 3_600, 7_850, "Số liệu điều tra", "khac", PlanBuilder.Now.AddDays(1)));
        Assert.NotEqual(stamp, record.ConcurrencyStamp);
        Assert.Equal(("khac", 3_600m), (record.UpdatedBy, record.Value));

        Assert.Throws<DomainException>(() => record.Record(indicator, 9_000, 7_850, null, "khac", PlanBuilder.Now));
        Assert.Throws<DomainException>(() => record.Record(indicator, 1, null, null, "khac", PlanBuilder.Now));
        Assert.Equal(3_600m, record.Value);
    }

    [Fact]
    public void AComputedIndicatorIsNeverTypedIn()
    {
        var computed = PlanBuilder.WithId(TargetIndicator.National("CDHT", TargetCategory.LearningModels, "CDHT", TargetKind.Percentage, "QĐ 677", 1,
            TargetComputation.CdhtRecognisedShare), 8);

        Assert.Throws<DomainException>(() => TargetAchievementRecord.Create(3, computed, 2024, 1, 2, null, "ubndxa", PlanBuilder.Now));
    }
}
