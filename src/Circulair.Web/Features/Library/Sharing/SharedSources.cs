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

    /// <summary>
    /// The action in three commands whatever its sheet holds (issue 20's SQL budget): the action with its domain, its
    /// owner's and partners' names; the texts of its milestones, steps and risks (one UNION ALL); its budget years.
    /// </summary>
    private async Task<SharedSnapshot?> ActionAsync(int organisationId, int id, CancellationToken ct)
    {
        // Locals: an expression tree cannot name an extension property.
        IQueryable<Circulair.Stakeholders.Stakeholder> stakeholders = db.Stakeholders;
        IQueryable<ActionPartner> partners = db.ActionPartners;
        var row = await db.PlannedActions.InOrganisation(organisationId).AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                Action = a,
                Domain = a.Line == null ? null : a.Line.Goal.Domain.DomainCode,
                OwnerMember = db.Users.Where(x => x.Id == a.OwnerUserId).Select(x => x.DisplayName).FirstOrDefault(),
                OwnerStakeholder = stakeholders.Where(x => x.Id == a.OwnerStakeholderId && x.OrganisationId == organisationId).Select(x => x.Name).FirstOrDefault(),
                Partners = partners.Where(p => p.PlannedActionId == a.Id)
                    .Join(stakeholders.Where(x => x.OrganisationId == organisationId), p => p.StakeholderId, x => x.Id, (p, x) => x.Name)
                    .OrderBy(name => name).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        var action = row.Action;
        // The action is this organisation's, so its rows are too: they are read by the action alone.
        var texts = (await db.ActionMilestones.Where(m => m.PlannedActionId == id).Select(m => new { Kind = 0, m.Position, m.Id, Text = m.Description })
            .Concat(db.ActionSteps.Where(s => s.PlannedActionId == id).Select(s => new { Kind = 1, s.Position, s.Id, Text = s.Step }))
            .Concat(db.ActionRisks.Where(r => r.PlannedActionId == id).Select(r => new { Kind = 2, r.Position, r.Id, Text = r.Description }))
            .ToListAsync(ct))
            .OrderBy(x => x.Kind).ThenBy(x => x.Position).ThenBy(x => x.Id).ToLookup(x => x.Kind, x => x.Text);
        var budget = (await db.ActionBudgetYears.Where(b => b.PlannedActionId == id).Select(b => new { b.Year, b.Id, b.Fte, b.Euros }).ToListAsync(ct))
            .OrderBy(b => b.Year).ThenBy(b => b.Id).Select(b => (b.Year, b.Fte, b.Euros)).ToList();
        var domain = row.Domain ?? DomainOf(action.SourceCaseKey, action.SubdomainCode);
        var owner = action.OwnerUserId is not null ? row.OwnerMember : action.OwnerStakeholderId is not null ? row.OwnerStakeholder : null;
        return SharedSnapshot.OfAction(action, [.. texts[0]], [.. texts[1]], [.. texts[2]], budget, domain, owner, row.Partners);
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
