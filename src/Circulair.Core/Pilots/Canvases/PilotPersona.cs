using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.Pilots.Canvases;

/// <summary>The sliders and 1–5 scales of a persona (Tool 9); each is stored as a whole number from 1 to 5.</summary>
public enum PersonaSlider
{
    IntrovertExtravert,
    AnalytischCreatief,
    ConservatiefLiberaal,
    OnverschilligMilieubewust,
    OnlineWinkelen,
    Comfort,
    Kwaliteitseisen,
    Informatienood,
    DigitaleGeletterdheid,
    KennisCirculair,
}

/// <summary>The range every persona slider and scale shares.</summary>
public static class PersonaScale
{
    public const int Min = 1;
    public const int Max = 5;
    public const int Middle = 3;

    public static bool InRange(int value) => value is >= Min and <= Max;

    /// <summary>The four personality sliders between two poles.</summary>
    public static readonly IReadOnlyList<PersonaSlider> Personality =
        [PersonaSlider.IntrovertExtravert, PersonaSlider.AnalytischCreatief, PersonaSlider.ConservatiefLiberaal, PersonaSlider.OnverschilligMilieubewust];

    /// <summary>The 1–5 scales of behaviour and needs.</summary>
    public static readonly IReadOnlyList<PersonaSlider> Behaviour =
        [PersonaSlider.OnlineWinkelen, PersonaSlider.Comfort, PersonaSlider.Kwaliteitseisen, PersonaSlider.Informatienood];

    /// <summary>The distinguishing traits.</summary>
    public static readonly IReadOnlyList<PersonaSlider> Traits = [PersonaSlider.DigitaleGeletterdheid, PersonaSlider.KennisCirculair];
}

/// <summary>A scale a team adds itself, between two pole labels it chooses.</summary>
public sealed record PersonaOwnScale(Guid Key, string LeftLabel, string RightLabel, int Value);

/// <summary>Everything a persona says (Tool 9) except its photo; also its snapshot for versions.</summary>
public sealed record PersonaSnapshot : ICanvasSnapshot
{
    public const int CurrentSchema = 1;

    public int Schema { get; init; } = CurrentSchema;
    public string Name { get; init; } = "";
    public string? Job { get; init; }
    public string? Quote { get; init; }
    public string? AgeCategory { get; init; }
    public string? Gender { get; init; }
    public string? Household { get; init; }
    public string? Brands { get; init; }
    public IReadOnlyDictionary<PersonaSlider, int> Sliders { get; init; } = new Dictionary<PersonaSlider, int>();
    public string? Biography { get; init; }
    public string? Motivation { get; init; }
    public string? Frustrations { get; init; }

    /// <summary>The problem sentence: "(1) probeert (2) te doen/bereiken en ervaart hierbij (3)".</summary>
    public string? ProblemWho { get; init; }
    public string? ProblemGoal { get; init; }
    public string? ProblemObstacle { get; init; }
    public string? SolvesToday { get; init; }
    public string? SolutionFrustration { get; init; }
    public IReadOnlyList<PersonaOwnScale> OwnScales { get; init; } = [];

    public int Slider(PersonaSlider slider) => Sliders.TryGetValue(slider, out var v) ? v : PersonaScale.Middle;

    public IReadOnlyList<CanvasField> Fields()
    {
        var list = new List<CanvasField>();
        void Add(string key, string? value) => list.Add(new CanvasField(key, "Canvases.Persona.Field." + key, null, value));
        Add(nameof(Name), Name);
        Add(nameof(Job), Job);
        Add(nameof(Quote), Quote);
        Add(nameof(AgeCategory), AgeCategory);
        Add(nameof(Gender), Gender);
        Add(nameof(Household), Household);
        Add(nameof(Brands), Brands);
        foreach (var s in PersonaScale.Personality.Concat(PersonaScale.Behaviour).Concat(PersonaScale.Traits))
        {
            list.Add(new CanvasField("Slider." + s, "Enum.PersonaSlider." + s, null, Slider(s).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        Add(nameof(Biography), Biography);
        Add(nameof(Motivation), Motivation);
        Add(nameof(Frustrations), Frustrations);
        Add(nameof(ProblemWho), ProblemWho);
        Add(nameof(ProblemGoal), ProblemGoal);
        Add(nameof(ProblemObstacle), ProblemObstacle);
        Add(nameof(SolvesToday), SolvesToday);
        Add(nameof(SolutionFrustration), SolutionFrustration);
        foreach (var own in OwnScales)
        {
            list.Add(new CanvasField("Own." + own.Key.ToString("N"), "Canvases.Persona.OwnScaleLabel", own.LeftLabel + " – " + own.RightLabel,
                own.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return list;
    }
}

/// <summary>
/// A persona (Tool 9) of a pilot: a realistic user the team designs for, with its sliders, scales, the problem in one
/// sentence and an optional photo that must carry an alt text.
/// </summary>
public sealed class PilotPersona : IOrganisationScoped, IPilotCanvas<PersonaSnapshot>
{
    public const int NameMaxLength = 200;
    public const int ShortMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int AltMaxLength = 300;
    public const int ContentTypeMaxLength = 50;

    private readonly List<PilotPersonaScale> _scales = [];

    private PilotPersona() { }

    public PilotPersona(Pilot pilot, PersonaSnapshot details, DateTime now)
    {
        OrganisationId = pilot.OrganisationId;
        PilotId = pilot.Id;
        CanvasKey = Guid.NewGuid();
        CreatedAt = now;
        Describe(details);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PilotId { get; private set; }
    public Guid CanvasKey { get; private set; }
    public string Name { get; private set; } = "";
    public string? Job { get; private set; }
    public string? Quote { get; private set; }
    public string? AgeCategory { get; private set; }
    public string? Gender { get; private set; }
    public string? Household { get; private set; }
    public string? Brands { get; private set; }
    public int IntrovertExtravert { get; private set; } = PersonaScale.Middle;
    public int AnalytischCreatief { get; private set; } = PersonaScale.Middle;
    public int ConservatiefLiberaal { get; private set; } = PersonaScale.Middle;
    public int OnverschilligMilieubewust { get; private set; } = PersonaScale.Middle;
    public int OnlineWinkelen { get; private set; } = PersonaScale.Middle;
    public int Comfort { get; private set; } = PersonaScale.Middle;
    public int Kwaliteitseisen { get; private set; } = PersonaScale.Middle;
    public int Informatienood { get; private set; } = PersonaScale.Middle;
    public int DigitaleGeletterdheid { get; private set; } = PersonaScale.Middle;
    public int KennisCirculair { get; private set; } = PersonaScale.Middle;
    public string? Biography { get; private set; }
    public string? Motivation { get; private set; }
    public string? Frustrations { get; private set; }
    public string? ProblemWho { get; private set; }
    public string? ProblemGoal { get; private set; }
    public string? ProblemObstacle { get; private set; }
    public string? SolvesToday { get; private set; }
    public string? SolutionFrustration { get; private set; }

    /// <summary>The stored photo (a file store key), its type and the alt text it must have.</summary>
    public string? PhotoFileKey { get; private set; }
    public string? PhotoContentType { get; private set; }
    public string? PhotoAlt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<PilotPersonaScale> Scales => _scales;

    public bool HasPhoto => PhotoFileKey is not null;

    public int Slider(PersonaSlider slider) => slider switch
    {
        PersonaSlider.IntrovertExtravert => IntrovertExtravert,
        PersonaSlider.AnalytischCreatief => AnalytischCreatief,
        PersonaSlider.ConservatiefLiberaal => ConservatiefLiberaal,
        PersonaSlider.OnverschilligMilieubewust => OnverschilligMilieubewust,
        PersonaSlider.OnlineWinkelen => OnlineWinkelen,
        PersonaSlider.Comfort => Comfort,
        PersonaSlider.Kwaliteitseisen => Kwaliteitseisen,
        PersonaSlider.Informatienood => Informatienood,
        PersonaSlider.DigitaleGeletterdheid => DigitaleGeletterdheid,
        PersonaSlider.KennisCirculair => KennisCirculair,
        _ => throw new ArgumentOutOfRangeException(nameof(slider)),
    };

    /// <summary>Takes every field; refuses an empty name, over-long text and a slider or scale outside 1–5.</summary>
    public void Describe(PersonaSnapshot d)
    {
        foreach (var (slider, value) in d.Sliders)
        {
            if (!Enum.IsDefined(slider) || !PersonaScale.InRange(value))
            {
                throw new DomainException("Canvases.Error.SliderRange", PersonaScale.Min, PersonaScale.Max);
            }
        }
        foreach (var own in d.OwnScales)
        {
            if (!PersonaScale.InRange(own.Value))
            {
                throw new DomainException("Canvases.Error.SliderRange", PersonaScale.Min, PersonaScale.Max);
            }
            if (string.IsNullOrWhiteSpace(own.LeftLabel) || string.IsNullOrWhiteSpace(own.RightLabel))
            {
                throw new DomainException("Canvases.Error.ScalePoles");
            }
        }
        Name = StrategyText.Clean(d.Name, NameMaxLength) ?? throw new DomainException("Canvases.Error.PersonaNameRequired");
        Job = StrategyText.Clean(d.Job, ShortMaxLength);
        Quote = StrategyText.Clean(d.Quote, TextMaxLength);
        AgeCategory = StrategyText.Clean(d.AgeCategory, ShortMaxLength);
        Gender = StrategyText.Clean(d.Gender, ShortMaxLength);
        Household = StrategyText.Clean(d.Household, ShortMaxLength);
        Brands = StrategyText.Clean(d.Brands, TextMaxLength);
        IntrovertExtravert = d.Slider(PersonaSlider.IntrovertExtravert);
        AnalytischCreatief = d.Slider(PersonaSlider.AnalytischCreatief);
        ConservatiefLiberaal = d.Slider(PersonaSlider.ConservatiefLiberaal);
        OnverschilligMilieubewust = d.Slider(PersonaSlider.OnverschilligMilieubewust);
        OnlineWinkelen = d.Slider(PersonaSlider.OnlineWinkelen);
        Comfort = d.Slider(PersonaSlider.Comfort);
        Kwaliteitseisen = d.Slider(PersonaSlider.Kwaliteitseisen);
        Informatienood = d.Slider(PersonaSlider.Informatienood);
        DigitaleGeletterdheid = d.Slider(PersonaSlider.DigitaleGeletterdheid);
        KennisCirculair = d.Slider(PersonaSlider.KennisCirculair);
        Biography = StrategyText.Clean(d.Biography, TextMaxLength);
        Motivation = StrategyText.Clean(d.Motivation, TextMaxLength);
        Frustrations = StrategyText.Clean(d.Frustrations, TextMaxLength);
        ProblemWho = StrategyText.Clean(d.ProblemWho, TextMaxLength);
        ProblemGoal = StrategyText.Clean(d.ProblemGoal, TextMaxLength);
        ProblemObstacle = StrategyText.Clean(d.ProblemObstacle, TextMaxLength);
        SolvesToday = StrategyText.Clean(d.SolvesToday, TextMaxLength);
        SolutionFrustration = StrategyText.Clean(d.SolutionFrustration, TextMaxLength);

        var wanted = d.OwnScales.Select(s => s.Key).ToHashSet();
        _scales.RemoveAll(s => !wanted.Contains(s.Key));
        var position = 0;
        foreach (var own in d.OwnScales)
        {
            var row = _scales.FirstOrDefault(s => s.Key == own.Key);
            if (row is null)
            {
                row = new PilotPersonaScale(this, own.Key);
                _scales.Add(row);
            }
            row.Set(StrategyText.Clean(own.LeftLabel, PilotPersonaScale.LabelMaxLength)!, StrategyText.Clean(own.RightLabel, PilotPersonaScale.LabelMaxLength)!, own.Value, position++);
        }
    }

    public PersonaSnapshot TakeSnapshot() => new()
    {
        Name = Name, Job = Job, Quote = Quote, AgeCategory = AgeCategory, Gender = Gender, Household = Household, Brands = Brands,
        Sliders = Enum.GetValues<PersonaSlider>().ToDictionary(s => s, Slider),
        Biography = Biography, Motivation = Motivation, Frustrations = Frustrations,
        ProblemWho = ProblemWho, ProblemGoal = ProblemGoal, ProblemObstacle = ProblemObstacle, SolvesToday = SolvesToday, SolutionFrustration = SolutionFrustration,
        OwnScales = [.. _scales.OrderBy(s => s.Position).Select(s => new PersonaOwnScale(s.Key, s.LeftLabel, s.RightLabel, s.Value))],
    };

    public void Restore(PersonaSnapshot snapshot) => Describe(snapshot);

    /// <summary>
    /// Adds a note collected in a workshop to one of the persona's free-text fields, as a line of its own after what the
    /// field says. Refused when the field would grow past <see cref="TextMaxLength"/> (the team shortens the field first).
    /// </summary>
    public void AddCollected(string field, string text)
    {
        var note = StrategyText.Clean(text, TextMaxLength) ?? throw new DomainException("Canvases.Error.ItemTextRequired");
        static string Join(string? before, string line) => string.IsNullOrEmpty(before) ? line : before + "\n" + line;
        var d = TakeSnapshot();
        var changed = field switch
        {
            nameof(Motivation) => d with { Motivation = Join(Motivation, note) },
            nameof(Frustrations) => d with { Frustrations = Join(Frustrations, note) },
            nameof(SolvesToday) => d with { SolvesToday = Join(SolvesToday, note) },
            nameof(SolutionFrustration) => d with { SolutionFrustration = Join(SolutionFrustration, note) },
            nameof(Biography) => d with { Biography = Join(Biography, note) },
            nameof(Brands) => d with { Brands = Join(Brands, note) },
            _ => throw new DomainException("Errors.NotFoundItem"),
        };
        var grown = new[] { changed.Motivation, changed.Frustrations, changed.SolvesToday, changed.SolutionFrustration, changed.Biography, changed.Brands };
        if (grown.Any(g => g is { Length: > TextMaxLength }))
        {
            throw new DomainException("Canvases.Error.CollectedFieldFull", TextMaxLength);
        }
        Describe(changed);
    }

    /// <summary>Sets the photo; a photo without an alt text is refused (a screen reader would say nothing about it).</summary>
    public void SetPhoto(string fileKey, string contentType, string? alt)
    {
        PhotoAlt = StrategyText.Clean(alt, AltMaxLength) ?? throw new DomainException("Canvases.Error.AltRequired");
        PhotoFileKey = fileKey;
        PhotoContentType = contentType;
    }

    public void SetPhotoAlt(string? alt)
    {
        if (PhotoFileKey is null)
        {
            PhotoAlt = null;
            return;
        }
        PhotoAlt = StrategyText.Clean(alt, AltMaxLength) ?? throw new DomainException("Canvases.Error.AltRequired");
    }

    /// <summary>Forgets the photo; returns the file key the caller deletes from the store.</summary>
    public string? RemovePhoto()
    {
        var key = PhotoFileKey;
        PhotoFileKey = null;
        PhotoContentType = null;
        PhotoAlt = null;
        return key;
    }
}

/// <summary>A persona's own scale between two pole labels.</summary>
public sealed class PilotPersonaScale : IOrganisationScoped
{
    public const int LabelMaxLength = 100;

    private PilotPersonaScale() { }

    internal PilotPersonaScale(PilotPersona persona, Guid key)
    {
        OrganisationId = persona.OrganisationId;
        Persona = persona;
        Key = key == Guid.Empty ? Guid.NewGuid() : key;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PersonaId { get; private set; }
    public PilotPersona Persona { get; private set; } = null!;
    public Guid Key { get; private set; }
    public string LeftLabel { get; private set; } = "";
    public string RightLabel { get; private set; } = "";
    public int Value { get; private set; }
    public int Position { get; private set; }

    internal void Set(string left, string right, int value, int position)
    {
        LeftLabel = left;
        RightLabel = right;
        Value = value;
        Position = position;
    }
}

/// <summary>Recognises a photo by its first bytes: PNG, JPEG or WebP, nothing else (a name or a claimed type proves nothing).</summary>
public static class PersonaPhoto
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int HeaderLength = 12;

    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 8 && head[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return "image/png";
        }
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return "image/jpeg";
        }
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }
        return null;
    }
}
