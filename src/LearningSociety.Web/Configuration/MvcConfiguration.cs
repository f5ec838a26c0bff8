using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.WebEncoders;

namespace LearningSociety.Web.Configuration;

/// <summary>MVC with feature folders, Vietnamese culture and messages, antiforgery on every POST.</summary>
public static class MvcConfiguration
{

    public static IServiceCollection AddPortalMvc(this IServiceCollection services)
    {
        services
            .AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<FluentValidationFilter>();
                options.Filters.Add<UnreadableCheckboxFilter>();
                VietnameseBindingMessages.Apply(options.ModelBindingMessageProvider);
                options.ModelMetadataDetailsProviders.Add(new VietnameseValidationMessages());
            })
            .AddRazorOptions(options =>
            {
                // Features/<Feature>/<View>.cshtml, then Features/Shared/.
                options.ViewLocationFormats.Clear();
                options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
                options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
            });

        services.AddValidatorsFromAssemblyContaining<Program>();
        ValidatorOptions.Global.LanguageManager.Culture = CultureInfo.GetCultureInfo("vi");

        // Without this Razor writes "Đ" as "&#x110;": harmless to browsers, hostile to search and tests.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(VietnameseText.Culture);
            options.SupportedCultures = [VietnameseText.Culture];
            options.SupportedUICultures = [VietnameseText.Culture];
            options.RequestCultureProviders.Clear();
        });

        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
