using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace LearningSociety.Web.Configuration;

/// <summary>
/// Model-binding errors ("the value 'abc' is not valid") said in Vietnamese. A field is named in the message only when it
/// has a Vietnamese display name (<c>[Display(Name = "tử số")]</c>); a property name such as "UserName" never reaches the page,
/// the message stands at its field instead.
/// </summary>
public static class VietnameseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider provider)
    {
        provider.SetAttemptedValueIsInvalidAccessor((value, field) => Named(field) is { } name
            ? $"Giá trị \"{value}\" không hợp lệ cho {name}."
            : $"Giá trị \"{value}\" không hợp lệ.");
        provider.SetValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        provider.SetValueMustBeANumberAccessor(field => Named(field) is { } name ? $"{Capitalized(name)} phải là một số." : "Giá trị phải là một số.");
        provider.SetMissingBindRequiredValueAccessor(field => Named(field) is { } name ? $"Thiếu giá trị cho {name}." : "Thiếu giá trị.");
        provider.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        provider.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu dữ liệu gửi lên.");
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        provider.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là một số.");
        provider.SetUnknownValueIsInvalidAccessor(field => Named(field) is { } name ? $"Giá trị của {name} không hợp lệ." : "Giá trị không hợp lệ.");
        provider.SetValueMustNotBeNullAccessor(field => Named(field) is { } name
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, VietnameseValidationMessages.RequiredNamed, name)
            : VietnameseValidationMessages.Required);
    }

    /// <summary>The field's display name when it is one people read, null for a bare C# property name ("UserName", "Year").</summary>
    internal static string? Named(string field)
        => string.IsNullOrWhiteSpace(field) || (char.IsAsciiLetterUpper(field[0]) && field.All(char.IsAsciiLetterOrDigit)) ? null : field;

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>
/// Vietnamese messages for DataAnnotations attributes that carry none, including the <see cref="RequiredAttribute"/> MVC infers
/// for a non-nullable string ("The UserName field is required." otherwise, on the page and in the inputs' data-val-* attributes).
/// Registered once in <see cref="MvcConfiguration"/>; an attribute with its own message keeps it.
/// </summary>
public sealed class VietnameseValidationMessages : IValidationMetadataProvider
{
    public const string Required = "Vui lòng nhập thông tin này.";

    public const string RequiredNamed = "Vui lòng nhập {0}.";

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        var named = context.Attributes.Any(a => a is DisplayAttribute { Name: not null } or DisplayNameAttribute);
        var type = context.Key.ModelType;
        if (context.Key.MetadataKind == ModelMetadataKind.Property
            && type.IsValueType && Nullable.GetUnderlyingType(type) is null
            && !context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>().Any())
        {
            // MVC requires a non-nullable number or yes/no and, without an attribute here, makes its own English one for the
            // inputs' data-val-required; this one never fails on the server (a property of a value type is never null) and speaks
            // Vietnamese. Not on action parameters: there MVC validates a missing value as null, and "id" would become required.
            context.ValidationMetadata.ValidatorMetadata.Add(new RequiredAttribute());
        }

        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceType is null && attribute.ErrorMessageResourceName is null)
            {
                attribute.ErrorMessage = For(attribute, named);
            }
        }
    }

    /// <summary>The message format of an attribute ({0} the field's display name, then the attribute's own arguments).</summary>
    internal static string For(ValidationAttribute attribute, bool named) => attribute switch
    {
        RequiredAttribute => named ? RequiredNamed : Required,
        StringLengthAttribute { MinimumLength: > 0 } => named ? "{0} phải có từ {2} đến {1} ký tự." : "Phải có từ {2} đến {1} ký tự.",
        StringLengthAttribute or MaxLengthAttribute => named ? "{0} tối đa {1} ký tự." : "Tối đa {1} ký tự.",
        MinLengthAttribute => named ? "{0} phải có ít nhất {1} ký tự." : "Phải có ít nhất {1} ký tự.",
        RangeAttribute => named ? "{0} phải từ {1} đến {2}." : "Giá trị phải từ {1} đến {2}.",
        CompareAttribute => named ? "{0} không khớp." : "Giá trị nhập lại không khớp.",
        EmailAddressAttribute => "Địa chỉ thư điện tử không hợp lệ.",
        PhoneAttribute => "Số điện thoại không hợp lệ.",
        UrlAttribute => "Địa chỉ trang web không hợp lệ.",
        _ => named ? "{0} không hợp lệ." : "Giá trị không hợp lệ.",
    };

    /// <summary>
    /// Whether a ModelState message is the generic "please fill this in" of a required field (an inferred
    /// <see cref="RequiredAttribute"/>, or binding's empty value for a number): a field's own validator says it better.
    /// </summary>
    internal static bool IsGenericRequired(string message)
        => message == Required || (message.StartsWith("Vui lòng nhập ", StringComparison.Ordinal) && message.EndsWith('.'));
}
