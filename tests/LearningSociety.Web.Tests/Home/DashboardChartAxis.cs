using System.Globalization;
using System.Text.Json;
using LearningSociety.TestSupport;
using LearningSociety.Web.Features.Home;
using LearningSociety.Web.Tests.Infrastructure;

namespace LearningSociety.Web.Tests.Home;

/// <summary>The dashboard chart's value axis: whole, round steps from 0, so no two tick labels read the same.</summary>
public sealed class DashboardChartAxis
{
    [Theory]
    [InlineData(null, 1, 1)]
    [InlineData(0.0, 1, 1)]
    [InlineData(0.25, 1, 1)]
    [InlineData(0.9, 1, 1)]
    [InlineData(3.0, 3, 1)]
    [InlineData(7.0, 8, 2)]
    [InlineData(12.4, 15, 5)]
    [InlineData(33.3, 40, 10)]
    [InlineData(81.0, 100, 20)]
    [InlineData(100.0, 100, 20)]
    public void TheAxisRunsInWholeRoundStepsToJustAboveTheLargestValue(double? largest, int max, int step)
    {
        var axis = ChartAxis.For(largest is null ? null : (decimal)largest.Value);

        Assert.Equal((max, step), (axis.Max, axis.Step));
    }

    [Fact]
    public void NoTwoTickLabelsReadTheSameForAnyShare()
    {
        for (var tenths = 0; tenths <= 1000; tenths++)
        {
            var largest = tenths / 10m;
            var axis = ChartAxis.For(largest);
            var labels = axis.TickValues().Select(v => v.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")) + "%").ToList();

            Assert.True(labels.Distinct().Count() == labels.Count, $"{largest}: {string.Join(" ", labels)}");
            Assert.InRange(labels.Count, 2, 6);
            Assert.True(axis.Max >= largest && axis.Max <= 100, $"{largest}: axis to {axis.Max}");
        }
    }

    [Fact]
    public async Task TheDashboardChartCarriesItsAxisWithASmallShare()
    {
        using var factory = new PortalFactory();
        var cards = new CardData(factory.Services, new LearningSociety.Domain.Deadlines.VietnamClock(TimeProvider.System).Today().Year);
        // One recognised citizen among 500 adults: 0,2%, which Chart.js alone ticks at 0,02 and labels "0%" and "0,1%" several times.
        await cards.SetAdultsAsync("Thôn Bác Vọng Đông", 500);
        await cards.CardsAsync(new CardSpec("Đặng Thị Sớm", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised));
        using var commune = await factory.SignInAsync("ubndxa");

        var canvas = (await commune.GetPageAsync("/")).QuerySelector("#progress-chart")!;

        using var chart = JsonDocument.Parse(canvas.GetAttribute("data-chart")!);
        Assert.Contains(chart.RootElement.GetProperty("shares").EnumerateArray(), s => s.ValueKind == JsonValueKind.Number && s.GetDecimal() == 0.2m);
        var axis = chart.RootElement.GetProperty("axis");
        Assert.Equal((1, 1), (axis.GetProperty("max").GetInt32(), axis.GetProperty("step").GetInt32()));
    }
}
