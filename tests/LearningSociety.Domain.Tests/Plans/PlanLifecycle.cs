using LearningSociety.Domain.Plans;

namespace LearningSociety.Domain.Tests.Plans;

public class PlanLifecycle
{
    private static readonly DateTimeOffset Now = new(2024, 6, 14, 8, 0, 0, TimeSpan.FromHours(7));

    private static Plan Draft2024() => new()
    {
        Id = 7,
        UnitId = 3,
        StartYear = 2024,
        EndYear = 2024,
        Number = "…/KH-UBND",
        Place = "Quảng Phú",
        Title = "Thực hiện Đề án “Xây dựng xã hội học tập” năm 2024 trên địa bàn xã Quảng Phú",
        Preamble = "Thực hiện Kế hoạch số 162/KH-UBND ngày 11/6/2024 của UBND huyện; UBND xã ban hành Kế hoạch năm 2024.",
        Targets = [new PlanTarget { IndicatorId = 5, Year = 2024, Value = 0.5m, Note = "Trên 50%" }],
        Tasks = [new PlanTask { Order = 1, Content = "Tổ chức Tuần lễ hưởng ứng học tập suốt đời", CompletionTime = "Tháng 10/2024" }],
        Responsibilities = [new PlanResponsibility { Order = 1, Body = "Hội Khuyến học xã", Duties = "Phối hợp kiểm tra" }],
        LegalBases = [new PlanLegalBasis { LegalBasisId = 2, Order = 1 }],
    };

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
        empty.Targets.Clear();
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

        v2.Targets.Single().Value = 0.6m;
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
        var other = Draft2024();
        other.Id = 99;
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
        plan.StartYear = 2022;
        plan.EndYear = 2025;
        plan.Title = "Xây dựng mô hình “Công dân học tập” giai đoạn 2022-2025";
        plan.Targets = [.. Enumerable.Range(2022, 4).Select((y, i) => new PlanTarget { IndicatorId = 9, Year = y, Value = 0.2m + (0.05m * i) })];

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
        plan.StartYear = start;
        plan.EndYear = end;
        plan.Targets.Clear();

        Assert.Contains(plan.Validate(), e => e.StartsWith("Năm của kế hoạch không hợp lệ", StringComparison.Ordinal));
    }

    [Fact]
    public void TargetsOutsideThePeriodOrTwiceInAYearAreRefused()
    {
        var plan = Draft2024();
        plan.Targets.Add(new PlanTarget { IndicatorId = 5, Year = 2024, Value = 0.6m });
        plan.Targets.Add(new PlanTarget { IndicatorId = 6, Year = 2026, Value = 0.6m });

        var errors = plan.Validate();

        Assert.Contains("Chỉ tiêu năm 2026 nằm ngoài thời gian của kế hoạch (năm 2024).", errors);
        Assert.Contains("Mỗi chỉ tiêu chỉ có một giá trị cho mỗi năm.", errors);
    }
}
