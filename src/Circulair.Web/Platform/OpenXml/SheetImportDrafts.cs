using System.Text.Json;
using Circulair.Persistence;
using Circulair.Stakeholders.Import;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Platform.OpenXml;

/// <summary>A checked sheet waiting for confirmation, and the cells it holds.</summary>
public sealed record WaitingSheet(SheetImportDraft Draft, SheetContent Sheet);

/// <summary>
/// The step between an import's preview and its "Bevestigen", the same for every sheet import (register, initiatives,
/// action table): the checked cells wait on the server as a <see cref="SheetImportDraft"/>. Only the person who
/// uploaded them can use them, in that organisation, for that kind of import (and strategy). A person has one
/// waiting import of each kind. Starting another of the same kind replaces it, and a waiting import of one kind
/// never discards one of another kind.
/// </summary>
public static class SheetImportDrafts
{
    /// <summary>Keeps the sheet and returns the id the confirmation form carries; clears the organisation's expired drafts on the way.</summary>
    public static async Task<string> KeepAsync(CirculairDbContext db, SheetImportKind kind, int? organisationId, int? trajectoryId, int userId,
        string fileName, SheetContent sheet, DateTime now, CancellationToken ct)
    {
        await db.SheetImportDrafts
            .Where(d => d.OrganisationId == organisationId && ((d.UserId == userId && d.Kind == kind) || d.ExpiresAt < now))
            .ExecuteDeleteAsync(ct);
        var draft = new SheetImportDraft(kind, organisationId, trajectoryId, userId, fileName, JsonSerializer.Serialize(sheet), now);
        db.SheetImportDrafts.Add(draft);
        await db.SaveChangesAsync(ct);
        return draft.Id;
    }

    /// <summary>
    /// The waiting sheet under <paramref name="id"/> if it is this person's, of this kind, in this organisation (and
    /// strategy), and not expired; otherwise null. Remove the draft in the same save that applies the import.
    /// </summary>
    public static async Task<WaitingSheet?> FindAsync(CirculairDbContext db, SheetImportKind kind, string? id, int? organisationId, int? trajectoryId,
        int userId, DateTime now, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }
        var draft = await db.SheetImportDrafts.FirstOrDefaultAsync(
            d => d.Id == id && d.Kind == kind && d.OrganisationId == organisationId && d.TrajectoryId == trajectoryId && d.UserId == userId, ct);
        return draft is null || draft.IsExpired(now) ? null : new WaitingSheet(draft, JsonSerializer.Deserialize<SheetContent>(draft.Payload)!);
    }
}
