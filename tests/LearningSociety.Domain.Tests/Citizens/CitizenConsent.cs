using LearningSociety.Domain.Citizens;

namespace LearningSociety.Domain.Tests.Citizens;

/// <summary>Consent is a date in the citizen's adult life: not after today, not before their 15th birthday.</summary>
public class CitizenConsent
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static Citizen BornOn(DateOnly? dateOfBirth, int birthYear = 1990)
        => new("Trần Thị Bình", dateOfBirth, dateOfBirth?.Year ?? birthYear, Gender.Female, 1, 40, null, null);

    [Fact]
    public void AConsentDateAfterTodayIsRefusedAtTheConsentDate()
    {
        var citizen = BornOn(null);

        var refused = Assert.Throws<DomainException>(() => citizen.RecordConsent(new DateOnly(2099, 1, 1), "chihoi", Today));

        Assert.Equal("Ngày đồng ý không được sau ngày hôm nay.", refused.Message);
        Assert.Equal(nameof(Citizen.ConsentDate), refused.Field);
        Assert.False(citizen.HasConsent);
    }

    [Fact]
    public void AConsentDateBeforeTheFifteenthBirthdayIsRefused()
    {
        var citizen = BornOn(new DateOnly(1990, 6, 15));

        var refused = Assert.Throws<DomainException>(() => citizen.RecordConsent(new DateOnly(2005, 6, 14), "chihoi", Today));

        Assert.Equal("Ngày đồng ý không được trước ngày công dân đủ 15 tuổi (15/06/2005).", refused.Message);
        Assert.Equal(nameof(Citizen.ConsentDate), refused.Field);
    }

    [Fact]
    public void ConsentOnTheFifteenthBirthdayIsAccepted()
    {
        var citizen = BornOn(new DateOnly(1990, 6, 15));

        citizen.RecordConsent(new DateOnly(2005, 6, 15), "chihoi", Today);

        Assert.Equal(new DateOnly(2005, 6, 15), citizen.ConsentDate);
    }

    [Fact]
    public void WithOnlyABirthYearConsentBeforeTheYearTheyTurnFifteenIsRefused()
    {
        var citizen = BornOn(null, birthYear: 1990);

        Assert.Throws<DomainException>(() => citizen.RecordConsent(new DateOnly(1900, 1, 1), "chihoi", Today));
        Assert.Throws<DomainException>(() => citizen.RecordConsent(new DateOnly(2004, 12, 31), "chihoi", Today));
        citizen.RecordConsent(new DateOnly(2005, 1, 1), "chihoi", Today);
        Assert.Equal(new DateOnly(2005, 1, 1), citizen.ConsentDate);
    }

    [Fact]
    public void TodayIsAccepted()
    {
        var citizen = BornOn(null);

        citizen.RecordConsent(Today, "chihoi", Today);

        Assert.Equal(Today, citizen.ConsentDate);
    }
}
