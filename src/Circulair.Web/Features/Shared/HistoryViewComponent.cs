using System.Globalization;
using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Shared;

/// <summary>
/// "Geschiedenis" of one item: its audit trail, newest first, grouped per save. Usage on any item page below
/// /o/{org}: <c>&lt;vc:history entity-type="TrajectorySession" entity-id="@Model.Session.Id" /&gt;</c>.
/// The trail stores values culture-invariant (2026-03-31, Fase1); they are shown in the reader's language and
/// Belgian formats (31/03/2026, "Fase 1 – …") by looking up the field's type in the EF model.
/// </summary>
public sealed class HistoryViewComponent(CirculairDbContext db, CurrentOrganisation current, Text t) : ViewComponent
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
            .Select(g => new HistoryChange(g.First().At, g.First().UserName, g.First().Action, [.. g.Where(r => r.Field.Length > 0).OrderBy(r => r.Field, StringComparer.Ordinal).Select(Readable)]))
            .Take(MaxChanges)
            .ToList();
        return View(new HistoryModel(entityType, changes));

        HistoryRow Readable(HistoryRow row)
        {
            var type = db.Model.GetEntityTypes().FirstOrDefault(e => e.ClrType.Name == entityType)?.FindProperty(row.Field)?.ClrType;
            return type is null ? row : row with { OldValue = Show(row.OldValue, type), NewValue = Show(row.NewValue, type) };
        }
    }

    private string? Show(string? value, Type type)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            null => null,
            _ when inner.IsEnum && t[$"Enum.{inner.Name}.{value}"] is { ResourceNotFound: false } label => label.Value,
            // A set of flags is stored as "Burgers, Verenigingen": each one in the reader's language.
            _ when inner.IsEnum && inner.IsDefined(typeof(FlagsAttribute), false) && value.Contains(", ", StringComparison.Ordinal) =>
                string.Join(", ", value.Split(", ").Select(v => t[$"Enum.{inner.Name}.{v}"] is { ResourceNotFound: false } l ? l.Value : v)),
            _ when inner == typeof(DateOnly) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d.ToString("d", CultureInfo.CurrentCulture),
            _ => value,
        };
    }
}

public sealed record HistoryRow(Guid ChangeId, DateTime At, string? UserName, AuditAction Action, string Field, string? OldValue, string? NewValue, bool IsErased);

public sealed record HistoryChange(DateTime At, string? UserName, AuditAction Action, IReadOnlyList<HistoryRow> Fields);

public sealed record HistoryModel(string EntityType, IReadOnlyList<HistoryChange> Changes);
