using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Strategy;

namespace Circulair.Pilots.Canvases;

/// <summary>The eight parts of a value proposition canvas (Tool 11): the user's side first, then the offer's.</summary>
public enum ValueItemKind
{
    FunctioneleKlus = 1,
    EmotioneleKlus = 2,
    SocialeKlus = 3,
    Pijn = 4,
    Winst = 5,
    ProductDienst = 6,
    Pijnstiller = 7,
    Winstmaker = 8,
}

/// <summary>One sticky note of the canvas; a pain reliever or gain creator names the pains or gains it answers by key.</summary>
public sealed record ValueItem(Guid Key, ValueItemKind Kind, string Text, IReadOnlyList<Guid> Answers, string? RStrategy = null, string? HigherStep = null);

/// <summary>The canvas's content, also its snapshot for versions.</summary>
public sealed record ValueCanvasSnapshot : ICanvasSnapshot
{
    public const int CurrentSchema = 1;

    public int Schema { get; init; } = CurrentSchema;

    /// <summary>The user segment the canvas is about.</summary>
    public string? Segment { get; init; }

    public IReadOnlyList<ValueItem> Items { get; init; } = [];

    public IEnumerable<ValueItem> Of(ValueItemKind kind) => Items.Where(i => i.Kind == kind);

    public IReadOnlyList<CanvasField> Fields()
    {
        var list = new List<CanvasField> { new("Segment", "Canvases.Value.Field.Segment", null, Segment) };
        var byKey = Items.ToDictionary(i => i.Key);
        foreach (var kind in Enum.GetValues<ValueItemKind>())
        {
            foreach (var item in Of(kind))
            {
                var text = item.Text;
                if (item.RStrategy is not null)
                {
                    text += " [" + item.RStrategy + "]";
                }
                if (item.HigherStep is not null)
                {
                    text += " — " + item.HigherStep;
                }
                var answered = (item.Answers ?? []).Select(a => byKey.TryGetValue(a, out var t) ? t.Text : null).OfType<string>().ToList();
                if (answered.Count > 0)
                {
                    text += " → " + string.Join("; ", answered);
                }
                list.Add(new CanvasField("Item." + item.Key.ToString("N"), "Enum.ValueItemKind." + kind, null, text));
            }
        }
        return list;
    }
}

/// <summary>The fit check: which pains and gains no pain reliever or gain creator answers yet.</summary>
public sealed record ValueFit(IReadOnlyList<ValueItem> UnansweredPains, IReadOnlyList<ValueItem> UnansweredGains, int AnsweredPains, int AnsweredGains)
{
    public bool Complete => UnansweredPains.Count == 0 && UnansweredGains.Count == 0;

    public static ValueFit Check(IReadOnlyList<ValueItem> items)
    {
        var answered = items.Where(i => i.Kind is ValueItemKind.Pijnstiller or ValueItemKind.Winstmaker).SelectMany(i => i.Answers ?? []).ToHashSet();
        var pains = items.Where(i => i.Kind == ValueItemKind.Pijn).ToList();
        var gains = items.Where(i => i.Kind == ValueItemKind.Winst).ToList();
        return new ValueFit(
            [.. pains.Where(p => !answered.Contains(p.Key))], [.. gains.Where(g => !answered.Contains(g.Key))],
            pains.Count(p => answered.Contains(p.Key)), gains.Count(g => answered.Contains(g.Key)));
    }
}

/// <summary>
/// The circularity check on a product or service: the step of the R-ladder it works on and the steps above it that the
/// team should consider (reuse rather than recycling, sharing or a service rather than selling).
/// </summary>
public sealed record CircularityCheck(RStrategy? Current, IReadOnlyList<RStrategy> Higher)
{
    public bool HigherPossible => Current is not null && Higher.Count > 0;

    public static CircularityCheck For(string? code)
    {
        var current = RLadder.Find(code);
        if (current is null)
        {
            return new CircularityCheck(null, []);
        }
        var index = RLadder.All.ToList().FindIndex(r => r.Code == current.Code);
        return new CircularityCheck(current, [.. RLadder.All.Take(index)]);
    }
}

/// <summary>
/// A pilot's value proposition canvas (Tool 11): jobs, pains and gains of the user segment against products and
/// services, pain relievers and gain creators, each item a row with a stable key so versions can compare them.
/// </summary>
public sealed class PilotValueCanvas : IOrganisationScoped, IPilotCanvas<ValueCanvasSnapshot>
{
    public const int SegmentMaxLength = 1000;

    private readonly List<PilotValueItem> _items = [];

    private PilotValueCanvas() { }

    public PilotValueCanvas(Pilot pilot, DateTime now)
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
    public string? Segment { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public IReadOnlyList<PilotValueItem> Items => _items;

    /// <summary>
    /// Takes the whole canvas: items matched by key (kept, changed, added; missing ones removed). Refused: an empty text,
    /// an R-ladder step on anything but a product or service or one the ladder does not know. Answers that do not point at
    /// a pain (for a reliever) or a gain (for a creator) of this canvas are dropped.
    /// </summary>
    public void Describe(ValueCanvasSnapshot content)
    {
        Segment = StrategyText.Clean(content.Segment, SegmentMaxLength);
        var items = content.Items.Select(i => i.Key == Guid.Empty ? i with { Key = Guid.NewGuid() } : i).ToList();
        foreach (var item in items)
        {
            if (!Enum.IsDefined(item.Kind))
            {
                throw new DomainException("Errors.NotFound");
            }
            if (item.RStrategy is not null && (item.Kind != ValueItemKind.ProductDienst || RLadder.Find(item.RStrategy) is null))
            {
                throw new DomainException("Canvases.Error.UnknownRStep");
            }
        }
        var kinds = items.ToDictionary(i => i.Key, i => i.Kind);
        var wanted = kinds.Keys.ToHashSet();
        _items.RemoveAll(i => !wanted.Contains(i.Key));
        var position = 0;
        foreach (var item in items)
        {
            var target = item.Kind switch
            {
                ValueItemKind.Pijnstiller => ValueItemKind.Pijn,
                ValueItemKind.Winstmaker => ValueItemKind.Winst,
                _ => (ValueItemKind?)null,
            };
            var answers = target is { } t ? (item.Answers ?? []).Where(a => kinds.TryGetValue(a, out var k) && k == t).Distinct().ToList() : [];
            var row = _items.FirstOrDefault(i => i.Key == item.Key);
            if (row is null)
            {
                row = new PilotValueItem(this, item.Key);
                _items.Add(row);
            }
            row.Set(item.Kind, StrategyText.Clean(item.Text, PilotValueItem.TextMaxLength) ?? throw new DomainException("Canvases.Error.ItemTextRequired"),
                item.Kind == ValueItemKind.ProductDienst ? item.RStrategy : null,
                item.Kind == ValueItemKind.ProductDienst ? StrategyText.Clean(item.HigherStep, PilotValueItem.TextMaxLength) : null,
                answers, position++);
        }
    }

    /// <summary>
    /// Adds a note collected in a workshop as an item of the user's side (a job, pain or gain) after the items already
    /// there; false when an item with <paramref name="key"/> is on the canvas already (the note was added before).
    /// </summary>
    public bool AddCollected(ValueItemKind kind, string text, Guid key)
    {
        if (kind is not (ValueItemKind.FunctioneleKlus or ValueItemKind.EmotioneleKlus or ValueItemKind.SocialeKlus or ValueItemKind.Pijn or ValueItemKind.Winst))
        {
            throw new DomainException("Errors.NotFoundItem");
        }
        if (_items.Any(i => i.Key == key))
        {
            return false;
        }
        var snapshot = TakeSnapshot();
        Describe(snapshot with { Items = [.. snapshot.Items, new ValueItem(key, kind, text, [])] });
        return true;
    }

    public ValueCanvasSnapshot TakeSnapshot() => new()
    {
        Segment = Segment,
        Items = [.. _items.OrderBy(i => i.Position).Select(i => i.ToItem())],
    };

    public void Restore(ValueCanvasSnapshot snapshot) => Describe(snapshot);

    public ValueFit Fit() => ValueFit.Check(TakeSnapshot().Items);
}

/// <summary>One item of a value proposition canvas.</summary>
public sealed class PilotValueItem : IOrganisationScoped
{
    public const int TextMaxLength = 1000;
    public const int AnswersMaxLength = 4000;

    private PilotValueItem() { }

    internal PilotValueItem(PilotValueCanvas canvas, Guid key)
    {
        OrganisationId = canvas.OrganisationId;
        Canvas = canvas;
        Key = key;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int CanvasId { get; private set; }
    public PilotValueCanvas Canvas { get; private set; } = null!;
    public Guid Key { get; private set; }
    public ValueItemKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public int Position { get; private set; }

    /// <summary>The R-ladder step (R0–R9) a product or service works on.</summary>
    public string? RStrategy { get; private set; }

    /// <summary>The team's answer to "kan het hoger op de R-ladder?".</summary>
    public string? HigherStep { get; private set; }

    /// <summary>The keys of the pains or gains this reliever or creator answers, separated by spaces (keys, not ids, so versions and archives keep them).</summary>
    public string? Answers { get; private set; }

    public IReadOnlyList<Guid> AnswerKeys =>
        string.IsNullOrEmpty(Answers) ? [] : [.. Answers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)];

    internal void Set(ValueItemKind kind, string text, string? rStrategy, string? higherStep, IReadOnlyList<Guid> answers, int position)
    {
        Kind = kind;
        Text = text;
        RStrategy = rStrategy;
        HigherStep = higherStep;
        Answers = answers.Count == 0 ? null : string.Join(' ', answers.Select(a => a.ToString("N")));
        Position = position;
    }

    public ValueItem ToItem() => new(Key, Kind, Text, AnswerKeys, RStrategy, HigherStep);
}
