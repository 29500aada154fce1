using Circulair.Pilots;
using Circulair.Persistence;
using Circulair.Pilots.Canvases;
using Circulair.Web.Features.Pilots.Canvases;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>A canvas a workshop can collect into, as the add-activity form offers it: "value:KEY" or "persona:KEY".</summary>
public sealed record CanvasTargetOption(string Value, string PilotName, string CanvasKind, string? CanvasTitle);

/// <summary>
/// The canvas behind a <i>Verzamelen op een canvas</i> activity, loaded (tracked) within one organisation, with the
/// way to add a kept note to it. Null from <see cref="CanvasTargets.FindAsync"/> when the canvas is gone or is another
/// organisation's.
/// </summary>
public sealed record CanvasTarget(int PilotId, string PilotName, string Title, string Url, CanvasHandle Handle, PilotValueCanvas? Value, PilotPersona? Persona)
{
    /// <summary>Adds a note to the section it was sent for; false when it was on the canvas already.</summary>
    public bool Add(string sectionCode, string text, Guid itemKey)
    {
        if (Value is not null)
        {
            return Enum.TryParse<ValueItemKind>(sectionCode, out var kind) && CanvasCollectionRules.ValueKinds.Contains(kind)
                ? Value.AddCollected(kind, text, itemKey)
                : throw new DomainException("Errors.NotFoundItem");
        }
        Persona!.AddCollected(sectionCode, text);
        return true;
    }
}

/// <summary>Finding and listing the canvases a workshop collects into; always scoped to the organisation.</summary>
public static class CanvasTargets
{
    public static string ValueOf(string kind, Guid key) => $"{kind}:{key:N}";

    public static bool TryParse(string? value, out string kind, out Guid key)
    {
        kind = "";
        key = Guid.Empty;
        var parts = (value ?? "").Split(':', 2);
        if (parts.Length != 2 || !CanvasCollectionRules.IsTarget(parts[0]) || !Guid.TryParse(parts[1], out key))
        {
            return false;
        }
        kind = parts[0];
        return true;
    }

    /// <summary>Every value proposition canvas and persona of the organisation's pilots, by pilot.</summary>
    public static async Task<IReadOnlyList<CanvasTargetOption>> ListAsync(CirculairDbContext db, int organisationId, CancellationToken ct)
    {
        var pilots = await db.Pilots.InOrganisation(organisationId).Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var values = await db.PilotValueCanvases.InOrganisation(organisationId).Select(c => new { c.PilotId, c.CanvasKey }).ToListAsync(ct);
        var personas = await db.PilotPersonas.InOrganisation(organisationId).OrderBy(p => p.Name).Select(p => new { p.PilotId, p.CanvasKey, p.Name }).ToListAsync(ct);
        return
        [
            .. values.Where(v => pilots.ContainsKey(v.PilotId)).Select(v => new CanvasTargetOption(ValueOf(CanvasCollectionRules.ValueCanvas, v.CanvasKey), pilots[v.PilotId], CanvasCollectionRules.ValueCanvas, null))
                .Concat(personas.Where(p => pilots.ContainsKey(p.PilotId)).Select(p => new CanvasTargetOption(ValueOf(CanvasCollectionRules.Persona, p.CanvasKey), pilots[p.PilotId], CanvasCollectionRules.Persona, p.Name)))
                .OrderBy(o => o.PilotName, StringComparer.CurrentCulture).ThenBy(o => o.CanvasKind, StringComparer.Ordinal).ThenBy(o => o.CanvasTitle, StringComparer.CurrentCulture),
        ];
    }

    public static async Task<CanvasTarget?> FindAsync(CirculairDbContext db, int organisationId, string orgSlug, string? kind, Guid? key, CancellationToken ct)
    {
        if (key is not { } k)
        {
            return null;
        }
        switch (kind)
        {
            case CanvasCollectionRules.ValueCanvas:
            {
                var canvas = await db.PilotValueCanvases.InOrganisation(organisationId).Include(c => c.Items).FirstOrDefaultAsync(c => c.CanvasKey == k, ct);
                var pilot = canvas is null ? null : await db.Pilots.InOrganisation(organisationId).Where(p => p.Id == canvas.PilotId).Select(p => p.Name).FirstOrDefaultAsync(ct);
                return canvas is null || pilot is null ? null
                    : new CanvasTarget(canvas.PilotId, pilot, pilot, $"/o/{orgSlug}/pilots/{canvas.PilotId}/value-proposition", PilotCanvasTypes.Value.Handle(canvas), canvas, null);
            }
            case CanvasCollectionRules.Persona:
            {
                var persona = await db.PilotPersonas.InOrganisation(organisationId).Include(p => p.Scales).FirstOrDefaultAsync(p => p.CanvasKey == k, ct);
                var pilot = persona is null ? null : await db.Pilots.InOrganisation(organisationId).Where(p => p.Id == persona.PilotId).Select(p => p.Name).FirstOrDefaultAsync(ct);
                return persona is null || pilot is null ? null
                    : new CanvasTarget(persona.PilotId, pilot, persona.Name, $"/o/{orgSlug}/pilots/{persona.PilotId}/personas/{persona.Id}", PilotCanvasTypes.Persona.Handle(persona), null, persona);
            }
            default:
                return null;
        }
    }
}
