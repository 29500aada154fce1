using Circulair.Library.Sharing;
using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Reference;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Sharing;

/// <summary>
/// Takes the full snapshot (personal data and budget still in, marked) of one action, pilot or indicator of an
/// organisation; null when it is not that organisation's. Names of trekkers and partners are resolved here, ids never
/// leave the organisation.
/// </summary>
public sealed class SharedSources(CirculairDbContext db, KnowledgeLibrary library)
{
    public Task<SharedSnapshot?> TakeAsync(int organisationId, SharedItemKind kind, int id, CancellationToken ct) => kind switch
    {
        SharedItemKind.Action => ActionAsync(organisationId, id, ct),
        SharedItemKind.Pilot => PilotAsync(organisationId, id, ct),
        SharedItemKind.Indicator => IndicatorAsync(organisationId, id, ct),
        _ => Task.FromResult<SharedSnapshot?>(null),
    };

    private async Task<SharedSnapshot?> ActionAsync(int organisationId, int id, CancellationToken ct)
    {
        var action = await db.PlannedActions.InOrganisation(organisationId)
            .Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget).Include(a => a.Partners)
            .AsSplitQuery().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        if (action is null)
        {
            return null;
        }
        var domain = await DomainOfActionsAsync(organisationId, [action.Id], ct) ?? DomainOf(action.SourceCaseKey, action.SubdomainCode);
        var owner = action.OwnerUserId is { } u
            ? await db.Users.Where(x => x.Id == u).Select(x => x.DisplayName).FirstOrDefaultAsync(ct)
            : action.OwnerStakeholderId is { } s ? await db.Stakeholders.InOrganisation(organisationId).Where(x => x.Id == s).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var partnerIds = action.Partners.Select(p => p.StakeholderId).ToList();
        var partners = await db.Stakeholders.InOrganisation(organisationId).Where(x => partnerIds.Contains(x.Id)).OrderBy(x => x.Name).Select(x => x.Name).ToListAsync(ct);
        return SharedSnapshot.OfAction(action, domain, owner, partners);
    }

    private async Task<SharedSnapshot?> PilotAsync(int organisationId, int id, CancellationToken ct)
    {
        var pilot = await db.Pilots.InOrganisation(organisationId).Include(p => p.Partners).Include(p => p.Actions).AsSplitQuery().AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        if (pilot is null)
        {
            return null;
        }
        var domain = await DomainOfActionsAsync(organisationId, pilot.Actions.Select(a => a.PlannedActionId).ToList(), ct);
        var partnerIds = pilot.Partners.Select(p => p.StakeholderId).ToList();
        var partners = await db.Stakeholders.InOrganisation(organisationId).Where(x => partnerIds.Contains(x.Id)).OrderBy(x => x.Name).Select(x => x.Name).ToListAsync(ct);
        return SharedSnapshot.OfPilot(pilot, domain, partners);
    }

    private async Task<SharedSnapshot?> IndicatorAsync(int organisationId, int id, CancellationToken ct)
    {
        var indicator = await db.Indicators.InOrganisation(organisationId).AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        return indicator is null ? null : SharedSnapshot.OfIndicator(indicator);
    }

    /// <summary>The action domain of the first of these actions that hangs under a goal.</summary>
    private Task<string?> DomainOfActionsAsync(int organisationId, List<int> actionIds, CancellationToken ct) =>
        db.PlannedActions.InOrganisation(organisationId)
            .Where(a => actionIds.Contains(a.Id) && a.Line != null)
            .OrderBy(a => a.Id)
            .Select(a => a.Line!.Goal.Domain.DomainCode)
            .FirstOrDefaultAsync(ct);

    private string? DomainOf(string? caseKey, string? subdomainCode) =>
        library.Cases.Find(caseKey)?.DomainCode
        ?? ActionDomains.All.FirstOrDefault(d => d.Subdomains.Any(s => s.Code == subdomainCode))?.Code;
}
