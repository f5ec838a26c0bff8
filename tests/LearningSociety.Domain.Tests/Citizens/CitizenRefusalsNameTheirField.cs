using LearningSociety.Domain.Citizens;

namespace LearningSociety.Domain.Tests.Citizens;

/// <summary>A refused citizen names the input it concerns, so forms and imports point at it without reading the message.</summary>
public class CitizenRefusalsNameTheirField
{
    [Fact]
    public void AnEmptyNameNamesTheFullName()
    {
        var refused = Assert.Throws<DomainException>(() => new Citizen("  ", null, 1980, Gender.Male, 1, 40, null, null));

        Assert.Equal(nameof(Citizen.FullName), refused.Field);
    }

    [Fact]
    public void ADateOfBirthInAnotherYearNamesTheBirthYear()
    {
        var refused = Assert.Throws<DomainException>(() =>
            new Citizen("Trần Thị Bình", new DateOnly(1981, 1, 1), 1980, Gender.Female, 1, 40, null, null));

        Assert.Equal(nameof(Citizen.BirthYear), refused.Field);
    }

    [Theory]
    [InlineData("001180012345", Gender.Male, 1980)]
    [InlineData("001081012345", Gender.Male, 1980)]
    [InlineData("0010800123", Gender.Male, 1980)]
    public void ANationalIdThatDisagreesWithThePersonNamesTheNationalId(string nationalId, Gender gender, int birthYear)
    {
        var refused = Assert.Throws<DomainException>(() => new Citizen("Trần Văn Bình", null, birthYear, gender, 1, 40, nationalId, null));

        Assert.Equal(nameof(Citizen.NationalId), refused.Field);
    }

    [Fact]
    public void ACorrectionIsRefusedWithTheSameField()
    {
        var citizen = new Citizen("Trần Văn Bình", null, 1980, Gender.Male, 1, 40, null, null);

        var refused = Assert.Throws<DomainException>(() => citizen.Correct("Trần Văn Bình", null, 1980, Gender.Male, 1, 40, "12", null));

        Assert.Equal(nameof(Citizen.NationalId), refused.Field);
    }
}
