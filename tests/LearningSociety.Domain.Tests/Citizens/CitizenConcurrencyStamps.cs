using LearningSociety.Domain.Citizens;

namespace LearningSociety.Domain.Tests.Citizens;

/// <summary>A citizen's stamp changes with every change, so a save from a form opened before it is refused.</summary>
public class CitizenConcurrencyStamps
{
    private static Citizen Create() => new("Trần Văn Bình", null, 1980, Gender.Male, 1, 40, null, null);

    [Fact]
    public void ANewCitizenHasAStamp() => Assert.NotEqual(Guid.Empty, Create().ConcurrencyStamp);

    [Fact]
    public void ACorrectionRenewsTheStamp()
    {
        var citizen = Create();
        var before = citizen.ConcurrencyStamp;

        citizen.Correct("Trần Văn Bình", null, 1980, Gender.Male, 1, 40, null, "0912345678");

        Assert.NotEqual(before, citizen.ConcurrencyStamp);
    }

    [Fact]
    public void ACorrectionThatChangesNothingKeepsTheStamp()
    {
        var citizen = Create();
        var before = citizen.ConcurrencyStamp;

        citizen.Correct(" Trần  Văn Bình ", null, 1980, Gender.Male, 1, 40, "  ", null);

        Assert.Equal(before, citizen.ConcurrencyStamp);
    }

    [Fact]
    public void RecordingConsentRenewsTheStamp()
    {
        var citizen = Create();
        var before = citizen.ConcurrencyStamp;

        citizen.RecordConsent(new DateOnly(2025, 3, 1), "chihoi");

        Assert.NotEqual(before, citizen.ConcurrencyStamp);
    }
}
