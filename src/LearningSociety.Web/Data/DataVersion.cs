namespace LearningSociety.Web.Data;

/// <summary>
/// The database's change counter: one row (<see cref="SingleId"/>) whose <see cref="Version"/> goes up as the last statement
/// of every transaction that changed something through the portal (<see cref="DataVersionInterceptor"/>). Results computed
/// from the data are cached under the version they were read at (the results cache of the Results feature), so several
/// web instances on one database can each cache and never disagree: a change anywhere moves the version every instance
/// reads before it uses its cache.
/// </summary>
public sealed class DataVersion
{
    public const int SingleId = 1;

    public int Id { get; set; }

    public long Version { get; set; }
}
