using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LearningSociety.Web.Tests.Infrastructure;

namespace LearningSociety.Web.Tests.Foundation;

/// <summary>
/// Forms sent empty, or with letters where a number goes, answer in Vietnamese: no ASP.NET default ("The UserName field is
/// required.", "The value 'abc' is not valid.") on the page or in the inputs' data-val-* attributes, and a field's own message
/// said once.
/// </summary>
public sealed partial class VietnameseValidationMessages(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnEmptySignInSaysWhatIsMissingInVietnameseOnce()
    {
        var client = new PortalClient(factory.CreatePortalClient());
        var page = await client.GetPageAsync("/Account/Login");
        AssertVietnamese("/Account/Login", page.DocumentElement.OuterHtml);

        var response = await client.PostFormAsync(page, "form[action='/Account/Login']",
            new Dictionary<string, string> { ["UserName"] = string.Empty, ["Password"] = string.Empty });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        AssertVietnamese("POST /Account/Login", html);
        var answer = await PortalClient.ParseAsync(response);
        var summary = answer.QuerySelectorAll(".validation-summary-errors li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Vui lòng nhập tên đăng nhập.", "Vui lòng nhập mật khẩu."], summary);
        Assert.Equal("Vui lòng nhập tên đăng nhập.", answer.QuerySelector("[data-valmsg-for=UserName]")!.TextContent.Trim());
    }

    [Fact]
    public async Task TheSecondFactorPagesAnswerAnEmptyCodeInVietnamese()
    {
        using (var owner = await factory.SignInAsync("chihoi2"))
        {
            var setUp = await owner.GetPageAsync("/Account/EnableAuthenticator");
            AssertVietnamese("/Account/EnableAuthenticator", setUp.DocumentElement.OuterHtml);
            var empty = await owner.PostFormAsync(setUp, "main form", new Dictionary<string, string> { ["Code"] = string.Empty });
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
            AssertVietnamese("POST /Account/EnableAuthenticator", await empty.Content.ReadAsStringAsync());

            var key = setUp.QuerySelector("[data-testid=authenticator-key]")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            var enabled = await owner.PostFormAsync(await owner.GetPageAsync("/Account/EnableAuthenticator"), "main form",
                new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        }

        using var client = new PortalClient(factory.CreatePortalClient());
        await client.SignInAsync("chihoi2", PortalFactory.DemoPassword);
        foreach (var (url, field) in new[] { ("/Account/LoginWithTwoFactor", "Code"), ("/Account/LoginWithRecoveryCode", "RecoveryCode") })
        {
            var page = await client.GetPageAsync(url);
            AssertVietnamese(url, page.DocumentElement.OuterHtml);
            var response = await client.PostFormAsync(page, "main form", new Dictionary<string, string> { [field] = string.Empty });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            AssertVietnamese("POST " + url, html);
            Assert.Contains("Vui lòng nhập", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("ubndxa")]
    [InlineData("chihoi")]
    public async Task EveryFormSentEmptyOrWithLettersForNumbersAnswersInVietnamese(string userName)
    {
        using var client = await factory.SignInAsync(userName);
        var pages = await PageCrawl.PagesAsync(client);
        var posted = 0;
        foreach (var page in pages)
        {
            AssertVietnamese(page.Url, page.Html);
            foreach (var form in page.Document.QuerySelectorAll("form").OfType<IHtmlFormElement>()
                .Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)))
            {
                var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url;
                var fields = Spoiled(form);
                if (action.Contains("/Account/Logout", StringComparison.OrdinalIgnoreCase) || fields is null
                    || form.QuerySelector("[data-confirm]") is not null)
                {
                    continue;
                }

                var response = await client.Http.PostAsync(action, new FormUrlEncodedContent(fields));
                posted++;
                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    AssertVietnamese($"POST {action} (form of {page.Url})", await response.Content.ReadAsStringAsync());
                }
            }
        }

        Assert.True(posted >= 3, $"{userName} posted only {posted} forms");
    }

    /// <summary>The form's fields with every typed field emptied and letters in every number field; null when nothing is typed in it.</summary>
    private static List<KeyValuePair<string, string>>? Spoiled(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var typed = false;
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "number" } number when !string.IsNullOrEmpty(number.Name):
                    fields.Add(new(number.Name!, "abc"));
                    typed = true;
                    break;
                case IHtmlInputElement { Type: "text" or "password" or "email" or "tel" or "date" or "search" } text when !string.IsNullOrEmpty(text.Name):
                    fields.Add(new(text.Name!, string.Empty));
                    typed = true;
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "file"):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, string.Empty));
                    typed = true;
                    break;
            }
        }

        return typed ? fields : null;
    }

    private static void AssertVietnamese(string where, string html)
    {
        var english = EnglishDefault().Matches(html).Select(m => m.Value).Distinct().ToList();
        Assert.True(english.Count == 0, $"{where}: {string.Join(" | ", english)}");
    }

    // ASP.NET Core's model-binding and DataAnnotations defaults, and FluentValidation's English ones.
    [GeneratedRegex(@"[^<>""]{0,40}\b(field is required|is not valid|is invalid|A value is required|must be a number|must not be empty|The field \w+|must be a string|maximum length|minimum length|value for|must be between|is not a valid)\b[^<>""]{0,20}", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDefault();
}
