using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Shared;

/// <summary>
/// "Geschiedenis" of one item: its audit trail, newest first, grouped per save. Usage on any item page below
/// /o/{org}: <c>&lt;vc:history entity-type="TrajectorySession" entity-id="@Model.Session.Id" /&gt;</c>.
/// </summary>
public sealed class HistoryViewComponent(CirculairDbContext db, CurrentOrganisation current) : ViewComponent
{
    public const int MaxChanges = 50;

    public async Task<IViewComponentResult> InvokeAsync(string entityType, object entityId)
    {
        var rows = await db.AuditEntries.For(current.Value.Id, entityType, entityId)
            .OrderByDescending(e => e.Id)
            .Take(MaxChanges * 10)
            .Select(e => new HistoryRow(e.ChangeId, e.At, e.UserName, e.Action, e.Field, e.OldValue, e.NewValue, e.IsErased))
            .ToListAsync(HttpContext.RequestAborted);
        var changes = rows
            .GroupBy(r => r.ChangeId)
            .Select(g => new HistoryChange(g.First().At, g.First().UserName, g.First().Action, [.. g.Where(r => r.Field.Length > 0).OrderBy(r => r.Field, StringComparer.Ordinal)]))
            .Take(MaxChanges)
            .ToList();
        return View(new HistoryModel(entityType, changes));
    }
}

public sealed record HistoryRow(Guid ChangeId, DateTime At, string? UserName, AuditAction Action, string Field, string? OldValue, string? NewValue, bool IsErased);

public sealed record HistoryChange(DateTime At, string? UserName, AuditAction Action, IReadOnlyList<HistoryRow> Fields);

public sealed record HistoryModel(string EntityType, IReadOnlyList<HistoryChange> Changes);
