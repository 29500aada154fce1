using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Forms;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring.Indicators;

/// <summary>Changes an indicator, its targets and the goals and actions it measures. An adopted indicator keeps its standard code whatever is changed.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : MonitoringPageModel(db, current, clock), IIndicatorForm
{
    [FromRoute]
    public int IndicatorId { get; set; }

    [BindProperty]
    public IndicatorInput Input { get; set; } = new();

    public string Name { get; private set; } = "";
    public string? StandardCode { get; private set; }
    /// <summary>What to look for among the actions (the search beside them); not saved.</summary>
    [BindProperty]
    public string? ActionSearch { get; set; }

    /// <summary>Set by the actions' search button: the form comes back with the matches, nothing is saved.</summary>
    [BindProperty]
    public bool FindActions { get; set; }

    public IReadOnlyList<LinkOption> Goals { get; private set; } = [];
    public ActionChoices Actions { get; private set; } = ActionChoices.None;

    private IndicatorEditor Editor => new(Db, t);

    private Task<Indicator?> FindAsync(CancellationToken ct) =>
        Db.Indicators.InOrganisation(Org.Id).Include(i => i.Targets).FirstOrDefaultAsync(i => i.Id == IndicatorId, ct);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } indicator)
        {
            return NotFound();
        }
        (Name, StandardCode) = (indicator.Name, indicator.StandardCode);
        var goals = await Db.IndicatorGoalLinks.InOrganisation(Org.Id).Where(l => l.IndicatorId == IndicatorId).Select(l => l.StrategyGoalId).ToListAsync(ct);
        var actions = await Db.IndicatorActionLinks.InOrganisation(Org.Id).Where(l => l.IndicatorId == IndicatorId).Select(l => l.PlannedActionId).ToListAsync(ct);
        Input = IndicatorInput.From(indicator.Details, goals, actions);
        (Goals, Actions) = await Editor.OptionsAsync(Org.Id, Input.ActionIds, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } indicator)
        {
            return NotFound();
        }
        (Name, StandardCode) = (indicator.Name, indicator.StandardCode);
        if (FindActions)
        {
            RoundTrip.ForgetMessages(ModelState);
            (Goals, Actions) = await Editor.OptionsAsync(Org.Id, Input.ActionIds, ActionSearch, ct);
            Input.WithTargetRows();
            return Page();
        }
        var details = await Editor.CheckAsync(Input, ModelState, Org.Id, IndicatorId, ct);
        if (details is null)
        {
            (Goals, Actions) = await Editor.OptionsAsync(Org.Id, Input.ActionIds, ActionSearch, ct);
            Input.WithTargetRows();
            return Page();
        }
        await Editor.UpdateAsync(Org.Id, indicator, details, Input, ct);
        TempData["Flash"] = "Monitoring.Indicator.Saved";
        return Redirect(Link($"/indicators/{indicator.Id}"));
    }
}
