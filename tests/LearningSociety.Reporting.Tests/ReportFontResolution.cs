using LearningSociety.Reporting;
using SkiaSharp;

namespace LearningSociety.Reporting.Tests;

public class ReportFontResolution
{
    [Fact]
    public void FindsASerifFamilyWithVietnameseGlyphsInEveryStyle()
    {
        var fonts = ReportFontSet.Resolve();

        Assert.Contains(fonts.FamilyName, new[] { "Times New Roman", "Liberation Serif", "DejaVu Serif" });
        Assert.All([fonts.Regular, fonts.Bold, fonts.Italic, fonts.BoldItalic], face => Assert.True(face.ContainsGlyphs("ỆỮỰđ")));
        Assert.True(fonts.Bold.FontWeight >= (int)SKFontStyleWeight.SemiBold);
        Assert.NotEqual(SKFontStyleSlant.Upright, fonts.Italic.FontSlant);
        Assert.Equal(SKFontStyleSlant.Upright, fonts.Regular.FontSlant);
    }

    [Fact]
    public void NamesThePackagesToInstallWhenNoFamilyIsFound()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ReportFontSet.Resolve(families: ["No Such Family Zzz"]));

        Assert.Contains("fonts-liberation2", error.Message);
        Assert.Contains("fontconfig", error.Message);
    }
}
