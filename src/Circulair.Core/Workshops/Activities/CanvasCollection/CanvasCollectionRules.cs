using System.Security.Cryptography;
using System.Text;
using Circulair.Pilots.Canvases;

namespace Circulair.Workshops;

/// <summary>
/// <i>Verzamelen op een canvas</i> (issue 17 item 10, decision 0380): the activity's items are the sections of its target
/// canvas, prepared when it is added, so it always has items; participants send notes (ideas of kind
/// <see cref="IdeaKind.Notitie"/> with the section's item as their item key).
/// </summary>
public sealed class CanvasCollectionRules : IActivityRules
{
    /// <summary>The version store's kinds (decision 0273) of the canvases a workshop can collect into.</summary>
    public const string ValueCanvas = "value";
    public const string Persona = "persona";

    /// <summary>A note is short: a sticky note, not an essay.</summary>
    public const int NoteMaxLength = 300;

    public const int MaxNotesPerParticipant = 20;

    public ActivityKind Kind => ActivityKind.Canvasverzameling;

    public static bool IsTarget(string? canvasKind) => canvasKind is ValueCanvas or Persona;

    /// <summary>
    /// The sections a note can be for. The value proposition canvas: the user's side (three kinds of jobs, pains, gains),
    /// which is what people in the room know about; the offer's side is the team's work. A persona: its free-text fields
    /// about the person's goals, frustrations, life and habits.
    /// </summary>
    public static IReadOnlyList<CanvasSection> Sections(string? canvasKind) => canvasKind switch
    {
        ValueCanvas => [.. ValueKinds.Select(k => new CanvasSection(k.ToString(), "Enum.ValueItemKind." + k))],
        Persona => [.. PersonaFields.Select(f => new CanvasSection(f, "Canvases.Persona.Field." + f))],
        _ => [],
    };

    public static readonly IReadOnlyList<ValueItemKind> ValueKinds =
        [ValueItemKind.FunctioneleKlus, ValueItemKind.EmotioneleKlus, ValueItemKind.SocialeKlus, ValueItemKind.Pijn, ValueItemKind.Winst];

    public static readonly IReadOnlyList<string> PersonaFields =
    [
        nameof(PilotPersona.Motivation), nameof(PilotPersona.Frustrations), nameof(PilotPersona.SolvesToday),
        nameof(PilotPersona.SolutionFrustration), nameof(PilotPersona.Biography), nameof(PilotPersona.Brands),
    ];

    /// <summary>
    /// The key of the canvas item a kept note becomes: the same for the same note every time, so a note kept twice (two
    /// tabs, a double click) meets the canvas's unique item key instead of landing twice.
    /// </summary>
    public static Guid ItemKeyFor(Guid noteSubmissionKey, int noteId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"canvas-note:{noteSubmissionKey:N}:{noteId}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
