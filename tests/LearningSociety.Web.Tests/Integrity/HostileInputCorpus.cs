using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using LearningSociety.Domain.Deadlines;
using LearningSociety.TestSupport;
using LearningSociety.Web.Features.Imports;
using LearningSociety.Web.Tests.Imports;
using LearningSociety.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Tests.Integrity;

/// <summary>
/// Hostile and broken input posted to the forms, the bulk actions, the evidence uploads and the Excel import, each signed
/// in as the role that may use the page and with the page's own antiforgery token: every one is answered with a 400 (or a
/// 404 for a record the user may not reach, a 413 for a body over the limit) or with the page and a Vietnamese message,
/// never a 5xx, and nothing in the database changes — every table's row count and content hash are the same before and
/// after the post.
/// </summary>
public sealed partial class HostileInputCorpus(HostileInputCorpus.Portal portal) : IClassFixture<HostileInputCorpus.Portal>
{
    /// <summary>
    /// Tables a refused request may change: none. A refused post writes no audit row (reads of personal data are audited
    /// by the GET of the form, made before the first fingerprint), keeps no submitted-form row and moves no data version.
    /// </summary>
    private static readonly string[] MayChange = [];

    private static readonly int Year = new VietnamClock(TimeProvider.System).Today().Year;

    private static string Y => Year.ToString(CultureInfo.InvariantCulture);

    public static TheoryData<string> Names => new(Corpus.Keys);

    [Fact]
    public void HoldsAtLeastAHundredInputs() => Assert.True(Corpus.Count >= 100, $"{Corpus.Count} inputs");

    [Theory]
    [MemberData(nameof(Names))]
    public async Task IsRefusedWithAVietnameseAnswerAndChangesNothing(string name)
    {
        var input = Corpus[name];
        var client = await portal.ClientAsync(input.User);
        var post = await input.Prepare(portal, client);
        var before = await DatabaseFingerprint.TakeAsync(portal.Factory.Services, MayChange);

        var response = await post();

        var after = await DatabaseFingerprint.TakeAsync(portal.Factory.Services, MayChange);
        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{name}: answered {status}");
        Assert.True(status is 200 or 302 or 400 or 404 or 413, $"{name}: answered {status} {response.Headers.Location}");
        Assert.True(after.ChangesSince(before) is [], $"{name} changed the database: {string.Join("; ", after.ChangesSince(before))}");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var page = await PortalClient.ParseAsync(response);
            var message = ErrorOn(page);
            Assert.True(IsVietnamese(message), $"{name}: the page came back without a Vietnamese message: {Excerpt(page)}");
        }
        else if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var location = response.Headers.Location!.OriginalString;
            Assert.False(location.StartsWith("/Account/Login", StringComparison.Ordinal), $"{name}: signed out");
            var page = await client.GetPageAsync(location);
            var message = ErrorOn(page);
            Assert.True(IsVietnamese(message), $"{name}: redirected to {location} without a Vietnamese message: {Excerpt(page)}");
        }
    }

    /// <summary>The first error message a page shows: at a field, in the summary, in an alert, in an import's result.</summary>
    private static string ErrorOn(IHtmlDocument page)
        => page.QuerySelectorAll(".field-validation-error, .validation-summary-errors li, .alert-danger, [data-valmsg-for], .invalid-feedback, "
                + "[data-testid=import-errors] tbody tr, [data-testid=import-failed]")
            .Select(e => e.GetAttribute("title") is { Length: > 0 } title ? title : e.TextContent.Trim())
            .FirstOrDefault(t => t.Length > 0) ?? string.Empty;

    private static string Excerpt(IHtmlDocument page)
    {
        var text = Regex.Replace(page.QuerySelector("main")?.TextContent ?? page.Body?.TextContent ?? string.Empty, @"\s+", " ").Trim();
        return text.Length <= 400 ? text : text[..400] + "…";
    }

    private static bool IsVietnamese(string message) => VietnameseLetters().IsMatch(message);

    [GeneratedRegex("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetters();

    /// <summary>One hostile post: who sends it, and how (read the page it comes from, then the post itself).</summary>
    public sealed record HostileInput(string User, Func<Portal, PortalClient, Task<Func<Task<HttpResponseMessage>>>> Prepare);

    private static readonly string ZeroWidth = "\u200B\u200C\u200D\uFEFF";
    private static readonly string BidiOverride = "\u202E\u2066\u2069\u202D";
    private static readonly string Huge = new('ạ', 200_000);

    private static Dictionary<string, HostileInput> Corpus { get; } = Build();

    private static Dictionary<string, HostileInput> Build()
    {
        var corpus = new Dictionary<string, HostileInput>(StringComparer.Ordinal);

        // Forms posted as the page renders them, with some fields replaced.
        void Form(string name, string user, Func<Portal, Task<string>> url, string form, Func<Portal, Dictionary<string, string>> values)
            => corpus.Add(name, new HostileInput(user, async (p, client) =>
            {
                var page = await client.GetPageAsync(await url(p));
                var fields = values(p);
                return () => client.PostFormAsync(page, form, fields);
            }));

        // Posts made by hand (what no page sends), with the user's antiforgery token from a page.
        void Post(string name, string user, string tokenPage, Func<Portal, string> url, Func<Portal, Dictionary<string, string>> values,
            string tokenForm = "form[method='post']")
            => corpus.Add(name, new HostileInput(user, async (p, client) =>
            {
                var token = await client.TokenFromAsync(tokenPage, tokenForm);
                var target = url(p);
                var fields = values(p);
                return () => client.PostAsync(target, token, fields);
            }));

        // ---- Citizens: create ----
        var citizenCreate = (Func<Portal, Task<string>>)(_ => Task.FromResult("/Citizens/Create"));
        Dictionary<string, string> Citizen(Portal p, params (string Key, string Value)[] changes)
        {
            var values = new Dictionary<string, string>
            {
                ["FullName"] = "Đặng Thị Thu", ["BirthYear"] = "1985", ["Gender"] = "Female", ["GroupId"] = p.GroupN3,
                ["VillageId"] = p.OwnVillage,
            };
            foreach (var (key, value) in changes)
            {
                values[key] = value;
            }

            return values;
        }

        foreach (var (label, value) in new[]
        {
            ("empty", ""), ("only zero-width characters", ZeroWidth), ("only bidi overrides", BidiOverride), ("200,000 characters", Huge),
            ("only spaces and tabs", " \t \u00A0 "), ("only control characters", "\u0007\u001B\u0008"), ("a lone surrogate", "Nguyễn \uD800 An"),
        })
        {
            Form($"citizen create: full name {label}", "chihoi", citizenCreate, "main form", p => Citizen(p, ("FullName", value)));
        }

        foreach (var (label, value) in new[]
        {
            ("text", "abc"), ("negative", "-1"), ("beyond int", "99999999999"), ("1800", "1800"), ("in the future", "3000"), ("a decimal", "1985,5"),
        })
        {
            Form($"citizen create: birth year {label}", "chihoi", citizenCreate, "main form", p => Citizen(p, ("BirthYear", value)));
        }

        Form("citizen create: date of birth 31/02", "chihoi", citizenCreate, "main form", p => Citizen(p, ("DateOfBirth", "31/02/1985")));
        Form("citizen create: date of birth text", "chihoi", citizenCreate, "main form", p => Citizen(p, ("DateOfBirth", "hôm qua")));
        Form("citizen create: date of birth in 2099", "chihoi", citizenCreate, "main form", p => Citizen(p, ("DateOfBirth", "01/01/2099"), ("BirthYear", "2099")));
        Form("citizen create: date of birth against the birth year", "chihoi", citizenCreate, "main form", p => Citizen(p, ("DateOfBirth", "01/01/1990")));
        Form("citizen create: gender unknown", "chihoi", citizenCreate, "main form", p => Citizen(p, ("Gender", "Alien")));
        Form("citizen create: gender out of the enum", "chihoi", citizenCreate, "main form", p => Citizen(p, ("Gender", "99")));
        Form("citizen create: group text", "chihoi", citizenCreate, "main form", p => Citizen(p, ("GroupId", "abc")));
        Form("citizen create: group unknown", "chihoi", citizenCreate, "main form", p => Citizen(p, ("GroupId", "999999")));
        Form("citizen create: village of another branch", "chihoi", citizenCreate, "main form", p => Citizen(p, ("VillageId", p.OtherVillage)));
        Form("citizen create: village unknown", "chihoi", citizenCreate, "main form", p => Citizen(p, ("VillageId", "999999")));
        Form("citizen create: village text", "chihoi", citizenCreate, "main form", p => Citizen(p, ("VillageId", "abc")));
        Form("citizen create: village a commune", "chihoi", citizenCreate, "main form", p => Citizen(p, ("VillageId", p.OwnCommune)));
        foreach (var (label, value) in new[]
        {
            ("letters", "04619000ABCD"), ("too short", "1234"), ("13 digits", "0461900012345"), ("2,000 digits", new string('1', 2000)),
            ("an impossible province", "999190001234"),
        })
        {
            Form($"citizen create: CCCD {label}", "chihoi", citizenCreate, "main form", p => Citizen(p, ("NationalId", value)));
        }

        Form("citizen create: phone 500 characters", "chihoi", citizenCreate, "main form", p => Citizen(p, ("Phone", new string('9', 500))));
        Form("citizen create: phone letters", "chihoi", citizenCreate, "main form", p => Citizen(p, ("Phone", "gọi tôi nhé")));
        Form("citizen create: consent in 2099", "chihoi", citizenCreate, "main form", p => Citizen(p, ("Consent", "true"), ("ConsentDate", "01/01/2099")));
        Form("citizen create: consent in 1900", "chihoi", citizenCreate, "main form", p => Citizen(p, ("Consent", "true"), ("ConsentDate", "01/01/1900")));
        Form("citizen create: consent before the 15th birthday", "chihoi", citizenCreate, "main form",
            p => Citizen(p, ("Consent", "true"), ("ConsentDate", "01/01/1995")));
        Form("citizen create: consent date text", "chihoi", citizenCreate, "main form", p => Citizen(p, ("Consent", "true"), ("ConsentDate", "abc")));
        Form("citizen create: consent not a boolean", "chihoi", citizenCreate, "main form", p => Citizen(p, ("Consent", "perhaps"), ("FullName", "")));

        // ---- Citizens: edit, register, carry over, delete ----
        Func<Portal, Task<string>> citizenEdit = p => Task.FromResult($"/Citizens/Edit/{p.CitizenId}");
        Form("citizen edit: full name empty", "chihoi", citizenEdit, "main form", _ => new() { ["FullName"] = "" });
        Form("citizen edit: full name 200,000 characters", "chihoi", citizenEdit, "main form", _ => new() { ["FullName"] = Huge });
        Form("citizen edit: full name only a right-to-left override", "chihoi", citizenEdit, "main form", _ => new() { ["FullName"] = "\u202E" });
        Form("citizen edit: birth year negative", "chihoi", citizenEdit, "main form", _ => new() { ["BirthYear"] = "-1" });
        Form("citizen edit: stamp text", "chihoi", citizenEdit, "main form", _ => new() { ["ConcurrencyStamp"] = "abc", ["FullName"] = "Lê Văn Cương" });
        Form("citizen edit: stamp of nothing", "chihoi", citizenEdit, "main form", _ => new() { ["ConcurrencyStamp"] = Guid.NewGuid().ToString(), ["FullName"] = "Lê Văn Cương" });
        Form("citizen edit: loaded values not JSON", "chihoi", citizenEdit, "main form", _ => new() { ["Loaded"] = "{not json", ["FullName"] = "" });
        Form("citizen edit: loaded values base64 garbage", "chihoi", citizenEdit, "main form", _ => new() { ["Loaded"] = "AAAA////", ["FullName"] = "" });
        Form("citizen edit: moved to another branch's village", "chihoi", citizenEdit, "main form", p => new() { ["VillageId"] = p.OtherVillage });
        Post("citizen edit: a citizen of another branch", "chihoi", "/Citizens/Create", p => $"/Citizens/Edit/{p.OtherCitizenId}",
            p => new() { ["FullName"] = "Ai Đó", ["BirthYear"] = "1980", ["Gender"] = "Male", ["GroupId"] = p.GroupN3 });
        Post("citizen edit: an id beyond int", "chihoi", "/Citizens/Create", _ => "/Citizens/Edit/99999999999", _ => new() { ["FullName"] = "Ai Đó" });
        foreach (var year in new[] { "-1", "0", "abc", "99999", "99999999999" })
        {
            Post($"citizen register: year {year}", "chihoi", "/Citizens/Create", p => $"/Citizens/Register/{p.CitizenId}", _ => new() { ["year"] = year });
        }

        foreach (var year in new[] { "-1", "abc", "99999" })
        {
            Post($"citizen carry-over: year {year}", "chihoi", "/Citizens/Create", _ => "/Citizens/CarryOver", _ => new() { ["year"] = year });
        }

        Post("citizen delete: a citizen of another branch", "chihoi", "/Citizens/Create", p => $"/Citizens/Delete/{p.OtherCitizenId}", _ => new());
        Post("citizen delete: id text", "chihoi", "/Citizens/Create", _ => "/Citizens/Delete/abc", _ => new());

        // ---- Approvals: bulk and single card ----
        Dictionary<string, string> Bulk(Portal p, string selected, string action = "Propose", params (string Key, string Value)[] changes)
        {
            var values = new Dictionary<string, string> { ["action"] = action, ["year"] = Y, ["selected"] = selected };
            foreach (var (key, value) in changes)
            {
                values[key] = value;
            }

            return values;
        }

        foreach (var selected in new[] { "abc:def", "99999999999:1", "1:-1", "1:2:3", ":", "", "-5:0", "1:99999999999", "0x1F:0", "１:０" })
        {
            Post($"approvals bulk: selected “{selected}”", "chihoi", "/Approvals", _ => "/Approvals/Bulk", p => Bulk(p, selected), "#bulk-form");
        }

        Post("approvals bulk: a card of another village", "chihoi", "/Approvals", _ => "/Approvals/Bulk", p => Bulk(p, $"{p.OtherCard}:0"), "#bulk-form");
        Post("approvals bulk: a stale version", "chihoi", "/Approvals", _ => "/Approvals/Bulk", p => Bulk(p, $"{p.AppraisedCard}:7"), "#bulk-form");
        Post("approvals bulk: a card that does not exist", "chihoi", "/Approvals", _ => "/Approvals/Bulk", p => Bulk(p, "999999:0"), "#bulk-form");
        Post("approvals bulk: action unknown", "chihoi", "/Approvals", _ => "/Approvals/Bulk", p => Bulk(p, $"{p.AppraisedCard}:0", "Explode"), "#bulk-form");
        Post("approvals bulk: action out of the enum", "chihoi", "/Approvals", _ => "/Approvals/Bulk", p => Bulk(p, $"{p.AppraisedCard}:0", "42"), "#bulk-form");
        Post("approvals bulk: lock by decision", "chihoi", "/Approvals", _ => "/Approvals/Bulk", p => Bulk(p, $"{p.AppraisedCard}:0", "LockByDecision"), "#bulk-form");
        Post("approvals bulk: year text", "chihoi", "/Approvals", _ => "/Approvals/Bulk", p => Bulk(p, $"{p.AppraisedCard}:0", "Propose", ("year", "abc")), "#bulk-form");
        Post("approvals bulk: return without a reason", "chihoi", "/Approvals", _ => "/Approvals/Bulk", p => Bulk(p, $"{p.AppraisedCard}:0", "Return"), "#bulk-form");
        Post("approvals bulk: a reason of 200,000 characters", "chihoi", "/Approvals", _ => "/Approvals/Bulk",
            p => Bulk(p, $"{p.AppraisedCard}:0", "Propose", ("comment", Huge)), "#bulk-form");
        Post("approvals bulk: all in a unit that does not exist", "chihoi", "/Approvals", _ => "/Approvals/Bulk?all=true",
            p => Bulk(p, "", "Propose", ("unitId", "999999")), "#bulk-form");
        Post("approvals bulk: all in another commune", "chihoi", "/Approvals", _ => "/Approvals/Bulk?all=true",
            p => Bulk(p, "", "Propose", ("unitId", p.OtherCommune)), "#bulk-form");
        Post("approvals bulk: all with a unit id text", "chihoi", "/Approvals", _ => "/Approvals/Bulk?all=true",
            p => Bulk(p, "", "Propose", ("unitId", "abc")), "#bulk-form");
        Post("approvals bulk: the read-only viewer", "xemhuyen", "/Approvals", _ => "/Approvals/Bulk", p => Bulk(p, $"{p.AppraisedCard}:0"));
        Post("approvals bulk: the commune forwards a card not proposed", "ubndxa", "/Approvals", _ => "/Approvals/Bulk",
            p => Bulk(p, $"{p.AppraisedCard}:0", "Forward"));
        Post("approvals act: version text", "chihoi", "/Approvals", p => $"/Approvals/Act/{p.AppraisedCard}",
            _ => new() { ["version"] = "abc", ["action"] = "Propose" }, "#bulk-form");
        Post("approvals act: version beyond int", "chihoi", "/Approvals", p => $"/Approvals/Act/{p.AppraisedCard}",
            _ => new() { ["version"] = "99999999999", ["action"] = "Propose" }, "#bulk-form");
        Post("approvals act: a stale version", "chihoi", "/Approvals", p => $"/Approvals/Act/{p.AppraisedCard}",
            _ => new() { ["version"] = "3", ["action"] = "Propose" }, "#bulk-form");
        Post("approvals act: action unknown", "chihoi", "/Approvals", p => $"/Approvals/Act/{p.AppraisedCard}",
            _ => new() { ["version"] = "0", ["action"] = "Explode" }, "#bulk-form");
        Post("approvals act: return without a reason", "chihoi", "/Approvals", p => $"/Approvals/Act/{p.AppraisedCard}",
            _ => new() { ["version"] = "0", ["action"] = "Reject", ["comment"] = " " }, "#bulk-form");
        Post("approvals act: a reason of 200,000 characters", "chihoi", "/Approvals", p => $"/Approvals/Act/{p.AppraisedCard}",
            _ => new() { ["version"] = "0", ["action"] = "Propose", ["comment"] = Huge }, "#bulk-form");
        Post("approvals act: a card of another village", "chihoi", "/Approvals", p => $"/Approvals/Act/{p.OtherCard}",
            _ => new() { ["version"] = "0", ["action"] = "Propose" }, "#bulk-form");
        Post("approvals act: id text", "chihoi", "/Approvals", _ => "/Approvals/Act/abc", _ => new() { ["version"] = "0", ["action"] = "Propose" }, "#bulk-form");
        Post("approvals act: id beyond int", "chihoi", "/Approvals", _ => "/Approvals/Act/99999999999",
            _ => new() { ["version"] = "0", ["action"] = "Propose" }, "#bulk-form");

        // ---- Scorecards: self-assessment with evidence, appraisal ----
        void Scorecard(string name, Func<Portal, int> card, string kind, Action<List<KeyValuePair<string, string>>> change,
            params (string Name, byte[] Content, string Type)[] files)
            => corpus.Add(name, new HostileInput("chihoi", async (p, client) =>
            {
                var url = $"/Scorecards/{kind}/{card(p)}";
                var page = await client.GetPageAsync(url);
                var (_, fields) = PortalClient.FormOf(page, "#scorecard-form", new Dictionary<string, string>());
                for (var i = 0; i < 10; i++)
                {
                    fields.RemoveAll(f => f.Key == $"Indicators[{i}].Score");
                    fields.Add(new($"Indicators[{i}].Score", "8"));
                }

                change(fields);
                return () =>
                {
                    var multipart = new MultipartFormDataContent();
                    foreach (var (key, value) in fields)
                    {
                        multipart.Add(new StringContent(value), key);
                    }

                    foreach (var (fileName, content, type) in files)
                    {
                        var file = new ByteArrayContent(content);
                        file.Headers.ContentType = new MediaTypeHeaderValue(type);
                        multipart.Add(file, "Files", fileName);
                    }

                    return client.Http.PostAsync(url, multipart);
                };
            }));

        static Action<List<KeyValuePair<string, string>>> Set(string key, string value) => fields =>
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        };

        static Action<List<KeyValuePair<string, string>>> Remove(string key) => fields => fields.RemoveAll(f => f.Key == key);
        Action<List<KeyValuePair<string, string>>> none = _ => { };
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        foreach (var (label, value) in new[] { ("0", "0"), ("11", "11"), ("-1", "-1"), ("text", "tám"), ("a decimal", "8,5"), ("beyond int", "99999999999"), ("empty", "") })
        {
            Scorecard($"self-assessment: a score {label}", p => p.RegisteredCard, "SelfAssessment", Set("Indicators[3].Score", value));
        }

        Scorecard("self-assessment: an indicator missing", p => p.RegisteredCard, "SelfAssessment",
            fields => fields.RemoveAll(f => f.Key.StartsWith("Indicators[9].", StringComparison.Ordinal)));
        Scorecard("self-assessment: an indicator twice", p => p.RegisteredCard, "SelfAssessment", Set("Indicators[9].Code", "TC1.1"));
        Scorecard("self-assessment: an unknown indicator", p => p.RegisteredCard, "SelfAssessment", Set("Indicators[9].Code", "TC9.9"));
        Scorecard("self-assessment: an indicator code of 4,240 characters", p => p.RegisteredCard, "SelfAssessment",
            Set("Indicators[9].Code", new string('X', 4240)));
        Scorecard("self-assessment: an eleventh indicator", p => p.RegisteredCard, "SelfAssessment", fields =>
        {
            fields.Add(new("Indicators[10].Code", "TC1.1"));
            fields.Add(new("Indicators[10].Score", "10"));
        });
        Scorecard("self-assessment: the last indicator sent at an index beyond int", p => p.RegisteredCard, "SelfAssessment", fields =>
        {
            var code = fields.Single(f => f.Key == "Indicators[9].Code").Value;
            fields.RemoveAll(f => f.Key.StartsWith("Indicators[9].", StringComparison.Ordinal));
            fields.Add(new("Indicators[99999999999].Code", code));
            fields.Add(new("Indicators[99999999999].Score", "8"));
        });
        Scorecard("self-assessment: a note of 1,001 characters", p => p.RegisteredCard, "SelfAssessment", Set("Indicators[0].Note", new string('a', 1001)));
        Scorecard("self-assessment: a note of 200,000 characters", p => p.RegisteredCard, "SelfAssessment", Set("Indicators[0].Note", Huge));
        Scorecard("self-assessment: the stamp text", p => p.RegisteredCard, "SelfAssessment", Set("ConcurrencyStamp", "abc"));
        Scorecard("self-assessment: the stamp of nothing", p => p.RegisteredCard, "SelfAssessment", Set("ConcurrencyStamp", Guid.NewGuid().ToString()));
        Scorecard("self-assessment: the stamp missing", p => p.RegisteredCard, "SelfAssessment", Remove("ConcurrencyStamp"));
        Scorecard("self-assessment: evidence indicator of 4,240 characters", p => p.RegisteredCard, "SelfAssessment",
            Set("FileIndicator", new string('X', 4240)), ("giay-chung-nhan.png", png, "image/png"));
        Scorecard("self-assessment: evidence indicator unknown", p => p.RegisteredCard, "SelfAssessment",
            Set("FileIndicator", "TC9.9"), ("giay-chung-nhan.png", png, "image/png"));
        Scorecard("self-assessment: a program renamed .pdf", p => p.RegisteredCard, "SelfAssessment", none,
            ("chung-nhan.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0], "application/pdf"));
        Scorecard("self-assessment: HTML with a script as .png", p => p.RegisteredCard, "SelfAssessment", none,
            ("anh.png", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "image/png"));
        Scorecard("self-assessment: an SVG as .png", p => p.RegisteredCard, "SelfAssessment", none,
            ("anh.png", Encoding.UTF8.GetBytes("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"), "image/png"));
        Scorecard("self-assessment: a GIF", p => p.RegisteredCard, "SelfAssessment", none,
            ("anh.gif", Encoding.ASCII.GetBytes("GIF89a\u0001\0\u0001\0\0\0\0;"), "image/gif"));
        Scorecard("self-assessment: a ZIP renamed .pdf", p => p.RegisteredCard, "SelfAssessment", none,
            ("ho-so.pdf", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0], "application/pdf"));
        Scorecard("self-assessment: a file name of 300 characters", p => p.RegisteredCard, "SelfAssessment", none,
            (new string('a', 296) + ".png", png, "image/png"));
        Scorecard("self-assessment: a file over 5 MB", p => p.RegisteredCard, "SelfAssessment", none,
            ("lon.pdf", [.. "%PDF-1.4\n"u8, .. new byte[(5 * 1024 * 1024) + 1]], "application/pdf"));
        Scorecard("self-assessment: a file name with a path and a bidi override", p => p.RegisteredCard, "SelfAssessment", Set("Indicators[0].Score", "0"),
            ("../../etc/\u202Egnp.exe", png, "image/png"));
        Scorecard("appraisal: a score of 11", p => p.SelfAssessedCard, "Appraisal", Set("Indicators[2].Score", "11"));
        Scorecard("appraisal: a lowered score without a reason", p => p.SelfAssessedCard, "Appraisal", fields =>
        {
            for (var i = 0; i < 10; i++)
            {
                fields.RemoveAll(f => f.Key == $"Indicators[{i}].Score" || f.Key == $"Indicators[{i}].Note");
                fields.Add(new($"Indicators[{i}].Score", i == 0 ? "3" : "8"));
            }
        });
        Scorecard("appraisal: a reason of 200,000 characters", p => p.SelfAssessedCard, "Appraisal", Set("Indicators[0].Note", Huge));
        Scorecard("appraisal: the stamp of nothing", p => p.SelfAssessedCard, "Appraisal", Set("ConcurrencyStamp", Guid.NewGuid().ToString()));
        Post("evidence delete: a file that does not exist", "chihoi", "/Citizens/Create", _ => "/Scorecards/DeleteEvidence/999999", _ => new());

        // ---- The Excel import: broken workbooks and hostile cells ----
        void Import(string name, Func<byte[], byte[]> file, string fileName = "danh-sach.xlsx", string contentType = ImportUploads.XlsxType, string? year = null)
            => corpus.Add(name, new HostileInput("chihoi", async (p, client) =>
            {
                var template = await p.TemplateAsync(client);
                var page = await client.GetPageAsync("/Imports");
                var token = (page.QuerySelector("#import-form input[name=__RequestVerificationToken]") as IHtmlInputElement)!.Value;
                var content = file(template);
                return () =>
                {
                    var multipart = new MultipartFormDataContent
                    {
                        { new StringContent(token), "__RequestVerificationToken" },
                        { new StringContent(year ?? Y), "Year" },
                    };
                    var upload = new ByteArrayContent(content);
                    upload.Headers.ContentType = new MediaTypeHeaderValue(contentType);
                    // Set by hand: MultipartFormDataContent refuses an empty file name, which a hand-made request can send.
                    upload.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"File\"", FileName = $"\"{fileName}\"" };
                    multipart.Add(upload);
                    return client.Http.PostAsync("/Imports", multipart);
                };
            }));

        var valid = new CitizenRow("Phạm Thị Hương", 1982, Gender: "Nữ");
        void Row(string name, CitizenRow row) => Import($"import: {name}", t => ImportUploads.Fill(t, [valid, row]));
        void Cell(string name, int column, Action<IXLCell> set) => Import($"import: {name}", t => Edit(ImportUploads.Fill(t, [valid, valid with { Name = "Phạm Văn Hùng", Gender = "Nam" }]),
            sheet => set(sheet.Cell(ImportColumns.FirstDataRow + 1, column))));

        Import("import: a text file renamed .xlsx", _ => Encoding.UTF8.GetBytes("Họ và tên;Năm sinh\nNguyễn Văn A;1980\n"));
        Import("import: a PDF renamed .xlsx", _ => [.. "%PDF-1.4\n%âãÏÓ\n"u8]);
        Import("import: an empty file", _ => []);
        Import("import: a ZIP that is not a workbook", _ => Zip("readme.txt", "không phải Excel"));
        Import("import: a workbook cut in half", t => ImportUploads.Fill(t, [valid])[..2000]);
        Import("import: a legacy .xls", _ => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0], "danh-sach.xls", "application/vnd.ms-excel");
        Import("import: a CSV", _ => Encoding.UTF8.GetBytes("Phạm Thị Hương,1982\n"), "danh-sach.csv", "text/csv");
        Import("import: no file name", t => ImportUploads.Fill(t, [valid]), "");
        Import("import: the list sheet deleted", t => Edit(ImportUploads.Fill(t, [valid]), sheet => sheet.Delete()));
        Import("import: the header changed", t => Edit(ImportUploads.Fill(t, [valid]), sheet =>
        {
            foreach (var cell in sheet.Row(ImportColumns.HeaderRow).CellsUsed())
            {
                cell.SetValue("Cột " + cell.Address.ColumnNumber);
            }
        }));
        Import("import: year text", t => ImportUploads.Fill(t, [valid]), year: "abc");
        Import("import: year -1", t => ImportUploads.Fill(t, [valid]), year: "-1");
        Import("import: year 99999", t => ImportUploads.Fill(t, [valid]), year: "99999");
        Row("a name of only zero-width characters", valid with { Name = ZeroWidth });
        Row("a name of only bidi overrides", valid with { Name = BidiOverride });
        Row("a name of 32,767 characters", valid with { Name = new string('ạ', 32_767) });
        Row("a name that is a formula as text", valid with { Name = "=cmd|' /C calc'!A0" });
        Row("a name beginning with @", valid with { Name = "@SUM(1+1)*cmd|' /C calc'!A0" });
        Row("a birth year of 1800", valid with { BirthYear = 1800 });
        Row("a birth year in the future", valid with { BirthYear = 3000 });
        Row("a consent in 2099", valid with { Consent = "01/01/2099" });
        Row("a consent in 1900", valid with { Consent = "01/01/1900" });
        Row("a consent on 31/02", valid with { Consent = "31/02/2025" });
        Row("a consent in words", valid with { Consent = "đã đồng ý" });
        Row("a date of birth on 30/02", valid with { DateOfBirth = "30/02/1982" });
        Row("a gender unknown", valid with { Gender = "Khác" });
        Row("a group unknown", valid with { Group = "9" });
        Row("a village unknown", valid with { Village = "Thôn Không Có" });
        Row("a village of another branch", valid with { Village = "Thôn Bác Vọng Tây" });
        Row("a CCCD with letters", valid with { NationalId = "04619000ABCD" });
        Row("a CCCD of 13 digits", valid with { NationalId = "0461820001234" });
        Row("a phone of 500 characters", valid with { Phone = new string('9', 500) });
        Row("a score of 11", valid with { Self = [8, 8, 8, 8, 11, 8, 8, 8, 8, 8] });
        Row("a score of -1", valid with { Self = [8, 8, 8, 8, -1, 8, 8, 8, 8, 8] });
        Row("a year of -1", valid with { Year = -1 });
        Row("an appraisal reason of 32,000 characters", valid with
        {
            Self = CitizenRow.All(8), Appraised = [8, 8, 8, 8, 8, 8, 8, 8, 8, 4], Reason = new string('ạ', 32_000),
        });
        Row("the same person twice", valid);
        Cell("a birth year as text", ImportColumns.BirthYear, c => c.SetValue("một chín tám hai"));
        Cell("a birth year as a decimal", ImportColumns.BirthYear, c => c.SetValue(1982.5));
        Cell("a birth year as a date", ImportColumns.BirthYear, c => c.SetValue(new DateTime(1982, 5, 1)));
        Cell("a birth year as a formula", ImportColumns.BirthYear, c => c.FormulaA1 = "1900+82");
        Cell("a name as a formula", ImportColumns.FullName, c => c.FormulaA1 = "HYPERLINK(\"http://example.com\",\"Phạm Văn Hùng\")");
        Cell("a name as an error value", ImportColumns.FullName, c => c.FormulaA1 = "1/0");
        Cell("a name as a boolean", ImportColumns.FullName, c => c.SetValue(true));
        Cell("a consent date as a number far away", ImportColumns.ConsentDate, c => c.SetValue(2_958_465));
        Cell("a consent date as a negative number", ImportColumns.ConsentDate, c => c.SetValue(-1));
        Cell("a score as text", ImportColumns.FirstSelfScore, c => c.SetValue("tám"));
        Cell("a score as a decimal", ImportColumns.FirstSelfScore, c => c.SetValue(7.5));
        Cell("a year as 2^53", ImportColumns.Year, c => c.SetValue(9_007_199_254_740_993d));
        Cell("an evidence note of 5,000 characters", ImportColumns.FirstEvidenceNote + 9, c => c.SetValue(new string('x', 5000)));

        // ---- Other forms: deadlines, unit facts and units, accounts, decisions, plans, the catalogue ----
        Func<Portal, Task<string>> deadlines = _ => Task.FromResult("/Deadlines?year=2030");
        Dictionary<string, string> Deadline(params (string Key, string Value)[] changes)
        {
            var values = new Dictionary<string, string> { ["levelCode"] = "commune", ["description"] = "Nộp báo cáo", ["dueDate"] = "15/06/2030" };
            foreach (var (key, value) in changes)
            {
                values[key] = value;
            }

            return values;
        }

        Form("deadline: level unknown", "admin", deadlines, "form[data-testid=deadline-form]", _ => Deadline(("levelCode", "galaxy")));
        Form("deadline: due date 31/02", "admin", deadlines, "form[data-testid=deadline-form]", _ => Deadline(("dueDate", "31/02/2030")));
        Form("deadline: due date decades before its year", "admin", deadlines, "form[data-testid=deadline-form]", _ => Deadline(("dueDate", "15/06/1930")));
        Form("deadline: description 200,000 characters", "admin", deadlines, "form[data-testid=deadline-form]", _ => Deadline(("description", Huge)));
        Form("deadline: description only zero-width", "admin", deadlines, "form[data-testid=deadline-form]", _ => Deadline(("description", ZeroWidth)));
        Form("deadline: year -1", "admin", deadlines, "form[data-testid=deadline-form]", _ => Deadline(("year", "-1"), ("dueDate", "15/06/0001")));
        Form("deadline: a deadline that does not exist", "admin", deadlines, "form[data-testid=deadline-form]", _ => Deadline(("id", "999999")));

        Func<Portal, Task<string>> profile = p => Task.FromResult($"/Units/Profile/{p.OwnCommune}?year=2026");
        foreach (var value in new[] { "-1", "abc", "99999999999", "1,5" })
        {
            Form($"unit facts: adult population {value}", "ubndxa", profile, "main form", _ => new() { ["AdultPopulation"] = value });
        }

        Form("unit facts: year -1", "ubndxa", profile, "main form", _ => new() { ["Year"] = "-1" });
        Form("unit facts: year 99999", "ubndxa", profile, "main form", _ => new() { ["Year"] = "99999" });
        Form("unit facts: another commune", "ubndxa", profile, "main form", p => new() { ["UnitId"] = p.OtherCommune, ["AdultPopulation"] = "10" });
        Form("unit facts: a unit that does not exist", "ubndxa", profile, "main form", _ => new() { ["UnitId"] = "999999", ["AdultPopulation"] = "10" });
        Form("unit facts: stamp text", "ubndxa", profile, "main form", _ => new() { ["ConcurrencyStamp"] = "abc", ["AdultPopulation"] = "10" });

        Func<Portal, Task<string>> unitCreate = p => Task.FromResult($"/Units/Create?parentId={p.OwnCommune}");
        Form("unit create: code empty", "admin", unitCreate, "main form", _ => new() { ["Code"] = "", ["Name"] = "Thôn Mới", ["ValidFrom"] = "01/01/" + Y });
        Form("unit create: code 4,240 characters", "admin", unitCreate, "main form",
            _ => new() { ["Code"] = new string('9', 4240), ["Name"] = "Thôn Mới", ["ValidFrom"] = "01/01/" + Y });
        Form("unit create: name only bidi overrides", "admin", unitCreate, "main form",
            _ => new() { ["Code"] = "19999-08", ["Name"] = BidiOverride, ["ValidFrom"] = "01/01/" + Y });
        Form("unit create: valid from text", "admin", unitCreate, "main form", _ => new() { ["Code"] = "19999-08", ["Name"] = "Thôn Mới", ["ValidFrom"] = "abc" });
        Form("unit create: a parent that does not exist", "admin", unitCreate, "main form",
            _ => new() { ["ParentId"] = "999999", ["Code"] = "19999-08", ["Name"] = "Thôn Mới", ["ValidFrom"] = "01/01/" + Y });

        Dictionary<string, string> Account(Portal p, params (string Key, string Value)[] changes)
        {
            var values = new Dictionary<string, string>
            {
                ["UserName"] = "chihoimoi", ["FullName"] = "Trương Thị Hạnh", ["Password"] = "Mưa rơi trên mái ngói 17", ["Role"] = "VillageBranch",
                ["UnitId"] = p.OwnVillage,
            };
            foreach (var (key, value) in changes)
            {
                values[key] = value;
            }

            return values;
        }

        Func<Portal, Task<string>> userCreate = _ => Task.FromResult("/Users/Create");
        foreach (var (label, password) in new[]
        {
            ("Password123", "Password123"), ("the demo password", PortalFactory.DemoPassword), ("too short", "Ab1!"), ("a common password", "qwertyuiop"),
            ("200,000 characters", Huge), ("the user name", "chihoimoi2024"),
        })
        {
            Form($"account create: password {label}", "admin", userCreate, "main form", p => Account(p, ("Password", password)));
        }

        Form("account create: user name with a zero-width space", "admin", userCreate, "main form", p => Account(p, ("UserName", "chi\u200Bhoi")));
        Form("account create: user name with a space", "admin", userCreate, "main form", p => Account(p, ("UserName", "chi hoi")));
        Form("account create: user name already taken", "admin", userCreate, "main form", p => Account(p, ("UserName", "chihoi")));
        Form("account create: role unknown", "admin", userCreate, "main form", p => Account(p, ("Role", "God")));
        Form("account create: unit text", "admin", userCreate, "main form", p => Account(p, ("UnitId", "abc")));
        Form("account create: unit that does not exist", "admin", userCreate, "main form", p => Account(p, ("UnitId", "999999")));
        Form("account create: full name 200,000 characters", "admin", userCreate, "main form", p => Account(p, ("FullName", Huge)));
        Form("password change: a common password", "chihoi", _ => Task.FromResult("/Account/ChangePassword"), "main form", _ => new()
        {
            ["CurrentPassword"] = PortalFactory.DemoPassword, ["NewPassword"] = "Password123", ["ConfirmPassword"] = "Password123",
        });
        Form("password change: confirmation differs", "chihoi", _ => Task.FromResult("/Account/ChangePassword"), "main form", _ => new()
        {
            ["CurrentPassword"] = PortalFactory.DemoPassword, ["NewPassword"] = "Mưa rơi trên mái ngói 17", ["ConfirmPassword"] = "Mưa rơi trên mái ngói 18",
        });

        Func<Portal, Task<string>> decision = _ => Task.FromResult("/Decisions/Create");
        Dictionary<string, string> Decision(Portal p, params (string Key, string Value)[] changes)
        {
            var values = new Dictionary<string, string>
            {
                ["Number"] = "126/QĐ-UBND", ["Date"] = "05/12/" + Y, ["SignerName"] = "Lê Văn Tâm", ["Selected"] = p.RecognisedCard.ToString(CultureInfo.InvariantCulture),
            };
            foreach (var (key, value) in changes)
            {
                values[key] = value;
            }

            return values;
        }

        Form("decision: amends a decision that does not exist", "phonggd", decision, "main form", p => Decision(p, ("AmendsDecisionId", "999999")));
        Form("decision: amends text", "phonggd", decision, "main form", p => Decision(p, ("AmendsDecisionId", "abc")));
        Form("decision: date 31/02", "phonggd", decision, "main form", p => Decision(p, ("Date", "31/02/" + Y)));
        Form("decision: date in 2099", "phonggd", decision, "main form", p => Decision(p, ("Date", "05/12/2099")));
        Form("decision: number 4,240 characters", "phonggd", decision, "main form", p => Decision(p, ("Number", new string('1', 4240))));
        Form("decision: number only zero-width", "phonggd", decision, "main form", p => Decision(p, ("Number", ZeroWidth)));
        Form("decision: selected text", "phonggd", decision, "main form", p => Decision(p, ("Selected", "abc")));
        Form("decision: selected beyond int", "phonggd", decision, "main form", p => Decision(p, ("Selected", "99999999999")));
        Form("decision: a card not recognised", "phonggd", decision, "main form", p => Decision(p, ("Selected", p.AppraisedCard.ToString(CultureInfo.InvariantCulture))));
        Form("decision: nothing selected", "phonggd", decision, "main form", p => Decision(p, ("Selected", "")));

        Func<Portal, Task<string>> plan = p => Task.FromResult($"/Plans/Create?unitId={p.OwnCommune}&year=2027");
        Form("plan: start year -1", "ubndxa", plan, "main form[data-testid=plan-form]", _ => new() { ["StartYear"] = "-1", ["EndYear"] = "-1" });
        Form("plan: end before start", "ubndxa", plan, "main form[data-testid=plan-form]", _ => new() { ["StartYear"] = "2027", ["EndYear"] = "2020" });
        Form("plan: start year text", "ubndxa", plan, "main form[data-testid=plan-form]", _ => new() { ["StartYear"] = "abc" });
        Form("plan: preamble 200,000 characters", "ubndxa", plan, "main form[data-testid=plan-form]", _ => new() { ["Preamble"] = Huge });
        Form("plan: another commune's plan", "ubndxa", plan, "main form[data-testid=plan-form]", p => new() { ["UnitId"] = p.OtherCommune, ["Preamble"] = "Thực hiện" });

        Form("catalogue rule: valid from -1", "admin", _ => Task.FromResult("/Catalogue/Rule"), "main form", _ => new() { ["Name"] = "Quy định", ["ValidFromYear"] = "-1" });
        Form("catalogue rule: name empty", "admin", _ => Task.FromResult("/Catalogue/Rule"), "main form", _ => new() { ["Name"] = "", ["ValidFromYear"] = "2027" });
        Form("local indicator: code 4,240 characters", "admin", _ => Task.FromResult("/Targets/Catalogue"), "[data-testid=add-indicator]", p => new()
        {
            ["UnitId"] = p.District, ["Category"] = "Capacity", ["IndicatorCode"] = new string('X', 4240), ["Text"] = "Trẻ em biết bơi", ["Kind"] = "Count",
        });
        Form("local indicator: kind unknown", "admin", _ => Task.FromResult("/Targets/Catalogue"), "[data-testid=add-indicator]", p => new()
        {
            ["UnitId"] = p.District, ["Category"] = "Capacity", ["IndicatorCode"] = "SWIM", ["Text"] = "Trẻ em biết bơi", ["Kind"] = "Nope",
        });
        return corpus;
    }

    private static byte[] Edit(byte[] workbook, Action<IXLWorksheet> change)
    {
        using var book = new XLWorkbook(new MemoryStream(workbook));
        change(book.Worksheet(ImportColumns.SheetName));
        var output = new MemoryStream();
        book.SaveAs(output);
        return output.ToArray();
    }

    private static byte[] Zip(string entryName, string text)
    {
        var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
            writer.Write(text);
        }

        return output.ToArray();
    }

    /// <summary>One portal for the whole corpus, with the cards the posts aim at and a signed-in client per account.</summary>
    public sealed class Portal : IAsyncLifetime
    {
        private readonly Dictionary<string, PortalClient> _clients = [];
        private byte[]? _template;

        public PortalFactory Factory { get; } = new();

        public int RegisteredCard { get; private set; }

        public int SelfAssessedCard { get; private set; }

        public int AppraisedCard { get; private set; }

        public int RecognisedCard { get; private set; }

        public int OtherCard { get; private set; }

        public int CitizenId { get; private set; }

        public int OtherCitizenId { get; private set; }

        public string OwnVillage { get; private set; } = string.Empty;

        public string OtherVillage { get; private set; } = string.Empty;

        public string OwnCommune { get; private set; } = string.Empty;

        public string OtherCommune { get; private set; } = string.Empty;

        public string District { get; private set; } = string.Empty;

        public string GroupN3 { get; private set; } = string.Empty;

        public async Task InitializeAsync()
        {
            var cards = await new CardData(Factory.Services, Year).CardsAsync(
                new CardSpec("Ngô Thị Lan", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(8), CardStage.Registered),
                new CardSpec("Ngô Văn Lâm", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(8), CardStage.SelfAssessed),
                new CardSpec("Ngô Thị Nga", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Appraised),
                new CardSpec("Trần Văn Hải", "Thôn Bác Vọng Đông", "N1", CardSpec.Uniform(9), CardStage.Recognised),
                new CardSpec("Lý Thị Mơ", "Thôn Bác Vọng Tây", "N1", CardSpec.Uniform(9), CardStage.Appraised));
            (RegisteredCard, SelfAssessedCard, AppraisedCard, RecognisedCard, OtherCard) = (cards[0], cards[1], cards[2], cards[3], cards[4]);
            await Factory.WithDbAsync(async db =>
            {
                string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
                async Task<string> Unit(string name) => Id(await db.AdministrativeUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());
                CitizenId = await db.Citizens.Where(c => c.FullName == "Lê Văn Cường").Select(c => c.Id).SingleAsync();
                OtherCitizenId = await db.Registrations.Where(r => r.Id == OtherCard).Select(r => r.CitizenId).SingleAsync();
                OwnVillage = await Unit("Thôn Bác Vọng Đông");
                OtherVillage = await Unit("Thôn Bác Vọng Tây");
                OwnCommune = await Unit("Xã Quảng Phú");
                OtherCommune = await Unit("Xã Quảng Vinh");
                District = await Unit("Huyện Quảng Điền");
                GroupN3 = Id(await db.CitizenGroups.Where(g => g.Code == "N3").Select(g => g.Id).SingleAsync());
                return 0;
            });
        }

        public async Task<PortalClient> ClientAsync(string user)
        {
            if (!_clients.TryGetValue(user, out var client))
            {
                client = _clients[user] = await Factory.SignInAsync(user);
            }

            return client;
        }

        public async Task<byte[]> TemplateAsync(PortalClient client) => _template ??= await ImportUploads.TemplateAsync(client);

        public Task DisposeAsync()
        {
            foreach (var client in _clients.Values)
            {
                client.Dispose();
            }

            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
