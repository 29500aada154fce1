using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Trajectory;

/// <summary>Plans a new trajectory; it starts with the five sessions the guide asks for at least.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, Text t) : PageModel
{
    [BindProperty]
    public TrajectoryInput Input { get; set; } = new();

    public void OnGet() => ViewData["Section"] = "trajectory";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ViewData["Section"] = "trajectory";
        Input.CheckOrder(ModelState, nameof(Input), t);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var trajectory = Input.Create(current.Value.Id);
        db.Trajectories.Add(trajectory);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Trajectory.New.Done";
        return Redirect($"/o/{current.Value.Slug}/trajectories/{trajectory.Id}");
    }
}
