namespace LearningSociety.Web.Tests.Infrastructure;

/// <summary>A clock stopped at one UTC moment, so deadline tests can stand on either side of a due date.</summary>
public sealed class FixedClock(DateTimeOffset utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => utcNow;
}
