using Circulair.Budget;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Budget;

/// <summary>
/// The budget form of one action: its BBC code and per year planned, committed, spent and FTE. Planned and FTE are
/// the action sheet's resources (Tool 7, part of the plan); committed and spent are follow-up (decision 0255).
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditActionBudgetModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int PlannedActionId { get; set; }

    [BindProperty]
    public ActionBudgetInput Input { get; set; } = new();

    public BudgetActionName Action { get; private set; } = null!;
    public List<SelectListItem> CodeItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var plan = await BudgetData.PlanAsync(Db, Org.Id, ct);
        var view = await ActionBudgetView.LoadAsync(Db, Org.Id, Action.Id, plan, ct);
        Input = new ActionBudgetInput
        {
            BbcCode = view.Code,
            Years = [.. view.Years.Select(y => new BudgetYearInput
            {
                Year = y.Year, Planned = ActionBudgetInput.Show(y.Planned), Committed = ActionBudgetInput.Show(y.Committed), Spent = ActionBudgetInput.Show(y.Spent),
                Fte = NumberText.Show(y.Fte, System.Globalization.CultureInfo.CurrentCulture),
            })],
        };
        Input.AddBlankRows();
        Items(plan, view.Code);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var plan = await BudgetData.PlanAsync(Db, Org.Id, ct);
        var link = await Db.ActionBbcLinks.InOrganisation(Org.Id).FirstOrDefaultAsync(l => l.PlannedActionId == Action.Id, ct);
        var years = Input.Check(ModelState, t, plan.Select(e => e.Key).ToHashSet(StringComparer.Ordinal), link?.Code);
        if (years is null)
        {
            Items(plan, link?.Code);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var action = await Db.PlannedActions.InOrganisation(Org.Id)
            .Include(a => a.Partners).Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget)
            .SingleAsync(a => a.Id == Action.Id, ct);
        action.DescribeSheet(action.Sheet with
        {
            Budget = [.. years.Where(y => y.Planned is not null || y.Fte is not null).Select(y => new BudgetEntry(y.Year, y.Fte, y.Planned))],
        }, now);

        var spending = await Db.ActionSpendings.InOrganisation(Org.Id).Where(s => s.PlannedActionId == Action.Id).ToListAsync(ct);
        foreach (var y in years)
        {
            var row = spending.FirstOrDefault(s => s.Year == y.Year);
            if (y.Committed is null && y.Spent is null)
            {
                continue;
            }
            if (row is null)
            {
                row = new ActionSpending(action, y.Year);
                Db.ActionSpendings.Add(row);
            }
            row.Record(y.Committed, y.Spent);
        }
        Db.ActionSpendings.RemoveRange(spending.Where(s => !years.Any(y => y.Year == s.Year && (y.Committed is not null || y.Spent is not null))));

        var code = string.IsNullOrWhiteSpace(Input.BbcCode) ? null : Input.BbcCode.Trim();
        if (code is null && link is not null)
        {
            Db.ActionBbcLinks.Remove(link);
        }
        else if (code is not null && link is null)
        {
            Db.ActionBbcLinks.Add(new ActionBbcLink(action, code));
        }
        else if (code is not null && link is not null && link.Code != code)
        {
            link.Point(code);
        }
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Budget.Action.Saved";
        return Redirect(Link($"/actions/{Action.Id}/budget"));
    }

    private void Items(IReadOnlyList<BbcPlanEntry> plan, string? current)
    {
        CodeItems = [new(t["Budget.Action.NoCodeChoice"], ""), .. BudgetData.CodeChoices(plan).Select(c => new SelectListItem(c.Text, c.Value))];
        if (current is not null && !plan.Any(e => e.Key == BbcEntry.Key(current)))
        {
            CodeItems.Add(new SelectListItem(t["Budget.Action.CodeNotInPlanChoice", current], current));
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return false;
        }
        var action = await Db.PlannedActions.InOrganisation(Org.Id).Where(a => a.Id == PlannedActionId && a.TrajectoryId == TrajectoryId)
            .Select(a => new BudgetActionName(a.Id, a.Number, a.Title, null)).FirstOrDefaultAsync(ct);
        if (action is null)
        {
            return false;
        }
        Action = action;
        return true;
    }
}
