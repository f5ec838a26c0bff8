using System.Text.Json;

namespace LearningSociety.Web.Security;

/// <summary>
/// The common and breached passwords that are refused for every account (OWASP ASVS 5.0, 6.2.4). The list is not in
/// the repository: the build copies it from the npm package <c>@zxcvbn-ts/language-common</c> (MIT; about 49,000
/// passwords, most common first, from breach corpora) into <see cref="RelativePath"/> beside the application, as it
/// copies the front-end libraries into wwwroot/lib. Missing file: the portal refuses to start rather than accept them.
/// </summary>
public sealed class CommonPasswordList
{
    public const string RelativePath = "CommonPasswords/passwords.json";

    private readonly HashSet<string> _passwords;

    public CommonPasswordList(IEnumerable<string> passwords)
    {
        _passwords = new HashSet<string>(passwords.Select(Normalize), StringComparer.Ordinal);
    }

    public int Count => _passwords.Count;

    /// <summary>Case is ignored: "Password123" is "password123" on the list.</summary>
    public bool Contains(string password) => _passwords.Contains(Normalize(password));

    /// <summary>Loads the list once per process (test hosts start many portals).</summary>
    public static CommonPasswordList Load(string baseDirectory)
        => Loaded.GetOrAdd(Path.GetFullPath(baseDirectory), directory => new Lazy<CommonPasswordList>(() => Read(directory))).Value;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<CommonPasswordList>> Loaded = new();

    private static CommonPasswordList Read(string baseDirectory)
    {
        var path = Path.Combine(baseDirectory, RelativePath);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The common-password list {path} is missing. It comes from the npm package @zxcvbn-ts/language-common: " +
                "build the web project (it runs npm ci and copies the list) or publish it with dotnet publish.");
        }

        using var stream = File.OpenRead(path);
        var passwords = JsonSerializer.Deserialize<string[]>(stream)
            ?? throw new InvalidOperationException($"The common-password list {path} is not a JSON array of strings.");
        return new CommonPasswordList(passwords);
    }

    private static string Normalize(string password) => password.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
}

/// <summary>Loads the list while the portal starts, so that a missing list stops the start instead of the first password change.</summary>
internal sealed class CommonPasswordListCheck : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.ApplicationServices.GetRequiredService<CommonPasswordList>();
        next(app);
    };
}
