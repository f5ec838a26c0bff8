using System.Security.Cryptography;
using System.Text;
using LearningSociety.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// Marks a POST action that saves a new record (or a record's first version): the same rendered form posted twice — a
/// double click, a retry on a slow connection, the back button — saves once, and the second post is sent to the page the
/// first one led to. Every post form carries a key made when it was rendered (<see cref="FormKeyTagHelper"/>); see
/// <see cref="OncePerFormFilter"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OncePerFormAttribute() : TypeFilterAttribute(typeof(OncePerFormFilter));

/// <summary>
/// Runs the action in one transaction that begins by writing the form's <see cref="SubmittedForm"/> row. The row's key is
/// unique, so a second post of the same form waits at that write until the first commits, finds the row and is
/// redirected to where the first post led (<see cref="SubmittedForm.ResultUrl"/>), with nothing saved twice. If the first
/// post did not end in a redirect (the form came back with its errors), or saved nothing (a refusal told on the page it
/// redirects to: <see cref="DataVersionInterceptor.ChangesData"/>), its row is removed and the second post runs as the
/// first would have. The action's own saves are unchanged: they commit with the row, or roll back with it when the
/// action throws. A post without a key (a page rendered before this existed, a hand-made request) runs as it always did.
/// </summary>
public sealed class OncePerFormFilter(AppDbContext db, DataVersionInterceptor version, TimeProvider clock, ITempDataDictionaryFactory tempData,
    IUrlHelperFactory urls)
    : IAsyncActionFilter
{
    /// <summary>The hidden field of every post form.</summary>
    public const string FieldName = "__FormKey";

    /// <summary>What the second post of a form reads on the page the first led to.</summary>
    public const string AlreadySaved = "Biểu mẫu này đã được gửi và xử lý ở lần bấm trước; không lưu thêm lần nữa.";

    /// <summary>How long a saved form is remembered (removed at its user's next saved form after that).</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        var user = http.User.Identity?.Name;
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.HasFormContentType || string.IsNullOrEmpty(user)
            || http.Request.Form[FieldName] is not [{ Length: > 0 and <= 64 } formKey] || db.Database.CurrentTransaction is not null)
        {
            await next();
            return;
        }

        var cancellationToken = http.RequestAborted;
        var key = KeyOf(user, formKey, http.Request.Path + http.Request.QueryString, http.Request.Form);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ClaimAsync(key, user, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            var earlier = await db.SubmittedForms.AsNoTracking().Where(f => f.Key == key).Select(f => f.ResultUrl)
                .FirstOrDefaultAsync(cancellationToken);
            if (earlier is not null)
            {
                tempData.GetTempData(http)["Success"] = AlreadySaved;
                context.Result = new LocalRedirectResult(earlier);
                return;
            }

            // Gone between the two reads (it was a day old): nothing guards this post any more than a keyless one.
            await next();
            return;
        }

        var executed = await next();
        if (executed.Exception is not null && !executed.ExceptionHandled)
        {
            return; // the transaction rolls back as it is disposed: nothing of the action stays, nor the key
        }

        // A post that saved nothing (refused with a message on the page it leads to) is not remembered either.
        var resultUrl = version.ChangesData ? ResultUrlOf(executed) : null;
        var rows = db.SubmittedForms.Where(f => f.Key == key);
        if (resultUrl is null)
        {
            // The form came back (its errors, a page of its own) or changed nothing: a second post of it must run again.
            await rows.ExecuteDeleteAsync(cancellationToken);
        }
        else
        {
            await rows.ExecuteUpdateAsync(s => s.SetProperty(f => f.ResultUrl, resultUrl), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The form's row, written first in the transaction (and the user's rows older than <see cref="KeptFor"/> removed);
    /// false when the same form's row is already there, which a second post learns only once the first has committed.
    /// </summary>
    private async Task<bool> ClaimAsync(string key, string user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = now - KeptFor;
        await db.SubmittedForms.Where(f => f.UserName == user && f.CreatedAt < expired).ExecuteDeleteAsync(cancellationToken);
        var row = new SubmittedForm { Key = key, UserName = user, CreatedAt = now };
        db.SubmittedForms.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return false;
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }

    /// <summary>
    /// One rendered form, its user, where it was sent (path and query: one form's buttons can post to several addresses, as
    /// the inbox's "ticked" and "everything in the filter" do) and what was typed in it: the same form sent again with other
    /// values (changed after the back button) is another submission, not a repeat.
    /// </summary>
    internal static string KeyOf(string user, string formKey, string address, IFormCollection form)
    {
        var text = new StringBuilder().Append(user).Append('\n').Append(formKey).Append('\n').Append(address).Append('\n');
        foreach (var (name, values) in form.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (name is FieldName or "__RequestVerificationToken")
            {
                continue;
            }

            foreach (var value in values)
            {
                text.Append(name).Append('=').Append(value).Append('\n');
            }
        }

        foreach (var file in form.Files)
        {
            text.Append(file.Name).Append(':').Append(file.FileName).Append(':').Append(file.Length).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The local address a redirect leads to, or null when the action answered with a page of its own.</summary>
    private string? ResultUrlOf(ActionExecutedContext executed)
    {
        var url = executed.Result switch
        {
            RedirectToActionResult r => (r.UrlHelper ?? urls.GetUrlHelper(executed))
                .Action(r.ActionName, r.ControllerName, r.RouteValues, protocol: null, host: null, fragment: r.Fragment),
            RedirectToRouteResult r => (r.UrlHelper ?? urls.GetUrlHelper(executed)).RouteUrl(r.RouteName, r.RouteValues, null, null, r.Fragment),
            LocalRedirectResult r => r.Url,
            RedirectResult r => r.Url,
            _ => null,
        };
        return url is { Length: <= SubmittedForm.MaxResultUrlLength } && urls.GetUrlHelper(executed).IsLocalUrl(url) ? url : null;
    }
}

/// <summary>Gives every post form the key of <see cref="OncePerFormFilter"/>: new for each rendering of the form.</summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class FormKeyTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (context.AllAttributes["method"]?.Value?.ToString() is { } method && method.Equals("post", StringComparison.OrdinalIgnoreCase))
        {
            output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{OncePerFormFilter.FieldName}\" value=\"{Guid.NewGuid():N}\" />");
        }
    }
}
