using Circulair.Library;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library;

/// <summary>
/// The calls of the funding catalogue that fit one action (<see cref="FundingMatch"/>): by the action domain of its
/// line's goal (or of the case it was cloned from) and by its sub-domain as a theme.
/// </summary>
public sealed class ActionFundingModel(CirculairDbContext db, CurrentOrganisation current, KnowledgeLibrary library, TimeProvider clock) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int PlannedActionId { get; set; }

    public string ActionTitle { get; private set; } = "";

    public string? DomainCode { get; private set; }

    public IReadOnlyList<FundingMatch> Matches { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>A Teamlid or more may start a funding application from a call (issue 18 item 4).</summary>
    public bool CanApply => CanEdit;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var action = await Db.PlannedActions.InOrganisation(Org.Id)
            .Where(a => a.Id == PlannedActionId && a.TrajectoryId == TrajectoryId)
            .Select(a => new { a.Number, a.Title, a.SubdomainCode, a.SourceCaseKey, Domain = a.Line == null ? null : a.Line.Goal.Domain.DomainCode })
            .FirstOrDefaultAsync(ct);
        if (action is null)
        {
            return NotFound();
        }
        ActionTitle = $"{action.Number} {action.Title}";
        DomainCode = action.Domain ?? library.Cases.Find(action.SourceCaseKey)?.DomainCode;
        Matches = FundingMatch.For(library.Funding, DomainCode, action.SubdomainCode is null ? [] : [action.SubdomainCode]);
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return Page();
    }
}
