using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Circulair.Web.Platform.Forms;

/// <summary>
/// Removes characters that cannot be seen but change what is shown or compared (decision 0241): C0 and C1 control
/// characters except tab and line breaks, direction overrides and isolates (U+202A–U+202E, U+2066–U+2069, the
/// marks U+200E, U+200F, U+061C), zero-width spaces and joiners that only hide (U+200B, U+200C, U+2060, U+FEFF) and a
/// few more invisible format characters. The zero-width joiner (U+200D) stays: emoji sequences need it.
/// </summary>
public static class CleanText
{
    public static bool IsInvisible(char c) => c switch
    {
        '\t' or '\n' or '\r' => false,
        < ' ' => true,
        >= '\u007F' and <= '\u009F' => true,
        '\u061C' or '\u180E' or '\u200B' or '\u200C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or '\uFEFF' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2060' and <= '\u2064' => true,
        >= '\u2066' and <= '\u2069' => true,
        >= '\uFFF9' and <= '\uFFFB' => true,
        _ => false,
    };

    /// <summary>The text without invisible characters; the same instance when there were none.</summary>
    public static string Clean(string text)
    {
        var first = 0;
        while (first < text.Length && !IsInvisible(text[first]))
        {
            first++;
        }
        if (first == text.Length)
        {
            return text;
        }
        var clean = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first + 1; i < text.Length; i++)
        {
            if (!IsInvisible(text[i]))
            {
                clean.Append(text[i]);
            }
        }
        return clean.ToString();
    }
}

/// <summary>
/// Every string bound from a form, the query or the route goes through <see cref="CleanText"/>: one place for all
/// pages, so no field can be forgotten. Registered first among the model binder providers.
/// </summary>
public sealed class CleanTextModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        if (context.Metadata.ModelType != typeof(string))
        {
            return null;
        }
        var source = context.BindingInfo.BindingSource;
        if (source is not null && (source == BindingSource.Body || source == BindingSource.Services || source == BindingSource.Header
            || source == BindingSource.Special || source == BindingSource.FormFile))
        {
            return null;
        }
        var logging = context.Services.GetRequiredService<ILoggerFactory>();
        return new CleanTextModelBinder(new SimpleTypeModelBinder(typeof(string), logging));
    }

    private sealed class CleanTextModelBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result.IsModelSet && bindingContext.Result.Model is string text && CleanText.Clean(text) is var clean && !ReferenceEquals(clean, text))
            {
                bindingContext.Result = ModelBindingResult.Success(clean);
                // A form shown again shows what was kept, not the hidden characters.
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, clean, clean);
            }
        }
    }
}
