namespace LearningSociety.Domain.Tests.Deadlines;

/// <summary>A clock the test sets and moves by hand.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset utcNow) : TimeProvider
{
    private DateTimeOffset utcNow = utcNow.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => utcNow;

    public void Advance(TimeSpan by) => utcNow += by;
}
