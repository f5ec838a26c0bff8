using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LearningSociety.Web.Tests.Infrastructure;

/// <summary>A signed-in browser without a browser: GETs pages and posts their real forms with their own antiforgery token.</summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        var page = await GetPageAsync("/Account/Login");
        return await PostFormAsync(page, "form[action='/Account/Login']", new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
        });
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode} {response.Headers.Location}");
        }

        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
        => await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>Posts the form matched by <paramref name="formSelector"/> with its own fields, overridden by <paramref name="values"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(IHtmlDocument page, string formSelector, IDictionary<string, string> values)
    {
        var (action, fields) = FormOf(page, formSelector, values);
        return await Http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>
    /// Posts the same rendered form twice at the same moment, as a double click or a retry on a slow connection does:
    /// the same fields, the same antiforgery token and form key, the same cookies.
    /// </summary>
    public async Task<HttpResponseMessage[]> PostFormTwiceAtOnceAsync(IHtmlDocument page, string formSelector, IDictionary<string, string> values)
    {
        var (action, fields) = FormOf(page, formSelector, values);
        return await Task.WhenAll(Http.PostAsync(action, new FormUrlEncodedContent(fields)), Http.PostAsync(action, new FormUrlEncodedContent(fields)));
    }

    /// <summary>The form's action and the fields a browser would send: its own, overridden by <paramref name="values"/>.</summary>
    public static (string Action, List<KeyValuePair<string, string>> Fields) FormOf(IHtmlDocument page, string formSelector,
        IDictionary<string, string> values)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form {formSelector} on the page.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "file"):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }

                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
            }
        }

        foreach (var (key, value) in values)
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }

        return (form.GetAttribute("action") ?? string.Empty, fields);
    }

    /// <summary>The antiforgery token of the first form on <paramref name="url"/>, for posting by hand.</summary>
    public async Task<string> TokenFromAsync(string url, string formSelector = "main form[method='post']")
    {
        var page = await GetPageAsync(url);
        var input = page.QuerySelector($"{formSelector} input[name='__RequestVerificationToken']") as IHtmlInputElement
            ?? throw new InvalidOperationException($"No antiforgery token in {formSelector} on {url}.");
        return input.Value;
    }

    public async Task<HttpResponseMessage> PostAsync(string url, string token, IDictionary<string, string> values)
    {
        var fields = new Dictionary<string, string>(values) { ["__RequestVerificationToken"] = token };
        return await Http.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public void Dispose() => Http.Dispose();
}
