using Circulair.FollowUp.Owners;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Strategy;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp.Owners;

/// <summary>
/// Phase 3 on "Waar staan we?": the owners who get the cycle's mails and what is still missing, the followed-up actions
/// without a trekker's e-mail address (issue 14 item 7). The owners' page is for team members, so a Lezer does not get
/// the card (the dashboard is cached per role).
/// </summary>
public sealed class OwnersProgress(CirculairDbContext db, CurrentOrganisation current) : IProgressSource
{
    public async Task<IReadOnlyList<ToolProgress>> GetAsync(int organisationId, string organisationSlug, CancellationToken ct)
    {
        if (current.IsSet && !current.Value.Can(OrganisationRole.Teamlid))
        {
            return [];
        }
        var owners = await db.OwnerContacts.InOrganisation(organisationId).Select(c => c.EmailKey).Distinct().CountAsync(ct);
        var followed = db.PlannedActions.InOrganisation(organisationId)
            .Where(a => a.Status == ActionStatus.Gepland || a.Status == ActionStatus.Lopend || a.Status == ActionStatus.OnHold);
        var actions = await followed.CountAsync(ct);
        var trekkers = db.OwnerContacts.InOrganisation(organisationId).Where(c => c.Role == OwnerRole.Trekker).Select(c => c.PlannedActionId);
        var withoutTrekker = await followed.CountAsync(a => !trekkers.Contains(a.Id), ct);
        var (summary, arguments) = actions == 0 && owners == 0
            ? ("Owners.Progress.NoActions", Array.Empty<object>())
            : withoutTrekker == 0
                ? ("Owners.Progress.Complete", [Counted.Of("Owners.Progress.Owners", owners)])
                : ("Owners.Progress.Missing", new object[] { Counted.Of("Owners.Progress.Owners", owners), Counted.Of("Owners.Progress.WithoutTrekker", withoutTrekker) });
        return [new ToolProgress(Phase.Fase3, 2, "Owners.Progress.Name", owners > 0, summary, arguments, $"/o/{organisationSlug}/followup/owners")];
    }
}
