using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Features.Stakeholders;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Forms;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Pilots;

/// <summary>
/// Starts a pilot, blank or from one of the nine templates of Figure 12. Without a choice the page shows the templates
/// (a GET form, so it works without JavaScript); with ?template=X the form comes pre-filled with that template's texts,
/// which the team then makes its own.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel, IPilotForm
{
    public const string Blank = "blank";

    [BindProperty(SupportsGet = true, Name = "template")]
    public string? Choice { get; set; }

    [BindProperty]
    public PilotInput Input { get; set; } = new();

    public PilotTemplate? Template { get; private set; }

    /// <summary>Whether the template (or blank) was chosen and the form is shown.</summary>
    public bool Chosen { get; private set; }

    public StakeholderChoices Stakeholders { get; private set; } = StakeholderChoices.None;

    public ActionChoices Actions { get; private set; } = ActionChoices.None;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Resolve())
        {
            return Page();
        }
        if (PilotTemplates.Find(Template) is { } template)
        {
            Input = PilotInput.FromTemplate(template);
        }
        await PrepareAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Resolve())
        {
            return NotFound();
        }
        await PrepareAsync(ct);
        if (Input.IsSearch)
        {
            RoundTrip.ForgetMessages(ModelState);
            return Page();
        }
        Input.Validate(ModelState, t, Stakeholders, Actions);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var pilot = new Pilot(current.Value.Id, Template, Input.ToDetails(), DateOnly.FromDateTime(now), now);
        pilot.SetPartners(Input.Partners);
        pilot.SetActions(Input.Actions);
        pilot.Classify(string.IsNullOrEmpty(Input.RStrategy) ? null : Input.RStrategy, Input.ValueChain);
        db.Pilots.Add(pilot);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Pilots.New.Added";
        return Redirect($"/o/{current.Value.Slug}/pilots/{pilot.Id}");
    }

    /// <summary>Reads the choice: a template's code or "blank"; false while nothing (valid) was chosen.</summary>
    private bool Resolve()
    {
        ViewData["Section"] = "pilots";
        if (Choice == Blank)
        {
            Chosen = true;
            return true;
        }
        if (Enum.TryParse<PilotTemplate>(Choice, out var template) && Enum.IsDefined(template) && !int.TryParse(Choice, out _))
        {
            Template = template;
            Chosen = true;
        }
        return Chosen;
    }

    private async Task PrepareAsync(CancellationToken ct) =>
        (Stakeholders, Actions) = await PilotInput.ChoicesAsync(db, current.Value.Id, Input, ct);
}
