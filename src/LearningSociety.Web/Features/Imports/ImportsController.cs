using LearningSociety.Domain.Deadlines;
using LearningSociety.Web.Auditing;
using LearningSociety.Web.Features.Imports.Framework;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Imports;

/// <summary>
/// "Nhập từ Excel": village branches upload the lists they collected on paper. The page explains the
/// steps and offers the template; an upload is checked row by row and saved only when clean.
/// </summary>
[Authorize(Roles = PortalRoles.VillageBranch + "," + PortalRoles.SystemAdministrator)]
public sealed class ImportsController(CitizenImporter importer, TimeProvider clock) : Controller
{
    /// <summary>The file plus the other form fields and the multipart framing.</summary>
    internal const long MaxRequestBytes = CitizenImporter.MaxFileBytes + (64 * 1024);

    [HttpGet]
    public IActionResult Index(int? year) => View(ImportPageViewModel.Create(CurrentYear, year ?? CurrentYear, null));

    [HttpGet]
    public async Task<IActionResult> Template(CancellationToken cancellationToken)
    {
        var content = new MemoryStream();
        await importer.WriteTemplateAsync(content, User.Scope(), cancellationToken);
        content.Position = 0;
        return File(content, ImportSheetStyle.ContentType, ImportTemplate.FileName);
    }

    [HttpPost]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    [RefuseOversizedUpload(MaxRequestBytes)]
    public async Task<IActionResult> Index(ImportInput input, CancellationToken cancellationToken)
    {
        var fileName = input.File is null ? null : Path.GetFileName(input.File.FileName);
        if (!ModelState.IsValid)
        {
            var refused = ModelState.Values.SelectMany(v => v.Errors).Select(e => ImportError.ForFile(e.ErrorMessage)).ToList();
            return Outcome(input.Year, new ImportOutcome(fileName, refused, null));
        }

        ImportPlan plan;
        await using (var stream = input.File!.OpenReadStream())
        {
            plan = await importer.ValidateAsync(stream, input.Year, User.Scope(), User.Identity?.Name ?? AuditActor.System, cancellationToken);
        }

        if (!plan.IsValid)
        {
            return Outcome(input.Year, new ImportOutcome(fileName, plan.Errors, null));
        }

        try
        {
            var summary = await importer.ApplyAsync(plan, fileName, cancellationToken);
            return Outcome(input.Year, new ImportOutcome(fileName, [], summary));
        }
        catch (DbUpdateException)
        {
            // Someone saved a conflicting change (the same CCCD, the same card) between the check and the save.
            return Outcome(input.Year, new ImportOutcome(fileName, [ImportError.ForFile(ImportMessages.ChangedMeanwhile)], null));
        }
    }

    private int CurrentYear => new VietnamClock(clock).Today().Year;

    /// <summary>The page for a plain form post; only the result block for the page's own script.</summary>
    private IActionResult Outcome(int? year, ImportOutcome outcome)
        => IsScriptRequest(Request)
            ? PartialView(ImportViews.Result, outcome)
            : View(nameof(Index), ImportPageViewModel.Create(CurrentYear, year, outcome));

    internal static bool IsScriptRequest(HttpRequest request) => request.Headers.XRequestedWith == "XMLHttpRequest";
}

internal static class ImportViews
{
    public const string Result = "_ImportResult";
}

/// <summary>
/// Refuses an upload whose declared size is over the limit before anything reads the body: the
/// antiforgery check reads the whole form, and an over-long body would end in a bare 400 there.
/// Runs before the antiforgery filter (order 1000) and answers with the import page and a Vietnamese message.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RefuseOversizedUploadAttribute(long maxBytes) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => -1000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (request.ContentLength is not long length || length <= maxBytes)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var metadata = services.GetRequiredService<IModelMetadataProvider>();
        var tempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext);
        var outcome = new ImportOutcome(null, [ImportError.ForFile(ImportMessages.TooLarge)], null);
        if (ImportsController.IsScriptRequest(request))
        {
            context.Result = new PartialViewResult
            {
                ViewName = ImportViews.Result,
                ViewData = new ViewDataDictionary<ImportOutcome>(metadata, context.ModelState) { Model = outcome },
                TempData = tempData,
            };
            return;
        }

        var year = new VietnamClock(services.GetRequiredService<TimeProvider>()).Today().Year;
        context.Result = new ViewResult
        {
            ViewName = "Index",
            ViewData = new ViewDataDictionary<ImportPageViewModel>(metadata, context.ModelState)
            {
                Model = ImportPageViewModel.Create(year, year, outcome),
            },
            TempData = tempData,
        };
    }
}
