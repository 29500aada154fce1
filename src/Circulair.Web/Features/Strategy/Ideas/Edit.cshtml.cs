using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Ideas;

/// <summary>Edits an idea (its text, lineage, what it serves, the votes counted outside the workshops).</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, Text t) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int StrategyIdeaId { get; set; }

    [BindProperty]
    public IdeaInput Input { get; set; } = new();

    public StrategyIdea Idea { get; private set; } = null!;
    public (int Id, string Number)? Action { get; private set; }

    /// <summary>The dots workshop activities gave the idea; the votes field holds what was counted outside them.</summary>
    public IReadOnlyList<TallyView> Tallies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Input = IdeaInput.From(Idea);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var choices = await IdeaChoices.LoadAsync(Db, Org.Id, TrajectoryId, ct);
        var serves = choices.Validate(Input, ModelState, t, Idea.Id);
        if (serves is not { } s)
        {
            return Page();
        }
        Idea.Describe(Input.Title, Input.Description, Input.Technique!.Value, Input.TechniqueName, s.Domain, s.Goal, Input.BuildsOn, Input.ContributedBy);
        Idea.SetVotes(Input.Votes ?? 0);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect(Link("/ideas") + $"#idea-{Idea.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return false;
        }
        // The action it was promoted to comes with it (a join, not a command of its own: decision 0340's budget).
        var idea = await Db.StrategyIdeas.InOrganisation(Org.Id).Include(i => i.Tallies).Include(i => i.PromotedAction)
            .FirstOrDefaultAsync(i => i.Id == StrategyIdeaId && i.TrajectoryId == TrajectoryId, ct);
        if (idea is null)
        {
            return false;
        }
        Idea = idea;
        Tallies = [.. (await TallyView.LoadAsync(Db, Org.Id, TrajectoryId, idea.Id, ct))[idea.Id]];
        var action = idea.PromotedAction is { } a && a.OrganisationId == Org.Id ? a : null;
        Action = action is null ? null : (action.Id, action.Number);
        var choices = await IdeaChoices.LoadAsync(Db, Org.Id, TrajectoryId, ct);
        ViewData["ServesItems"] = choices.ServesItems(t);
        ViewData["BuildsOnItems"] = choices.BuildsOnItems(t, idea.Id);
        return true;
    }
}
