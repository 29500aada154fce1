using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Circulair.Web.Platform.Localization;

/// <summary>Model-binding messages ("'abc' is not a valid date") in the reader's language.</summary>
public static class BindingMessages
{
    public static void Localize(DefaultModelBindingMessageProvider p)
    {
        var t = new CirculairLocalizer();
        p.SetAttemptedValueIsInvalidAccessor((value, field) => t["Shared.Binding.Invalid", value, field]);
        p.SetValueIsInvalidAccessor(value => t["Shared.Binding.InvalidValue", value]);
        p.SetValueMustBeANumberAccessor(field => t["Shared.Binding.NotANumber", field]);
        p.SetMissingBindRequiredValueAccessor(field => t["Shared.Binding.Missing", field]);
        p.SetMissingKeyOrValueAccessor(() => t["Shared.Binding.MissingValue"]);
        p.SetMissingRequestBodyRequiredValueAccessor(() => t["Shared.Binding.MissingValue"]);
        p.SetValueMustNotBeNullAccessor(value => t["Shared.Binding.Required", value]);
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["Shared.Binding.InvalidValue", value]);
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["Shared.Binding.MissingValue"]);
        p.SetNonPropertyValueMustBeANumberAccessor(() => t["Shared.Binding.NotANumberPlain"]);
        p.SetUnknownValueIsInvalidAccessor(field => t["Shared.Binding.Invalid", "", field]);
    }
}
