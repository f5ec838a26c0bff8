using LearningSociety.Domain.Citizens;

namespace LearningSociety.Domain.Tests.Citizens;

public class CitizenNames
{
    private const string Precomposed = "Nguy\u1EC5n V\u0103n An";

    [Theory]
    [InlineData("Nguye\u0302\u0303n Va\u0306n An")]
    [InlineData("Nguy\u00EA\u0303n V\u0103n An")]
    public void ANameTypedWithCombiningMarksEqualsThePrecomposedName(string decomposed)
    {
        Assert.NotEqual(Precomposed, decomposed);

        Assert.Equal(Precomposed, Citizen.NormalizeName(decomposed));
    }

    [Theory]
    [InlineData("  Nguyễn   Văn  An  ", "Nguyễn Văn An")]
    [InlineData("Nguyễn Văn An", "Nguyễn Văn An")]
    [InlineData("An", "An")]
    public void SpacesAreCollapsedAndTrimmed(string typed, string stored)
    {
        Assert.Equal(stored, Citizen.NormalizeName(typed));
    }

    [Theory]
    [InlineData("Nguyễn\tVăn An")]
    [InlineData("Nguyễn\u00A0Văn An")]
    public void OtherWhitespaceBetweenWordsBecomesOneSpace(string typed)
    {
        // Names pasted from Excel or Word carry tabs and non-breaking spaces; they must match the same name typed by hand.
        Assert.Equal("Nguyễn Văn An", Citizen.NormalizeName(typed));
    }

    [Theory]
    [InlineData("Võ Thị\u200B Giang")] // zero-width space
    [InlineData("\uFEFFVõ Thị Giang")] // byte-order mark from a pasted file
    [InlineData("Võ \u202EThị Giang")] // right-to-left override
    [InlineData("Võ Thị Gi\u200Dang\u2069")] // zero-width joiner, pop directional isolate
    [InlineData("Võ Thị\u0007 Giang")] // a control character
    public void InvisibleCharactersCannotMakeANameLookLikeAnother(string typed)
    {
        Assert.Equal("Võ Thị Giang", Citizen.NormalizeName(typed));
    }

    [Fact]
    public void TheEthTypedForDStrokeIsTheVietnameseLetter()
    {
        Assert.Equal("Đặng Văn Đức", Citizen.NormalizeName("\u00D0ặng Văn \u00D0ức"));
        Assert.Equal("đ", Citizen.NormalizeName("\u00F0"));
    }

    [Fact]
    public void ANameOfInvisibleCharactersOnlyIsBlankAndATooLongNameIsRefusedAtTheField()
    {
        Assert.Equal("FullName", Assert.Throws<DomainException>(() => new Citizen("\u200B\u200E", null, 1975, Gender.Female, 1, 40, null, null)).Field);
        var tooLong = Assert.Throws<DomainException>(() => new Citizen(new string('A', 151), null, 1975, Gender.Female, 1, 40, null, null));
        Assert.Equal("FullName", tooLong.Field);
        Assert.Contains("150", tooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACitizenIsStoredWithTheNormalizedName()
    {
        var citizen = new Citizen("  Nguye\u0302\u0303n   Thi\u0323  Ba  ", null, 1975, Gender.Female, 1, 40, null, null);

        Assert.Equal("Nguy\u1EC5n Th\u1ECB Ba", citizen.FullName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ABlankNameIsRefused(string name)
    {
        var refused = Assert.Throws<DomainException>(() => new Citizen(name, null, 1975, Gender.Female, 1, 40, null, null));

        Assert.Equal("Họ và tên không được để trống.", refused.Message);
    }
}
