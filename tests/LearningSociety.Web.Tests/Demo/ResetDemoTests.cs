using LearningSociety.Web.Configuration;
using LearningSociety.Web.Security;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LearningSociety.Web.Tests.Demo;

/// <summary>
/// <c>reset-demo</c> (issue 17): one command puts the demo database back to the demo's state of today, and refuses what
/// is not plainly a local demo database unless forced.
/// </summary>
public sealed class ResetDemoTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ItRemakesTheDemoWithItsYearInMotionAndDropsWhatWasAddedSince()
    {
        var before = await _factory.WithDbAsync(db => db.Citizens.CountAsync());
        var output = new StringWriter();

        var exit = await RunAsync(output);

        Assert.Equal(0, exit);
        Assert.Equal(7, before); // the test portal's demo district has no year in motion
        var (citizens, candidates, decisions) = await _factory.WithDbAsync(async db =>
            (await db.Citizens.CountAsync(), await db.Candidates.CountAsync(), await db.RecognitionDecisions.CountAsync()));
        Assert.Equal(200, citizens);
        Assert.True(candidates > 50, $"{candidates} candidates");
        Assert.Equal(1, decisions);
        Assert.Contains("Demo database reset: 13 accounts", output.ToString());
        using var branch = await _factory.SignInAsync("chihoivinh");
        Assert.NotNull((await branch.GetPageAsync("/")).QuerySelector("[data-testid=waiting-line]"));
    }

    [Fact]
    public async Task ItRefusesADatabaseHoldingAnAccountTheDemoDoesNotCreateUnlessForced()
    {
        await _factory.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.True((await users.CreateAsync(new ApplicationUser { UserName = "canbothat", FullName = "Cán bộ thật", IsActive = true })).Succeeded);
        });
        var output = new StringWriter();

        var refused = await RunAsync(output);

        Assert.Equal(1, refused);
        Assert.Contains("canbothat", output.ToString());
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Users.CountAsync(u => u.UserName == "canbothat")));

        Assert.Equal(0, await RunAsync(new StringWriter(), ResetDemo.Force));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Users.CountAsync(u => u.UserName == "canbothat")));
    }

    [Theory]
    [InlineData("Production", "Sqlite", "Production")]
    [InlineData("Development", "PostgreSql", "PostgreSql")]
    public async Task ItRefusesProductionAndServerDatabasesAndChangesNothing(string environment, string provider, string named)
    {
        var output = new StringWriter();
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = provider }).Build();

        var exit = await ResetDemo.RunAsync(_factory.Services, settings, new Environment(environment), [ResetDemo.Command], output);

        Assert.Equal(1, exit);
        Assert.Contains(named, output.ToString());
        Assert.Equal(7, await _factory.WithDbAsync(db => db.Citizens.CountAsync()));
    }

    private Task<int> RunAsync(TextWriter output, params string[] options)
    {
        _ = _factory.Services; // the portal has started and seeded its demo
        return ResetDemo.RunAsync(_factory.Services, _factory.Services.GetRequiredService<IConfiguration>(),
            _factory.Services.GetRequiredService<IHostEnvironment>(), [ResetDemo.Command, .. options], output);
    }

    /// <summary>The host's environment name, as the command reads it.</summary>
    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "LearningSociety.Web";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
