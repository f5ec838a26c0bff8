using LearningSociety.Domain.Universalization;
using static LearningSociety.Domain.Tests.Universalization.TestSurveys;

namespace LearningSociety.Domain.Tests.Universalization;

public class RecordingASurvey
{
    private static readonly DateTimeOffset At = new(2025, 3, 10, 8, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void AStoredSurveyGivesBackEveryCountAndOnlyChangesWhatChanged()
    {
        var survey = AllStandardsMet(year: 2024) with { Age5Attending = 97, Age15To60LiterateLevel2 = 88 };
        var record = new UniversalizationSurveyRecord(3, survey, "ubndxa", At);

        var first = record.Figures.Single(f => f.Count == SurveyCount.Age5Population);
        record.Record(survey.WithCount(SurveyCount.Age6EnteringGrade1, 5), "ubndxa", At);

        Assert.Equal(Enum.GetValues<SurveyCount>().Length, record.Figures.Count);
        Assert.Same(first, record.Figures.Single(f => f.Count == SurveyCount.Age5Population));
        Assert.Equal(5, record[SurveyCount.Age6EnteringGrade1]);
        Assert.Equal(survey.WithCount(SurveyCount.Age6EnteringGrade1, 5) with { IsDisadvantaged = true }, record.ToSurvey(isDisadvantaged: true));
    }

    [Fact]
    public void ANewSurveyKeepsItsCommuneYearAuthorAndTime()
    {
        var record = new UniversalizationSurveyRecord(3, AllStandardsMet(year: 2024), "ubndxa", At);

        Assert.Equal((3, 2024, "ubndxa", At), (record.UnitId, record.Year, record.UpdatedBy, record.UpdatedAt));
        Assert.NotEqual(Guid.Empty, record.ConcurrencyStamp);
    }

    [Fact]
    public void RecordingRenewsTheStampAndNamesWhoAndWhen()
    {
        var record = new UniversalizationSurveyRecord(3, AllStandardsMet(year: 2024), "ubndxa", At);
        var loaded = record.ConcurrencyStamp;

        record.Record(AllStandardsMet(year: 2024) with { Age5Completed = 90 }, "phonggd", At.AddDays(1));

        Assert.NotEqual(loaded, record.ConcurrencyStamp);
        Assert.Equal(("phonggd", At.AddDays(1)), (record.UpdatedBy, record.UpdatedAt));
    }

    [Fact]
    public void ARecordHoldsTheCountsItStoredAndNotOthers()
    {
        var record = new UniversalizationSurveyRecord(3, AllStandardsMet(year: 2024), "ubndxa", At);

        Assert.True(record.Holds(AllStandardsMet(year: 2024)));
        Assert.False(record.Holds(AllStandardsMet(year: 2024) with { Age5Completed = 90 }));
    }

    [Fact]
    public void InvalidCountsAreRefusedAndNothingChanges()
    {
        var record = new UniversalizationSurveyRecord(3, AllStandardsMet(year: 2024), "ubndxa", At);
        var loaded = record.ConcurrencyStamp;

        var refused = Assert.Throws<DomainException>(() =>
            record.Record(AllStandardsMet(year: 2024) with { Age5Attending = 120 }, "phonggd", At.AddDays(1)));

        Assert.Equal(nameof(SurveyCount.Age5Attending), refused.Field);
        Assert.Equal((loaded, 100, "ubndxa"), (record.ConcurrencyStamp, record[SurveyCount.Age5Attending], record.UpdatedBy));
    }

    [Fact]
    public void CountsOfAnotherYearAreRefused()
    {
        var record = new UniversalizationSurveyRecord(3, AllStandardsMet(year: 2024), "ubndxa", At);

        var refused = Assert.Throws<DomainException>(() => record.Record(AllStandardsMet(year: 2025), "ubndxa", At));

        Assert.Equal(nameof(UniversalizationSurveyRecord.Year), refused.Field);
    }
}
