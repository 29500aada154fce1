using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.Pilots.Canvases;

/// <summary>One phase (column) of a user journey with its rows; the emotion runs from −2 (very negative) to +2.</summary>
public sealed record JourneyPhase(Guid Key, string Name, string? Goal, string? Thoughts, string? Channels, string? Actions, string? Experience, int Emotion);

/// <summary>A persona placed in a journey: its canvas key, and its name when placed (for reading old versions).</summary>
public sealed record JourneyPersona(Guid Key, string Name);

/// <summary>The journey's content, also its snapshot; personas are named by their canvas key.</summary>
public sealed record JourneySnapshot : ICanvasSnapshot
{
    public const int CurrentSchema = 1;

    public int Schema { get; init; } = CurrentSchema;
    public string Title { get; init; } = "";
    public IReadOnlyList<JourneyPersona> Personas { get; init; } = [];
    public IReadOnlyList<JourneyPhase> Phases { get; init; } = [];

    public IReadOnlyList<CanvasField> Fields()
    {
        var list = new List<CanvasField>
        {
            new("Title", "Canvases.Journey.Field.Title", null, Title),
            new("Personas", "Canvases.Journey.Field.Personas", null, string.Join(", ", Personas.Select(p => p.Name))),
        };
        foreach (var p in Phases)
        {
            var k = "Phase." + p.Key.ToString("N") + ".";
            list.Add(new CanvasField(k + "Name", "Canvases.Journey.Field.Phase", null, p.Name));
            list.Add(new CanvasField(k + "Goal", "Canvases.Journey.Row.Goal", p.Name, p.Goal));
            list.Add(new CanvasField(k + "Thoughts", "Canvases.Journey.Row.Thoughts", p.Name, p.Thoughts));
            list.Add(new CanvasField(k + "Channels", "Canvases.Journey.Row.Channels", p.Name, p.Channels));
            list.Add(new CanvasField(k + "Actions", "Canvases.Journey.Row.Actions", p.Name, p.Actions));
            list.Add(new CanvasField(k + "Experience", "Canvases.Journey.Row.Experience", p.Name, p.Experience));
            list.Add(new CanvasField(k + "Emotion", "Canvases.Journey.Row.Emotion", p.Name, p.Emotion.ToString("+0;-0;0", System.Globalization.CultureInfo.InvariantCulture)));
        }
        return list;
    }
}

/// <summary>
/// A pilot's user journey (Tool 10): the phases from first contact with the offer to being a user as columns, with the
/// user's goal, thoughts, channels, actions and experience in each, the feeling per phase as a number drawn as a curve,
/// and the personas it follows.
/// </summary>
public sealed class PilotJourney : IOrganisationScoped, IPilotCanvas<JourneySnapshot>
{
    public const int TitleMaxLength = 200;
    public const int MinEmotion = -2;
    public const int MaxEmotion = 2;
    public const int PersonasMaxLength = 2000;

    private readonly List<PilotJourneyPhase> _phases = [];

    private PilotJourney() { }

    public PilotJourney(Pilot pilot, DateTime now)
    {
        OrganisationId = pilot.OrganisationId;
        PilotId = pilot.Id;
        CanvasKey = Guid.NewGuid();
        CreatedAt = now;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PilotId { get; private set; }
    public Guid CanvasKey { get; private set; }
    public string Title { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    /// <summary>The personas placed in the journey (canvas key and name) as a small JSON list.</summary>
    public string? Personas { get; private set; }

    public IReadOnlyList<PilotJourneyPhase> Phases => _phases;

    public IReadOnlyList<JourneyPersona> PersonaRefs =>
        string.IsNullOrEmpty(Personas) ? [] : System.Text.Json.JsonSerializer.Deserialize<List<JourneyPersona>>(Personas) ?? [];

    public IReadOnlyList<Guid> PersonaKeys => [.. PersonaRefs.Select(p => p.Key)];

    public static bool EmotionInRange(int emotion) => emotion is >= MinEmotion and <= MaxEmotion;

    public void Describe(JourneySnapshot content)
    {
        Title = StrategyText.Clean(content.Title, TitleMaxLength) ?? throw new DomainException("Canvases.Error.JourneyTitleRequired");
        var phases = content.Phases.Select(p => p.Key == Guid.Empty ? p with { Key = Guid.NewGuid() } : p).ToList();
        if (phases.Any(p => !EmotionInRange(p.Emotion)))
        {
            throw new DomainException("Canvases.Error.EmotionRange", MinEmotion, MaxEmotion);
        }
        var personas = content.Personas.DistinctBy(p => p.Key).ToList();
        Personas = personas.Count == 0 ? null : System.Text.Json.JsonSerializer.Serialize(personas);
        if (Personas?.Length > PersonasMaxLength)
        {
            throw new DomainException("Strategy.Error.TooLong", PersonasMaxLength);
        }
        var wanted = phases.Select(p => p.Key).ToHashSet();
        _phases.RemoveAll(p => !wanted.Contains(p.Key));
        var position = 0;
        foreach (var p in phases)
        {
            var row = _phases.FirstOrDefault(x => x.Key == p.Key);
            if (row is null)
            {
                row = new PilotJourneyPhase(this, p.Key);
                _phases.Add(row);
            }
            row.Set(p with
            {
                Name = StrategyText.Clean(p.Name, PilotJourneyPhase.NameMaxLength) ?? throw new DomainException("Canvases.Error.PhaseNameRequired"),
                Goal = StrategyText.Clean(p.Goal, PilotJourneyPhase.TextMaxLength),
                Thoughts = StrategyText.Clean(p.Thoughts, PilotJourneyPhase.TextMaxLength),
                Channels = StrategyText.Clean(p.Channels, PilotJourneyPhase.TextMaxLength),
                Actions = StrategyText.Clean(p.Actions, PilotJourneyPhase.TextMaxLength),
                Experience = StrategyText.Clean(p.Experience, PilotJourneyPhase.TextMaxLength),
            }, position++);
        }
    }

    public JourneySnapshot TakeSnapshot() => new()
    {
        Title = Title,
        Personas = PersonaRefs,
        Phases = [.. _phases.OrderBy(p => p.Position).Select(p => p.ToPhase())],
    };

    public void Restore(JourneySnapshot snapshot) => Describe(snapshot);
}

public sealed class PilotJourneyPhase : IOrganisationScoped
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 2000;

    private PilotJourneyPhase() { }

    internal PilotJourneyPhase(PilotJourney journey, Guid key)
    {
        OrganisationId = journey.OrganisationId;
        Journey = journey;
        Key = key;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int JourneyId { get; private set; }
    public PilotJourney Journey { get; private set; } = null!;
    public Guid Key { get; private set; }
    public string Name { get; private set; } = "";
    public string? Goal { get; private set; }
    public string? Thoughts { get; private set; }
    public string? Channels { get; private set; }
    public string? Actions { get; private set; }
    public string? Experience { get; private set; }
    public int Emotion { get; private set; }
    public int Position { get; private set; }

    internal void Set(JourneyPhase p, int position)
    {
        Name = p.Name;
        Goal = p.Goal;
        Thoughts = p.Thoughts;
        Channels = p.Channels;
        Actions = p.Actions;
        Experience = p.Experience;
        Emotion = p.Emotion;
        Position = position;
    }

    public JourneyPhase ToPhase() => new(Key, Name, Goal, Thoughts, Channels, Actions, Experience, Emotion);
}

/// <summary>Where the emotion curve's points lie: x spread evenly over the phases, y from +2 (top) to −2 (bottom).</summary>
public static class EmotionCurve
{
    public static IReadOnlyList<(double X, double Y)> Points(IReadOnlyList<int> emotions, double width, double height, double margin)
    {
        if (emotions.Count == 0)
        {
            return [];
        }
        var usableW = width - 2 * margin;
        var usableH = height - 2 * margin;
        var step = emotions.Count == 1 ? 0 : usableW / (emotions.Count - 1);
        return [.. emotions.Select((e, i) => (
            emotions.Count == 1 ? width / 2 : margin + i * step,
            margin + (PilotJourney.MaxEmotion - Math.Clamp(e, PilotJourney.MinEmotion, PilotJourney.MaxEmotion)) * usableH / (PilotJourney.MaxEmotion - PilotJourney.MinEmotion)))];
    }
}
