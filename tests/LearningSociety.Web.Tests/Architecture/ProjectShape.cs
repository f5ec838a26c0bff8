using System.Reflection;
using LearningSociety.Domain;
using NetArchTest.Rules;

namespace LearningSociety.Web.Tests.Architecture;

/// <summary>
/// Keeps the rooms of docs/architecture.md apart. Page features sit on top and may read <c>Features.Results</c>
/// (what a unit achieved), <c>Features.Shared</c>, Data, Security and Domain; Results and Shared read no page feature;
/// Reports is a leaf nobody imports; Data knows no feature; Domain references no package. Compiled Razor views count
/// as part of the feature whose folder holds them.
/// </summary>
public sealed class ProjectShape
{
    private const string FeaturesNamespace = "LearningSociety.Web.Features";
    private const string ViewNamespace = "AspNetCoreGeneratedDocument";
    private static readonly Assembly Web = typeof(Program).Assembly;
    private static readonly string[] Foundations = ["Results", "Shared"];

    public static TheoryData<string> PageFeatures()
    {
        var data = new TheoryData<string>();
        foreach (var feature in AllFeatures().Except(Foundations))
        {
            data.Add(feature);
        }

        return data;
    }

    [Fact]
    public void EveryFeatureFolderIsKnownToTheseRules()
    {
        // A feature named like a foundation, or no features found, would make every rule below pass vacuously.
        Assert.Contains("Reports", AllFeatures());
        Assert.Contains("Results", AllFeatures());
        Assert.True(AllFeatures().Count > 10);
    }

    [Theory]
    [MemberData(nameof(PageFeatures))]
    public void NoFeatureImportsReports(string feature)
    {
        if (feature == "Reports")
        {
            return;
        }

        AssertNoDependency(TypesOf(feature), [Namespace("Reports")], $"Features.{feature} → Features.Reports");
    }

    [Theory]
    [InlineData("Results")]
    [InlineData("Shared")]
    public void FoundationsReadNoPageFeature(string foundation)
    {
        var pageFeatures = AllFeatures().Except(Foundations).Select(Namespace).ToArray();
        AssertNoDependency(TypesOf(foundation), pageFeatures, $"Features.{foundation} → a page feature");
    }

    [Fact]
    public void SharedDoesNotReadResults()
        => AssertNoDependency(TypesOf("Shared"), [Namespace("Results")], "Features.Shared → Features.Results");

    [Fact]
    public void DataKnowsNoFeature()
        => AssertNoDependency(Types.InAssembly(Web).That().ResideInNamespace("LearningSociety.Web.Data"), [FeaturesNamespace],
            "Data → Features");

    [Fact]
    public void SecurityAndAuditingKnowNoFeature()
        => AssertNoDependency(Types.InAssembly(Web).That().ResideInNamespace("LearningSociety.Web.Security")
            .Or().ResideInNamespace("LearningSociety.Web.Auditing"), [FeaturesNamespace], "Security/Auditing → Features");

    [Fact]
    public void PageFeaturesFormNoCycle()
    {
        var features = AllFeatures().Except(Foundations).ToList();
        var edges = features.ToDictionary(f => f, f => features
            .Where(other => other != f && Depends(TypesOf(f), Namespace(other)))
            .ToList());
        var cycle = FindCycle(edges);
        Assert.True(cycle is null, $"Features import each other in a cycle: {string.Join(" → ", cycle ?? [])}");
    }

    [Fact]
    public void DomainReferencesNothingButTheFramework()
    {
        var domain = typeof(DomainException).Assembly;
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var foreign = domain.GetReferencedAssemblies()
            .Where(a => !File.Exists(Path.Combine(runtime, a.Name + ".dll")))
            .Select(a => a.Name)
            .ToList();
        Assert.True(foreign.Count == 0, $"LearningSociety.Domain references {string.Join(", ", foreign)}");

        var project = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "LearningSociety.Domain", "LearningSociety.Domain.csproj"));
        Assert.DoesNotContain("PackageReference", project);
        Assert.DoesNotContain("ProjectReference", project);
    }

    private static string Namespace(string feature) => $"{FeaturesNamespace}.{feature}";

    private static IReadOnlyList<string> AllFeatures()
        => Web.GetTypes()
            .Select(t => t.Namespace)
            .Where(ns => ns is not null && ns.StartsWith(FeaturesNamespace + ".", StringComparison.Ordinal))
            .Select(ns => ns!.Split('.')[3])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The feature's classes and the views compiled from its folder (<c>Features_Reports_Index</c>).</summary>
    private static PredicateList TypesOf(string feature)
        => Types.InAssembly(Web).That().ResideInNamespace(Namespace(feature))
            .Or().HaveNameStartingWith($"Features_{feature}_");

    private static bool Depends(PredicateList types, string target)
        => !types.ShouldNot().HaveDependencyOn(target).GetResult().IsSuccessful;

    private static void AssertNoDependency(PredicateList types, string[] targets, string rule)
    {
        var result = types.ShouldNot().HaveDependencyOnAny(targets).GetResult();
        Assert.True(result.IsSuccessful, $"{rule}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    private static List<string>? FindCycle(Dictionary<string, List<string>> edges)
    {
        var state = edges.Keys.ToDictionary(k => k, _ => 0);
        var stack = new List<string>();

        List<string>? Visit(string node)
        {
            state[node] = 1;
            stack.Add(node);
            foreach (var next in edges[node])
            {
                if (state[next] == 1)
                {
                    return [.. stack[stack.IndexOf(next)..], next];
                }

                if (state[next] == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
            return null;
        }

        return edges.Keys.Select(k => state[k] == 0 ? Visit(k) : null).FirstOrDefault(c => c is not null);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LearningSociety.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("LearningSociety.sln not found above the test output.");
    }
}
