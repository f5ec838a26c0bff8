using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Shared;

/// <summary>Vietnamese pages for error status codes (re-executed by the status-code middleware).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorController : Controller
{
    [Route("Error/{code:int}")]
    public IActionResult Show([FromRoute] int code)
    {
        Response.StatusCode = code;
        return View("Error", code);
    }
}
