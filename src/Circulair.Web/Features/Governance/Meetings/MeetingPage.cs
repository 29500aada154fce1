using System.Globalization;
using Circulair.Persistence;
using Circulair.Web.Features.Strategy;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Circulair.Web.Features.Governance.Meetings;

/// <summary>
/// What the meeting forms load: the actions a decision can point at, as the chosen ones and at most 50 others that match
/// the search (decision 0416), for the decisions' drop-downs and the search field above them.
/// </summary>
public static class MeetingPage
{
    public static async Task<ActionChoices> PrepareActionsAsync(ViewDataDictionary viewData, CirculairDbContext db, int organisationId, MeetingInput input, string? search, string noneText, string formAction, CancellationToken ct)
    {
        var chosen = input.Decisions.Where(d => d.PlannedActionId is not null).Select(d => d.PlannedActionId!.Value);
        var actions = await ActionChoices.LoadAsync(db, organisationId, chosen, search, ct);
        viewData["ActionItems"] = new List<SelectListItem> { new(noneText, "") }
            .Concat(actions.Options.Select(a => new SelectListItem(a.Label, a.Id.ToString(CultureInfo.InvariantCulture)))).ToList();
        viewData["ActionSearch"] = actions.Field("ActionSearch", "FindActions", formAction);
        return actions;
    }
}
