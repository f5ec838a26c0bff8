using LearningSociety.Domain.Citizens;

namespace LearningSociety.Domain.Tests.Citizens;

/// <summary>Builds well-formed CCCD numbers: province, century-and-gender digit, two year digits, six-digit serial.</summary>
internal static class TestNationalIds
{
    public static string For(int province, Gender gender, int birthYear, int serial = 12345)
    {
        var centuryDigit = ((birthYear / 100) - 19) * 2 + (gender == Gender.Male ? 0 : 1);
        return $"{province:000}{centuryDigit}{birthYear % 100:00}{serial:000000}";
    }
}
