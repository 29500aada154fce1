using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Circulair.Workshops;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Workshops;

/// <summary>The organisation's workshops, and a new one for a session of the trajectory plan (Coördinator or Teamlid).</summary>
[OrganisationAccess(Write = OrganisationRole.Teamlid)]
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : PageModel
{
    [BindProperty]
    public NewWorkshopInput Input { get; set; } = new();

    public IReadOnlyList<Row> Workshops { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Sessions { get; private set; } = [];
    public bool CanCreate => current.Value.Can(OrganisationRole.Teamlid);

    public sealed record Row(int Id, string Title, string Code, WorkshopStatus Status, string Session, DateTime CreatedAt, int Activities);

    public async Task OnGetAsync(int? sessionId, CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.TrajectorySessionId = sessionId;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var org = current.Value;
        var session = Input.TrajectorySessionId is { } id
            ? await db.TrajectorySessions.InOrganisation(org.Id).FirstOrDefaultAsync(s => s.Id == id, ct)
            : null;
        if (Input.TrajectorySessionId is not null && session is null)
        {
            ModelState.AddModelError("Input.TrajectorySessionId", HttpContext.RequestServices.GetRequiredService<Platform.Localization.Text>()["Workshops.Validation.SessionRequired"]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        string code;
        do
        {
            code = WorkshopCode.New();
        }
        while (await db.Workshops.AnyAsync(w => w.Code == code, ct));
        var workshop = new Workshop(session!, Input.Title!, code, clock.GetUtcNow().UtcDateTime);
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Workshops.Flash.Created";
        return Redirect(WorkshopLoad.Url(org.Slug, workshop.Id));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        ViewData["Section"] = "workshops";
        var org = current.Value.Id;
        var sessions = await WorkshopLoad.SessionOptions(db, org).ToListAsync(ct);
        Sessions = [.. sessions.Select(s => new SelectListItem(s.Label, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        var rows = await db.Workshops.InOrganisation(org).OrderByDescending(w => w.CreatedAt)
            .Select(w => new { w.Id, w.Title, w.Code, w.Status, w.TrajectorySessionId, w.CreatedAt, Activities = w.Activities.Count })
            .ToListAsync(ct);
        Workshops = [.. rows.Select(w => new Row(w.Id, w.Title, w.Code, w.Status, sessions.FirstOrDefault(s => s.Id == w.TrajectorySessionId)?.Label ?? "", w.CreatedAt, w.Activities))];
    }
}

public sealed class NewWorkshopInput
{
    [Display(Name = "Workshops.Field.Title")]
    [Required(ErrorMessage = "Workshops.Validation.TitleRequired")]
    [StringLength(Workshop.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Title { get; set; }

    [Display(Name = "Workshops.Field.Session")]
    [Required(ErrorMessage = "Workshops.Validation.SessionRequired")]
    public int? TrajectorySessionId { get; set; }
}
