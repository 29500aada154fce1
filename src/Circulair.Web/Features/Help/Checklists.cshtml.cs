using System.ComponentModel.DataAnnotations;
using Circulair.Guidance;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Trajectory;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Help;

public sealed class ConditionInput
{
    public ConditionKind Kind { get; set; }

    public bool Ticked { get; set; }

    [Display(Name = "Help.Checklists.NoteField")]
    [StringLength(InternalCondition.NoteMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Note { get; set; }
}

public sealed class ConditionsInput
{
    public List<ConditionInput> Conditions { get; set; } = [];
}

/// <summary>
/// The method's checklists of one trajectory, and the form on which a Coördinator ticks the internal conditions
/// (mandate, time, budget, culture) that no data can show. Other members see the same checklists without the form.
/// </summary>
[OrganisationAccess(Write = OrganisationRole.Coordinator)]
public sealed class ChecklistsModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ConditionsInput Input { get; set; } = new();

    public StrategyTrajectory Trajectory { get; private set; } = null!;

    public TrajectoryChecklistView View { get; private set; } = null!;

    public bool CanEdit => current.Value.Can(OrganisationRole.Coordinator);

    public async Task<IActionResult> OnGetAsync(int trajectoryId, CancellationToken ct)
    {
        if (!await LoadAsync(trajectoryId, ct))
        {
            return NotFound();
        }
        Input = new ConditionsInput
        {
            Conditions = [.. Enum.GetValues<ConditionKind>().Select(k => new ConditionInput
            {
                Kind = k,
                Ticked = View.ConditionNotes.ContainsKey(k),
                Note = View.ConditionNotes.GetValueOrDefault(k),
            })],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int trajectoryId, CancellationToken ct)
    {
        if (!await LoadAsync(trajectoryId, ct))
        {
            return NotFound();
        }
        var kinds = Enum.GetValues<ConditionKind>();
        if (Input.Conditions.Count != kinds.Length || Input.Conditions.Select(c => c.Kind).Distinct().Count() != kinds.Length || Input.Conditions.Any(c => !Enum.IsDefined(c.Kind)))
        {
            return BadRequest();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var org = current.Value.Id;
        var existing = await db.InternalConditions.InOrganisation(org).Where(c => c.TrajectoryId == trajectoryId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var input in Input.Conditions)
        {
            var row = existing.FirstOrDefault(c => c.Kind == input.Kind);
            if (input.Ticked && row is null)
            {
                db.InternalConditions.Add(new InternalCondition(org, trajectoryId, input.Kind, input.Note, User.UserId(), now));
            }
            else if (input.Ticked)
            {
                row!.Describe(input.Note);
            }
            else if (row is not null)
            {
                db.InternalConditions.Remove(row);
            }
        }
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Help.Checklists.Saved";
        return Redirect($"/o/{current.Value.Slug}/trajectories/{trajectoryId}/checklists");
    }

    private async Task<bool> LoadAsync(int trajectoryId, CancellationToken ct)
    {
        ViewData["Section"] = "trajectory";
        var trajectory = await db.Trajectories.FindWithSessionsAsync(current.Value.Id, trajectoryId, ct);
        if (trajectory is null)
        {
            return false;
        }
        Trajectory = trajectory;
        View = await TrajectoryChecklists.LoadAsync(db, current.Value.Id, trajectory, ct);
        return true;
    }
}
