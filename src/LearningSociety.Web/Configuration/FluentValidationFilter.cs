using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;

namespace LearningSociety.Web.Configuration;

/// <summary>
/// Runs the FluentValidation validator of every action argument that has one and puts its errors in
/// ModelState under the field's name, so the views show them at the field. (FluentValidation.AspNetCore
/// cannot be restored here; this filter is all of it the portal needs.)
/// </summary>
public sealed class FluentValidationFilter(IServiceProvider services) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var (name, argument) in context.ActionArguments)
        {
            if (argument is null)
            {
                continue;
            }

            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (services.GetService(validatorType) is not IValidator validator)
            {
                continue;
            }

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            foreach (var key in result.Errors.Select(e => e.PropertyName).Distinct())
            {
                // The field's own message ("Vui lòng nhập tên đăng nhập.") replaces the generic one MVC put there for an empty
                // required field, so the field and the summary say it once (the key stays invalid: its own errors follow).
                if (context.ModelState.TryGetValue(key, out var entry))
                {
                    foreach (var generic in entry.Errors.Where(e => VietnameseValidationMessages.IsGenericRequired(e.ErrorMessage)).ToList())
                    {
                        entry.Errors.Remove(generic);
                    }
                }
            }

            foreach (var error in result.Errors)
            {
                context.ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
            }
        }

        await next();
    }
}
