using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Circulair.Web.Platform.Forms;

/// <summary>
/// A form posted back only to change what it offers (a search that narrows a list, "Extra rij") is no attempt to save:
/// it comes back with everything typed (the attempted values stay) but without messages about fields not filled in yet.
/// </summary>
public static class RoundTrip
{
    public static void ForgetMessages(ModelStateDictionary state)
    {
        foreach (var entry in state.Values)
        {
            entry.Errors.Clear();
            entry.ValidationState = ModelValidationState.Valid;
        }
    }
}
