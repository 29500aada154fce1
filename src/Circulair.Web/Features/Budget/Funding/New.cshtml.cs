using Circulair.Budget;
using Circulair.Library;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Library;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Budget.Funding;

/// <summary>A new funding application for one action.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t, KnowledgeLibrary library) : StrategyPageModel(db, current)
{
    /// <summary>
    /// The funding catalogue's call the application starts from (issue 18 item 4): it fills in the programme, the call's
    /// funder and the deadline, and its key stays on the application as its lineage.
    /// </summary>
    [BindProperty(SupportsGet = true, Name = "call")]
    public string? CallKey { get; set; }

    public FundingCall? SourceCall { get; private set; }

    [FromRoute]
    public int PlannedActionId { get; set; }

    [BindProperty]
    public FundingInput Input { get; set; } = new() { Status = FundingStatus.InVoorbereiding };

    public BudgetActionName Action { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (SourceCall is { } call)
        {
            Input = new FundingInput
            {
                Programme = call.Name.ToString(), Deadline = call.Deadline, Status = FundingStatus.InVoorbereiding,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (Input.Check(ModelState, t) is not { } details)
        {
            return Page();
        }
        var action = await Db.PlannedActions.InOrganisation(Org.Id).SingleAsync(a => a.Id == Action.Id, ct);
        Db.FundingApplications.Add(new FundingApplication(action, details with { SourceCallKey = SourceCall?.Key }, clock.GetUtcNow().UtcDateTime));
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Budget.Funding.Added";
        return Redirect(Link($"/actions/{Action.Id}/budget"));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return false;
        }
        var action = await Db.PlannedActions.InOrganisation(Org.Id).Where(a => a.Id == PlannedActionId && a.TrajectoryId == TrajectoryId)
            .Select(a => new BudgetActionName(a.Id, a.Number, a.Title, null)).FirstOrDefaultAsync(ct);
        Action = action!;
        // An unknown or removed call is not an error: the form simply starts empty.
        SourceCall = library.Funding.Find(CallKey);
        return action is not null;
    }
}
