using LearningSociety.Web.Configuration;
using LearningSociety.Web.Data;
using Serilog;

if (KeyCertificate.IsRequested(args))
{
    return KeyCertificate.Create(args, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);

builder.Services.AddPortal(builder.Configuration, builder.Environment);

var app = builder.Build();

// Before the start-up initialisation: the demo database is deleted first, then made again from nothing.
if (ResetDemo.IsRequested(args))
{
    return await ResetDemo.RunAsync(app.Services, builder.Configuration, builder.Environment, args, Console.Out);
}

await app.Services.InitializeDatabaseAsync(builder.Configuration, builder.Environment);
if (FirstAdministrator.IsRequested(args))
{
    return await FirstAdministrator.RunAsync(app.Services, args, Console.In, Console.Out);
}

if (RebuildCounts.IsRequested(args))
{
    return await RebuildCounts.RunAsync(app.Services, Console.Out);
}

app.UsePortalProxyAndHttps();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error/500");
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/Error/{0}");
app.UseStaticFiles();
app.UseSerilogRequestLogging();
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/health").AllowAnonymous();
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

await app.RunAsync();
return 0;

/// <summary>Entry point, public so the test host can start it.</summary>
public partial class Program;
