using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Live;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Circulair.Workshops;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// Edits an activity that has not run yet: its title, the settings of its kind and the items typed in by hand (items
/// copied from the strategy stay). The kind itself stays: another kind is another activity. Once it has opened, its
/// results depend on what it was, so it can no longer change (409).
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid, Write = OrganisationRole.Teamlid)]
public sealed class EditActivityModel(CirculairDbContext db, CurrentOrganisation current, ILiveNotifier live, Text t) : PageModel
{
    [BindProperty]
    public EditActivityInput Input { get; set; } = new();

    public Workshop Workshop { get; private set; } = null!;
    public WorkshopActivity Activity { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> PollTypes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int workshopId, int activityId, CancellationToken ct)
    {
        if (!await LoadAsync(workshopId, activityId, ct))
        {
            return NotFound();
        }
        Activity.Workshop.EnsureNotEnded();
        if (Activity.OpenedAt is not null)
        {
            throw new DomainException("Workshops.Error.ActivityHasRun");
        }
        var a = Activity;
        Input = new EditActivityInput
        {
            Title = a.Title, Dots = a.DotsPerParticipant, MaxPerItem = a.MaxDotsPerItem, PollType = a.PollType, IdeasPerRound = a.IdeasPerRound,
            Items = string.Join('\n', a.OrderedItems().Where(i => i.Source == VotingItemKind.AdHoc).Select(i => i.HostName is null ? i.Text : $"{i.Text} | {i.HostName}")),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int workshopId, int activityId, CancellationToken ct)
    {
        if (!await LoadAsync(workshopId, activityId, ct))
        {
            return NotFound();
        }
        Workshop.EnsureNotEnded();
        var a = Activity;
        var kind = a.Kind;
        var lines = (Input.Items ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var fromSource = a.Items.Count(i => i.Source != VotingItemKind.AdHoc);
        if (lines.Count + fromSource > WorkshopActivity.MaxItems)
        {
            ModelState.AddModelError("Input.Items", t["Workshops.Validation.TooManyItems", WorkshopActivity.MaxItems]);
        }
        var parsed = lines.Select(l => kind == ActivityKind.WorldCafe ? l.Split('|', 2) : [l]).Select(p => (Text: p[0].Trim(), Host: p.Length > 1 ? p[1].Trim() : null)).ToList();
        if (parsed.Any(p => p.Text.Length > WorkshopItem.TextMaxLength || (p.Host?.Length ?? 0) > WorkshopItem.HostNameMaxLength))
        {
            ModelState.AddModelError("Input.Items", t["Workshops.Validation.ItemTooLong", WorkshopItem.TextMaxLength]);
        }
        if (a.UsesDots || kind == ActivityKind.HoeKunnenWe)
        {
            if (Input.Dots is not { } d || d < 1 || d > WorkshopActivity.MaxDots)
            {
                ModelState.AddModelError("Input.Dots", t["Workshops.Validation.Dots", 1, WorkshopActivity.MaxDots]);
            }
            else if (Input.MaxPerItem is not { } m || m < 1 || m > d)
            {
                ModelState.AddModelError("Input.MaxPerItem", t["Workshops.Validation.MaxPerItem", d]);
            }
        }
        if (kind == ActivityKind.Brainwriting && Input.IdeasPerRound is not (>= 1 and <= WorkshopActivity.MaxIdeasPerRound))
        {
            ModelState.AddModelError("Input.IdeasPerRound", t["Workshops.Validation.IdeasPerRound", 1, WorkshopActivity.MaxIdeasPerRound]);
        }
        var pollType = Input.PollType ?? a.PollType;
        var takesItems = TakesItems(kind, pollType);
        if (takesItems && lines.Count + fromSource == 0)
        {
            ModelState.AddModelError("Input.Items", t[kind == ActivityKind.WorldCafe ? "Workshops.Validation.TablesRequired" : "Workshops.Validation.ItemsRequired"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        a.Rename(Input.Title!);
        if (a.UsesDots || kind == ActivityKind.HoeKunnenWe)
        {
            a.SetDotRules(Input.Dots!.Value, Input.MaxPerItem!.Value);
        }
        if (kind == ActivityKind.Peiling)
        {
            a.SetPollType(pollType);
        }
        if (kind == ActivityKind.Brainwriting)
        {
            a.SetIdeasPerRound(Input.IdeasPerRound!.Value);
        }
        if (takesItems)
        {
            a.ReplaceTypedItems([.. parsed.Select(p => (p.Text, p.Host))]);
        }
        await db.SaveChangesAsync(ct);
        await live.PublishAsync(new LiveEvent(Workshop.Id, LiveChange.State, 0), ct);
        TempData["Flash"] = "Workshops.Flash.ActivityChanged";
        return Redirect(WorkshopLoad.Url(current.Value.Slug, Workshop.Id, $"#activity-{a.Id}"));
    }

    /// <summary>Kinds whose items the facilitator types: votes, ratings, choice polls and café tables.</summary>
    public static bool TakesItems(ActivityKind kind, PollType pollType) =>
        kind is ActivityKind.Stippenstemming or ActivityKind.ImpactEffort or ActivityKind.WorldCafe
        || kind == ActivityKind.Peiling && pollType is PollType.EenKeuze or PollType.MeerKeuze;

    private async Task<bool> LoadAsync(int workshopId, int activityId, CancellationToken ct)
    {
        ViewData["Section"] = "workshops";
        var workshop = await WorkshopLoad.FindAsync(db, current.Value.Id, workshopId, ct);
        var activity = workshop?.Activities.FirstOrDefault(a => a.Id == activityId);
        if (workshop is null || activity is null)
        {
            return false;
        }
        Workshop = workshop;
        Activity = activity;
        PollTypes = [.. Enum.GetValues<PollType>().Select(k => new SelectListItem(t.Enum(k), k.ToString()))];
        return true;
    }
}

public sealed class EditActivityInput
{
    [Display(Name = "Workshops.Field.ActivityTitle")]
    [Required(ErrorMessage = "Workshops.Validation.ActivityTitleRequired")]
    [StringLength(WorkshopActivity.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Title { get; set; }

    [Display(Name = "Workshops.Field.Dots")]
    public int? Dots { get; set; }

    [Display(Name = "Workshops.Field.MaxPerItem")]
    public int? MaxPerItem { get; set; }

    [Display(Name = "Workshops.Field.PollType")]
    public PollType? PollType { get; set; }

    [Display(Name = "Workshops.Field.IdeasPerRound")]
    public int? IdeasPerRound { get; set; }

    [Display(Name = "Workshops.Field.Items")]
    public string? Items { get; set; }
}
