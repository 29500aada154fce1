using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Ideas;

/// <summary>Removes an idea (a Coördinator's decision). An action it became stays; ideas built on it lose that link.</summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
public sealed class DeleteModel(CirculairDbContext db, CurrentOrganisation current) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int StrategyIdeaId { get; set; }

    public string IdeaTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var title = await Db.StrategyIdeas.InOrganisation(Org.Id).Where(i => i.Id == StrategyIdeaId && i.TrajectoryId == TrajectoryId).Select(i => i.Title).FirstOrDefaultAsync(ct);
        if (title is null)
        {
            return NotFound();
        }
        IdeaTitle = title;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var idea = await Db.StrategyIdeas.InOrganisation(Org.Id).FirstOrDefaultAsync(i => i.Id == StrategyIdeaId && i.TrajectoryId == TrajectoryId, ct);
        if (idea is null)
        {
            return NotFound();
        }
        foreach (var child in await Db.StrategyIdeas.InOrganisation(Org.Id).Where(i => i.BuildsOnIdeaId == idea.Id).ToListAsync(ct))
        {
            child.Describe(child.Title, child.Description, child.Technique, child.TechniqueName, child.StrategyDomainId, child.StrategyGoalId, null);
        }
        Db.StrategyIdeas.Remove(idea);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Strategy.Idea.Deleted";
        return Redirect(Link("/ideas"));
    }
}
