using Circulair.Library.Sharing;
using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Sharing;

public sealed class PublishIndicatorModel(CirculairDbContext db, CurrentOrganisation current, KnowledgeLibrary library, Text t, TimeProvider clock)
    : PublishPageModel(db, current, library, t, clock)
{
    [FromRoute]
    public int IndicatorId { get; set; }

    public override SharedItemKind Kind => SharedItemKind.Indicator;

    protected override int SourceId => IndicatorId;

    protected override async Task<string?> BackUrlAsync(CirculairDbContext db, int organisationId, CancellationToken ct) =>
        await db.Indicators.InOrganisation(organisationId).AnyAsync(i => i.Id == IndicatorId, ct) ? $"/o/{OrgSlug}/monitoring/indicators/{IndicatorId}" : null;
}
