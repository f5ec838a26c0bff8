using LearningSociety.Domain.Citizens;

namespace LearningSociety.Domain.Tests.Citizens;

public class NationalIdNumberMasking
{
    [Fact]
    public void OnlyTheLastFourDigitsAreShown()
    {
        Assert.Equal("••••••••2345", NationalIdNumber.Mask("001080012345"));
    }

    [Fact]
    public void TheMaskKeepsTheLengthOfTheNumber()
    {
        Assert.Equal(NationalIdNumber.Length, NationalIdNumber.Mask("079303001234").Length);
        Assert.DoesNotContain("0793030", NationalIdNumber.Mask("079303001234"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void NoNumberShowsNothing(string? value)
    {
        Assert.Equal(string.Empty, NationalIdNumber.Mask(value));
    }

    [Fact]
    public void AValueOfFourDigitsOrFewerIsHiddenEntirely()
    {
        Assert.Equal("••••", NationalIdNumber.Mask("2345"));
        Assert.Equal("••", NationalIdNumber.Mask("23"));
    }
}
