using LearningSociety.Domain.Citizens;

namespace LearningSociety.Domain.Tests.Citizens;

public class CitizenBirthAndIdentity
{
    private static Citizen Create(DateOnly? dateOfBirth = null, int birthYear = 1980, Gender gender = Gender.Male,
        string? nationalId = null, string? phone = null)
        => new("Trần Thị Bình", dateOfBirth, birthYear, gender, groupId: 2, villageId: 40, nationalId, phone);

    [Fact]
    public void ADateOfBirthInAnotherYearThanTheBirthYearIsRefused()
    {
        var refused = Assert.Throws<DomainException>(() => Create(new DateOnly(1981, 1, 1), birthYear: 1980));

        Assert.Equal("Năm sinh không khớp với ngày sinh.", refused.Message);
    }

    [Fact]
    public void ADateOfBirthInTheBirthYearIsKept()
    {
        var citizen = Create(new DateOnly(1980, 12, 31), birthYear: 1980);

        Assert.Equal((new DateOnly(1980, 12, 31), 1980), (citizen.DateOfBirth, citizen.BirthYear));
    }

    [Fact]
    public void ABirthYearAloneIsEnough()
    {
        var citizen = Create(dateOfBirth: null, birthYear: 1948);

        Assert.Null(citizen.DateOfBirth);
        Assert.Equal(1948, citizen.BirthYear);
    }

    [Fact]
    public void TheNationalIdIsTrimmedAndKept()
    {
        var citizen = Create(nationalId: "  001080012345 ");

        Assert.Equal("001080012345", citizen.NationalId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void NoNationalIdIsStoredAsNone(string? nationalId)
    {
        Assert.Null(Create(nationalId: nationalId).NationalId);
    }

    [Theory]
    [InlineData("001180012345", Gender.Male, 1980, "Chữ số thứ 4 của số CCCD không khớp với giới tính.")]
    [InlineData("001081012345", Gender.Male, 1980, "Chữ số thứ 4–6 của số CCCD không khớp với năm sinh.")]
    [InlineData("0010800123", Gender.Male, 1980, "Số CCCD phải gồm đúng 12 chữ số.")]
    public void ANationalIdThatDisagreesWithThePersonIsRefused(string nationalId, Gender gender, int birthYear, string message)
    {
        var refused = Assert.Throws<DomainException>(() => Create(birthYear: birthYear, gender: gender, nationalId: nationalId));

        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public void ARefusedCorrectionLeavesTheCitizenAsItWas()
    {
        var citizen = Create(nationalId: "001080012345", phone: "0912345678");

        Assert.Throws<DomainException>(() =>
            citizen.Correct("Trần Thị Bình", null, 1980, Gender.Female, 2, 40, "001080012345", null));

        Assert.Equal((Gender.Male, "0912345678"), (citizen.Gender, citizen.Phone));
    }

    [Fact]
    public void ConsentIsAbsentUntilRecorded()
    {
        var citizen = Create();
        Assert.False(citizen.HasConsent);

        citizen.RecordConsent(new DateOnly(2025, 3, 1), "chi-hoi-thon-3");

        Assert.True(citizen.HasConsent);
        Assert.Equal((new DateOnly(2025, 3, 1), "chi-hoi-thon-3"), (citizen.ConsentDate, citizen.ConsentRecordedBy));
    }
}
