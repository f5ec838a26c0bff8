using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Domain.Tests.Deadlines;

public class DeadlineSeeds
{
    [Fact]
    public void VillagesSendResultsToTheCommuneBy30November()
    {
        var villages = DeadlineSeeds2025().Single(d => d.LevelCode == "village");

        Assert.Equal(new DateOnly(2025, 11, 30), villages.DueDate);
        Assert.Equal("Thôn, đơn vị gửi kết quả về UBND xã", villages.Description);
    }

    [Fact]
    public void AfterTheReformTheCommuneReportsToTheProvinceBy10December()
    {
        var report = DeadlineSeeds2025().Single(d => d.Description == "Báo cáo kết quả lên tỉnh");

        Assert.Equal(("commune", new DateOnly(2025, 12, 10)), (report.LevelCode, report.DueDate));
    }

    [Fact]
    public void BeforeTheReformTheDistrictReportsToTheProvince()
    {
        var report = Deadline.SeedsFor(2024).Single(d => d.Description == "Báo cáo kết quả lên tỉnh");

        Assert.Equal(("district", new DateOnly(2024, 12, 10)), (report.LevelCode, report.DueDate));
    }

    [Fact]
    public void EverySeedBelongsToTheYearAsked()
    {
        Assert.All(Deadline.SeedsFor(2026), d => Assert.Equal((2026, 2026), (d.Year, d.DueDate.Year)));
    }

    [Fact]
    public void AThreeTierRouteInForceMakesTheDistrictReportEvenAfterTheReform()
    {
        var report = Deadline.SeedsFor(2026, "district").Single(d => d.Description == "Báo cáo kết quả lên tỉnh");

        Assert.Equal(("district", new DateOnly(2026, 12, 10)), (report.LevelCode, report.DueDate));
    }

    private static IReadOnlyList<Deadline> DeadlineSeeds2025() => Deadline.SeedsFor(2025);
}
