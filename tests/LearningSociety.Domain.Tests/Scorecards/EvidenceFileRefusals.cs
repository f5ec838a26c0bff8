using LearningSociety.Domain.Scorecards;

namespace LearningSociety.Domain.Tests.Scorecards;

/// <summary>What an evidence file keeps fits its columns: an indicator of the card (or none), a file name of at most 255 characters.</summary>
public class EvidenceFileRefusals
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static EvidenceFile File(string? indicator, string name)
        => new(1, indicator, name, "image/png", Png, "chihoi", DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("TC9.9")]
    [InlineData("tc1.1")]
    public void AnIndicatorTheCardDoesNotHaveIsRefusedAtItsField(string indicator)
    {
        var refused = Assert.Throws<DomainException>(() => File(indicator, "anh.png"));

        Assert.Equal(nameof(EvidenceFile.IndicatorCode), refused.Field);
    }

    [Fact]
    public void AnIndicatorCodeOfThousandsOfCharactersIsRefused()
        => Assert.Throws<DomainException>(() => File(new string('T', 4240), "anh.png"));

    [Fact]
    public void AFileNameLongerThanItsColumnIsRefused()
    {
        var refused = Assert.Throws<DomainException>(() => File(null, new string('a', 252) + ".png"));

        Assert.Equal(nameof(EvidenceFile.FileName), refused.Field);
    }

    [Fact]
    public void ACardIndicatorOrNoneAndANameOfTheColumnsLengthAreKept()
    {
        Assert.Equal("TC1.3", File("TC1.3", "anh.png").IndicatorCode);
        Assert.Equal(255, File(null, new string('a', 251) + ".png").FileName.Length);
    }
}
