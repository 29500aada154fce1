using System.Security.Claims;
using Circulair.Persistence;
using Circulair.Pilots.Canvases;
using Circulair.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots.Canvases;

/// <summary>Saves a canvas's current content as the next numbered version (the caller saves the changes).</summary>
public static class CanvasVersionStore
{
    public static async Task<PilotCanvasVersion> AddAsync(CirculairDbContext db, int organisationId, int pilotId, CanvasHandle canvas, string? label,
        ClaimsPrincipal user, int? restoredFromNumber, DateTime now, CancellationToken ct)
    {
        var numbers = await db.PilotCanvasVersions
            .Where(v => v.OrganisationId == organisationId && v.PilotId == pilotId && v.Kind == canvas.Type.Kind && v.CanvasKey == canvas.Key)
            .Select(v => v.Number).ToListAsync(ct);
        var version = new PilotCanvasVersion(organisationId, pilotId, canvas.Type.Kind, canvas.Key, numbers, label, canvas.Snapshot(),
            user.UserId(), user.FindFirst(CirculairClaims.DisplayName)?.Value, restoredFromNumber, now);
        db.PilotCanvasVersions.Add(version);
        return version;
    }
}

/// <summary>What the tool bar of a canvas page needs: the versions page of this canvas and its print view.</summary>
public sealed record CanvasToolbar(string PilotUrl, IPilotCanvasType Type, Guid Key, string PrintPath);

/// <summary>How far a pilot's Tools 9–11 are: the number of personas, and whether a journey and a value proposition canvas exist.</summary>
public sealed record PilotCanvasSummary(int Personas, bool Journey, bool Value);
