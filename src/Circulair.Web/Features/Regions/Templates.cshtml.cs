using System.Globalization;
using Circulair.Library.Sharing;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Regions;
using Circulair.Strategy;
using Circulair.Web.Features.Library;
using Circulair.Web.Features.Library.Sharing;
using Circulair.Web.Features.Strategy.Actions;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Regions;

/// <summary>
/// Action and pilot templates a region pushes to its members (issue 19 item 1, decision 0375), the same way as its
/// indicator definitions (<see cref="DefinitionsModel"/>). The region's Coördinator picks one of the region's own actions
/// or pilots; its snapshot (content only, as in the shared library) is offered at once to every active member. A
/// member's Coördinator adopts it, as an action in a strategy and action line of its choice or as a pilot, or declines
/// it. The adopted item is the member's own and keeps the template's key, so it shows "from region X" and the region
/// counts adoptions per member. Adopting twice does nothing; a declined template can still be adopted later.
/// </summary>
[OrganisationAccess(Write = OrganisationRole.Coordinator)]
public sealed class TemplatesModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock, KnowledgeLibrary library)
    : RegionPageModel(db, current, clock)
{
    /// <summary>The region's own action (for PushAction) or pilot (for PushPilot) to push.</summary>
    [BindProperty]
    public int? SourceId { get; set; }

    /// <summary>Where an adopted action goes: "{trajectoryId}" (no line) or "{trajectoryId}-{lineId}".</summary>
    [BindProperty]
    public string? Placement { get; set; }

    /// <summary>The template the refused adoption was for, so its form shows the error and keeps the choice.</summary>
    public int? PlacementFor { get; private set; }

    public IReadOnlyList<OwnTemplate> Own { get; private set; } = [];

    /// <summary>Per active member: how many of the region's templates it adopted and declined.</summary>
    public IReadOnlyList<MemberCount> PerMember { get; private set; } = [];

    public IReadOnlyList<Offered> Offers { get; private set; } = [];

    public IReadOnlyList<Choice> OwnActions { get; private set; } = [];

    public IReadOnlyList<Choice> OwnPilots { get; private set; } = [];

    /// <summary>The member's strategies, each with its action lines, for the adopt form.</summary>
    public IReadOnlyList<PlacementGroup> Placements { get; private set; } = [];

    public static string PlacementField(int templateId) => $"placement-{templateId}";

    public static string PushField(SharedItemKind kind) => kind == SharedItemKind.Action ? "push-action-source" : "push-pilot-source";

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostPushActionAsync(CancellationToken ct) => PushAsync(SharedItemKind.Action, ct);

    public Task<IActionResult> OnPostPushPilotAsync(CancellationToken ct) => PushAsync(SharedItemKind.Pilot, ct);

    private async Task<IActionResult> PushAsync(SharedItemKind kind, CancellationToken ct)
    {
        if (!IsRegion)
        {
            return NotFound();
        }
        var field = PushField(kind);
        var snapshot = SourceId is { } id ? await new SharedSources(Db, library).TakeAsync(Org.Id, kind, id, ct) : null;
        if (snapshot is null)
        {
            ModelState.AddModelError(field, t[kind == SharedItemKind.Action ? "Regions.Templates.ActionRequired" : "Regions.Templates.PilotRequired"]);
        }
        else
        {
            var title = snapshot.Title.Trim();
            if (await Db.RegionTemplates.InOrganisation(Org.Id).AnyAsync(x => x.Kind == kind && x.Title == title, ct))
            {
                ModelState.AddModelError(field, t["Regions.Templates.TitleTaken", title]);
            }
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var template = new RegionTemplate(Org.Id, snapshot!, Now);
        Db.RegionTemplates.Add(template);
        await Db.SaveChangesAsync(ct);
        Flash("Regions.Templates.Pushed", template.Title);
        return Redirect(Link("/templates"));
    }

    public async Task<IActionResult> OnPostAdoptAsync(int templateId, CancellationToken ct)
    {
        var orgId = Org.Id;
        if (await OfferAsync(templateId, ct) is not { } offer)
        {
            return NotFound();
        }
        var template = offer.Template;
        var key = template.Key;
        var existing = template.Kind == SharedItemKind.Action
            ? await Db.PlannedActions.InOrganisation(orgId).Where(a => a.RegionKey == key).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct)
            : await Db.Pilots.InOrganisation(orgId).Where(p => p.RegionKey == key).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (existing is { } existingId)
        {
            return Redirect(await ItemUrlAsync(template.Kind, existingId, ct));
        }
        var copy = new CopyShared(Db);
        string url;
        string name;
        if (template.Kind == SharedItemKind.Action)
        {
            var (trajectoryId, line) = await PlacementAsync(templateId, ct);
            if (!ModelState.IsValid)
            {
                PlacementFor = templateId;
                await LoadAsync(ct);
                return Page();
            }
            var numbers = await Db.PlannedActions.InOrganisation(orgId).Where(a => a.TrajectoryId == trajectoryId).Select(a => a.Number).ToListAsync(ct);
            var details = new ActionDetails { Number = ActionNumbering.Next(numbers), Title = template.Title, Status = ActionStatus.Idee };
            var action = await copy.ToActionAsync(orgId, trajectoryId, line, template.Snapshot, details, Now, ct);
            action.AdoptedFromRegion(key);
            await RemoveDeclineAsync(templateId, ct);
            await Db.SaveChangesAsync(ct);
            url = $"/o/{OrgSlug}/trajectories/{trajectoryId}/actions/{action.Id}";
            name = action.Title;
        }
        else
        {
            var pilot = copy.ToPilot(orgId, template.Snapshot, template.Title, Now);
            pilot.AdoptedFromRegion(key);
            await RemoveDeclineAsync(templateId, ct);
            await Db.SaveChangesAsync(ct);
            url = $"/o/{OrgSlug}/pilots/{pilot.Id}";
            name = pilot.Name;
        }
        Flash(template.Kind == SharedItemKind.Action ? "Regions.Templates.AdoptedAction" : "Regions.Templates.AdoptedPilot", name, offer.RegionName);
        return Redirect(url);
    }

    public async Task<IActionResult> OnPostDeclineAsync(int templateId, CancellationToken ct)
    {
        if (await OfferAsync(templateId, ct) is not { } offer)
        {
            return NotFound();
        }
        var orgId = Org.Id;
        var key = offer.Template.Key;
        var adopted = await Db.PlannedActions.InOrganisation(orgId).AnyAsync(a => a.RegionKey == key, ct)
            || await Db.Pilots.InOrganisation(orgId).AnyAsync(p => p.RegionKey == key, ct);
        if (!adopted && !await Db.RegionTemplateDeclines.InOrganisation(orgId).AnyAsync(d => d.RegionTemplateId == templateId, ct))
        {
            Db.RegionTemplateDeclines.Add(new RegionTemplateDecline(orgId, templateId, Now));
            await Db.SaveChangesAsync(ct);
        }
        Flash(adopted ? "Regions.Templates.AlreadyAdopted" : "Regions.Templates.DeclinedFlash", offer.Template.Title);
        return Redirect(Link("/templates"));
    }

    /// <summary>A template of a region this organisation is an active member of; anything else is not there for it.</summary>
    private async Task<Offer?> OfferAsync(int templateId, CancellationToken ct)
    {
        var orgId = Org.Id;
        return await (
            from x in Db.RegionTemplates
            where x.Id == templateId
            join m in Db.RegionMemberships on x.OrganisationId equals m.OrganisationId
            where m.MemberOrganisationId == orgId && m.Status == RegionMembershipStatus.Active
            join r in Db.Organisations on x.OrganisationId equals r.Id
            select new Offer(x, r.Name))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Reads the chosen strategy and line of the member; a missing or foreign choice is an error on the form.</summary>
    private async Task<(int TrajectoryId, ActionLine? Line)> PlacementAsync(int templateId, CancellationToken ct)
    {
        var field = PlacementField(templateId);
        var parts = (Placement ?? "").Split('-', 2);
        if (parts[0].Length == 0 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var trajectoryId)
            || !await Db.Trajectories.InOrganisation(Org.Id).AnyAsync(x => x.Id == trajectoryId, ct))
        {
            ModelState.AddModelError(field, t["Regions.Templates.PlacementRequired"]);
            return (0, null);
        }
        if (parts.Length == 1)
        {
            return (trajectoryId, null);
        }
        var lines = int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var lineId)
            ? await LineChoice.LoadAsync(Db, Org.Id, trajectoryId, ct)
            : [];
        var choice = lines.FirstOrDefault(l => l.Id == lineId);
        if (choice is null)
        {
            ModelState.AddModelError(field, t["Regions.Templates.PlacementRequired"]);
            return (0, null);
        }
        if (choice.InDroppedDomain)
        {
            ModelState.AddModelError(field, t["Strategy.Validation.LineInDroppedDomain", choice.Title, choice.DomainLabel, choice.Reason ?? ""]);
            return (0, null);
        }
        var line = await Db.ActionLines.InOrganisation(Org.Id).Include(l => l.Goal).ThenInclude(g => g.Domain).SingleAsync(l => l.Id == lineId, ct);
        return (trajectoryId, line);
    }

    private async Task RemoveDeclineAsync(int templateId, CancellationToken ct) =>
        Db.RegionTemplateDeclines.RemoveRange(await Db.RegionTemplateDeclines.InOrganisation(Org.Id).Where(d => d.RegionTemplateId == templateId).ToListAsync(ct));

    private async Task<string> ItemUrlAsync(SharedItemKind kind, int id, CancellationToken ct)
    {
        if (kind == SharedItemKind.Pilot)
        {
            return $"/o/{OrgSlug}/pilots/{id}";
        }
        var trajectoryId = await Db.PlannedActions.InOrganisation(Org.Id).Where(a => a.Id == id).Select(a => a.TrajectoryId).SingleAsync(ct);
        return $"/o/{OrgSlug}/trajectories/{trajectoryId}/actions/{id}";
    }

    private void Flash(string key, params string[] arguments)
    {
        TempData["Flash"] = key;
        TempData["FlashArguments"] = arguments;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var orgId = Org.Id;
        if (IsRegion)
        {
            var templates = await Db.RegionTemplates.InOrganisation(orgId).OrderBy(x => x.Kind).ThenBy(x => x.Title)
                .Select(x => new { x.Id, x.Key, x.Kind, x.Title, x.PushedAt }).ToListAsync(ct);
            var members = await (
                from m in Db.RegionMemberships
                where m.OrganisationId == orgId && m.Status == RegionMembershipStatus.Active
                join o in Db.Organisations on m.MemberOrganisationId equals o.Id
                orderby o.Name
                select new { o.Id, o.Name })
                .ToListAsync(ct);
            var memberIds = members.Select(m => m.Id).ToList();
            var keys = templates.Select(x => x.Key).ToList();
            var ids = templates.Select(x => x.Id).ToList();
            var adoptedActions = await Db.PlannedActions.Where(a => memberIds.Contains(a.OrganisationId) && a.RegionKey != null && keys.Contains(a.RegionKey))
                .Select(a => new { a.OrganisationId, Key = a.RegionKey! }).ToListAsync(ct);
            var adoptedPilots = await Db.Pilots.Where(p => memberIds.Contains(p.OrganisationId) && p.RegionKey != null && keys.Contains(p.RegionKey))
                .Select(p => new { p.OrganisationId, Key = p.RegionKey! }).ToListAsync(ct);
            var adoptions = adoptedActions.Concat(adoptedPilots).Distinct().ToList();
            var declines = await Db.RegionTemplateDeclines.Where(d => memberIds.Contains(d.OrganisationId) && ids.Contains(d.RegionTemplateId))
                .Select(d => new { d.OrganisationId, d.RegionTemplateId }).ToListAsync(ct);
            Own = [.. templates.Select(x => new OwnTemplate(x.Id, x.Kind, x.Title, x.PushedAt,
                adoptions.Count(a => a.Key == x.Key), declines.Count(d => d.RegionTemplateId == x.Id)))];
            PerMember = [.. members.Select(m => new MemberCount(m.Name,
                adoptions.Count(a => a.OrganisationId == m.Id), declines.Count(d => d.OrganisationId == m.Id)))];
            if (CanCoordinate)
            {
                OwnActions = await Db.PlannedActions.InOrganisation(orgId).OrderBy(a => a.TrajectoryId).ThenBy(a => a.NumberKey)
                    .Select(a => new Choice(a.Id, a.Number + " " + a.Title)).ToListAsync(ct);
                OwnPilots = await Db.Pilots.InOrganisation(orgId).OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct);
            }
        }
        var offered = await (
            from m in Db.RegionMemberships
            where m.MemberOrganisationId == orgId && m.Status == RegionMembershipStatus.Active
            join r in Db.Organisations on m.OrganisationId equals r.Id
            join x in Db.RegionTemplates on m.OrganisationId equals x.OrganisationId
            orderby r.Name, x.Kind, x.Title
            select new { Template = x, RegionName = r.Name })
            .ToListAsync(ct);
        var offeredKeys = offered.Select(o => o.Template.Key).ToList();
        var actions = await Db.PlannedActions.InOrganisation(orgId).Where(a => a.RegionKey != null && offeredKeys.Contains(a.RegionKey))
            .Select(a => new { Key = a.RegionKey!, a.Id, a.TrajectoryId }).ToListAsync(ct);
        var pilots = await Db.Pilots.InOrganisation(orgId).Where(p => p.RegionKey != null && offeredKeys.Contains(p.RegionKey))
            .Select(p => new { Key = p.RegionKey!, p.Id }).ToListAsync(ct);
        var declined = (await Db.RegionTemplateDeclines.InOrganisation(orgId).Select(d => d.RegionTemplateId).ToListAsync(ct)).ToHashSet();
        Offers = [.. offered.Select(o =>
        {
            var x = o.Template;
            string? url = null;
            if (actions.FirstOrDefault(a => a.Key == x.Key) is { } a)
            {
                url = $"/o/{OrgSlug}/trajectories/{a.TrajectoryId}/actions/{a.Id}";
            }
            else if (pilots.FirstOrDefault(p => p.Key == x.Key) is { } p)
            {
                url = $"/o/{OrgSlug}/pilots/{p.Id}";
            }
            return new Offered(x.Id, x.Kind, o.RegionName, x.Title, x.Summary, url, url is null && declined.Contains(x.Id));
        })];
        if (Offers.Any(o => o.Kind == SharedItemKind.Action && o.AdoptedUrl is null))
        {
            var trajectories = await Db.Trajectories.InOrganisation(orgId).OrderBy(x => x.Id).Select(x => new { x.Id, x.Title }).ToListAsync(ct);
            var groups = new List<PlacementGroup>();
            foreach (var trajectory in trajectories)
            {
                var lines = await LineChoice.LoadAsync(Db, orgId, trajectory.Id, ct);
                groups.Add(new PlacementGroup(trajectory.Title, [
                    new Choice(0, t["Regions.Templates.NoLine", trajectory.Title].Value) { Value = trajectory.Id.ToString(CultureInfo.InvariantCulture) },
                    .. lines.Where(l => !l.InDroppedDomain).Select(l => new Choice(l.Id, l.Title) { Value = string.Create(CultureInfo.InvariantCulture, $"{trajectory.Id}-{l.Id}") }),
                ]));
            }
            Placements = groups;
        }
    }

    private sealed record Offer(RegionTemplate Template, string RegionName);

    public sealed record OwnTemplate(int Id, SharedItemKind Kind, string Title, DateTime PushedAt, int Adoptions, int Declines);

    public sealed record MemberCount(string MemberName, int Adopted, int Declined);

    public sealed record Offered(int Id, SharedItemKind Kind, string RegionName, string Title, string? Summary, string? AdoptedUrl, bool Declined);

    public sealed record Choice(int Id, string Label)
    {
        public string Value { get; init; } = Id.ToString(CultureInfo.InvariantCulture);
    }

    public sealed record PlacementGroup(string TrajectoryTitle, IReadOnlyList<Choice> Options);
}
