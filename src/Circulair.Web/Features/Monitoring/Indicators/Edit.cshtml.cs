using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
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
    public IReadOnlyList<LinkOption> Goals { get; private set; } = [];
    public IReadOnlyList<LinkOption> Actions { get; private set; } = [];

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
        (Goals, Actions) = await Editor.OptionsAsync(Org.Id, ct);
        var goals = await Db.IndicatorGoalLinks.InOrganisation(Org.Id).Where(l => l.IndicatorId == IndicatorId).Select(l => l.StrategyGoalId).ToListAsync(ct);
        var actions = await Db.IndicatorActionLinks.InOrganisation(Org.Id).Where(l => l.IndicatorId == IndicatorId).Select(l => l.PlannedActionId).ToListAsync(ct);
        Input = IndicatorInput.From(indicator.Details, goals, actions);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } indicator)
        {
            return NotFound();
        }
        (Name, StandardCode) = (indicator.Name, indicator.StandardCode);
        var details = await Editor.CheckAsync(Input, ModelState, Org.Id, IndicatorId, ct);
        if (details is null)
        {
            (Goals, Actions) = await Editor.OptionsAsync(Org.Id, ct);
            Input.WithTargetRows();
            return Page();
        }
        await Editor.UpdateAsync(Org.Id, indicator, details, Input, ct);
        TempData["Flash"] = "Monitoring.Indicator.Saved";
        return Redirect(Link($"/indicators/{indicator.Id}"));
    }
}
