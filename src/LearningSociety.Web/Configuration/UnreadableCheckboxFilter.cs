using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LearningSociety.Web.Configuration;

/// <summary>
/// A yes/no field posted with a value no checkbox sends (<c>Consent=perhaps</c>) keeps its Vietnamese binding error, but
/// the form shown again reads it as unticked: the checkbox tag helper converts the value it shows back to a boolean and
/// would throw (a 500) on the posted text.
/// </summary>
public sealed class UnreadableCheckboxFilter(IModelMetadataProvider metadata) : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (context.ModelState.IsValid)
        {
            return;
        }

        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            var type = metadata.GetMetadataForType(parameter.ParameterType);
            var fields = type.IsComplexType
                ? type.Properties.Select(p => (Name: p.PropertyName!, Metadata: p))
                : [(Name: parameter.Name, Metadata: type)];
            foreach (var (name, field) in fields.Where(f => f.Metadata.UnderlyingOrModelType == typeof(bool)))
            {
                foreach (var key in new[] { name, $"{parameter.Name}.{name}" })
                {
                    if (context.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
                    {
                        context.ModelState.SetModelValue(key, rawValue: false, attemptedValue: "false");
                    }
                }
            }
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
