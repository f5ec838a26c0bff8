using LearningSociety.Web.Configuration;
using LearningSociety.Web.Security;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Production;

/// <summary>create-administrator on a database without demo data (the published build runs it in BehindATlsProxy).</summary>
public sealed class FirstAdministratorCommand : IDisposable
{
    private readonly PortalFactory _factory = new(new Dictionary<string, string?> { ["Database:SeedDemoData"] = "false" });

    private async Task<(int Code, string Output)> RunAsync(string password, params string[] args)
    {
        _factory.CreateClient().Dispose();
        var output = new StringWriter();
        var code = await FirstAdministrator.RunAsync(_factory.Services, [FirstAdministrator.Command, .. args], new StringReader(password + "\n"), output);
        return (code, output.ToString());
    }

    [Fact]
    public async Task OnAnEmptyTreeItCreatesTheProvinceAndItsAdministratorWhoCanSignIn()
    {
        var (missing, why) = await RunAsync("núi Ngự sông Hương 1945", "--user", "quantri", "--name", "Nguyễn Văn Quản");
        Assert.Equal(1, missing);
        Assert.Contains("--province-code", why);

        var (code, _) = await RunAsync("núi Ngự sông Hương 1945", "--user", "quantri", "--name", "Nguyễn Văn Quản", "--province-code", "46", "--province-name", "Tỉnh Thừa Thiên Huế");

        Assert.Equal(0, code);
        var userId = await _factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "quantri").Select(u => u.Id).SingleAsync());
        var grant = await _factory.WithDbAsync(db => db.RoleAssignments.Where(a => a.UserId == userId)
            .Select(a => new { a.Role, a.Unit.Name, a.Unit.Path, a.Unit.ParentId }).SingleAsync());
        Assert.Equal((PortalRole.SystemAdministrator, "Tỉnh Thừa Thiên Huế", (int?)null), (grant.Role, grant.Name, grant.ParentId));
        Assert.StartsWith("/", grant.Path);
        using var client = await _factory.SignInAsync("quantri", "núi Ngự sông Hương 1945");
        Assert.Contains("Tỉnh Thừa Thiên Huế", (await client.GetPageAsync("/Units")).Body!.TextContent);
    }

    [Fact]
    public async Task AWeakPasswordOrAnExistingNameCreatesNothing()
    {
        var (weak, why) = await RunAsync("ngan", "--user", "quantri", "--name", "Nguyễn Văn Quản", "--province-code", "46", "--province-name", "Tỉnh Thừa Thiên Huế");
        Assert.Equal(1, weak);
        Assert.NotEmpty(why.Trim());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.AdministrativeUnits.CountAsync()));

        Assert.Equal(0, (await RunAsync("núi Ngự sông Hương 1945", "--user", "quantri", "--name", "A", "--province-code", "46", "--province-name", "Tỉnh Thừa Thiên Huế")).Code);
        var (again, said) = await RunAsync("đồi Vọng Cảnh chiều 1972", "--user", "quantri", "--name", "B");
        Assert.Equal(1, again);
        Assert.Contains("đã có", said);
    }

    public void Dispose() => _factory.Dispose();
}
