using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// Refuses a post whose declared length (Content-Length) is over <paramref name="maxBytes"/> before anything reads its body
/// (the antiforgery check reads the whole form): 413, which the status-code pages answer with a Vietnamese page. Without
/// it the body would be read up to the limit and the request end in a bare 400 or a reset connection. Give the action the
/// same limit for bodies without a declared length (<see cref="RequestSizeLimitAttribute"/>, <see cref="RequestFormLimitsAttribute"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RefuseOversizedBodyAttribute(long maxBytes) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Before the antiforgery filter (order 1000) and the request size limit's own filter.</summary>
    public int Order => -1000;

    public long MaxBytes => maxBytes;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        if (context.HttpContext.Request.ContentLength is long length && length > maxBytes)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }
    }
}
