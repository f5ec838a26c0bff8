using LearningSociety.Domain.Approvals;

namespace LearningSociety.Domain.Tests.Approvals;

public class OutstandingCitizenRule
{
    [Fact]
    public void FiveRecognitionsInARowEndingThisYearMakeAnOutstandingCitizen()
    {
        Assert.True(OutstandingCitizen.IsOutstanding([2021, 2022, 2023, 2024, 2025], 2025, 5));
    }

    [Fact]
    public void AGapResetsTheRun()
    {
        Assert.False(OutstandingCitizen.IsOutstanding([2019, 2020, 2021, 2023, 2024, 2025], 2025, 5));
    }

    [Fact]
    public void FewerThanFiveYearsAreNotEnough()
    {
        Assert.False(OutstandingCitizen.IsOutstanding([2022, 2023, 2024, 2025], 2025, 5));
    }

    [Fact]
    public void TheRunMustEndInTheYearAsked()
    {
        Assert.False(OutstandingCitizen.IsOutstanding([2020, 2021, 2022, 2023, 2024], 2025, 5));
    }

    [Fact]
    public void EarlierYearsAndDuplicatesDoNotMatter()
    {
        Assert.True(OutstandingCitizen.IsOutstanding([2015, 2021, 2022, 2022, 2023, 2024, 2025], 2025, 5));
    }

    [Fact]
    public void RunLengthMustBePositive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OutstandingCitizen.IsOutstanding([2025], 2025, 0));
    }
}
