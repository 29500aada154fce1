using Circulair.Library.Sharing;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Sharing;

public sealed class PublishPilotModel(CirculairDbContext db, CurrentOrganisation current, KnowledgeLibrary library, Text t, TimeProvider clock)
    : PublishPageModel(db, current, library, t, clock)
{
    [FromRoute]
    public int PilotId { get; set; }

    public override SharedItemKind Kind => SharedItemKind.Pilot;

    protected override int SourceId => PilotId;

    protected override async Task<string?> BackUrlAsync(CirculairDbContext db, int organisationId, CancellationToken ct) =>
        await db.Pilots.InOrganisation(organisationId).AnyAsync(p => p.Id == PilotId, ct) ? $"/o/{OrgSlug}/pilots/{PilotId}" : null;
}
