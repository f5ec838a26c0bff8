using System.Text;
using System.Text.RegularExpressions;
using LearningSociety.TestSupport;

namespace LearningSociety.Web.Tests.Architecture;

/// <summary>
/// Every EF Core async call in src/ passes a cancellation token (issue 11), so a request the browser abandons stops
/// its queries instead of running them to the end. Reads the source: each call of an EF async method (the names in
/// <see cref="Calls"/>, also reached as a member call of the same name on our own helpers) must mention a token in its
/// argument list: an identifier containing "cancel" or "token" (<c>cancellationToken</c>, <c>stoppingToken</c>, a
/// validator's <c>cancel</c>), <c>ct</c>, or <c>HttpContext.RequestAborted</c>. Comments and string literals are ignored;
/// Migrations are generated and not read.
/// <para>
/// <c>CancellationToken.None</c> is allowed only in the files of <see cref="NoneAllowedIn"/>: the start-up work, where no
/// request exists (seeding, the first administrator, the rebuild-counts command, the database initializer and the SQLite
/// tuning), and the audit log, whose entries must be written even when the browser goes away. Anywhere else it hides a
/// missing token and fails like no token at all.
/// </para>
/// </summary>
public sealed partial class QueriesTakeTheCancellationToken
{
    /// <summary>The EF Core (and EF-style helper) async methods that must get a token.</summary>
    private static readonly string[] Calls =
    [
        "ToListAsync", "ToArrayAsync", "ToDictionaryAsync", "ToHashSetAsync", "FirstOrDefaultAsync", "FirstAsync",
        "SingleAsync", "SingleOrDefaultAsync", "LastOrDefaultAsync", "LastAsync", "CountAsync", "LongCountAsync",
        "AnyAsync", "AllAsync", "SumAsync", "MaxAsync", "MinAsync", "AverageAsync", "ContainsAsync", "ForEachAsync",
        "SaveChangesAsync", "FindAsync", "LoadAsync", "ReloadAsync", "ExecuteDeleteAsync", "ExecuteUpdateAsync",
        "ExecuteSqlRawAsync", "ExecuteSqlAsync", "ExecuteSqlInterpolatedAsync", "BeginTransactionAsync", "CommitAsync",
        "RollbackAsync", "MigrateAsync",
    ];

    /// <summary>Files (relative to src/LearningSociety.Web, '/'-separated) that may pass <c>CancellationToken.None</c>;
    /// a path ending in '/' allows the whole folder.</summary>
    private static readonly string[] NoneAllowedIn =
    [
        // Start-up and command-line work: no request to follow.
        "Data/Seeding/",
        "Configuration/FirstAdministrator.cs",
        "Configuration/RebuildCounts.cs",
        "Configuration/ResetDemo.cs",
        "Data/DatabaseInitializer.cs",
        "Data/SqliteTuning.cs",

        // Sign-ins, failed sign-ins and exports of personal data are recorded even when the client aborts the request.
        "Auditing/AuditLog.cs",
    ];

    /// <summary>
    /// Files with calls still missing their token that were being edited on another branch when this test came in
    /// (same form as <see cref="NoneAllowedIn"/>). The lead fixes them at merge and deletes the entry here;
    /// <see cref="FilesLeftToAnotherBranchStillNeedFixing"/> fails once a listed file is clean, so no entry outlives its fix.
    /// </summary>
    private static readonly string[] LeftToAnotherBranch =
    [
    ];

    private static readonly Regex Call = new(
        $@"\.\s*(?<name>{string.Join('|', Calls)})\s*(?:<[^<>()]*>)?\s*\(", RegexOptions.Compiled);

    [Fact]
    public void EveryEfAsyncCallPassesACancellationToken()
    {
        var src = Path.Combine(Repository.Root(), "src");
        var files = SourceFiles(src).ToList();
        Assert.NotEmpty(files);

        var violations = files.Where(file => !Listed(LeftToAnotherBranch, InWeb(src, file)))
            .SelectMany(file => ViolationsIn(src, file)).ToList();

        Assert.True(violations.Count == 0,
            $"{violations.Count} EF Core async call(s) without the request's cancellation token " +
            "(pass the action's CancellationToken / HttpContext.RequestAborted; CancellationToken.None only in " +
            $"{string.Join(", ", NoneAllowedIn)}):{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Fact]
    public void FilesLeftToAnotherBranchStillNeedFixing()
    {
        var src = Path.Combine(Repository.Root(), "src");
        var clean = LeftToAnotherBranch
            .Select(path => (path, file: Path.Combine(src, "LearningSociety.Web", path)))
            .Where(x => !File.Exists(x.file) || !ViolationsIn(src, x.file).Any())
            .Select(x => x.path)
            .ToList();

        Assert.True(clean.Count == 0,
            $"{string.Join(", ", clean)}: gone, or every call passes a token now; delete it from {nameof(LeftToAnotherBranch)}.");
    }

    [Theory]
    [InlineData("await db.Units.ToListAsync();", "Features/X.cs", true)]
    [InlineData("await db.Units.Where(u => u.Id == id)\n    .FirstOrDefaultAsync(u => u.Name == \"a)\");", "Features/X.cs", true)]
    [InlineData("await db.Units.FirstOrDefaultAsync(u => u.Id == F(id), cancellationToken);", "Features/X.cs", false)]
    [InlineData("await db.SaveChangesAsync(HttpContext.RequestAborted);", "Features/X.cs", false)]
    [InlineData("await db.Units.AnyAsync(i => i.Code == code, cancel)", "Features/X.cs", false)]
    [InlineData("await db.SaveChangesAsync(default);", "Features/X.cs", true)]
    [InlineData("await db.SaveChangesAsync(CancellationToken.None);", "Features/X.cs", true)]
    [InlineData("await db.SaveChangesAsync(CancellationToken.None);", "Data/Seeding/DemoDataSeeder.cs", false)]
    [InlineData("// await db.SaveChangesAsync();\nvar s = \"db.SaveChangesAsync()\";", "Features/X.cs", false)]
    [InlineData("public static Task<int> CountAsync(AppDbContext db) => null!;", "Features/X.cs", false)]
    [InlineData("var sql = @\"a \"\"(\"\"\n.ToListAsync()\";\nawait db.Units.ToListAsync(ct);", "Features/X.cs", false)]
    [InlineData("await db.Units.ToListAsync<Unit>();", "Features/X.cs", true)]
    public void TheScanFindsWhatItShould(string code, string file, bool violates)
        => Assert.Equal(violates, Violations(code, file).Any());

    private static IEnumerable<string> SourceFiles(string src)
        => Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(src, f).Replace('\\', '/').Split('/')
                .Any(part => part is "Migrations" or "bin" or "obj"));

    private static IEnumerable<string> ViolationsIn(string src, string file)
        => Violations(File.ReadAllText(file), InWeb(src, file)).Select(line => $"src/{Path.GetRelativePath(src, file).Replace('\\', '/')}:{line}");

    /// <summary>The file's path relative to src/LearningSociety.Web ('/'-separated), or to src/ for the other projects.</summary>
    private static string InWeb(string src, string file)
    {
        var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
        return relative.StartsWith("LearningSociety.Web/", StringComparison.Ordinal) ? relative["LearningSociety.Web/".Length..] : relative;
    }

    private static bool Listed(IEnumerable<string> list, string pathInWeb)
        => list.Any(listed => listed.EndsWith('/') ? pathInWeb.StartsWith(listed, StringComparison.Ordinal) : pathInWeb == listed);

    /// <summary>The 1-based lines of the calls in <paramref name="source"/> that pass no acceptable token.</summary>
    private static IEnumerable<int> Violations(string source, string pathInWeb)
    {
        var code = CodeOnly(source);
        var noneAllowed = Listed(NoneAllowedIn, pathInWeb);

        foreach (Match match in Call.Matches(code))
        {
            var open = match.Index + match.Length - 1;
            var arguments = code[(open + 1)..ClosingParenthesis(code, open)];
            var token = TokenMention().IsMatch(arguments);
            var none = arguments.Contains("CancellationToken.None", StringComparison.Ordinal);
            if (!token || (none && !noneAllowed))
            {
                yield return 1 + code.AsSpan(0, match.Index + match.Length).Count('\n');
            }
        }
    }

    private static int ClosingParenthesis(string code, int open)
    {
        var depth = 0;
        for (var i = open; i < code.Length; i++)
        {
            depth += code[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return code.Length;
    }

    /// <summary>The source with comments and the contents of string and character literals blanked (newlines kept,
    /// so offsets and line numbers stay those of the file).</summary>
    private static string CodeOnly(string source)
    {
        var code = new StringBuilder(source);
        var i = 0;
        while (i < source.Length)
        {
            if (At(source, i, "//"))
            {
                i = Blank(code, i, source.IndexOf('\n', i) is var end and >= 0 ? end : source.Length);
            }
            else if (At(source, i, "/*"))
            {
                i = Blank(code, i, source.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : source.Length);
            }
            else if (At(source, i, "\"\"\""))
            {
                var quotes = 3;
                while (i + quotes < source.Length && source[i + quotes] == '"')
                {
                    quotes++;
                }

                var close = source.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal);
                i = Blank(code, i, close >= 0 ? close + quotes : source.Length);
            }
            else if (source[i] == '"' || source[i] == '\'')
            {
                var quote = source[i];
                var verbatim = quote == '"' && i > 0 && (source[i - 1] == '@' || (i > 1 && source[i - 2] == '@' && source[i - 1] == '$'));
                var j = i + 1;
                while (j < source.Length && (verbatim || source[j] != '\n'))
                {
                    if (!verbatim && source[j] == '\\')
                    {
                        j += 2;
                        continue;
                    }

                    if (source[j] == quote)
                    {
                        if (verbatim && j + 1 < source.Length && source[j + 1] == '"')
                        {
                            j += 2;
                            continue;
                        }

                        break;
                    }

                    j++;
                }

                i = Blank(code, i, Math.Min(j + 1, source.Length));
            }
            else
            {
                i++;
            }
        }

        return code.ToString();
    }

    private static bool At(string source, int i, string text) => string.CompareOrdinal(source, i, text, 0, text.Length) == 0;

    private static int Blank(StringBuilder code, int from, int to)
    {
        for (var k = from; k < to && k < code.Length; k++)
        {
            if (code[k] != '\n' && code[k] != '\r')
            {
                code[k] = ' ';
            }
        }

        return to;
    }

    [GeneratedRegex(@"cancel|token|RequestAborted|\bct\b", RegexOptions.IgnoreCase)]
    private static partial Regex TokenMention();
}
