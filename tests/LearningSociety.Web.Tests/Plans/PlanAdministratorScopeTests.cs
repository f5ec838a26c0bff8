using System.Net;
using LearningSociety.Domain.Plans;
using LearningSociety.Web.Security;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using LearningSociety.TestSupport;

namespace LearningSociety.Web.Tests.Plans;

/// <summary>
/// An administrator role acts only in its own subtree: a person who administers one commune and reads the whole
/// district may read another commune's plan but not change it.
/// </summary>
public sealed class PlanAdministratorScope : IDisposable
{
    private const string UserName = "quantri.quangvinh";

    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnAdministratorOfOneCommuneOnlyReadsAnotherCommunesPlan()
    {
        var planId = await QuangPhuDraftAsync();
        await CreateUserAsync((PortalRole.SystemAdministrator, "Xã Quảng Vinh"), (PortalRole.Viewer, "Huyện Quảng Điền"));
        using var user = await _factory.SignInAsync(UserName, "quan tri xa Quang Vinh");

        var details = await user.GetPageAsync($"/Plans/Details/{planId}");
        Assert.Null(details.QuerySelector("[data-testid=delete-form]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync($"/Plans/Edit/{planId}")).StatusCode);

        var quangPhu = await _factory.WithDbAsync(db => db.AdministrativeUnits.Where(u => u.Name == "Xã Quảng Phú").Select(u => u.Id).SingleAsync());
        var survey = await user.GetPageAsync($"/Universalization/Commune/{quangPhu}?year=2024");
        Assert.Null(survey.QuerySelector("main form[method=post] button[type=submit]"));
    }

    private Task<int> QuangPhuDraftAsync()
        => new PlanData(_factory.Services).PlanAsync("Xã Quảng Phú", 2024, 2024, [new TestTarget("CAP_IT", 2024, 0.5m)]);

    private async Task CreateUserAsync(params (PortalRole Role, string Unit)[] roles)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = UserName, FullName = "Quản trị xã Quảng Vinh", IsActive = true };
        Assert.True((await users.CreateAsync(user, "quan tri xa Quang Vinh")).Succeeded);
        await _factory.WithDbAsync(async db =>
        {
            foreach (var (role, unitName) in roles)
            {
                var unit = await db.AdministrativeUnits.SingleAsync(u => u.Name == unitName);
                db.RoleAssignments.Add(new RoleAssignment(user.Id, role, unit.Id, new DateOnly(2022, 1, 1), null));
            }

            return await db.SaveChangesAsync();
        });
    }
}
