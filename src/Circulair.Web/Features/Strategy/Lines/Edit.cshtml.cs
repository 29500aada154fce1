using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Lines;

/// <summary>An action line: its title and description, its actions, and the way up to its goal.</summary>
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int ActionLineId { get; set; }

    [BindProperty]
    public LineInput Input { get; set; } = new();

    public ActionLine Line { get; private set; } = null!;
    public IReadOnlyList<ActionNode> Actions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Input = new LineInput { Title = Line.Title, Description = Line.Description };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Line.Describe(Input.Title, Input.Description);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect(Link($"/lines/{Line.Id}/edit"));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return false;
        }
        var line = await Db.ActionLines.InOrganisation(Org.Id).Include(l => l.Goal).ThenInclude(g => g.Domain)
            .FirstOrDefaultAsync(l => l.Id == ActionLineId && l.TrajectoryId == TrajectoryId, ct);
        if (line is null)
        {
            return false;
        }
        Line = line;
        Actions = await Db.PlannedActions.InOrganisation(Org.Id).Where(a => a.ActionLineId == line.Id).OrderBy(a => a.Position)
            .Select(a => new ActionNode(a.Id, a.ActionLineId, a.Position, a.Number, a.Title, a.Status, a.ImpactMean, a.EffortMean, a.RatingCount))
            .ToListAsync(ct);
        return true;
    }
}
