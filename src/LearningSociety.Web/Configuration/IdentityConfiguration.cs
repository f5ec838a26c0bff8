using LearningSociety.Web.Data;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Configuration;

/// <summary>Accounts, sign-in cookie hardening, authorization defaults and shared data-protection keys, in one place.</summary>
public static class IdentityConfiguration
{
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services, IHostEnvironment environment)
    {
        services
            .AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                // OWASP ASVS 5.0 level 2: length, no composition rules; PortalPasswordValidator refuses common passwords.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddPasswordValidator<PortalPasswordValidator>();

        services.AddSingleton(_ => CommonPasswordList.Load(AppContext.BaseDirectory));
        services.AddTransient<IStartupFilter, CommonPasswordListCheck>();
        services.AddScoped<PasswordSignIn>();
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section);
        services.Configure<MvcOptions>(options => options.Filters.Add<TwoFactorEnrolmentFilter>());

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".LearningSociety.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Events.OnValidatePrincipal = PrincipalRefresh.ValidateAsync;
            // A forbidden request answers 403 (rendered by the status-code page), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ".LearningSociety.Antiforgery";
            options.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        // Keys in the database so that several web instances behind a load balancer share sign-ins.
        services.AddDataProtection()
            .SetApplicationName("LearningSociety")
            .PersistKeysToDbContext<AppDbContext>();

        return services;
    }
}
