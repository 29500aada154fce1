using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Forms;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Monitoring.Indicators;

/// <summary>Adds an indicator of the organisation's own on the chain of Figure 10, with its targets and the goals and actions it measures.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : MonitoringPageModel(db, current, clock), IIndicatorForm
{
    [BindProperty]
    public IndicatorInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "goal")]
    public int? ForGoal { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public int? ForAction { get; set; }

    /// <summary>What to look for among the actions (the search beside them); not saved.</summary>
    [BindProperty]
    public string? ActionSearch { get; set; }

    /// <summary>Set by the actions' search button: the form comes back with the matches, nothing is saved.</summary>
    [BindProperty]
    public bool FindActions { get; set; }

    public IReadOnlyList<LinkOption> Goals { get; private set; } = [];
    public ActionChoices Actions { get; private set; } = ActionChoices.None;

    private IndicatorEditor Editor => new(Db, t);

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Goals, Actions) = await Editor.OptionsAsync(Org.Id, ForAction is { } action ? [action] : [], null, ct);
        Input = new IndicatorInput
        {
            Direction = IndicatorDirection.HigherIsBetter, Frequency = MeasurementFrequency.Jaarlijks,
            GoalIds = ForGoal is { } g && Goals.Any(x => x.Id == g) ? [g] : [],
            ActionIds = ForAction is { } a && Actions.Ids.Contains(a) ? [a] : [],
        }.WithTargetRows();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (FindActions)
        {
            RoundTrip.ForgetMessages(ModelState);
            (Goals, Actions) = await Editor.OptionsAsync(Org.Id, Input.ActionIds, ActionSearch, ct);
            Input.WithTargetRows();
            return Page();
        }
        var details = await Editor.CheckAsync(Input, ModelState, Org.Id, null, ct);
        if (details is null)
        {
            (Goals, Actions) = await Editor.OptionsAsync(Org.Id, Input.ActionIds, ActionSearch, ct);
            Input.WithTargetRows();
            return Page();
        }
        var indicator = await Editor.AddAsync(Org.Id, details, Input, Now, ct);
        TempData["Flash"] = "Monitoring.Indicator.Added";
        return Redirect(Link($"/indicators/{indicator.Id}"));
    }
}
