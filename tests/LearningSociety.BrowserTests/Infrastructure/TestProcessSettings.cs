using System.Runtime.CompilerServices;
using LearningSociety.TestSupport;

namespace LearningSociety.BrowserTests.Infrastructure;

/// <summary>Applies <see cref="TestProcess.Configure"/> before any portal of this test process starts.</summary>
internal static class TestProcessSettings
{
    [ModuleInitializer]
    internal static void Apply() => TestProcess.Configure();
}
