using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Data;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Configuration;

/// <summary>
/// <c>dotnet LearningSociety.Web.dll create-administrator --user NAME --name "FULL NAME" [--province-code CODE --province-name "NAME"]</c>:
/// the first system administrator of a portal started without demo data. The password comes from the environment
/// variable <c>PORTAL_ADMIN_PASSWORD</c> or, when it is not set, from the first line of standard input (never from
/// the command line, which other users of the machine can read). On an empty database the province (the root of the
/// administrative tree) is created with it; the administrator then adds districts, communes and villages in /Units.
/// Runs the migrations first, like a normal start. Exit code 0 when created, 1 otherwise with the reason.
/// </summary>
public static class FirstAdministrator
{
    public const string Command = "create-administrator";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Command;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output)
    {
        var options = Options(args);
        if (!options.TryGetValue("user", out var userName) || !options.TryGetValue("name", out var fullName))
        {
            await output.WriteLineAsync($"Usage: {Command} --user NAME --name \"FULL NAME\" [--province-code CODE --province-name \"NAME\"] (password in PORTAL_ADMIN_PASSWORD or on standard input)");
            return 1;
        }

        var password = Environment.GetEnvironmentVariable("PORTAL_ADMIN_PASSWORD") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : (await input.ReadLineAsync())?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync("No password: set PORTAL_ADMIN_PASSWORD or write it on standard input.");
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var today = new VietnamClock(scope.ServiceProvider.GetRequiredService<TimeProvider>()).Today();

        if (await users.FindByNameAsync(userName) is not null)
        {
            await output.WriteLineAsync($"Tài khoản {userName} đã có; không tạo lại.");
            return 1;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var root = await db.AdministrativeUnits.Where(u => u.ParentId == null).OrderBy(u => u.Id).FirstOrDefaultAsync(CancellationToken.None);
        if (root is null)
        {
            if (!options.TryGetValue("province-code", out var code) || !options.TryGetValue("province-name", out var provinceName))
            {
                await output.WriteLineAsync("The database has no administrative unit yet: give --province-code and --province-name (for example 46 \"Tỉnh Thừa Thiên Huế\").");
                return 1;
            }

            var province = await db.AdministrativeLevels.SingleAsync(l => l.Code == AdministrativeLevel.Province, CancellationToken.None);
            root = new AdministrativeUnit(code.Trim(), provinceName.Trim(), province, null, today);
            db.AdministrativeUnits.Add(root);
            await db.SaveChangesAsync(CancellationToken.None);
            root.AssignPath();
            await db.SaveChangesAsync(CancellationToken.None);
        }

        var user = new ApplicationUser { UserName = userName.Trim(), FullName = fullName.Trim(), IsActive = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await output.WriteLineAsync(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
            return 1;
        }

        db.RoleAssignments.Add(new RoleAssignment(user.Id, PortalRole.SystemAdministrator, root.Id, today, null));
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        await output.WriteLineAsync($"Đã tạo quản trị hệ thống {user.UserName} cho {root.Name}.");
        return 0;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = args[i + 1];
            }
        }

        return options;
    }
}
