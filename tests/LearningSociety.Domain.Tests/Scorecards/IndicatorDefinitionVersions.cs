using LearningSociety.Domain.Scorecards;

namespace LearningSociety.Domain.Tests.Scorecards;

public class IndicatorDefinitionVersions
{
    private const int Group1 = 1;
    private const int Group2 = 2;

    private static List<IndicatorDefinition> OfficialTextsFrom2022(int groupId) =>
        [.. IndicatorDefinition.Codes.Select(code => new IndicatorDefinition(code, groupId, 2022, $"{code} bản 2022", "Hướng dẫn 2022", isDraft: false))];

    [Fact]
    public void AnEditIn2024DoesNotChangeThe2023CardsTexts()
    {
        var definitions = OfficialTextsFrom2022(Group1);
        definitions.Add(new IndicatorDefinition("TC2.1", Group1, 2024, "TC2.1 bản 2024", "Hướng dẫn 2024", isDraft: false));

        var for2023 = IndicatorDefinition.VersionFor(definitions, Group1, 2023);
        var for2024 = IndicatorDefinition.VersionFor(definitions, Group1, 2024);

        Assert.Equal("TC2.1 bản 2022", for2023.Single(d => d.Code == "TC2.1").Text);
        Assert.Equal("TC2.1 bản 2024", for2024.Single(d => d.Code == "TC2.1").Text);
        Assert.Equal("TC1.1 bản 2022", for2024.Single(d => d.Code == "TC1.1").Text);
    }

    [Fact]
    public void EachCodeAppearsOnceInOfficialOrder()
    {
        var definitions = OfficialTextsFrom2022(Group1);
        definitions.Insert(0, new IndicatorDefinition("TC3.2", Group1, 2023, "TC3.2 bản 2023", "", isDraft: false));
        definitions.Add(new IndicatorDefinition("TC1.1", Group1, 2024, "TC1.1 bản 2024", "", isDraft: false));

        var versions = IndicatorDefinition.VersionFor(definitions, Group1, 2025);

        Assert.Equal(IndicatorDefinition.Codes, versions.Select(d => d.Code));
        Assert.Equal("TC3.2 bản 2023", versions[^1].Text);
        Assert.Equal("TC1.1 bản 2024", versions[0].Text);
    }

    [Fact]
    public void OnlyTheGroupAskedForIsUsed()
    {
        var definitions = OfficialTextsFrom2022(Group1);
        definitions.Add(new IndicatorDefinition("TC1.2", Group2, 2024, "TC1.2 cho nhóm 2", "", isDraft: false));

        var group1 = IndicatorDefinition.VersionFor(definitions, Group1, 2025);
        var group2 = IndicatorDefinition.VersionFor(definitions, Group2, 2025);

        Assert.Equal("TC1.2 bản 2022", group1.Single(d => d.Code == "TC1.2").Text);
        Assert.Equal(["TC1.2 cho nhóm 2"], group2.Select(d => d.Text));
    }

    [Fact]
    public void NothingIsShownForAYearBeforeTheFirstVersion()
    {
        Assert.Empty(IndicatorDefinition.VersionFor(OfficialTextsFrom2022(Group1), Group1, 2021));
    }

    [Fact]
    public void AnUnknownCodeIsRefused()
    {
        var refused = Assert.Throws<DomainException>(() => new IndicatorDefinition("TC4.1", Group1, 2022, "?", "", isDraft: false));

        Assert.Equal("Mã chỉ số không hợp lệ: TC4.1.", refused.Message);
    }

    [Theory]
    [InlineData("TC1.1", 1)]
    [InlineData("TC1.4", 1)]
    [InlineData("TC2.1", 2)]
    [InlineData("TC2.4", 2)]
    [InlineData("TC3.1", 3)]
    [InlineData("TC3.2", 3)]
    public void TheCriterionIsTheDigitAfterTheTcPrefix(string code, int criterion)
    {
        Assert.Equal(criterion, IndicatorDefinition.CriterionOf(code));
        Assert.Equal(criterion, new IndicatorDefinition(code, Group1, 2022, "x", "", isDraft: false).Criterion);
    }

    [Fact]
    public void EveryOfficialCodeBelongsToANamedCriterion()
    {
        Assert.All(IndicatorDefinition.Codes, code => Assert.Contains(IndicatorDefinition.CriterionOf(code), IndicatorDefinition.CriterionNames.Keys));
        Assert.Equal([4, 4, 2], IndicatorDefinition.Codes.GroupBy(IndicatorDefinition.CriterionOf).Select(g => g.Count()));
    }

    [Fact]
    public void EditingTrimsTheTextAndRefusesABlankOne()
    {
        var definition = new IndicatorDefinition("TC1.1", Group1, 2025, "cũ", "", isDraft: true);

        definition.Edit("  Tham gia ít nhất một lớp học  ", " Có giấy chứng nhận ", isDraft: false);
        var refused = Assert.Throws<DomainException>(() => definition.Edit("   ", "", isDraft: false));

        Assert.Equal("Nội dung chỉ số không được để trống.", refused.Message);
        Assert.Equal(("Tham gia ít nhất một lớp học", "Có giấy chứng nhận", false), (definition.Text, definition.Guidance, definition.IsDraft));
    }
}
