using LearningSociety.Reporting;

namespace LearningSociety.Reporting.Tests;

public class AdministrativeDateLine
{
    [Theory]
    [InlineData(2024, 6, 14, "Quảng Phú, ngày 14 tháng 6 năm 2024")]
    [InlineData(2024, 2, 5, "Quảng Phú, ngày 05 tháng 02 năm 2024")]
    [InlineData(2024, 1, 31, "Quảng Phú, ngày 31 tháng 01 năm 2024")]
    [InlineData(2024, 11, 9, "Quảng Phú, ngày 09 tháng 11 năm 2024")]
    public void PadsDaysBelowTenAndTheFirstTwoMonthsWithAZero(int year, int month, int day, string expected) =>
        Assert.Equal(expected, AdministrativeHeader.FormatPlaceAndDate("Quảng Phú", new DateOnly(year, month, day)));
}
