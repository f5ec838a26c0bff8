using LearningSociety.Web.Configuration;
using LearningSociety.Web.Data;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPortal(builder.Configuration, builder.Environment);

var app = builder.Build();

await app.Services.InitializeDatabaseAsync(builder.Configuration, builder.Environment);

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

/// <summary>Entry point, public so the test host can start it.</summary>
public partial class Program;
