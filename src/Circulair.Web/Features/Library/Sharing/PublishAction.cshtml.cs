using Circulair.Library.Sharing;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Sharing;

public sealed class PublishActionModel(CirculairDbContext db, CurrentOrganisation current, KnowledgeLibrary library, Text t, TimeProvider clock)
    : PublishPageModel(db, current, library, t, clock)
{
    [FromRoute]
    public int PlannedActionId { get; set; }

    public override SharedItemKind Kind => SharedItemKind.Action;

    protected override int SourceId => PlannedActionId;

    protected override async Task<string?> BackUrlAsync(CirculairDbContext db, int organisationId, CancellationToken ct) =>
        await db.PlannedActions.InOrganisation(organisationId).Where(a => a.Id == PlannedActionId).Select(a => (int?)a.TrajectoryId).FirstOrDefaultAsync(ct) is { } trajectoryId
            ? $"/o/{OrgSlug}/trajectories/{trajectoryId}/actions/{PlannedActionId}"
            : null;
}
