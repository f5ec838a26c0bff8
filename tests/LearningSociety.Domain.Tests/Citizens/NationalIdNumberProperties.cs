using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LearningSociety.Domain.Citizens;

namespace LearningSociety.Domain.Tests.Citizens;

public class NationalIdNumberProperties
{
    public sealed record Person(int Province, Gender Gender, int BirthYear, int Serial)
    {
        public string Number => TestNationalIds.For(Province, Gender, BirthYear, Serial);

        public override string ToString() => $"{Number} ({Gender}, {BirthYear})";
    }

    private static readonly Arbitrary<Person> People =
        (from province in Gen.Choose(1, 96)
         from gender in Gen.Elements(Gender.Male, Gender.Female)
         from birthYear in Gen.Choose(1900, 2099)
         from serial in Gen.Choose(0, 999_999)
         select new Person(province, gender, birthYear, serial)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property ANumberBuiltFromThePersonIsAccepted() =>
        Prop.ForAll(People, p => NationalIdNumber.Validate(p.Number, p.Gender, p.BirthYear) is null);

    [Property(MaxTest = 500)]
    public Property TheOtherGenderIsRefused() =>
        Prop.ForAll(People, p =>
            NationalIdNumber.Validate(p.Number, p.Gender == Gender.Male ? Gender.Female : Gender.Male, p.BirthYear)
                == "Chữ số thứ 4 của số CCCD không khớp với giới tính.");

    [Property(MaxTest = 500)]
    public Property AnyOtherBirthYearIsRefused() =>
        Prop.ForAll(People, Gen.Choose(1, 199).ToArbitrary(), (p, shift) =>
            NationalIdNumber.Validate(p.Number, p.Gender, p.BirthYear + shift) is not null
            && NationalIdNumber.Validate(p.Number, p.Gender, p.BirthYear - shift) is not null);

    [Property(MaxTest = 300)]
    public Property TheMaskShowsTheLastFourDigitsAndHidesTheRest() =>
        Prop.ForAll(People, p =>
        {
            var masked = NationalIdNumber.Mask(p.Number);
            return masked[^4..] == p.Number[^4..] && masked[..^4].All(c => c == '•');
        });
}
