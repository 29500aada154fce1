using Circulair.Budget;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Budget.Plan;

/// <summary>The organisation's meerjarenplan as imported: every code with its level, parent and amounts per year, and how many actions point at it.</summary>
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    public List<BbcPlanEntry> Plan { get; private set; } = [];
    public List<int> Years { get; private set; } = [];
    public Dictionary<string, int> LinkedActions { get; private set; } = [];
    public bool CanImport => current.Value.Can(OrganisationRole.Coordinator);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        var orgId = current.Value.Id;
        Plan = await BudgetData.PlanAsync(db, orgId, ct);
        Years = [.. Plan.SelectMany(e => e.Amounts.Keys).Distinct().Order()];
        LinkedActions = (await db.ActionBbcLinks.InOrganisation(orgId).Select(l => l.CodeKey).ToListAsync(ct))
            .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        return Page();
    }
}
