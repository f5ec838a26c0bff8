using LearningSociety.Domain.Citizens;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Tests.Citizens;

/// <summary>
/// The stored sort key (<see cref="PersonNameKey"/>, compared byte by byte by the database) must order names exactly as
/// the portal's Vietnamese comparer (<see cref="VietnameseText.PersonName"/>, ICU vi-VN) does, or a page of the register
/// would differ from the comparer's page. Checked over thousands of generated Vietnamese names.
/// </summary>
public sealed class PersonNameKeyOrder
{
    [Theory]
    [InlineData(11)]
    [InlineData(2024)]
    [InlineData(20_000_007)]
    public void TheKeyOrdersGeneratedNamesAsTheVietnameseComparer(int seed)
    {
        var random = new Random(seed);
        var names = VietnameseNames.Generate(random, 4_000);

        // Sorted by the comparer, each neighbour must compare the same way by key; with equal keys for equal names this
        // covers every pair (both orders are transitive). Random pairs on top give a direct counterexample when it fails.
        var sorted = names.Order(VietnameseText.PersonName).ToList();
        var pairs = sorted.Zip(sorted.Skip(1))
            .Concat(Enumerable.Range(0, 20_000).Select(_ => (names[random.Next(names.Count)], names[random.Next(names.Count)])));
        foreach (var (a, b) in pairs)
        {
            var expected = Math.Sign(VietnameseText.PersonName.Compare(a, b));
            var byKey = Math.Sign(string.CompareOrdinal(PersonNameKey.For(a), PersonNameKey.For(b)));
            Assert.True(expected == byKey,
                $"Seed {seed}: the comparer says {expected}, the key {byKey} for \"{a}\" and \"{b}\" ({PersonNameKey.For(a)} | {PersonNameKey.For(b)})");
        }
    }

    [Theory]
    [InlineData("Trần An", "Nguyễn Án")] // the given names differ in tone only: that decides before the family name
    [InlineData("Nguyễn Văn An", "Nguyễn Văn Anh")]
    [InlineData("Lê An", "Lê Ân")]
    [InlineData("Lê Anh", "Lê Ân")] // â is a letter after a, not a with a mark
    [InlineData("Đỗ Ư", "Đặng Zơ")]
    [InlineData("Dương Văn Em", "Đặng Văn Em")] // đ after d
    [InlineData("Đặng Văn Em", "Trần Văn Em")] // and before e … t, not after z as by code point
    [InlineData("Dung", "Ðức")] // Ð typed for Đ reads as D, as the collation reads it
    [InlineData("Nguyễn Hoa", "Trần Hòa")]
    [InlineData("Trần Hoà", "Nguyễn Hòa")] // tone on the later vowel first, as the collation reads tones left to right
    [InlineData("nguyễn văn an", "Nguyễn Văn An")] // case only: lower case first
    [InlineData("Lê Thị Ba", "Lê Văn Ba")]
    [InlineData("Lê Ba", "Lê Thị Ba")]
    [InlineData("An", "Lê An")]
    public void KnownPairsComeInVietnameseOrder(string first, string second)
    {
        Assert.True(VietnameseText.PersonName.Compare(first, second) < 0, "the comparer disagrees with the expected order");
        Assert.True(string.CompareOrdinal(PersonNameKey.For(first), PersonNameKey.For(second)) < 0,
            $"{PersonNameKey.For(first)} should sort before {PersonNameKey.For(second)}");
    }

    [Fact]
    public void EveryKeyIsAsciiAndFitsTheColumn()
    {
        var random = new Random(7);
        var longName = string.Join(' ', Enumerable.Range(0, 20).Select(_ => "Nguyễn")) + " Thị Hoàng Phương";
        Assert.True(longName.Length >= 150);
        foreach (var name in VietnameseNames.Generate(random, 2_000).Append(Citizen.NormalizeName(longName[..150])).Append("A"))
        {
            var key = PersonNameKey.For(name);
            Assert.True(key.Length <= PersonNameKey.MaxLength, $"{name}: {key.Length} characters");
            Assert.True(key.All(char.IsAscii), $"{name}: {key}");
        }
    }
}
