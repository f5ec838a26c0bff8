using FsCheck;
using FsCheck.Xunit;
using LearningSociety.Domain.Citizens;

namespace LearningSociety.Domain.Tests.Citizens;

/// <summary>
/// The stored shape of <see cref="PersonNameKey"/>. That its byte order is the Vietnamese order is checked against the
/// portal's ICU comparer in the web tests (<c>Citizens/PersonNameKeyOrder</c>), where the comparer lives.
/// </summary>
public class PersonNameKeys
{
    [Property(MaxTest = 2_000)]
    public bool AnyTextGivesAnAsciiKeyThatFitsTheColumn(NonNull<string> name)
    {
        var key = PersonNameKey.For(name.Get);
        return key.Length <= PersonNameKey.MaxLength && key.All(char.IsAscii);
    }

    [Theory]
    [InlineData("Nguyễn Văn 𠀀")] // a character outside the Basic Multilingual Plane (a surrogate pair)
    [InlineData("Lò Thị Ñañ-Çư 3")]
    [InlineData("")]
    public void UnusualNamesStillGiveAnAsciiKey(string name)
    {
        Assert.All(PersonNameKey.For(name), c => Assert.True(char.IsAscii(c)));
    }

    [Property(MaxTest = 500)]
    public bool TheKeyIsTheSameForTheNameAsTypedAndAsStored(NonNull<string> name)
        => PersonNameKey.For(name.Get) == PersonNameKey.For(Citizen.NormalizeName(name.Get));

    [Fact]
    public void ANameWithCombiningMarksAndExtraSpacesHasTheKeyOfTheStoredName()
    {
        Assert.Equal(PersonNameKey.For("Nguyễn Văn An"), PersonNameKey.For("  Nguye\u0302\u0303n \t Va\u0306n An "));
    }

    [Fact]
    public void ACitizenKeepsTheKeyOfTheirNameThroughACorrection()
    {
        var citizen = new Citizen("Nguyễn Văn An", null, 1975, Gender.Male, 1, 40, null, null);
        Assert.Equal(PersonNameKey.For("Nguyễn Văn An"), citizen.SortKey);

        citizen.Correct("Trần Thị Yến", null, 1975, Gender.Female, 1, 40, null, null);

        Assert.Equal(PersonNameKey.For("Trần Thị Yến"), citizen.SortKey);
        Assert.True(string.CompareOrdinal(PersonNameKey.For("Nguyễn Văn An"), citizen.SortKey) < 0);
    }

    [Fact]
    public void TheGivenNameComesFirst()
    {
        Assert.True(string.CompareOrdinal(PersonNameKey.For("Trần Văn An"), PersonNameKey.For("Đặng Thị Bích")) < 0);
        Assert.True(string.CompareOrdinal(PersonNameKey.For("Đặng Văn Em"), PersonNameKey.For("Trần Văn Em")) < 0);
    }
}
