using LearningSociety.Domain.Citizens;

namespace LearningSociety.Domain.Tests.Citizens;

public class NationalIdNumberValidation
{
    private const string WrongShape = "Số CCCD phải gồm đúng 12 chữ số.";
    private const string WrongProvince = "Ba chữ số đầu của số CCCD (mã tỉnh) không hợp lệ.";
    private const string WrongGender = "Chữ số thứ 4 của số CCCD không khớp với giới tính.";
    private const string WrongBirthYear = "Chữ số thứ 4–6 của số CCCD không khớp với năm sinh.";

    [Theory]
    [InlineData("001080012345", Gender.Male, 1980)]
    [InlineData("001180012345", Gender.Female, 1980)]
    [InlineData("079203001234", Gender.Male, 2003)]
    [InlineData("079303001234", Gender.Female, 2003)]
    [InlineData("096099000001", Gender.Male, 1999)]
    [InlineData("001300000000", Gender.Female, 2000)]
    public void AWellFormedNumberThatAgreesWithThePersonIsAccepted(string value, Gender gender, int birthYear)
    {
        Assert.Null(NationalIdNumber.Validate(value, gender, birthYear));
    }

    [Theory]
    [InlineData("00108001234")]
    [InlineData("0010800123456")]
    [InlineData("")]
    [InlineData("00108001234a")]
    [InlineData("001 80012345")]
    [InlineData(" 00108001234")]
    [InlineData("００１０８００１２３４５")]
    [InlineData("٠٠١٠٨٠٠١٢٣٤٥")]
    public void AnythingButTwelveAsciiDigitsIsRefused(string value)
    {
        Assert.Equal(WrongShape, NationalIdNumber.Validate(value, null, null));
    }

    [Theory]
    [InlineData("000080012345")]
    [InlineData("097080012345")]
    [InlineData("999080012345")]
    public void AProvinceCodeOutsideOneToNinetySixIsRefused(string value)
    {
        Assert.Equal(WrongProvince, NationalIdNumber.Validate(value, null, null));
    }

    [Theory]
    [InlineData("001080012345", Gender.Female)]
    [InlineData("001180012345", Gender.Male)]
    [InlineData("001203012345", Gender.Female)]
    [InlineData("001303012345", Gender.Male)]
    public void TheFourthDigitMustBeEvenForMenAndOddForWomen(string value, Gender gender)
    {
        Assert.Equal(WrongGender, NationalIdNumber.Validate(value, gender, null));
    }

    [Theory]
    [InlineData("001080012345", 2080)]
    [InlineData("001280012345", 1980)]
    [InlineData("001081012345", 1980)]
    [InlineData("001380012345", 1980)]
    public void TheCenturyDigitAndTheYearDigitsMustGiveTheBirthYear(string value, int birthYear)
    {
        Assert.Equal(WrongBirthYear, NationalIdNumber.Validate(value, null, birthYear));
    }

    [Fact]
    public void GenderAndBirthYearAreOnlyCheckedWhenKnown()
    {
        Assert.Null(NationalIdNumber.Validate("001380012345", null, null));
    }

    [Fact]
    public void TheGenderIsCheckedBeforeTheBirthYear()
    {
        Assert.Equal(WrongGender, NationalIdNumber.Validate("001281012345", Gender.Female, 1980));
    }
}
