using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots.Canvases;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots.Canvases.Journey;

/// <summary>Shared by the user journey pages: the pilot's one journey (or none yet) and its personas.</summary>
public abstract class JourneyPageModel(CirculairDbContext db, CurrentOrganisation current) : PilotPageModel(db, current)
{
    public PilotJourney? Journey { get; private set; }

    /// <summary>The pilot's personas, to place in the journey.</summary>
    public List<PilotPersona> Personas { get; private set; } = [];

    protected async Task<bool> LoadJourneyAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return false;
        }
        Journey = await Db.PilotJourneys.InOrganisation(Org.Id).Include(j => j.Phases).FirstOrDefaultAsync(j => j.PilotId == Pilot.Id, ct);
        Personas = await Db.PilotPersonas.InOrganisation(Org.Id).AsNoTracking().Where(p => p.PilotId == Pilot.Id).OrderBy(p => p.Name).ToListAsync(ct);
        return true;
    }

    public CanvasToolbar Toolbar => new(Link(), PilotCanvasTypes.Journey, Journey!.CanvasKey, "/journey/print");

    public JourneyView View => new(Journey!, [.. Journey!.PersonaRefs.Select(r => (r, Personas.FirstOrDefault(p => p.CanvasKey == r.Key)))], Link());
}

/// <summary>What the journey partial shows: the journey, its personas (current ones where they still exist) and the pilot's address.</summary>
public sealed record JourneyView(PilotJourney Journey, IReadOnlyList<(JourneyPersona Ref, PilotPersona? Current)> Personas, string PilotUrl);

/// <summary>The user journey (Tool 10); starts one when there is none.</summary>
public sealed class JourneyModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t) : JourneyPageModel(db, current)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadJourneyAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        if (!await LoadJourneyAsync(ct))
        {
            return NotFound();
        }
        if (Journey is null)
        {
            var journey = new PilotJourney(Pilot, clock.GetUtcNow().UtcDateTime);
            journey.Describe(new JourneySnapshot
            {
                Title = t["Canvases.Journey.DefaultTitle", Pilot.Name],
                Personas = [.. Personas.Select(p => new JourneyPersona(p.CanvasKey, p.Name))],
                Phases = [.. new[] { "Canvases.Journey.Phase1", "Canvases.Journey.Phase2", "Canvases.Journey.Phase3", "Canvases.Journey.Phase4" }
                    .Select(k => new JourneyPhase(Guid.NewGuid(), t[k], null, null, null, null, null, 0))],
            });
            Db.PilotJourneys.Add(journey);
            await Db.SaveChangesAsync(ct);
            TempData["Flash"] = "Canvases.Journey.Started";
        }
        return Redirect(Link("/journey/edit"));
    }
}

public sealed class PrintModel(CirculairDbContext db, CurrentOrganisation current) : JourneyPageModel(db, current)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadJourneyAsync(ct) && Journey is not null ? Page() : NotFound();
}

public sealed class PhaseInput
{
    public Guid? Key { get; set; }
    public string? Name { get; set; }
    public string? Goal { get; set; }
    public string? Thoughts { get; set; }
    public string? Channels { get; set; }
    public string? Actions { get; set; }
    public string? Experience { get; set; }
    public int? Emotion { get; set; }

    public bool IsEmpty => new[] { Name, Goal, Thoughts, Channels, Actions, Experience }.All(string.IsNullOrWhiteSpace);
}

public sealed class JourneyInput
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Canvases.Journey.Field.Title")]
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Canvases.Validation.JourneyTitleRequired")]
    [System.ComponentModel.DataAnnotations.StringLength(PilotJourney.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Title { get; set; }

    public List<Guid> Personas { get; set; } = [];

    public List<PhaseInput> Phases { get; set; } = [];

    public static JourneyInput From(PilotJourney j) => new()
    {
        Title = j.Title,
        Personas = [.. j.PersonaKeys],
        Phases = [.. j.Phases.OrderBy(p => p.Position).Select(p => new PhaseInput { Key = p.Key, Name = p.Name, Goal = p.Goal, Thoughts = p.Thoughts, Channels = p.Channels, Actions = p.Actions, Experience = p.Experience, Emotion = p.Emotion })],
    };
}

/// <summary>Edits the whole journey in one form: its title, the personas it follows and each phase with its rows; an emptied phase is removed.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, Text t) : JourneyPageModel(db, current)
{
    public const int BlankPhases = 1;

    [BindProperty]
    public JourneyInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadJourneyAsync(ct) || Journey is null)
        {
            return NotFound();
        }
        Input = JourneyInput.From(Journey);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadJourneyAsync(ct) || Journey is null)
        {
            return NotFound();
        }
        for (var i = 0; i < Input.Phases.Count; i++)
        {
            var p = Input.Phases[i];
            if (p.IsEmpty)
            {
                continue;
            }
            if (string.IsNullOrWhiteSpace(p.Name))
            {
                ModelState.AddModelError($"Input.Phases[{i}].Name", t["Canvases.Validation.PhaseNameRequired", i + 1]);
            }
            if (p.Emotion is { } e && !PilotJourney.EmotionInRange(e))
            {
                ModelState.AddModelError($"Input.Phases[{i}].Emotion", t["Canvases.Validation.EmotionRange", PilotJourney.MinEmotion, PilotJourney.MaxEmotion]);
            }
            foreach (var (field, value, max) in new[] { ("Name", p.Name, PilotJourneyPhase.NameMaxLength), ("Goal", p.Goal, PilotJourneyPhase.TextMaxLength),
                ("Thoughts", p.Thoughts, PilotJourneyPhase.TextMaxLength), ("Channels", p.Channels, PilotJourneyPhase.TextMaxLength),
                ("Actions", p.Actions, PilotJourneyPhase.TextMaxLength), ("Experience", p.Experience, PilotJourneyPhase.TextMaxLength) })
            {
                if (value?.Trim().Length > max)
                {
                    ModelState.AddModelError($"Input.Phases[{i}].{field}", t["Canvases.Validation.ItemTooLong", max]);
                }
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var chosen = Personas.Where(p => Input.Personas.Contains(p.CanvasKey)).Select(p => new JourneyPersona(p.CanvasKey, p.Name)).ToList();
        Journey.Describe(new JourneySnapshot
        {
            Title = Input.Title ?? "",
            Personas = chosen,
            Phases = [.. Input.Phases.Where(p => !p.IsEmpty).Select(p => new JourneyPhase(p.Key ?? Guid.NewGuid(), p.Name!, p.Goal, p.Thoughts, p.Channels, p.Actions, p.Experience, p.Emotion ?? 0))],
        });
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Canvases.Journey.Saved";
        return Redirect(Link("/journey"));
    }
}
