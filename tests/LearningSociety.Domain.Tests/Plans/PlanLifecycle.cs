using LearningSociety.Domain.Plans;

namespace LearningSociety.Domain.Tests.Plans;

public class PlanLifecycle
{
    private static readonly DateTimeOffset Now = PlanBuilder.Now;

    private static Plan Draft2024() => PlanBuilder.Draft2024();

    [Fact]
    public void ANewPlanIsAnEditableFirstVersion()
    {
        var plan = Draft2024();

        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal(1, plan.Version);
        Assert.True(plan.IsEditable);
        Assert.Empty(plan.Validate());
    }

    [Fact]
    public void IssuingNeedsANumberAndFreezesThePlan()
    {
        var plan = Draft2024();

        var missing = Assert.Throws<DomainException>(() => plan.Issue("…/KH-UBND", new DateOnly(2024, 6, 14), "ubndxa", null));
        Assert.Contains("số kế hoạch", missing.Message, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Draft, plan.Status);

        plan.Issue(" 45/KH-UBND ", new DateOnly(2024, 6, 14), "ubndxa", null);

        Assert.Equal(PlanStatus.Issued, plan.Status);
        Assert.Equal("45/KH-UBND", plan.Number);
        Assert.Equal("ubndxa", plan.IssuedBy);
        Assert.False(plan.IsEditable);
        Assert.Throws<DomainException>(plan.EnsureEditable);
    }

    [Fact]
    public void APlanWithoutTargetsOrWithADateOutsideItsPeriodCannotBeIssued()
    {
        var empty = Draft2024();
        empty.SetTargets([]);
        Assert.Throws<DomainException>(() => empty.Issue("45/KH-UBND", new DateOnly(2024, 6, 14), "ubndxa", null));

        var late = Draft2024();
        Assert.Throws<DomainException>(() => late.Issue("45/KH-UBND", new DateOnly(2025, 1, 2), "ubndxa", null));

        // Plans are often issued in December for the next year.
        var early = Draft2024();
        early.Issue("45/KH-UBND", new DateOnly(2023, 12, 20), "ubndxa", null);
        Assert.Equal(PlanStatus.Issued, early.Status);
    }

    [Fact]
    public void ARevisionIsANewDraftVersionThatSupersedesTheIssuedOneWhenIssued()
    {
        var v1 = Draft2024();
        v1.Issue("45/KH-UBND", new DateOnly(2024, 6, 14), "ubndxa", null);

        var v2 = v1.Revise("ubndxa", Now);

        Assert.Equal(2, v2.Version);
        Assert.Equal(v1.Id, v2.PreviousVersionId);
        Assert.Equal(PlanStatus.Draft, v2.Status);
        Assert.Equal(PlanStatus.Issued, v1.Status);
        Assert.Equal(v1.Targets.Single().Value, v2.Targets.Single().Value);
        Assert.NotSame(v1.Targets.Single(), v2.Targets.Single());

        v2.SetTargets([new PlanTargetValue(PlanBuilder.Indicator(5), 2024, 0.6m)]);
        v2.Issue("52/KH-UBND", new DateOnly(2024, 9, 1), "ubndxa", v1);

        Assert.Equal(PlanStatus.Superseded, v1.Status);
        Assert.Equal(0.5m, v1.Targets.Single().Value);
        Assert.Equal(PlanStatus.Issued, v2.Status);
    }

    [Fact]
    public void OnlyAnIssuedPlanCanBeRevisedAndOnlyByItsOwnRevision()
    {
        var draft = Draft2024();
        Assert.Throws<DomainException>(() => draft.Revise("ubndxa", Now));

        var v1 = Draft2024();
        v1.Issue("45/KH-UBND", new DateOnly(2024, 6, 14), "ubndxa", null);
        var other = PlanBuilder.Draft2024(id: 99);
        var v2 = v1.Revise("ubndxa", Now);

        Assert.Throws<ArgumentException>(() => v2.Issue("52/KH-UBND", new DateOnly(2024, 9, 1), "ubndxa", other));
    }

    [Fact]
    public void OfTwoRevisionsOfOnePlanOnlyTheFirstIssuedReplacesIt()
    {
        var v1 = Draft2024();
        v1.Issue("45/KH-UBND", new DateOnly(2024, 6, 14), "ubndxa", null);
        var first = v1.Revise("ubndxa", Now);
        var second = v1.Revise("ubndxa", Now);

        first.Issue("52/KH-UBND", new DateOnly(2024, 9, 1), "ubndxa", v1);
        var refused = Assert.Throws<DomainException>(() => second.Issue("53/KH-UBND", new DateOnly(2024, 9, 2), "ubndxa", v1));

        Assert.Contains("đã được thay thế", refused.Message, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Draft, second.Status);
    }

    [Fact]
    public void StartingFromLastYearsPlanMovesItsYearsButNotTheCitedDocuments()
    {
        var last = Draft2024();
        last.Issue("45/KH-UBND", new DateOnly(2024, 6, 14), "ubndxa", null);

        var next = last.CopyToNextPeriod("ubndxa", Now);

        Assert.Equal((2025, 2025), (next.StartYear, next.EndYear));
        Assert.Equal(PlanStatus.Draft, next.Status);
        Assert.Equal(1, next.Version);
        Assert.Equal(last.Id, next.CopiedFromPlanId);
        Assert.Null(next.PreviousVersionId);
        Assert.Equal("…/KH-UBND", next.Number);
        Assert.Equal("Thực hiện Đề án “Xây dựng xã hội học tập” năm 2025 trên địa bàn xã Quảng Phú", next.Title);
        Assert.Contains("162/KH-UBND ngày 11/6/2024", next.Preamble, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch năm 2025", next.Preamble, StringComparison.Ordinal);
        Assert.Equal(2025, next.Targets.Single().Year);
        Assert.Equal("Tháng 10/2025", next.Tasks.Single().CompletionTime);
        Assert.Equal(2, next.LegalBases.Single().LegalBasisId);
        Assert.Empty(next.Validate());
    }

    [Fact]
    public void APeriodPlanCopiesToTheNextPeriodWithItsRamp()
    {
        var plan = Draft2024();
        plan.EditDraft(PlanBuilder.Content2024 with { StartYear = 2022, EndYear = 2025, Title = "Xây dựng mô hình “Công dân học tập” giai đoạn 2022-2025" });
        plan.SetTargets(Enumerable.Range(2022, 4).Select((y, i) => new PlanTargetValue(PlanBuilder.Indicator(9), y, 0.2m + (0.05m * i))));

        var next = plan.CopyToNextPeriod("ubndxa", Now);

        Assert.Equal((2026, 2029), (next.StartYear, next.EndYear));
        Assert.Equal([2026, 2027, 2028, 2029], next.Targets.Select(t => t.Year));
        Assert.Equal("Xây dựng mô hình “Công dân học tập” giai đoạn 2026-2029", next.Title);
    }

    [Theory]
    [InlineData(2024, 2023)]
    [InlineData(2024, 2035)]
    [InlineData(1999, 1999)]
    public void InvalidPeriodsAreRefused(int start, int end)
    {
        var plan = Draft2024();

        var refused = Assert.Throws<DomainException>(() => plan.EditDraft(PlanBuilder.Content2024 with { StartYear = start, EndYear = end }));
        Assert.StartsWith("Năm của kế hoạch không hợp lệ", refused.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => Plan.Create(3, PlanBuilder.Content2024 with { StartYear = start, EndYear = end }, "ubndxa", Now));
        Assert.Equal((2024, 2024), (plan.StartYear, plan.EndYear));
    }

    [Fact]
    public void APlanWithoutATitleIsRefused()
        => Assert.Throws<DomainException>(() => Plan.Create(3, PlanBuilder.Content2024 with { Title = " " }, "ubndxa", Now));

    [Fact]
    public void TargetsOutsideThePeriodTwiceInAYearOrInvalidForTheirIndicatorAreRefused()
    {
        var plan = Draft2024();

        var outside = Assert.Throws<DomainException>(() => plan.SetTargets([new PlanTargetValue(PlanBuilder.Indicator(6), 2026, 0.6m)]));
        var twice = Assert.Throws<DomainException>(() => plan.SetTargets(
            [new PlanTargetValue(PlanBuilder.Indicator(5), 2024, 0.5m), new PlanTargetValue(PlanBuilder.Indicator(5), 2024, 0.6m)]));
        var tooHigh = Assert.Throws<DomainException>(() => plan.SetTargets([new PlanTargetValue(PlanBuilder.Indicator(5), 2024, 1.5m)]));

        Assert.Equal("Chỉ tiêu năm 2026 nằm ngoài thời gian của kế hoạch (năm 2024).", outside.Message);
        Assert.Equal("Mỗi chỉ tiêu chỉ có một giá trị cho mỗi năm.", twice.Message);
        Assert.Equal("Tỷ lệ phải từ 0 đến 100%.", tooHigh.Message);
        Assert.Equal(0.5m, plan.Targets.Single().Value);
    }

    [Fact]
    public void ShorteningThePeriodLeavesTargetsOutsideItThatStopIssuing()
    {
        var plan = Draft2024();
        plan.EditDraft(PlanBuilder.Content2024 with { StartYear = 2024, EndYear = 2025 });
        plan.SetTargets([new PlanTargetValue(PlanBuilder.Indicator(5), 2025, 0.6m)]);
        plan.EditDraft(PlanBuilder.Content2024);

        Assert.Contains("Chỉ tiêu năm 2025 nằm ngoài thời gian của kế hoạch (năm 2024).", plan.Validate());
        Assert.Throws<DomainException>(() => plan.Issue("45/KH-UBND", new DateOnly(2024, 6, 14), "ubndxa", null));
        Assert.Equal(PlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void EveryChangeRenewsTheStampAndAnIssuedPlanRefusesChanges()
    {
        var plan = Draft2024();
        var stamps = new List<Guid> { plan.ConcurrencyStamp };
        plan.EditDraft(PlanBuilder.Content2024 with { Place = "Quảng Vinh" });
        stamps.Add(plan.ConcurrencyStamp);
        plan.ReplaceTasks([]);
        stamps.Add(plan.ConcurrencyStamp);
        plan.Issue("45/KH-UBND", new DateOnly(2024, 6, 14), "ubndxa", null);
        stamps.Add(plan.ConcurrencyStamp);
        plan.Revise("ubndxa", Now);
        stamps.Add(plan.ConcurrencyStamp);

        Assert.Equal(stamps.Count, stamps.Distinct().Count());
        Assert.Throws<DomainException>(() => plan.EditDraft(PlanBuilder.Content2024));
        Assert.Throws<DomainException>(() => plan.SetTargets([]));
        Assert.Throws<DomainException>(() => plan.ReplaceTasks([]));
    }

    [Fact]
    public void TargetsKeptOnEditAreChangedInPlace()
    {
        var plan = Draft2024();
        var target = plan.Targets.Single();

        plan.SetTargets([new PlanTargetValue(PlanBuilder.Indicator(5), 2024, 0.55m), new PlanTargetValue(PlanBuilder.Indicator(6), 2024, 0.1m)]);

        Assert.Same(target, plan.Targets.First(t => t.IndicatorId == 5));
        Assert.Equal(0.55m, target.Value);
        Assert.Null(target.Note);
        Assert.Equal(2, plan.Targets.Count);
    }

    [Fact]
    public void IssuingARevisionSupersedesThePreviousVersionAndRenewsItsStamp()
    {
        var v1 = Draft2024();
        v1.Issue("45/KH-UBND", new DateOnly(2024, 6, 14), "ubndxa", null);
        var v2 = v1.Revise("ubndxa", Now);
        var before = v1.ConcurrencyStamp;

        v2.Issue("52/KH-UBND", new DateOnly(2024, 9, 1), "ubndxa", v1);

        Assert.NotEqual(before, v1.ConcurrencyStamp);
    }
}
