using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Web.Platform.Live;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Circulair.Workshops;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// Adds an activity: its kind, title and the settings that kind needs (dots, poll type, ideas per round, the
/// AMORE round it feeds), and its items typed one per line or copied from a source (the strategy's shortlisted
/// domains, its ideas backlog and its actions, registered by Phase 2).
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid, Write = OrganisationRole.Teamlid)]
public sealed class AddActivityModel(CirculairDbContext db, CurrentOrganisation current, IEnumerable<IVotingItemSource> sources, ILiveNotifier live, TimeProvider clock, Text t,
    Circulair.Web.Features.Library.KnowledgeLibrary library) : PageModel
{
    /// <summary>The library's cases an <i>analogiedenken</i> activity can show, by title.</summary>
    public IReadOnlyList<Circulair.Library.LibraryCase> Cases { get; private set; } = [];

    [BindProperty]
    public ActivityInput Input { get; set; } = new();

    public Workshop Workshop { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> Kinds { get; private set; } = [];
    public IReadOnlyList<SelectListItem> PollTypes { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Sources { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Rounds { get; private set; } = [];

    /// <summary>The pilots' value proposition canvases and personas a <i>Verzamelen op een canvas</i> activity can fill.</summary>
    public IReadOnlyList<SelectListItem> CanvasTargets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int workshopId, ActivityKind? kind, CancellationToken ct)
    {
        if (!await LoadAsync(workshopId, ct))
        {
            return NotFound();
        }
        Input.Kind = kind ?? ActivityKind.Stippenstemming;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int workshopId, CancellationToken ct)
    {
        if (!await LoadAsync(workshopId, ct))
        {
            return NotFound();
        }
        Workshop.EnsureNotEnded();
        var kind = Input.Kind ?? ActivityKind.Stippenstemming;
        var lines = (Input.Items ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count > WorkshopActivity.MaxItems)
        {
            ModelState.AddModelError("Input.Items", t["Workshops.Validation.TooManyItems", WorkshopActivity.MaxItems]);
        }
        if (lines.Any(l => l.Length > WorkshopItem.TextMaxLength + WorkshopItem.HostNameMaxLength + 3))
        {
            ModelState.AddModelError("Input.Items", t["Workshops.Validation.ItemTooLong", WorkshopItem.TextMaxLength]);
        }
        // The numbers a kind needs are optional: left empty, they take the form's defaults (the hints say which),
        // so "(optioneel)" on them holds for every kind.
        var dots = Input.Dots ?? ActivityInput.DefaultDots;
        var maxPerItem = Input.MaxPerItem ?? Math.Min(ActivityInput.DefaultMaxPerItem, dots);
        var ideasPerRound = Input.IdeasPerRound ?? ActivityInput.DefaultIdeasPerRound;
        if (kind is ActivityKind.Stippenstemming or ActivityKind.HoeKunnenWe)
        {
            if (dots < 1 || dots > WorkshopActivity.MaxDots)
            {
                ModelState.AddModelError("Input.Dots", t["Workshops.Validation.Dots", 1, WorkshopActivity.MaxDots]);
            }
            else if (maxPerItem < 1 || maxPerItem > dots)
            {
                ModelState.AddModelError("Input.MaxPerItem", t["Workshops.Validation.MaxPerItem", dots]);
            }
        }
        var picked = Input.CaseKeys.Distinct(StringComparer.OrdinalIgnoreCase).Select(k => library.Cases.Find(k)).OfType<Circulair.Library.LibraryCase>().ToList();
        if (kind == ActivityKind.Analogiedenken && picked.Count == 0)
        {
            ModelState.AddModelError("Input.CaseKeys", t["Workshops.Validation.CasesRequired"]);
        }
        else if (kind == ActivityKind.Analogiedenken && picked.Count > WorkshopActivity.MaxItems)
        {
            ModelState.AddModelError("Input.CaseKeys", t["Workshops.Validation.TooManyItems", WorkshopActivity.MaxItems]);
        }
        if (kind is ActivityKind.Brainwriting or ActivityKind.Analogiedenken && ideasPerRound is not (>= 1 and <= WorkshopActivity.MaxIdeasPerRound))
        {
            ModelState.AddModelError("Input.IdeasPerRound", t["Workshops.Validation.IdeasPerRound", 1, WorkshopActivity.MaxIdeasPerRound]);
        }
        Activities.CanvasTarget? target = null;
        if (kind == ActivityKind.Canvasverzameling)
        {
            // Only a canvas of this organisation's pilots: a key typed in from elsewhere finds nothing and is refused.
            target = Activities.CanvasTargets.TryParse(Input.CanvasTarget, out var canvasKind, out var canvasKey)
                ? await Activities.CanvasTargets.FindAsync(db, current.Value.Id, current.Value.Slug, canvasKind, canvasKey, ct)
                : null;
            if (target is null)
            {
                ModelState.AddModelError("Input.CanvasTarget", t["Workshops.Validation.CanvasRequired"]);
            }
        }
        var source = Input.Source ?? VotingItemKind.AdHoc;
        IReadOnlyList<VotingItem> fromSource = [];
        if (source != VotingItemKind.AdHoc && kind is ActivityKind.Stippenstemming or ActivityKind.ImpactEffort)
        {
            var provider = sources.FirstOrDefault(s => s.Kind == source);
            fromSource = provider is null ? [] : await provider.ListAsync(current.Value.Id, Workshop.TrajectoryId, ct);
            if (fromSource.Count == 0)
            {
                ModelState.AddModelError("Input.Source", t["Workshops.Validation.SourceEmpty"]);
            }
        }
        var needsLines = kind is ActivityKind.WorldCafe || kind is ActivityKind.Peiling && Input.PollType is PollType.EenKeuze or PollType.MeerKeuze
            || kind is ActivityKind.Stippenstemming or ActivityKind.ImpactEffort && source == VotingItemKind.AdHoc;
        if (needsLines && lines.Count == 0)
        {
            ModelState.AddModelError("Input.Items", t[kind == ActivityKind.WorldCafe ? "Workshops.Validation.TablesRequired" : "Workshops.Validation.ItemsRequired"]);
        }
        AmoreRound? round = null;
        if (kind == ActivityKind.Amore)
        {
            round = await AmoreRoundAsync(ct);
            if (round is null)
            {
                ModelState.AddModelError("Input.AmoreRoundId", t["Workshops.Validation.NoVisionVersion"]);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var activity = Workshop.AddActivity(kind, Input.Title!);
        switch (kind)
        {
            case ActivityKind.Stippenstemming:
            case ActivityKind.HoeKunnenWe:
                activity.SetDotRules(dots, maxPerItem);
                break;
            case ActivityKind.Peiling:
                activity.SetPollType(Input.PollType ?? PollType.EenKeuze);
                break;
            case ActivityKind.Brainwriting:
                activity.SetIdeasPerRound(ideasPerRound);
                break;
            case ActivityKind.Analogiedenken:
                activity.SetIdeasPerRound(ideasPerRound);
                // The cases in the order the library lists them; each keeps its key, which the ideas carry into the backlog.
                foreach (var c in picked)
                {
                    var title = c.Title.Nl;
                    activity.AddItem(title.Length > WorkshopItem.TextMaxLength ? title[..WorkshopItem.TextMaxLength] : title, VotingItemKind.Praktijkvoorbeeld, c.Key);
                }
                break;
            case ActivityKind.Canvasverzameling:
                Activities.CanvasTargets.TryParse(Input.CanvasTarget, out var targetKind, out var targetKey);
                activity.CollectInto(targetKind, targetKey, [.. CanvasCollectionRules.Sections(targetKind).Select(s => (s.Code, Cut(t[s.LabelKey].Value)))]);
                break;
            case ActivityKind.Amore:
                if (round!.Id == 0)
                {
                    db.AmoreRounds.Add(round);
                    await db.SaveChangesAsync(ct);
                }
                activity.LinkAmoreRound(round.Id);
                break;
        }
        if (kind is not (ActivityKind.Brainwriting or ActivityKind.HoeKunnenWe or ActivityKind.Amore or ActivityKind.Analogiedenken or ActivityKind.Canvasverzameling)
            && !(kind == ActivityKind.Peiling && Input.PollType is not (PollType.EenKeuze or PollType.MeerKeuze)))
        {
            foreach (var item in fromSource.Take(WorkshopActivity.MaxItems))
            {
                activity.AddItem(item.Text.Length > WorkshopItem.TextMaxLength ? item.Text[..WorkshopItem.TextMaxLength] : item.Text, source, item.Key);
            }
            foreach (var line in lines.Take(WorkshopActivity.MaxItems - activity.Items.Count))
            {
                var parts = kind == ActivityKind.WorldCafe ? line.Split('|', 2) : [line];
                activity.AddItem(parts[0].Trim(), VotingItemKind.AdHoc, null, parts.Length > 1 ? parts[1].Trim() : null);
            }
        }
        await db.SaveChangesAsync(ct);
        await live.PublishAsync(new LiveEvent(Workshop.Id, LiveChange.State, 0), ct);
        TempData["Flash"] = "Workshops.Flash.ActivityAdded";
        return Redirect(WorkshopLoad.Url(current.Value.Slug, Workshop.Id, $"#activity-{activity.Id}"));
    }

    private static string Cut(string text) => text.Length > WorkshopItem.TextMaxLength ? text[..WorkshopItem.TextMaxLength] : text;

    /// <summary>The chosen open round of this trajectory, or a new round on its latest vision version (null when there is none).</summary>
    private async Task<AmoreRound?> AmoreRoundAsync(CancellationToken ct)
    {
        var org = current.Value.Id;
        if (Input.AmoreRoundId is { } id)
        {
            return await db.AmoreRounds.InOrganisation(org).FirstOrDefaultAsync(r => r.Id == id && r.TrajectoryId == Workshop.TrajectoryId && r.ClosedAt == null, ct);
        }
        var version = await db.VisionVersions.InOrganisation(org).Where(v => v.TrajectoryId == Workshop.TrajectoryId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        return version is null ? null : new AmoreRound(version, t["Workshops.Amore.RoundTitle", Workshop.Title].Value, User.FindFirst(CirculairClaims.DisplayName)?.Value, clock.GetUtcNow().UtcDateTime);
    }

    private async Task<bool> LoadAsync(int workshopId, CancellationToken ct)
    {
        ViewData["Section"] = "workshops";
        var workshop = await WorkshopLoad.FindAsync(db, current.Value.Id, workshopId, ct);
        if (workshop is null)
        {
            return false;
        }
        Workshop = workshop;
        Cases = [.. library.Cases.All.OrderBy(c => c.Title.ToString(), StringComparer.CurrentCulture)];
        Kinds = [.. Enum.GetValues<ActivityKind>().Select(k => new SelectListItem(t.Enum(k), k.ToString()))];
        PollTypes = [.. Enum.GetValues<PollType>().Select(k => new SelectListItem(t.Enum(k), k.ToString()))];
        Sources = [new SelectListItem(t.Enum(VotingItemKind.AdHoc), nameof(VotingItemKind.AdHoc)), .. sources.Select(s => new SelectListItem(t.Enum(s.Kind), s.Kind.ToString()))];
        var rounds = await db.AmoreRounds.InOrganisation(current.Value.Id).Where(r => r.TrajectoryId == workshop.TrajectoryId && r.ClosedAt == null)
            .OrderByDescending(r => r.OpenedAt).Select(r => new { r.Id, r.Title, r.VisionVersion.Number }).ToListAsync(ct);
        CanvasTargets =
        [
            new SelectListItem(t["Workshops.Add.NoCanvas"], ""),
            .. (await Activities.CanvasTargets.ListAsync(db, current.Value.Id, ct)).Select(o => new SelectListItem(
                o.CanvasKind == CanvasCollectionRules.Persona ? t["Workshops.Add.CanvasPersona", o.PilotName, o.CanvasTitle ?? ""] : t["Workshops.Add.CanvasValue", o.PilotName], o.Value)),
        ];
        Rounds = [new SelectListItem(t["Workshops.Amore.NewRound"], ""), .. rounds.Select(r => new SelectListItem(t["Workshops.Amore.RoundOption", r.Title, r.Number], r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        return true;
    }
}

public sealed class ActivityInput
{
    [Display(Name = "Workshops.Field.Kind")]
    [Required(ErrorMessage = "Workshops.Validation.KindRequired")]
    public ActivityKind? Kind { get; set; }

    [Display(Name = "Workshops.Field.ActivityTitle")]
    [Required(ErrorMessage = "Workshops.Validation.ActivityTitleRequired")]
    [StringLength(WorkshopActivity.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Title { get; set; }

    public const int DefaultDots = 5;
    public const int DefaultMaxPerItem = 3;
    public const int DefaultIdeasPerRound = 3;

    [Display(Name = "Workshops.Field.Dots")]
    public int? Dots { get; set; } = DefaultDots;

    [Display(Name = "Workshops.Field.MaxPerItem")]
    public int? MaxPerItem { get; set; } = DefaultMaxPerItem;

    [Display(Name = "Workshops.Field.PollType")]
    public PollType? PollType { get; set; } = Circulair.Workshops.PollType.EenKeuze;

    [Display(Name = "Workshops.Field.IdeasPerRound")]
    public int? IdeasPerRound { get; set; } = DefaultIdeasPerRound;

    [Display(Name = "Workshops.Field.Source")]
    public VotingItemKind? Source { get; set; } = VotingItemKind.AdHoc;

    [Display(Name = "Workshops.Field.Items")]
    public string? Items { get; set; }

    [Display(Name = "Workshops.Field.AmoreRound")]
    public int? AmoreRoundId { get; set; }

    /// <summary>The library cases an <i>analogiedenken</i> activity shows, one per round.</summary>
    [Display(Name = "Workshops.Field.Cases")]
    public List<string> CaseKeys { get; set; } = [];

    /// <summary><i>Verzamelen op een canvas</i>: the canvas the notes go to, "value:KEY" or "persona:KEY".</summary>
    [Display(Name = "Workshops.Field.CanvasTarget")]
    public string? CanvasTarget { get; set; }
}
