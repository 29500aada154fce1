using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Circulair.Web.Features.Api;

/// <summary>
/// Runs the data annotations of a page's input class ([Required], [StringLength], [Range]) the way model binding
/// does for the pages, with the same localised messages, so the API refuses what the form refuses.
/// </summary>
public static class ApiValidation
{
    public static void Annotations(object input, ModelStateDictionary state, string prefix, Text t)
    {
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(input);
            var display = property.GetCustomAttribute<DisplayAttribute>()?.Name is { } key ? t[key].Value : property.Name;
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (attribute.IsValid(value))
                {
                    continue;
                }
                object[] arguments = attribute switch
                {
                    StringLengthAttribute length => [display, length.MaximumLength, length.MinimumLength],
                    RangeAttribute range => [display, range.Minimum, range.Maximum],
                    _ => [display],
                };
                var message = attribute.ErrorMessage is { } messageKey ? t[messageKey, arguments].Value : attribute.FormatErrorMessage(display);
                state.AddModelError($"{prefix}.{property.Name}", message);
            }
        }
    }
}
