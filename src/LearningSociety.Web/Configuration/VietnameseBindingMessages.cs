using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace LearningSociety.Web.Configuration;

/// <summary>Model-binding errors ("the value 'abc' is not valid") said in Vietnamese.</summary>
public static class VietnameseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider provider)
    {
        provider.SetAttemptedValueIsInvalidAccessor((value, field) => $"Giá trị \"{value}\" không hợp lệ cho {field}.");
        provider.SetValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        provider.SetValueMustBeANumberAccessor(field => $"{field} phải là một số.");
        provider.SetMissingBindRequiredValueAccessor(field => $"Thiếu giá trị cho {field}.");
        provider.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        provider.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu dữ liệu gửi lên.");
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        provider.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là một số.");
        provider.SetUnknownValueIsInvalidAccessor(field => $"Giá trị của {field} không hợp lệ.");
        provider.SetValueMustNotBeNullAccessor(field => $"Vui lòng nhập {field}.");
    }
}
