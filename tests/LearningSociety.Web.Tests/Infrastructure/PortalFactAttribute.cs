using Xunit.Abstractions;
using Xunit.Sdk;

namespace LearningSociety.Web.Tests.Infrastructure;

/// <summary>
/// Marks a test class whose tests run on PostgreSQL: usually a one-line subclass of a SQLite test class, so the same
/// tests run on both databases. Its <see cref="PortalFactAttribute"/> tests are skipped with the reason when no
/// PostgreSQL server is given (see <see cref="TestPostgreSql"/>).
/// </summary>
public interface IRunsOnPostgreSql;

/// <summary>A fact of a test class that runs on SQLite and, through a subclass marked <see cref="IRunsOnPostgreSql"/>, on PostgreSQL.</summary>
[XunitTestCaseDiscoverer("LearningSociety.Web.Tests.Infrastructure.PortalFactDiscoverer", "LearningSociety.Web.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class PortalFactAttribute : FactAttribute;

public sealed class PortalFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
        => [new PortalTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
}

/// <summary>Skips (with the reason) a test of a PostgreSQL class when this run has no PostgreSQL server.</summary>
public sealed class PortalTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public PortalTestCase()
    {
    }

    public PortalTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay methodDisplay, TestMethodDisplayOptions methodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, methodDisplay, methodDisplayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute)
        => typeof(IRunsOnPostgreSql).IsAssignableFrom(TestMethod.TestClass.Class.ToRuntimeType()) && TestPostgreSql.SkipReason is { } reason
            ? reason
            : base.GetSkipReason(factAttribute);
}
