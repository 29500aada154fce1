using System.ComponentModel.DataAnnotations;
using Circulair.Library.Sharing;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Features.Strategy.Actions;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Sharing;

public enum CopyKind
{
    Idea = 1,
    Action = 2,
    Pilot = 3,
    Indicator = 4,
}

/// <summary>
/// Clones a published shared item into this organisation (issue 18 item 3): an action becomes a draft action or an
/// idea in one of its strategies, a pilot a pilot, an indicator an indicator; each keeps the item's id as lineage.
/// Cloning again is allowed and says it is another copy. The item is given in the query (?item=), so the address names
/// no row of another organisation; an item that is not published answers 404.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class CopyModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "item")]
    public int ItemId { get; set; }

    [BindProperty]
    public CopyInput Input { get; set; } = new();

    public SharedLibraryItem Item { get; private set; } = null!;

    public int EarlierCopies { get; private set; }

    public List<SelectListItem> KindItems { get; private set; } = [];

    public List<SelectListItem> TrajectoryItems { get; private set; } = [];

    public bool ToStrategy => Item.Kind == SharedItemKind.Action;

    public sealed class CopyInput
    {
        [Display(Name = "Sharing.Copy.Kind")]
        [Required(ErrorMessage = "Sharing.Copy.KindRequired")]
        public CopyKind? Kind { get; set; }

        [Display(Name = "Sharing.Copy.Trajectory")]
        public int? TrajectoryId { get; set; }

        [Display(Name = "Field.PlannedAction.Number")]
        [StringLength(ActionNumbering.MaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Number { get; set; }

        [Display(Name = "Sharing.Copy.Name")]
        [Required(ErrorMessage = "Sharing.Copy.TitleRequired")]
        [StringLength(PlannedAction.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Title { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var trajectory = TrajectoryItems.Count > 0 ? int.Parse(TrajectoryItems[0].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var numbers = trajectory is null ? [] : await db.PlannedActions.InOrganisation(current.Value.Id).Where(a => a.TrajectoryId == trajectory).Select(a => a.Number).ToListAsync(ct);
        Input = new CopyInput { Kind = DefaultKind(), TrajectoryId = trajectory, Number = ActionNumbering.Next(numbers), Title = Item.Title };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var org = current.Value;
        var allowed = Allowed();
        if (Input.Kind is not { } kind || !allowed.Contains(kind))
        {
            if (Input.Kind is not null)
            {
                ModelState.AddModelError("Input.Kind", t["Sharing.Copy.KindRequired"]);
            }
            return Page();
        }
        int trajectoryId = 0;
        if (kind is CopyKind.Action or CopyKind.Idea)
        {
            if (Input.TrajectoryId is not { } tid || !await db.Trajectories.InOrganisation(org.Id).AnyAsync(x => x.Id == tid, ct))
            {
                ModelState.AddModelError("Input.TrajectoryId", t["Sharing.Copy.TrajectoryRequired"]);
                return Page();
            }
            trajectoryId = tid;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var copy = new CopyShared(db);
        var flash = EarlierCopies == 0 ? "Sharing.Copy.Done" : "Sharing.Copy.DoneAgain";
        switch (kind)
        {
            case CopyKind.Idea:
                var idea = await copy.ToIdeaAsync(org.Id, trajectoryId, Item, Input.Title!, now, ct);
                await db.SaveChangesAsync(ct);
                TempData["Flash"] = flash;
                return Redirect($"/o/{org.Slug}/trajectories/{trajectoryId}/ideas#idea-{idea.Id}");
            case CopyKind.Action:
                var input = new ActionInput { Number = Input.Number, Title = Input.Title, Status = ActionStatus.Idee };
                var people = await StrategyPeople.LoadAsync(db, org.Id, ct);
                var details = await ActionChecks.ValidateAsync(input, ModelState, db, org.Id, trajectoryId, null, [], people, t, ct);
                if (details is null || !ModelState.IsValid)
                {
                    return Page();
                }
                var action = await copy.ToActionAsync(org.Id, trajectoryId, Item, details, now, ct);
                await db.SaveChangesAsync(ct);
                TempData["Flash"] = flash;
                return Redirect($"/o/{org.Slug}/trajectories/{trajectoryId}/actions/{action.Id}");
            case CopyKind.Pilot:
                var pilot = copy.ToPilot(org.Id, Item, Input.Title!, now);
                await db.SaveChangesAsync(ct);
                TempData["Flash"] = flash;
                return Redirect($"/o/{org.Slug}/pilots/{pilot.Id}");
            default:
                var indicator = await copy.ToIndicatorAsync(org.Id, Item, Input.Title!, now, ct);
                await db.SaveChangesAsync(ct);
                TempData["Flash"] = flash;
                return Redirect($"/o/{org.Slug}/monitoring/indicators/{indicator.Id}");
        }
    }

    private CopyKind DefaultKind() => Item.Kind switch
    {
        SharedItemKind.Action => CopyKind.Action,
        SharedItemKind.Pilot => CopyKind.Pilot,
        _ => CopyKind.Indicator,
    };

    private IReadOnlyList<CopyKind> Allowed() => Item.Kind == SharedItemKind.Action ? [CopyKind.Action, CopyKind.Idea] : [DefaultKind()];

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        ViewData["Section"] = "library";
        var item = ItemId > 0 ? await db.SharedLibraryItems.Published().AsNoTracking().FirstOrDefaultAsync(i => i.Id == ItemId, ct) : null;
        if (item is null)
        {
            return false;
        }
        Item = item;
        EarlierCopies = await SharedClones.CountInAsync(db, current.Value.Id, item.Id, ct);
        KindItems = [.. Allowed().Select(k => new SelectListItem(t[$"Sharing.CopyKind.{k}"], k.ToString()))];
        TrajectoryItems = await db.Trajectories.InOrganisation(current.Value.Id).OrderBy(x => x.Id)
            .Select(x => new SelectListItem(x.Title, x.Id.ToString())).ToListAsync(ct);
        ViewData["KindItems"] = KindItems;
        ViewData["TrajectoryItems"] = TrajectoryItems;
        return true;
    }
}
