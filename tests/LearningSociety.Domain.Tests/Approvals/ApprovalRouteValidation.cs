using LearningSociety.Domain.Approvals;

namespace LearningSociety.Domain.Tests.Approvals;

public class ApprovalRouteValidation
{
    private static readonly DateOnly From = new(2025, 7, 1);

    private static ApprovalStep Village(int order = 1) => new(order, "village", "Chi hội khuyến học thôn thẩm định, đề nghị", false);

    private static ApprovalStep Commune(int order = 2, bool final = true) => new(order, "commune", "UBND xã công nhận", final);

    [Fact]
    public void BothSeededRoutesAreValid()
    {
        var three = ApprovalRoute.CdhtThreeTier();
        var two = ApprovalRoute.CdhtTwoTier();

        Assert.Empty(ApprovalRoute.Validate(three.Code, three.TitleType, three.Name, three.ValidFrom, three.ValidTo, three.Steps));
        Assert.Empty(ApprovalRoute.Validate(two.Code, two.TitleType, two.Name, two.ValidFrom, two.ValidTo, two.Steps));
    }

    [Fact]
    public void ThreeTierRouteGoesVillageCommuneDistrictAndEndsTheDayBeforeTheReform()
    {
        var route = ApprovalRoute.CdhtThreeTier();

        Assert.Equal(["village", "commune", "district"], route.Steps.Select(s => s.LevelCode));
        Assert.Equal("Phòng GD&ĐT phê duyệt, công nhận", route.FinalStep.Name);
        Assert.True(route.IsInForceOn(new DateOnly(2025, 6, 30)));
        Assert.False(route.IsInForceOn(new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void TwoTierRouteLetsTheCommuneRecogniseFromTheFirstOfJuly2025()
    {
        var route = ApprovalRoute.CdhtTwoTier();

        Assert.Equal(["village", "commune"], route.Steps.Select(s => s.LevelCode));
        Assert.True(route.FinalStep.IsFinal);
        Assert.False(route.IsInForceOn(new DateOnly(2025, 6, 30)));
        Assert.True(route.IsInForceOn(new DateOnly(2030, 12, 31)));
    }

    [Fact]
    public void StepsAreSortedByOrderWhateverTheInputOrder()
    {
        var route = new ApprovalRoute("R", "CDHT", "Thử", From, null, [Commune(20), Village(10)]);

        Assert.Equal([10, 20], route.Steps.Select(s => s.Order));
    }

    [Fact]
    public void RouteWithOneStepIsRefused()
    {
        var refused = Assert.Throws<DomainException>(() => new ApprovalRoute("R", "CDHT", "Thử", From, null, [Commune(1)]));

        Assert.Contains("ít nhất 2 bước", refused.Message);
    }

    [Fact]
    public void RouteWhoseLastStepDoesNotRecogniseIsRefused()
    {
        var errors = ApprovalRoute.Validate("R", "CDHT", "Thử", From, null, [Village(), Commune(final: false)]);

        Assert.Contains("Bước cuối cùng phải là bước công nhận", errors);
    }

    [Fact]
    public void RouteWithDuplicateStepOrdersIsRefused()
    {
        var errors = ApprovalRoute.Validate("R", "CDHT", "Thử", From, null, [Village(1), Commune(1)]);

        Assert.Contains("Thứ tự các bước bị trùng", errors);
    }

    [Fact]
    public void RouteWithARecognisingStepInTheMiddleIsRefused()
    {
        var errors = ApprovalRoute.Validate(
            "R", "CDHT", "Thử", From, null, [Village(), Commune(2, final: true), new ApprovalStep(3, "province", "Sở", true)]);

        Assert.Contains("Chỉ bước cuối cùng được là bước công nhận", errors);
    }

    [Fact]
    public void RouteEndingBeforeItStartsIsRefused()
    {
        var errors = ApprovalRoute.Validate("R", "CDHT", "Thử", From, From.AddDays(-1), [Village(), Commune()]);

        Assert.Contains("Ngày hết hiệu lực phải sau ngày có hiệu lực", errors);
    }

    [Fact]
    public void AllProblemsAreReportedAtOnce()
    {
        var errors = ApprovalRoute.Validate(" ", "", "", From, null, [new ApprovalStep(1, "", "", false)]);

        Assert.Equal(7, errors.Count);
    }
}
