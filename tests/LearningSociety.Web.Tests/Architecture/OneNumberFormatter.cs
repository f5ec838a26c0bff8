using System.Text.RegularExpressions;
using LearningSociety.TestSupport;

namespace LearningSociety.Web.Tests.Architecture;

/// <summary>
/// Numbers on screen go through one formatter (<c>VietnameseFormat</c>): no page or message formats a number with the
/// request culture's "N0" or "N1" pattern (a Guid's "N" is not a number), which would make the output depend on how the server's culture is set up.
/// </summary>
public partial class OneNumberFormatter
{
    [GeneratedRegex(@"ToString\(""N\d""\)|:N\d\}")]
    private static partial Regex CultureNumberFormat();

    [Fact]
    public void NoPageOrMessageFormatsANumberWithTheCulturesNumberPattern()
    {
        var web = Path.Combine(Repository.Root(), "src", "LearningSociety.Web");
        var offenders = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(web, f), Line: i + 1, Text: line)))
            .Where(l => CultureNumberFormat().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}")
            .ToList();

        Assert.True(offenders.Count == 0, "Format with VietnameseFormat instead: " + string.Join(", ", offenders));
    }
}
