using System.ComponentModel.DataAnnotations;
using Circulair.FollowUp;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp;

public sealed class StatusSettingInput
{
    public ActionStatus Status { get; set; }

    [Display(Name = "FollowUp.Settings.Label")]
    [StringLength(ActionStatusSetting.LabelMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Label { get; set; }

    [Display(Name = "FollowUp.Settings.DefaultPercent")]
    public int? DefaultPercent { get; set; }
}

public sealed class SettingsInput
{
    [Display(Name = "Field.FollowUpSettings.Cycle")]
    public FollowUpCycle? Cycle { get; set; }

    [Display(Name = "Field.FollowUpSettings.Weighting")]
    public RollUpWeighting? Weighting { get; set; }

    public List<StatusSettingInput> Statuses { get; set; } = [];
}

/// <summary>The organisation's follow-up settings: the cycle, the roll-up's weights and per status its own name and default % (decision 0231).</summary>
[OrganisationAccess(Write = OrganisationRole.Coordinator)]
public sealed class SettingsModel(CirculairDbContext db, CurrentOrganisation current, Text t) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public bool CanEdit => current.Value.Can(OrganisationRole.Coordinator);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        var settings = await FollowUpData.SettingsAsync(db, current.Value.Id, ct);
        Input = new SettingsInput
        {
            Cycle = settings.Cycle,
            Weighting = settings.Weighting,
            Statuses = [.. Enum.GetValues<ActionStatus>().Select(s => new StatusSettingInput { Status = s, Label = settings.LabelOf(s), DefaultPercent = settings.DefaultPercentOf(s) })],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        if (Input.Cycle is not { } cycle || !Enum.IsDefined(cycle))
        {
            ModelState.AddModelError("Input.Cycle", t["FollowUp.Validation.CycleRequired"]);
        }
        if (Input.Weighting is not { } weighting || !Enum.IsDefined(weighting))
        {
            ModelState.AddModelError("Input.Weighting", t["FollowUp.Validation.WeightingRequired"]);
        }
        var statuses = Enum.GetValues<ActionStatus>();
        if (Input.Statuses.Count != statuses.Length || Input.Statuses.Select(s => s.Status).Distinct().Count() != statuses.Length || Input.Statuses.Any(s => !Enum.IsDefined(s.Status)))
        {
            return BadRequest();
        }
        for (var i = 0; i < Input.Statuses.Count; i++)
        {
            if (Input.Statuses[i].DefaultPercent is < 0 or > 100)
            {
                ModelState.AddModelError($"Input.Statuses[{i}].DefaultPercent", t["FollowUp.Validation.DefaultPercentRange", t.Enum(Input.Statuses[i].Status)]);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var settings = await db.FollowUpSettings.InOrganisation(current.Value.Id).Include(s => s.Statuses).FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new FollowUpSettings(current.Value.Id);
            db.FollowUpSettings.Add(settings);
        }
        settings.Configure(Input.Cycle!.Value, Input.Weighting!.Value);
        foreach (var s in Input.Statuses)
        {
            settings.SetStatus(s.Status, s.Label, s.DefaultPercent);
        }
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "FollowUp.Settings.Saved";
        return Redirect($"/o/{current.Value.Slug}/followup/settings");
    }
}
