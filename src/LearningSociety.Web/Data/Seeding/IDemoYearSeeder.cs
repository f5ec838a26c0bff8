namespace LearningSociety.Web.Data.Seeding;

/// <summary>
/// The demo district's year in motion (cards at every stage, candidates on the route, decisions, plans, results and
/// surveys), seeded after <see cref="DemoDataSeeder"/> on a new demo database. It acts through the features' own services
/// (approvals, decisions), so it lives with them (<c>Features/Demo</c>); Data knows only this interface.
/// </summary>
public interface IDemoYearSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
