using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Ideas;

/// <summary>
/// Turns a chosen idea into an action: number (proposed), title (the idea's), optionally an action line (one of the
/// goal's lines is proposed when the idea serves a goal). The action starts as "Idee" and remembers its idea.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class PromoteModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int StrategyIdeaId { get; set; }

    [BindProperty]
    public PromoteInput Input { get; set; } = new();

    public StrategyIdea Idea { get; private set; } = null!;
    public IReadOnlyList<Actions.LineChoice> Lines { get; private set; } = [];

    public sealed class PromoteInput
    {
        [Display(Name = "Field.PlannedAction.Number")]
        [StringLength(ActionNumbering.MaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Number { get; set; }

        [Display(Name = "Field.PlannedAction.Title")]
        [StringLength(PlannedAction.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Title { get; set; }

        [Display(Name = "Field.PlannedAction.ActionLineId")]
        public int? LineId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var numbers = await Db.PlannedActions.InOrganisation(Org.Id).Where(a => a.TrajectoryId == TrajectoryId).Select(a => a.Number).ToListAsync(ct);
        Input = new PromoteInput
        {
            Number = ActionNumbering.Next(numbers),
            Title = Idea.Title.Length <= PlannedAction.TitleMaxLength ? Idea.Title : Idea.Title[..PlannedAction.TitleMaxLength],
            LineId = Lines.FirstOrDefault(l => l.GoalId == Idea.StrategyGoalId && !l.InDroppedDomain)?.Id,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (Idea.IsPromoted)
        {
            return Redirect(Link("/ideas"));
        }
        var input = new Actions.ActionInput { Number = Input.Number, Title = Input.Title, LineId = Input.LineId, Status = ActionStatus.Idee };
        var people = await StrategyPeople.LoadAsync(Db, Org.Id, ct);
        // The action form's checks write to the same keys (Input.Number, Input.Title, Input.LineId).
        var details = await Actions.ActionChecks.ValidateAsync(input, ModelState, Db, Org.Id, TrajectoryId, null, Lines, people, t, ct);
        if (details is null || !ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var action = new PlannedAction(Org.Id, TrajectoryId, details, now);
        action.DescribeSheet(new ActionSheet { Description = Idea.Description }, now);
        var line = Input.LineId is { } id ? await Db.ActionLines.InOrganisation(Org.Id).Include(l => l.Goal).ThenInclude(g => g.Domain).SingleAsync(l => l.Id == id, ct) : null;
        action.PlaceIn(line, await Db.PlannedActions.InOrganisation(Org.Id).Where(a => a.TrajectoryId == TrajectoryId && a.ActionLineId == Input.LineId).ToListAsync(ct));
        Db.PlannedActions.Add(action);
        Idea.Promote(action);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Strategy.Idea.Promoted";
        return Redirect(Link($"/actions/{action.Id}"));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return false;
        }
        var idea = await Db.StrategyIdeas.InOrganisation(Org.Id).FirstOrDefaultAsync(i => i.Id == StrategyIdeaId && i.TrajectoryId == TrajectoryId, ct);
        if (idea is null)
        {
            return false;
        }
        Idea = idea;
        Lines = await Actions.LineChoice.LoadAsync(Db, Org.Id, TrajectoryId, ct);
        ViewData["LineItems"] = Actions.LineChoice.Items(Lines, t, t["Strategy.Action.NoLine"]);
        return true;
    }
}
