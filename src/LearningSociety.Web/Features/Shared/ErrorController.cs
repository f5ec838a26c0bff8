using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Shared;

/// <summary>Vietnamese pages for error status codes (re-executed by the status-code middleware).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorController : Controller
{
    /// <summary>
    /// The status is the pipeline's (the one being re-executed), read without model binding: the re-executed request is
    /// the original one, and binding it would read its body — a post refused for its size would then fail again here and
    /// leave a status of 0 on the status line.
    /// </summary>
    [Route("Error/{code:int}")]
    public IActionResult Show()
    {
        var code = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
            ?? (int.TryParse(RouteData.Values["code"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var routed) ? routed : 0);
        code = code is >= 400 and <= 599 ? code : StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        return View("Error", code);
    }
}
