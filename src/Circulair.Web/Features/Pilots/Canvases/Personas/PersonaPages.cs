using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots.Canvases;
using Circulair.Web.Platform.Files;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Circulair.Web.Features.Pilots.Canvases.Personas;

/// <summary>What the persona form needs to show.</summary>
public interface IPersonaForm
{
    PersonaInput Input { get; }
    PilotPersona? Existing { get; }

    /// <summary>Where the current photo is served (edit only).</summary>
    string? PhotoUrl { get; }
}

/// <summary>The personas of a pilot (Tool 9).</summary>
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current) : PilotPageModel(db, current)
{
    public List<PilotPersona> Personas { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        Personas = await Db.PilotPersonas.InOrganisation(Org.Id).AsNoTracking().Where(p => p.PilotId == Pilot.Id).OrderBy(p => p.Name).ToListAsync(ct);
        return Page();
    }
}

/// <summary>Adds a persona; the form may start from the pilot's persona sketch.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
[RequestSizeLimit(PersonaPhotoUpload.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PersonaPhotoUpload.MaxRequestBytes)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, IFileStore store, Text t) : PilotPageModel(db, current), IPersonaForm
{
    [BindProperty]
    public PersonaInput Input { get; set; } = new();

    public PilotPersona? Existing => null;

    public string? PhotoUrl => null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        Input = new PersonaInput { Biography = Pilot.PersonaSketch };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        Input.Check(ModelState, t);
        var upload = new PersonaPhotoUpload(store, t);
        var photoType = await upload.CheckAsync(Input.Photo, Input.PhotoAlt, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var persona = new PilotPersona(Pilot, Input.ToSnapshot(), clock.GetUtcNow().UtcDateTime);
        if (photoType is not null)
        {
            persona.SetPhoto(await upload.StoreAsync(Input.Photo!, ct), photoType, Input.PhotoAlt);
        }
        Db.PilotPersonas.Add(persona);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Canvases.Persona.Added";
        return Redirect(Link($"/personas/{persona.Id}"));
    }
}

/// <summary>Shared by the pages of one persona: loads it within the pilot and the organisation.</summary>
public abstract class PersonaPageModel(CirculairDbContext db, CurrentOrganisation current) : PilotPageModel(db, current)
{
    [FromRoute]
    public int PersonaId { get; set; }

    public PilotPersona Persona { get; private set; } = null!;

    protected async Task<bool> LoadPersonaAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return false;
        }
        var persona = await Db.PilotPersonas.InOrganisation(Org.Id).Include(p => p.Scales)
            .FirstOrDefaultAsync(p => p.Id == PersonaId && p.PilotId == Pilot.Id, ct);
        if (persona is null)
        {
            return false;
        }
        Persona = persona;
        return true;
    }

    public string PersonaLink(string rest = "") => Link($"/personas/{PersonaId}{rest}");

    public CanvasToolbar Toolbar => new(Link(), PilotCanvasTypes.Persona, Persona.CanvasKey, $"/personas/{PersonaId}/print");
}

/// <summary>A persona as a canvas, and its photo for members of the organisation only.</summary>
public sealed class PersonaModel(CirculairDbContext db, CurrentOrganisation current, IFileStore store) : PersonaPageModel(db, current)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadPersonaAsync(ct) ? Page() : NotFound();

    /// <summary>The photo, sent with the type recognised at upload and nosniff; another organisation's persona answers 404.</summary>
    public async Task<IActionResult> OnGetPhotoAsync(CancellationToken ct)
    {
        if (!await LoadPersonaAsync(ct) || Persona.PhotoFileKey is null || await store.OpenReadAsync(Persona.PhotoFileKey, ct) is not { } stream)
        {
            return NotFound();
        }
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers[HeaderNames.CacheControl] = "private, max-age=300";
        return File(stream, Persona.PhotoContentType ?? "application/octet-stream");
    }
}

/// <summary>Changes a persona: every field, its own scales and its photo (alt text required with a photo).</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
[RequestSizeLimit(PersonaPhotoUpload.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PersonaPhotoUpload.MaxRequestBytes)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, IFileStore store, Text t) : PersonaPageModel(db, current), IPersonaForm
{
    [BindProperty]
    public PersonaInput Input { get; set; } = new();

    public PilotPersona? Existing => Persona;

    public string? PhotoUrl => PersonaLink("?handler=Photo");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPersonaAsync(ct))
        {
            return NotFound();
        }
        Input = PersonaInput.From(Persona);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadPersonaAsync(ct))
        {
            return NotFound();
        }
        Input.Check(ModelState, t);
        var upload = new PersonaPhotoUpload(store, t);
        var photoType = Input.RemovePhoto ? null : await upload.CheckAsync(Input.Photo, Input.PhotoAlt, ModelState, ct);
        if (!Input.RemovePhoto && photoType is null && Persona.HasPhoto && string.IsNullOrWhiteSpace(Input.PhotoAlt))
        {
            ModelState.AddModelError("Input.PhotoAlt", t["Canvases.Validation.AltRequired"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Persona.Describe(Input.ToSnapshot());
        string? oldKey = null;
        if (Input.RemovePhoto)
        {
            oldKey = Persona.RemovePhoto();
        }
        else if (photoType is not null)
        {
            oldKey = Persona.PhotoFileKey;
            Persona.SetPhoto(await upload.StoreAsync(Input.Photo!, ct), photoType, Input.PhotoAlt);
        }
        else
        {
            Persona.SetPhotoAlt(Input.PhotoAlt);
        }
        await Db.SaveChangesAsync(ct);
        if (oldKey is not null)
        {
            await upload.DeleteAsync(oldKey, ct);
        }
        TempData["Flash"] = "Canvases.Persona.Saved";
        return Redirect(PersonaLink());
    }
}

/// <summary>The persona on one A3 landscape page.</summary>
public sealed class PrintModel(CirculairDbContext db, CurrentOrganisation current) : PersonaPageModel(db, current)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadPersonaAsync(ct) ? Page() : NotFound();
}

/// <summary>What the persona canvas partial shows (page and print view).</summary>
public sealed record PersonaView(PilotPersona Persona, string PhotoUrl);
